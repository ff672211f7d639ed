-- dialect: ansi
-- K-12 student information system, plain ANSI SQL types.
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE student (
    student_id         INTEGER PRIMARY KEY,
    state_student_id   VARCHAR(12),
    first_name         VARCHAR(50) NOT NULL,
    middle_name        VARCHAR(50),
    last_name          VARCHAR(50) NOT NULL,
    nickname           VARCHAR(30),
    birth_date         DATE NOT NULL,
    sex                CHAR(1),
    grade_level        SMALLINT,
    homeroom_id        INTEGER,
    home_language      VARCHAR(30),
    ell_status         CHAR(1),
    iep_flag           BOOLEAN,
    section_504_flag   BOOLEAN,
    lunch_status       CHAR(1),
    photo_blob         BLOB,
    enrollment_date    DATE,
    exit_code          VARCHAR(4),
    created_ts         TIMESTAMP,
    FOREIGN KEY (homeroom_id) REFERENCES homeroom (homeroom_id)
);

CREATE TABLE guardian (
    guardian_id        INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL,
    relationship_cd    VARCHAR(10),
    guardian_name      VARCHAR(100),
    custody_flag       BOOLEAN,
    court_order_note   VARCHAR(1000),
    cell_phone         VARCHAR(20),
    email              VARCHAR(120),
    street             VARCHAR(120),
    city               VARCHAR(60),
    zip                VARCHAR(10),
    employer           VARCHAR(100),
    pickup_authorized  BOOLEAN
);

CREATE TABLE attendance (
    attendance_id      INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL,
    school_date        DATE NOT NULL,
    period_no          SMALLINT,
    attendance_code    CHAR(2),
    absence_reason     VARCHAR(200),
    recorded_by        VARCHAR(40)
);

CREATE TABLE grade_book (
    entry_id           INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL,
    section_id         INTEGER NOT NULL,
    assignment_name    VARCHAR(100),
    points_possible    DECIMAL(6,2),
    points_earned      DECIMAL(6,2),
    letter_grade       VARCHAR(2),
    teacher_comment    VARCHAR(500)
);

CREATE TABLE discipline_incident (
    incident_id        INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL,
    incident_date      DATE,
    behavior_code      VARCHAR(10),
    description        VARCHAR(2000),
    action_taken       VARCHAR(50),
    police_notified    BOOLEAN
);

CREATE TABLE nurse_visit (
    visit_id           INTEGER PRIMARY KEY,
    student_id         INTEGER NOT NULL,
    visit_ts           TIMESTAMP,
    complaint          VARCHAR(200),
    temperature_c      DECIMAL(4,1),
    medication_given   VARCHAR(100),
    sent_home          BOOLEAN
);

CREATE TABLE homeroom (
    homeroom_id        INTEGER PRIMARY KEY,
    room_number        VARCHAR(10),
    teacher_id         INTEGER,
    school_year        CHAR(9),
    capacity           SMALLINT
);

CREATE TABLE course_section (
    section_id         INTEGER PRIMARY KEY,
    course_code        VARCHAR(12),
    course_title       VARCHAR(100),
    term               VARCHAR(10),
    credits            DECIMAL(3,1),
    room_number        VARCHAR(10)
);
