-- dialect: ansi
-- Applicant tracking system: requisitions, candidates with EEO self-identification,
-- resumes, applications, interviews, proctored online assessments and
-- pre-employment background checks. Numbered columns (email1, phone2).

CREATE TABLE requisition (
    req_id          INTEGER NOT NULL PRIMARY KEY,
    req_title       VARCHAR(120) NOT NULL,
    dept_cd         VARCHAR(10) NOT NULL,
    location_cd     VARCHAR(10) NOT NULL,
    salary_min      DECIMAL(12,2),
    salary_max      DECIMAL(12,2),
    hiring_mgr_id   INTEGER,
    opened_dt       DATE NOT NULL,
    status          VARCHAR(10) NOT NULL
);

CREATE TABLE candidate (
    cand_id           INTEGER NOT NULL PRIMARY KEY,
    first_nm          VARCHAR(60) NOT NULL,
    last_nm           VARCHAR(60) NOT NULL,
    preferred_nm      VARCHAR(60),
    email1            VARCHAR(200) NOT NULL,
    email2            VARCHAR(200),
    phone1            VARCHAR(30),
    phone2            VARCHAR(30),
    linkedin_url      VARCHAR(300),
    city              VARCHAR(80),
    country_cd        CHAR(2),
    work_auth_status  VARCHAR(20),
    needs_sponsorship CHAR(1),
    eeo_race          VARCHAR(40),
    eeo_gender        VARCHAR(20),
    eeo_veteran       VARCHAR(30),
    eeo_disability    VARCHAR(30),
    source_cd         VARCHAR(12),
    referrer_emp_id   INTEGER,
    created_ts        TIMESTAMP NOT NULL
);

CREATE TABLE resume (
    resume_id        INTEGER NOT NULL PRIMARY KEY,
    cand_id          INTEGER NOT NULL REFERENCES candidate (cand_id),
    file_name        VARCHAR(200),
    resume_text      CLOB,
    current_employer VARCHAR(120),
    current_title    VARCHAR(120),
    years_exp        DECIMAL(4,1),
    highest_degree   VARCHAR(30),
    school1          VARCHAR(120),
    grad_year1       SMALLINT,
    current_salary   DECIMAL(12,2),
    expected_salary  DECIMAL(12,2),
    uploaded_ts      TIMESTAMP NOT NULL
);

CREATE TABLE application (
    app_id          INTEGER NOT NULL PRIMARY KEY,
    cand_id         INTEGER NOT NULL,
    req_id          INTEGER NOT NULL,
    applied_ts      TIMESTAMP NOT NULL,
    stage_cd        VARCHAR(12) NOT NULL,
    reject_rsn_cd   VARCHAR(12),
    knockout_score  DECIMAL(5,2),
    offer_salary    DECIMAL(12,2),
    offer_sent_dt   DATE
);

CREATE TABLE interview (
    intv_id         INTEGER NOT NULL PRIMARY KEY,
    app_id          INTEGER NOT NULL,
    interviewer_id  INTEGER NOT NULL,
    sched_start     TIMESTAMP NOT NULL,
    sched_end       TIMESTAMP NOT NULL,
    meeting_link    VARCHAR(300),
    rating          SMALLINT,
    feedback_notes  VARCHAR(4000),
    recording_uri   VARCHAR(400)
);

CREATE TABLE assessment_session (
    sess_id          INTEGER NOT NULL PRIMARY KEY,
    app_id           INTEGER NOT NULL,
    test_cd          VARCHAR(12) NOT NULL,
    score_pct        DECIMAL(5,2),
    webcam_snap1     VARCHAR(400),
    webcam_snap2     VARCHAR(400),
    id_photo_uri     VARCHAR(400),
    face_match_score DECIMAL(5,4),
    keystroke_vector VARCHAR(2000),
    browser_ua       VARCHAR(400),
    ip_addr          VARCHAR(45),
    flagged_events   VARCHAR(1000)
);

CREATE TABLE background_check (
    bgc_id             INTEGER NOT NULL PRIMARY KEY,
    cand_id            INTEGER NOT NULL,
    vendor_cd          VARCHAR(12) NOT NULL,
    ssn_last4          CHAR(4),
    dob                DATE,
    fcra_consent_dt    DATE,
    criminal_result    VARCHAR(20),
    criminal_detail    VARCHAR(4000),
    credit_result      VARCHAR(20),
    drug_test_result   VARCHAR(20),
    employment_verified CHAR(1),
    education_verified  CHAR(1),
    adjudication       VARCHAR(12),
    completed_dt       DATE
);

CREATE VIEW v_pipeline AS
SELECT a.app_id,
       c.first_nm || ' ' || c.last_nm AS candidate_name,
       c.email1 AS candidate_email,
       r.req_title,
       a.stage_cd,
       a.applied_ts
FROM application a
JOIN candidate c ON c.cand_id = a.cand_id
JOIN requisition r ON r.req_id = a.req_id;
