-- dialect: oracle
-- School learning management system (pupils aged 11-18, guardians, grades)
CREATE TABLE lms_student (
    student_id      NUMBER(10) PRIMARY KEY,
    enrolment_no    VARCHAR2(20) NOT NULL,
    first_name      VARCHAR2(60) NOT NULL,
    surname         VARCHAR2(60) NOT NULL,
    date_of_birth   DATE,
    year_group      NUMBER(2),
    gender          VARCHAR2(10),
    home_language   VARCHAR2(30),
    sen_support     VARCHAR2(200),
    free_meals      CHAR(1) DEFAULT 'N',
    login_name      VARCHAR2(40),
    photo_blob      BLOB,
    created_on      DATE DEFAULT SYSDATE
);
COMMENT ON COLUMN lms_student.sen_support IS 'special educational needs / disability support plan';
COMMENT ON COLUMN lms_student.free_meals IS 'eligible for free school meals (low household income)';

CREATE TABLE lms_guardian (
    guardian_id     NUMBER(10) PRIMARY KEY,
    title           VARCHAR2(10),
    full_name       VARCHAR2(120) NOT NULL,
    email           VARCHAR2(254),
    mobile          VARCHAR2(25),
    occupation      VARCHAR2(80),
    street          VARCHAR2(200),
    city            VARCHAR2(80),
    postcode        VARCHAR2(12),
    has_parental_resp CHAR(1) DEFAULT 'Y'
);

CREATE TABLE lms_student_guardian (
    student_id      NUMBER(10) NOT NULL,
    guardian_id     NUMBER(10) NOT NULL,
    relationship    VARCHAR2(30),
    court_order_note VARCHAR2(400),
    photo_consent   CHAR(1) DEFAULT 'N'
);

CREATE TABLE lms_course (
    course_id       NUMBER(10) PRIMARY KEY,
    course_code     VARCHAR2(20) NOT NULL,
    title           VARCHAR2(120) NOT NULL,
    teacher_name    VARCHAR2(120),
    term            VARCHAR2(10),
    room            VARCHAR2(20)
);

CREATE TABLE lms_submission (
    submission_id   NUMBER(12) PRIMARY KEY,
    assignment_id   NUMBER(10) NOT NULL,
    student_id      NUMBER(10) NOT NULL,
    submitted_at    TIMESTAMP,
    file_name       VARCHAR2(255),
    answer_text     CLOB,
    late_flag       CHAR(1) DEFAULT 'N',
    plagiarism_score NUMBER(5,2)
);

CREATE TABLE lms_grade (
    grade_id        NUMBER(12) PRIMARY KEY,
    submission_id   NUMBER(12) NOT NULL,
    mark            NUMBER(5,1),
    letter_grade    VARCHAR2(3),
    teacher_feedback VARCHAR2(2000),
    graded_by       VARCHAR2(40),
    graded_at       TIMESTAMP
);

CREATE TABLE lms_assignment (
    assignment_id   NUMBER(10) PRIMARY KEY,
    course_id       NUMBER(10) NOT NULL,
    title           VARCHAR2(200),
    instructions    CLOB,
    due_at          TIMESTAMP,
    max_mark        NUMBER(5,1)
);
