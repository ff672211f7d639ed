-- dialect: postgres
-- Recovery residence (sober-living) operator platform
-- schema: rr   --   managed by sqitch; this is the squashed baseline

CREATE SCHEMA IF NOT EXISTS rr;

CREATE TABLE rr.house (
    house_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           uuid        NOT NULL,
    house_name          text        NOT NULL,
    street_address      text        NOT NULL,
    city                text        NOT NULL,
    state               char(2)     NOT NULL,
    zip                 varchar(10) NOT NULL,
    bed_capacity        smallint    NOT NULL CHECK (bed_capacity > 0),
    gender_designation  text        NOT NULL DEFAULT 'men',
    narr_level          smallint,
    house_phone         varchar(20),
    created_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rr.house IS 'A residence operated by the tenant organisation';
COMMENT ON COLUMN rr.house.gender_designation IS 'Which residents the house serves: men, women, co-ed';
COMMENT ON COLUMN rr.house.narr_level IS 'NARR certification level I-IV';
COMMENT ON COLUMN rr.house.house_phone IS 'Landline in the house common room';

CREATE TABLE rr.resident (
    resident_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id           uuid        NOT NULL,
    house_id            bigint      REFERENCES rr.house (house_id),
    legal_first_name    text        NOT NULL,
    legal_last_name     text        NOT NULL,
    preferred_name      text,
    pronouns            text,
    date_of_birth       date        NOT NULL,
    ssn_enc             bytea,
    medicaid_id         varchar(20),
    email               citext,
    mobile_phone        varchar(20),
    primary_substance   text,
    sobriety_date       date,
    mat_medication      text,
    gender_identity     text,
    sexual_orientation  text,
    veteran_status      boolean,
    on_supervision      boolean     NOT NULL DEFAULT false,
    move_in_date        date,
    move_out_reason     text,
    photo_path          text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    deleted_at          timestamptz
);
COMMENT ON TABLE rr.resident IS 'A person living (or who lived) in one of the houses';
COMMENT ON COLUMN rr.resident.ssn_enc IS 'Social Security number, pgcrypto-encrypted';
COMMENT ON COLUMN rr.resident.medicaid_id IS 'State Medicaid member id, used for peer-support billing';
COMMENT ON COLUMN rr.resident.primary_substance IS 'Primary substance of use at intake (DSM-5 SUD)';
COMMENT ON COLUMN rr.resident.sobriety_date IS 'Self-reported continuous sobriety date';
COMMENT ON COLUMN rr.resident.mat_medication IS 'Medication for addiction treatment: buprenorphine, naltrexone, methadone';
COMMENT ON COLUMN rr.resident.on_supervision IS 'Resident is on probation or parole';
COMMENT ON COLUMN rr.resident.move_out_reason IS 'Free text, e.g. completed program, relapse, rule violation';
COMMENT ON COLUMN rr.resident.photo_path IS 'S3 key of the intake photo';
COMMENT ON COLUMN rr.resident.deleted_at IS 'Soft delete';

CREATE TABLE rr.referral (
    referral_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id             bigint NOT NULL REFERENCES rr.resident (resident_id),
    source_type             text   NOT NULL,
    agency_name             text,
    caseworker_name         text,
    caseworker_phone        varchar(20),
    supervising_officer_email text,
    court_docket_no         varchar(40),
    created_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN rr.referral.source_type IS 'treatment_center | drug_court | self | family | hospital';
COMMENT ON COLUMN rr.referral.supervising_officer_email IS 'Probation/parole officer who receives compliance reports';
COMMENT ON COLUMN rr.referral.court_docket_no IS 'Docket number of the resident''s criminal case, when court-referred';

CREATE TABLE rr.drug_screen (
    screen_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id         bigint NOT NULL REFERENCES rr.resident (resident_id),
    collected_at        timestamptz NOT NULL,
    panel_code          text   NOT NULL,
    result              text   NOT NULL,
    substances_detected text[],
    observed_by         bigint,
    lab_accession_no    varchar(30),
    notes               text
);
COMMENT ON COLUMN rr.drug_screen.panel_code IS '5-panel, 12-panel, EtG, etc.';
COMMENT ON COLUMN rr.drug_screen.result IS 'negative | positive | dilute | refused';
COMMENT ON COLUMN rr.drug_screen.observed_by IS 'staff_user who observed collection';

CREATE TABLE rr.rent_ledger (
    entry_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id     bigint  NOT NULL REFERENCES rr.resident (resident_id),
    period_start    date    NOT NULL,
    amount_due      numeric(10,2) NOT NULL,
    amount_paid     numeric(10,2) NOT NULL DEFAULT 0,
    payment_method  text,
    card_last4      char(4),
    stripe_charge_id text
);

CREATE TABLE rr.incident (
    incident_id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    house_id        bigint NOT NULL REFERENCES rr.house (house_id),
    occurred_at     timestamptz NOT NULL,
    incident_type   text   NOT NULL,
    resident_ids    jsonb  NOT NULL DEFAULT '[]',
    narrative       text,
    police_called   boolean NOT NULL DEFAULT false,
    reported_by     bigint
);
COMMENT ON COLUMN rr.incident.incident_type IS 'overdose | use_on_premises | curfew | altercation | property';
COMMENT ON COLUMN rr.incident.resident_ids IS 'Array of resident ids involved';

CREATE TABLE rr.meeting_attendance (
    attendance_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id     bigint NOT NULL REFERENCES rr.resident (resident_id),
    meeting_date    date   NOT NULL,
    fellowship      text,
    faith_based     boolean,
    sponsor_name    text,
    sponsor_phone   varchar(20)
);
COMMENT ON COLUMN rr.meeting_attendance.fellowship IS 'AA, NA, CA, SMART Recovery, Celebrate Recovery';
COMMENT ON COLUMN rr.meeting_attendance.faith_based IS 'Resident chose a faith-based (church) recovery meeting';

CREATE TABLE rr.curfew_checkin (
    checkin_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id     bigint NOT NULL REFERENCES rr.resident (resident_id),
    checked_in_at   timestamptz NOT NULL,
    lat             double precision,
    lon             double precision,
    accuracy_m      real,
    device_id       text
);
COMMENT ON TABLE rr.curfew_checkin IS 'Nightly geofenced check-in from the resident app';
COMMENT ON COLUMN rr.curfew_checkin.device_id IS 'IDFV / Android ID of the resident''s phone';

CREATE TABLE rr.disclosure_consent (
    consent_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    resident_id     bigint NOT NULL REFERENCES rr.resident (resident_id),
    recipient_org   text   NOT NULL,
    purpose         text   NOT NULL,
    signed_at       timestamptz NOT NULL,
    expires_at      date,
    revoked         boolean NOT NULL DEFAULT false,
    esign_ip        inet
);
COMMENT ON TABLE rr.disclosure_consent IS '42 CFR Part 2 consent to disclose SUD records';

CREATE TABLE rr.staff_user (
    user_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id       uuid   NOT NULL,
    email           citext NOT NULL UNIQUE,
    display_name    text,
    password_hash   text   NOT NULL,
    totp_secret     text,
    role_code       text   NOT NULL DEFAULT 'house_manager',
    last_login_ip   inet,
    is_active       boolean NOT NULL DEFAULT true
);

CREATE TABLE rr.app_setting (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
