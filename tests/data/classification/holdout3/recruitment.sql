-- dialect: sqlite
-- Job board / applicant tracking (SQLite)

CREATE TABLE companies (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    name         TEXT NOT NULL,
    website      TEXT,
    hq_city      TEXT,
    size_range   TEXT,
    logo_url     TEXT
);

CREATE TABLE jobs (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    company_id   INTEGER NOT NULL REFERENCES companies(id),
    title        TEXT NOT NULL,
    description  TEXT,
    location     TEXT,
    remote_ok    INTEGER NOT NULL DEFAULT 0,
    salary_min   INTEGER,
    salary_max   INTEGER,
    posted_at    TEXT NOT NULL,
    closes_at    TEXT
);

CREATE TABLE candidates (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    firstName        TEXT NOT NULL,
    lastName         TEXT NOT NULL,
    email            TEXT NOT NULL UNIQUE,
    phone            TEXT,
    city             TEXT,
    linkedinUrl      TEXT,
    currentEmployer  TEXT,
    currentTitle     TEXT,
    yearsExperience  REAL,
    highestDegree    TEXT,
    expectedSalary   INTEGER,
    workAuthorization TEXT,
    passwordDigest   TEXT,
    createdAt        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE resumes (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id INTEGER NOT NULL REFERENCES candidates(id),
    file_url     TEXT NOT NULL,
    mime_type    TEXT,
    parsed_text  TEXT,
    is_primary   INTEGER NOT NULL DEFAULT 1,
    uploaded_at  TEXT NOT NULL
);

CREATE TABLE applications (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id        INTEGER NOT NULL REFERENCES jobs(id),
    candidate_id  INTEGER NOT NULL REFERENCES candidates(id),
    resume_id     INTEGER REFERENCES resumes(id),
    cover_letter  TEXT,
    source        TEXT,
    stage         TEXT NOT NULL DEFAULT 'applied',
    rejection_reason TEXT,
    applied_at    TEXT NOT NULL
);

CREATE TABLE interviews (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    interviewer_name TEXT,
    scheduled_at   TEXT NOT NULL,
    format         TEXT,
    score          INTEGER,
    feedback       TEXT
);

CREATE TABLE eeo_survey (
    application_id INTEGER PRIMARY KEY REFERENCES applications(id),
    gender         TEXT,
    race_ethnicity TEXT,
    veteran_status TEXT,
    disability_status TEXT,
    submitted_at   TEXT
);
CREATE INDEX idx_app_candidate ON applications(candidate_id);
