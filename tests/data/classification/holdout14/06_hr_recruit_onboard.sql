-- dialect: ansi
-- TalentFlow ATS + onboarding (portable SQL, deployed on several RDBMS)

CREATE TABLE job_requisition (
    requisition_id     INTEGER NOT NULL PRIMARY KEY,
    tenant_id          INTEGER NOT NULL,
    req_code           VARCHAR(20) NOT NULL,
    department_name    VARCHAR(80),
    job_title          VARCHAR(100) NOT NULL,
    salary_band_min    DECIMAL(12,2),
    salary_band_max    DECIMAL(12,2),
    hiring_manager_id  INTEGER,
    office_city        VARCHAR(60),
    req_status         VARCHAR(12),
    opened_on          DATE
);

CREATE TABLE candidate (
    candidate_id       INTEGER NOT NULL PRIMARY KEY,
    tenant_id          INTEGER NOT NULL,
    given_name         VARCHAR(60) NOT NULL,
    family_name        VARCHAR(60) NOT NULL,
    preferred_name     VARCHAR(60),
    email              VARCHAR(120) NOT NULL,
    phone              VARCHAR(30),
    linkedin_url       VARCHAR(200),
    city               VARCHAR(60),
    country            VARCHAR(60),
    current_employer   VARCHAR(100),
    current_title      VARCHAR(100),
    expected_salary    DECIMAL(12,2),
    highest_degree     VARCHAR(40),
    university_name    VARCHAR(120),
    graduation_year    SMALLINT,
    years_experience   DECIMAL(4,1),
    resume_file_path   VARCHAR(255),
    source_channel     VARCHAR(30),
    consent_given_at   TIMESTAMP,
    veteran_status     VARCHAR(30),
    disability_status  VARCHAR(30),
    ethnicity          VARCHAR(40),
    created_at         TIMESTAMP
);
COMMENT ON COLUMN candidate.consent_given_at IS 'when the candidate accepted the privacy notice / talent-pool retention';
COMMENT ON COLUMN candidate.veteran_status IS 'voluntary EEO self-identification';
COMMENT ON COLUMN candidate.disability_status IS 'voluntary EEO self-identification';
COMMENT ON COLUMN candidate.ethnicity IS 'voluntary EEO self-identification';

CREATE TABLE application (
    application_id     INTEGER NOT NULL PRIMARY KEY,
    candidate_id       INTEGER NOT NULL REFERENCES candidate (candidate_id),
    requisition_id     INTEGER NOT NULL REFERENCES job_requisition (requisition_id),
    applied_at         TIMESTAMP NOT NULL,
    stage              VARCHAR(20),
    cover_letter       VARCHAR(4000),
    recruiter_notes    VARCHAR(4000),
    rejection_reason   VARCHAR(500),
    updated_by         VARCHAR(40)
);

CREATE TABLE interview (
    interview_id       INTEGER NOT NULL PRIMARY KEY,
    application_id     INTEGER NOT NULL REFERENCES application (application_id),
    interviewer_id     INTEGER,
    scheduled_start    TIMESTAMP,
    meeting_link       VARCHAR(255),
    overall_score      SMALLINT,
    feedback_text      VARCHAR(4000)
);
COMMENT ON COLUMN interview.overall_score IS 'interviewer score of the candidate, 1-5';

CREATE TABLE offer (
    offer_id           INTEGER NOT NULL PRIMARY KEY,
    application_id     INTEGER NOT NULL REFERENCES application (application_id),
    base_salary        DECIMAL(12,2),
    signing_bonus      DECIMAL(12,2),
    equity_units       INTEGER,
    start_date         DATE,
    offer_status       VARCHAR(12),
    signed_at          TIMESTAMP,
    esign_ip           VARCHAR(45)
);

CREATE TABLE new_hire (
    employee_id        INTEGER NOT NULL PRIMARY KEY,
    candidate_id       INTEGER REFERENCES candidate (candidate_id),
    employee_number    VARCHAR(10) NOT NULL,
    work_email         VARCHAR(120),
    date_of_birth      DATE,
    gender             VARCHAR(20),
    ni_number          VARCHAR(9),
    passport_number    VARCHAR(20),
    visa_type          VARCHAR(30),
    visa_expiry        DATE,
    home_address_line  VARCHAR(200),
    home_postcode      VARCHAR(10),
    emergency_contact_name  VARCHAR(100),
    emergency_contact_phone VARCHAR(30),
    bank_sort_code     CHAR(6),
    bank_account_number VARCHAR(12),
    paye_tax_code      VARCHAR(10),
    manager_employee_id INTEGER,
    laptop_asset_tag   VARCHAR(20),
    badge_photo_url    VARCHAR(255),
    fingerprint_template BLOB,
    created_at         TIMESTAMP
);
COMMENT ON COLUMN new_hire.ni_number IS 'UK National Insurance number';
COMMENT ON COLUMN new_hire.fingerprint_template IS 'template for the site time-clock readers';

CREATE TABLE onboarding_task (
    task_id            INTEGER NOT NULL PRIMARY KEY,
    employee_id        INTEGER NOT NULL REFERENCES new_hire (employee_id),
    task_template_code VARCHAR(30) NOT NULL,
    due_date           DATE,
    completed_at       TIMESTAMP,
    completed_by       VARCHAR(40),
    task_status        VARCHAR(12)
);

CREATE TABLE hr_setting (
    setting_key        VARCHAR(80) NOT NULL PRIMARY KEY,
    setting_value      VARCHAR(1000),
    description        VARCHAR(255),
    updated_at         TIMESTAMP
);
