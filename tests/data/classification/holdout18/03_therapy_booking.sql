-- dialect: sqlite
-- CalmPath: online therapy / counselling booking platform.
-- Local SQLite schema used by the clinic desktop app (synced from the cloud API).

PRAGMA foreign_keys = ON;

CREATE TABLE services (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    name            TEXT    NOT NULL,            -- e.g. "CBT session 50 min"
    duration_min    INTEGER NOT NULL DEFAULT 50,
    price_cents     INTEGER NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE clients (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    email                   TEXT    NOT NULL UNIQUE,
    password_hash           TEXT    NOT NULL,
    password_salt           TEXT    NOT NULL,
    first_name              TEXT,
    last_name               TEXT,
    preferred_name          TEXT,
    pronouns                TEXT,
    date_of_birth           TEXT,
    gender_identity         TEXT,
    sexual_orientation      TEXT,            -- optional, used for LGBTQ+-affirming therapist matching
    phone                   TEXT,
    postcode                TEXT,
    timezone                TEXT,
    emergency_contact_name  TEXT,
    emergency_contact_phone TEXT,
    insurance_member_id     TEXT,
    insurer_name            TEXT,
    gp_practice_name        TEXT,
    consent_research        INTEGER NOT NULL DEFAULT 0,
    created_at              TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP,
    deleted_at              TEXT
);

CREATE TABLE therapists (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    display_name            TEXT    NOT NULL,
    email                   TEXT    NOT NULL,
    license_number          TEXT,
    bio                     TEXT,
    photo_url               TEXT,
    specialties             TEXT,            -- comma separated: anxiety, trauma, couples
    languages_spoken        TEXT,
    hourly_rate_cents       INTEGER,
    payout_iban             TEXT,
    accepting_new_clients   INTEGER NOT NULL DEFAULT 1,
    created_at              TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE intake_questionnaires (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    client_id               INTEGER NOT NULL REFERENCES clients(id),
    form_version            TEXT    NOT NULL,
    presenting_problem      TEXT,
    phq9_score              INTEGER,
    gad7_score              INTEGER,
    suicidal_ideation       INTEGER,
    current_medications     TEXT,
    substance_use_notes     TEXT,
    submitted_ip            TEXT,
    submitted_at            TEXT
);

CREATE TABLE appointments (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    booking_ref         TEXT    NOT NULL UNIQUE,
    client_id           INTEGER NOT NULL REFERENCES clients(id),
    therapist_id        INTEGER NOT NULL REFERENCES therapists(id),
    service_id          INTEGER NOT NULL REFERENCES services(id),
    starts_at           TEXT    NOT NULL,
    modality            TEXT    NOT NULL CHECK (modality IN ('video','phone','in_person')),
    status              TEXT    NOT NULL DEFAULT 'booked',
    cancellation_reason TEXT,
    video_join_token    TEXT,
    created_at          TEXT    NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE session_notes (
    id                  INTEGER PRIMARY KEY AUTOINCREMENT,
    appointment_id      INTEGER NOT NULL REFERENCES appointments(id),
    author_therapist_id INTEGER NOT NULL REFERENCES therapists(id),
    note_type           TEXT    NOT NULL DEFAULT 'SOAP',
    subjective          TEXT,
    assessment          TEXT,
    plan                TEXT,
    diagnosis_code      TEXT,            -- ICD-10, e.g. F41.1
    risk_level          TEXT,
    signed_at           TEXT
);

CREATE TABLE payments (
    id                      INTEGER PRIMARY KEY AUTOINCREMENT,
    appointment_id          INTEGER NOT NULL REFERENCES appointments(id),
    amount_cents            INTEGER NOT NULL,
    stripe_payment_intent   TEXT,
    card_brand              TEXT,
    card_last4              TEXT,
    billing_name            TEXT,
    receipt_email           TEXT,
    paid_at                 TEXT,
    refunded                INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE messages (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    thread_id       INTEGER NOT NULL,
    sender_type     TEXT    NOT NULL,        -- client | therapist | system
    sender_id       INTEGER,
    body            TEXT    NOT NULL,
    attachment_url  TEXT,
    sent_at         TEXT    NOT NULL
);

CREATE TABLE audit_events (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    actor_email     TEXT,
    action          TEXT    NOT NULL,        -- note.view, note.export, login ...
    target_type     TEXT,
    target_id       INTEGER,
    ip_address      TEXT,
    user_agent      TEXT,
    occurred_at     TEXT    NOT NULL
);
