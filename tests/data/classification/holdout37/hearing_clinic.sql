-- dialect: postgres
-- Audiology / hearing-aid clinic network (Australia). Schema "aud".

CREATE SCHEMA IF NOT EXISTS aud;

CREATE TABLE aud.clinic (
    clinic_id        bigserial PRIMARY KEY,
    tenant_id        integer      NOT NULL,
    clinic_name      text         NOT NULL,
    abn              char(11),
    street_address   text,
    suburb           text,
    state_code       varchar(3),
    postcode         varchar(4),
    phone            varchar(20),
    email            text,
    opening_hours    jsonb        NOT NULL DEFAULT '{}'::jsonb,
    created_at       timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON TABLE aud.clinic IS 'Clinic sites (premises) of the franchise.';
COMMENT ON COLUMN aud.clinic.abn IS 'Australian Business Number of the franchisee entity';
COMMENT ON COLUMN aud.clinic.email IS 'Front-desk shared mailbox';

CREATE TABLE aud.audiologist (
    audiologist_id      bigserial PRIMARY KEY,
    clinic_id           bigint NOT NULL REFERENCES aud.clinic (clinic_id),
    given_name          text NOT NULL,
    family_name         text NOT NULL,
    aud_a_member_no     varchar(12),
    accreditation_expiry date,
    mobile              varchar(20),
    work_email          text,
    signature_png       bytea,
    is_active           boolean NOT NULL DEFAULT true,
    created_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN aud.audiologist.aud_a_member_no IS 'Audiology Australia accreditation number (individual practitioner)';
COMMENT ON COLUMN aud.audiologist.signature_png IS 'Scanned handwritten signature used on reports';

CREATE TABLE aud.client (
    client_id            bigserial PRIMARY KEY,
    clinic_id            bigint NOT NULL REFERENCES aud.clinic (clinic_id),
    file_no              varchar(16) NOT NULL UNIQUE,
    title                varchar(10),
    given_name           text NOT NULL,
    family_name          text NOT NULL,
    preferred_name       text,
    date_of_birth        date,
    sex                  char(1),
    medicare_no          varchar(10),
    medicare_irn         smallint,
    dva_file_no          varchar(12),
    home_address         text,
    suburb               text,
    postcode             varchar(4),
    mobile               varchar(20),
    email                text,
    interpreter_lang     varchar(40),
    atsi_status          smallint,
    guardian_name        text,
    occupation           text,
    referral_source      varchar(30),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz,
    deleted_at           timestamptz
);
COMMENT ON TABLE aud.client IS 'Clients (patients) of the clinic, adults and children.';
COMMENT ON COLUMN aud.client.file_no IS 'Clinic client file number printed on all clinical records';
COMMENT ON COLUMN aud.client.medicare_irn IS 'Individual reference number on the Medicare card';
COMMENT ON COLUMN aud.client.dva_file_no IS 'Department of Veterans'' Affairs file number (Gold/White card holders)';
COMMENT ON COLUMN aud.client.interpreter_lang IS 'Language for which an interpreter must be booked';
COMMENT ON COLUMN aud.client.atsi_status IS 'Aboriginal and/or Torres Strait Islander origin (1-4, 9 not stated)';
COMMENT ON COLUMN aud.client.guardian_name IS 'Parent or guardian for clients under 18';
COMMENT ON COLUMN aud.client.referral_source IS 'GP, ENT, SELF, ADVERT, ...';

CREATE TABLE aud.audiogram (
    audiogram_id          bigserial PRIMARY KEY,
    client_id             bigint NOT NULL REFERENCES aud.client (client_id),
    audiologist_id        bigint REFERENCES aud.audiologist (audiologist_id),
    tested_on             date NOT NULL,
    ear                   char(1) NOT NULL CHECK (ear IN ('L','R')),
    ac_thresholds         jsonb,
    pta_4f_db             numeric(5,1),
    wrs_pct               smallint,
    tymp_type             varchar(3),
    tinnitus              boolean,
    audiometer_serial     varchar(30),
    clinical_notes        text,
    created_at            timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN aud.audiogram.ac_thresholds IS 'Air-conduction thresholds dB HL keyed by frequency';
COMMENT ON COLUMN aud.audiogram.pta_4f_db IS 'Four-frequency pure-tone average';
COMMENT ON COLUMN aud.audiogram.wrs_pct IS 'Word recognition score';
COMMENT ON COLUMN aud.audiogram.tymp_type IS 'Tympanogram type (A, As, B, C)';

CREATE TABLE aud.device_model (
    model_id          serial PRIMARY KEY,
    manufacturer      text NOT NULL,
    model_name        text NOT NULL,
    style_code        varchar(4),
    battery_size      varchar(4),
    list_price_aud    numeric(9,2),
    rechargeable      boolean DEFAULT false
);
COMMENT ON TABLE aud.device_model IS 'Hearing-aid catalogue';
COMMENT ON COLUMN aud.device_model.style_code IS 'BTE, RIC, ITE, CIC';

CREATE TABLE aud.fitting (
    fitting_id          bigserial PRIMARY KEY,
    client_id           bigint NOT NULL REFERENCES aud.client (client_id),
    model_id            integer NOT NULL REFERENCES aud.device_model (model_id),
    serial_left         varchar(30),
    serial_right        varchar(30),
    fitted_on           date,
    warranty_until      date,
    fitting_params      jsonb,
    datalog_hrs_per_day numeric(4,1),
    fitted_by           bigint,
    status              varchar(12) NOT NULL DEFAULT 'ACTIVE'
);
COMMENT ON COLUMN aud.fitting.fitting_params IS 'Gain/compression programme exported from the fitting software';
COMMENT ON COLUMN aud.fitting.datalog_hrs_per_day IS 'Average daily wear time read from the aid''s data logger';
COMMENT ON COLUMN aud.fitting.fitted_by IS 'audiologist_id of the fitter';

CREATE TABLE aud.appointment (
    appointment_id     bigserial PRIMARY KEY,
    clinic_id          bigint NOT NULL,
    client_id          bigint NOT NULL,
    audiologist_id     bigint,
    appt_type          varchar(20) NOT NULL,
    starts_at          timestamptz NOT NULL,
    duration_min       smallint NOT NULL DEFAULT 60,
    status             varchar(12) NOT NULL,
    reason_for_visit   text,
    cancel_reason      text,
    sms_reminder_sent  boolean DEFAULT false,
    created_by         text
);
COMMENT ON COLUMN aud.appointment.reason_for_visit IS 'What the client told reception when booking';

CREATE TABLE aud.invoice (
    invoice_id          bigserial PRIMARY KEY,
    invoice_no          varchar(20) NOT NULL UNIQUE,
    clinic_id           bigint NOT NULL,
    client_id           bigint NOT NULL,
    issued_at           timestamptz NOT NULL,
    total_aud           numeric(10,2) NOT NULL,
    hsp_claim_aud       numeric(10,2),
    client_gap_aud      numeric(10,2),
    payment_method      varchar(12),
    card_last4          char(4),
    status              varchar(12)
);
COMMENT ON COLUMN aud.invoice.hsp_claim_aud IS 'Portion claimed from the Hearing Services Program';

CREATE TABLE aud.consent (
    consent_id           bigserial PRIMARY KEY,
    client_id            bigint NOT NULL,
    consent_type         varchar(30) NOT NULL,
    granted              boolean NOT NULL,
    signed_at            timestamptz,
    signer_name          text,
    signer_relationship  varchar(20),
    signer_ip            inet,
    form_version         varchar(10)
);
COMMENT ON COLUMN aud.consent.consent_type IS 'SHARE_WITH_GP, RESEARCH, MARKETING, ...';
COMMENT ON COLUMN aud.consent.granted IS 'Whether the client agreed';

CREATE TABLE aud.app_setting (
    setting_key     varchar(64) PRIMARY KEY,
    setting_value   text,
    description     text,
    updated_at      timestamptz DEFAULT now()
);
