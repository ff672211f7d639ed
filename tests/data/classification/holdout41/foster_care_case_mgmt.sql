-- dialect: postgres
--
-- Prairie State Child & Family Services: foster-care case management (CCWIS module)
-- schema cw, PostgreSQL 14. Maintained by the data platform team; see wiki/CCWIS-DDL.

CREATE SCHEMA IF NOT EXISTS cw;

CREATE TABLE cw.agency (
    agency_id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_name      text NOT NULL,
    license_number   varchar(32) NOT NULL UNIQUE,
    street_address   text,
    city             varchar(80),
    state_code       char(2) NOT NULL DEFAULT 'KS',
    phone_main       varchar(20),
    fax              varchar(20),
    is_active        boolean NOT NULL DEFAULT true,
    created_at       timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE cw.agency IS 'Private child-placing agencies under contract with the state';

CREATE TABLE cw.caseworker (
    caseworker_id    integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id        integer NOT NULL REFERENCES cw.agency (agency_id),
    full_name        text NOT NULL,
    work_email       citext UNIQUE,
    work_mobile      varchar(20),
    position_title   varchar(80),
    badge_no         varchar(12),
    hire_date        date,
    sso_subject      varchar(64) UNIQUE,
    deactivated_at   timestamptz
);

COMMENT ON COLUMN cw.caseworker.sso_subject IS 'Azure AD UPN, e.g. jdoe@dcf.ks.gov';
COMMENT ON COLUMN cw.caseworker.badge_no IS 'printed on the DCF ID badge';

CREATE TABLE cw.child (
    child_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id            integer REFERENCES cw.agency (agency_id),
    case_number          varchar(20) NOT NULL,
    legal_first_name     text NOT NULL,
    legal_last_name      text NOT NULL,
    preferred_name       text,
    date_of_birth        date NOT NULL,
    sex_at_birth         char(1),
    gender_identity      varchar(40),
    race_codes           text[],
    hispanic_latino      boolean,
    tribal_affiliation   text,
    ssn                  char(9),
    medicaid_id          varchar(16),
    primary_language     varchar(30),
    religious_preference varchar(60),
    photo_path           text,
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz,
    deleted_at           timestamptz
);

COMMENT ON TABLE cw.child IS 'Children in state custody (AFCARS element set)';
COMMENT ON COLUMN cw.child.race_codes IS 'AFCARS 2020 race categories, multiple allowed';
COMMENT ON COLUMN cw.child.tribal_affiliation IS 'ICWA: tribe in which the child is a member or eligible';
COMMENT ON COLUMN cw.child.photo_path IS 'S3 key of the most recent photo (required every 12 months)';
COMMENT ON COLUMN cw.child.deleted_at IS 'logical delete; rows are kept for retention schedule';

CREATE TABLE cw.ref_removal_reason (
    code                 varchar(8) PRIMARY KEY,
    description          text NOT NULL,
    afcars_element       smallint,
    active               boolean NOT NULL DEFAULT true
);

CREATE TABLE cw.removal_episode (
    episode_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint NOT NULL REFERENCES cw.child (child_id),
    removal_date         date NOT NULL,
    removal_reason_code  varchar(8) REFERENCES cw.ref_removal_reason (code),
    court_order_no       varchar(30),
    discharge_date       date,
    discharge_reason     varchar(20),
    created_by           integer REFERENCES cw.caseworker (caseworker_id)
);

CREATE TABLE cw.caregiver (
    caregiver_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency_id            integer REFERENCES cw.agency (agency_id),
    first_name           text NOT NULL,
    last_name            text NOT NULL,
    birth_date           date,
    email                text,
    mobile_phone         varchar(20),
    home_address_line1   text,
    home_city            text,
    home_zip             varchar(10),
    home_geo_lat         numeric(9,6),
    home_geo_lon         numeric(9,6),
    marital_status       varchar(12),
    employer_name        text,
    household_income     numeric(12,2),
    faith_community      text,
    license_status       varchar(12) NOT NULL DEFAULT 'PENDING',
    license_expires_on   date,
    max_capacity         smallint,
    created_at           timestamptz DEFAULT now()
);

COMMENT ON COLUMN cw.caregiver.faith_community IS 'church/mosque/synagogue named in the home study';
COMMENT ON COLUMN cw.caregiver.household_income IS 'annual gross, from home-study financial worksheet';

CREATE TABLE cw.background_check (
    check_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    caregiver_id         bigint NOT NULL REFERENCES cw.caregiver (caregiver_id),
    check_type           varchar(10) NOT NULL,
    livescan_tcn         varchar(24),
    disposition          varchar(20),
    offense_summary      text,
    abuse_registry_hit   boolean,
    requested_at         timestamptz,
    completed_at         timestamptz,
    requested_by         integer
);

COMMENT ON COLUMN cw.background_check.livescan_tcn IS 'Transaction Control Number of the LiveScan fingerprint submission';
COMMENT ON COLUMN cw.background_check.abuse_registry_hit IS 'Child Abuse and Neglect Central Registry match';

CREATE TABLE cw.placement (
    placement_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint NOT NULL REFERENCES cw.child (child_id),
    caregiver_id         bigint REFERENCES cw.caregiver (caregiver_id),
    setting_code         varchar(6) NOT NULL,
    start_date           date NOT NULL,
    end_date             date,
    daily_rate           numeric(8,2),
    end_reason_text      text,
    created_by           integer
);

CREATE TABLE cw.child_health (
    record_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint NOT NULL REFERENCES cw.child (child_id),
    recorded_on          date NOT NULL,
    diagnosis_codes      varchar(10)[],
    psychotropic_meds    jsonb,
    allergies            text,
    immunizations_current boolean,
    pregnant_or_parenting boolean,
    behavioral_notes     text,
    court_consent_on_file boolean
);

COMMENT ON COLUMN cw.child_health.psychotropic_meds IS '[{"drug":"","mg":0,"prescriber":""}]';

CREATE TABLE cw.school_enrollment (
    enrollment_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint NOT NULL REFERENCES cw.child (child_id),
    school_name          text,
    grade_level          varchar(4),
    has_iep              boolean,
    gpa                  numeric(3,2),
    enrolled_on          date
);

COMMENT ON COLUMN cw.school_enrollment.has_iep IS 'Individualized Education Program under IDEA';

CREATE TABLE cw.home_visit (
    visit_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    child_id             bigint NOT NULL,
    caseworker_id        integer NOT NULL,
    visited_at           timestamptz NOT NULL,
    checkin_lat          numeric(9,6),
    checkin_lon          numeric(9,6),
    seen_alone           boolean,
    narrative            text,
    tenant_county_fips   char(5) NOT NULL
);

COMMENT ON COLUMN cw.home_visit.narrative IS 'Contact note. Federal: monthly face-to-face visit';

CREATE TABLE cw.app_setting (
    setting_key          varchar(64) PRIMARY KEY,
    setting_value        jsonb NOT NULL,
    updated_at           timestamptz DEFAULT now()
);
