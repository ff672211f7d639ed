-- dialect: sqlite
-- BrightOwl Online School (ages 6-16): app database
PRAGMA foreign_keys = ON;

CREATE TABLE school (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    name              TEXT NOT NULL,
    urn               TEXT UNIQUE,
    address           TEXT,
    postcode          TEXT,
    phone             TEXT,
    headteacher_name  TEXT
);

CREATE TABLE guardian (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    first_name         TEXT NOT NULL,
    last_name          TEXT NOT NULL,
    email              TEXT NOT NULL UNIQUE,
    mobile             TEXT,
    relationship       TEXT CHECK (relationship IN ('mother','father','carer','grandparent','other')),
    address_line       TEXT,
    town               TEXT,
    postcode           TEXT,
    preferred_contact  TEXT DEFAULT 'email',
    password_hash      TEXT,
    last_login_ip      TEXT,
    created_at         TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE student (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id          INTEGER REFERENCES school(id),
    guardian_id        INTEGER NOT NULL REFERENCES guardian(id),
    first_name         TEXT NOT NULL,
    last_name          TEXT,
    nickname           TEXT,
    date_of_birth      TEXT NOT NULL,
    year_group         INTEGER,
    gender             TEXT,
    avatar_url         TEXT,
    sen_status         TEXT,
    free_school_meals  INTEGER DEFAULT 0,
    ethnicity          TEXT,
    username           TEXT UNIQUE,
    pin_hash           TEXT,
    enrolled_on        TEXT,
    archived           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE parental_consent (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id        INTEGER NOT NULL REFERENCES student(id),
    guardian_id       INTEGER NOT NULL REFERENCES guardian(id),
    consent_type      TEXT NOT NULL,
    granted           INTEGER NOT NULL,
    method            TEXT,
    verification_ref  TEXT,
    signature_name    TEXT,
    signed_at         TEXT,
    ip_address        TEXT,
    revoked_at        TEXT
);

CREATE TABLE course (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    code       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    subject    TEXT,
    level      TEXT,
    price      REAL,
    published  INTEGER DEFAULT 0
);

CREATE TABLE teacher (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    full_name         TEXT NOT NULL,
    email             TEXT NOT NULL,
    dbs_check_number  TEXT,
    qualification     TEXT,
    hourly_rate       REAL,
    photo_url         TEXT,
    hired_on          TEXT
);

CREATE TABLE enrolment (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    student_id    INTEGER NOT NULL REFERENCES student(id),
    course_id     INTEGER NOT NULL REFERENCES course(id),
    teacher_id    INTEGER REFERENCES teacher(id),
    enrolled_at   TEXT DEFAULT CURRENT_TIMESTAMP,
    status        TEXT DEFAULT 'active',
    progress_pct  REAL DEFAULT 0
);

CREATE TABLE assessment_result (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    enrolment_id     INTEGER NOT NULL REFERENCES enrolment(id),
    assessment_name  TEXT NOT NULL,
    score            REAL,
    max_score        REAL,
    grade            TEXT,
    teacher_comment  TEXT,
    graded_at        TEXT,
    graded_by        TEXT
);

CREATE TABLE chat_message (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    room_id            INTEGER NOT NULL,
    sender_role        TEXT NOT NULL,
    sender_id          INTEGER NOT NULL,
    body               TEXT,
    flagged_by_filter  INTEGER DEFAULT 0,
    sent_at            TEXT NOT NULL
);

CREATE TABLE platform_setting (
    setting_key    TEXT PRIMARY KEY,
    setting_value  TEXT,
    updated_at     TEXT
);

INSERT INTO platform_setting VALUES ('coppa.min_age_without_consent', '13', '2024-09-01');
INSERT INTO platform_setting VALUES ('chat.profanity_filter', 'strict', '2024-09-01');
