-- dialect: postgres
-- Reef & Wreck Divers (Koh Tao / Cairns) operations database
-- migration 0001..0014 squashed

CREATE SCHEMA IF NOT EXISTS dive;

CREATE TABLE dive.centre (
    centre_id       smallserial PRIMARY KEY,
    centre_name     text NOT NULL,
    padi_store_no   varchar(10),
    country_code    char(2) NOT NULL,
    timezone        text NOT NULL DEFAULT 'Asia/Bangkok',
    hotline         varchar(20),
    boat_count      smallint NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dive.course (
    course_code     varchar(12) PRIMARY KEY,
    title           text NOT NULL,
    agency          varchar(8) NOT NULL,
    min_age         smallint NOT NULL,
    max_depth_m     numeric(4,1),
    price_thb       numeric(10,2) NOT NULL,
    is_published    boolean NOT NULL DEFAULT true
);

CREATE TABLE dive.diver (
    diver_id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    centre_id           smallint NOT NULL REFERENCES dive.centre,
    given_name          text NOT NULL,
    family_name         text NOT NULL,
    email               citext,
    whatsapp            varchar(20),
    birth_date          date,
    sex                 char(1) CHECK (sex IN ('F','M','X')),
    nationality         char(2),
    passport_no         varchar(20),
    cert_agency         varchar(8),
    cert_level          varchar(24),
    cert_card_no        varchar(30),
    logged_dives        integer NOT NULL DEFAULT 0,
    weight_kg           numeric(5,1),
    wetsuit_size        varchar(4),
    ice_name            text,
    ice_phone           varchar(20),
    hotel_room          text,
    photo_consent       boolean NOT NULL DEFAULT false,
    deleted_at          timestamptz,
    created_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE dive.diver IS 'Customers (divers and snorkellers)';
COMMENT ON COLUMN dive.diver.ice_name IS 'In case of emergency contact';
COMMENT ON COLUMN dive.diver.hotel_room IS 'Resort and room number for pickup';
COMMENT ON COLUMN dive.diver.cert_card_no IS 'C-card number as printed';

CREATE TABLE dive.medical_statement (
    statement_id        bigserial PRIMARY KEY,
    diver_id            uuid NOT NULL REFERENCES dive.diver,
    form_version        varchar(10) NOT NULL,
    answers             jsonb NOT NULL,
    any_yes             boolean NOT NULL,
    asthma              boolean,
    pregnant            boolean,
    physician_name      text,
    physician_approved  boolean,
    signed_at           timestamptz NOT NULL
);
COMMENT ON COLUMN dive.medical_statement.answers IS 'Diver medical questionnaire answers keyed by question no.';
COMMENT ON COLUMN dive.medical_statement.any_yes IS 'Triggers physician sign-off';

CREATE TABLE dive.instructor (
    instructor_id       serial PRIMARY KEY,
    centre_id           smallint NOT NULL REFERENCES dive.centre,
    full_name           text NOT NULL,
    pro_number          varchar(12),
    mobile              varchar(20),
    rating              varchar(20),
    work_permit_expiry  date,
    day_rate            numeric(8,2),
    languages           text[],
    active              boolean NOT NULL DEFAULT true
);

CREATE TABLE dive.booking (
    booking_id      bigserial PRIMARY KEY,
    booking_ref     varchar(10) NOT NULL UNIQUE,
    diver_id        uuid NOT NULL REFERENCES dive.diver,
    course_code     varchar(12) REFERENCES dive.course,
    instructor_id   integer REFERENCES dive.instructor,
    start_date      date NOT NULL,
    pax             smallint NOT NULL DEFAULT 1,
    total_thb       numeric(10,2) NOT NULL,
    agent_code      varchar(10),
    special_requests text,
    status          varchar(12) NOT NULL DEFAULT 'pending',
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dive.dive_log (
    log_id          bigserial PRIMARY KEY,
    booking_id      bigint NOT NULL REFERENCES dive.booking,
    site_name       text NOT NULL,
    site_lat        numeric(9,6),
    site_lon        numeric(9,6),
    max_depth_m     numeric(4,1),
    bottom_min      smallint,
    computer_serial varchar(30),
    buddy_name      text,
    remarks         text
);

CREATE TABLE dive.incident (
    incident_id     serial PRIMARY KEY,
    log_id          bigint REFERENCES dive.dive_log,
    severity        smallint NOT NULL,
    symptoms        text,
    o2_given        boolean,
    chamber_name    text,
    evac_to_hospital boolean,
    reported_by     integer,
    reported_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN dive.incident.symptoms IS 'Signs of decompression illness as observed';

CREATE TABLE dive.app_setting (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
