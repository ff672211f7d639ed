-- dialect: postgres
--
-- Assisted-conception clinic system (UK, HFEA-licensed centres), schema "ivf".
-- Generated from migrations 0001..0047 with pg_dump --schema-only, then tidied.
--

CREATE SCHEMA IF NOT EXISTS ivf;

CREATE TABLE ivf.clinic_site (
    site_id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hfea_centre_no       varchar(8) NOT NULL UNIQUE,
    site_name            text NOT NULL,
    address_line1        text,
    postcode             varchar(10),
    switchboard_phone    varchar(20),
    person_responsible   text,
    created_at           timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE ivf.clinic_site IS 'Licensed treatment centres operated by the group';
COMMENT ON COLUMN ivf.clinic_site.hfea_centre_no IS 'HFEA centre number, e.g. 0102';
COMMENT ON COLUMN ivf.clinic_site.person_responsible IS 'Name of the Person Responsible on the HFEA licence';

CREATE TABLE ivf.staff_user (
    staff_id             integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              integer REFERENCES ivf.clinic_site (site_id),
    username             varchar(64) NOT NULL UNIQUE,
    display_name         text NOT NULL,
    gmc_number           varchar(7),
    role_code            varchar(20) NOT NULL,
    password_hash        text NOT NULL,
    mfa_secret           text,
    last_login_ip        inet,
    is_active            boolean NOT NULL DEFAULT true
);

COMMENT ON COLUMN ivf.staff_user.gmc_number IS 'GMC or NMC PIN for clinicians; null for admin staff';
COMMENT ON COLUMN ivf.staff_user.mfa_secret IS 'Base32 TOTP seed (encrypted at rest by pgcrypto)';

CREATE TABLE ivf.patient (
    patient_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    site_id              integer NOT NULL REFERENCES ivf.clinic_site (site_id),
    nhs_number           char(10),
    hospital_no          varchar(12) NOT NULL,
    given_name           text NOT NULL,
    family_name          text NOT NULL,
    date_of_birth        date NOT NULL,
    sex_at_birth         char(1),
    gender_identity      text,
    ethnicity_code       varchar(3),
    email                text,
    mobile               varchar(20),
    address_line1        text,
    town                 text,
    postcode             varchar(10),
    gp_practice_code     varchar(6),
    bmi                  numeric(4,1),
    smoking_status       varchar(12),
    created_at           timestamptz NOT NULL DEFAULT now(),
    updated_at           timestamptz,
    deleted_at           timestamptz
);

COMMENT ON TABLE ivf.patient IS 'Patients (women, men and partners) registered at a centre';
COMMENT ON COLUMN ivf.patient.nhs_number IS 'NHS number, validated with modulus 11';
COMMENT ON COLUMN ivf.patient.hospital_no IS 'Local hospital/clinic number printed on wristbands';
COMMENT ON COLUMN ivf.patient.ethnicity_code IS 'ONS 2021 ethnic group code';
COMMENT ON COLUMN ivf.patient.gp_practice_code IS 'ODS code of registered GP practice';
COMMENT ON COLUMN ivf.patient.deleted_at IS 'Set when the record is archived (GDPR retention job)';

CREATE TABLE ivf.partner_link (
    link_id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id           bigint NOT NULL REFERENCES ivf.patient (patient_id),
    partner_patient_id   bigint NOT NULL REFERENCES ivf.patient (patient_id),
    relationship_status  varchar(20) NOT NULL,
    disclosure_consent   boolean NOT NULL DEFAULT false,
    linked_at            timestamptz NOT NULL DEFAULT now()
);

COMMENT ON COLUMN ivf.partner_link.relationship_status IS 'married, civil_partnership, cohabiting, other';
COMMENT ON COLUMN ivf.partner_link.disclosure_consent IS 'Patient consents to disclosure of identifying info to partner';

CREATE TABLE ivf.donor (
    donor_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hfea_donor_code      varchar(12) UNIQUE,
    donor_type           varchar(10) NOT NULL,
    height_cm            smallint,
    eye_colour           text,
    ethnic_group         text,
    religion             text,
    occupation           text,
    education_level      text,
    goodwill_message     text,
    identity_release     boolean NOT NULL DEFAULT true,
    cmv_status           char(3),
    karyotype            text,
    carrier_screen       jsonb,
    family_limit         smallint NOT NULL DEFAULT 10,
    families_used        smallint NOT NULL DEFAULT 0,
    recruited_at         timestamptz
);

COMMENT ON TABLE ivf.donor IS 'Gamete donors (sperm and egg); identifying details live in the HFEA register only';
COMMENT ON COLUMN ivf.donor.hfea_donor_code IS 'Donor code allocated by the HFEA';
COMMENT ON COLUMN ivf.donor.goodwill_message IS 'Optional message from the donor to any donor-conceived person';
COMMENT ON COLUMN ivf.donor.identity_release IS 'Donor identifiable to offspring at 18 (post-2005 donors always true)';
COMMENT ON COLUMN ivf.donor.carrier_screen IS 'Expanded carrier screening panel results';
COMMENT ON COLUMN ivf.donor.family_limit IS 'Maximum number of families (10 by law)';

CREATE TABLE ivf.treatment_cycle (
    cycle_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id           bigint NOT NULL REFERENCES ivf.patient (patient_id),
    partner_patient_id   bigint REFERENCES ivf.patient (patient_id),
    donor_id             bigint REFERENCES ivf.donor (donor_id),
    cycle_number         smallint NOT NULL,
    treatment_type       varchar(10) NOT NULL,
    patient_pathway      varchar(24),
    funding_source       varchar(12),
    start_date           date,
    amh_pmol_l           numeric(5,2),
    antral_follicle_cnt  smallint,
    stim_protocol        varchar(16),
    status               varchar(12) NOT NULL,
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           integer REFERENCES ivf.staff_user (staff_id)
);

COMMENT ON COLUMN ivf.treatment_cycle.patient_pathway IS 'hetero_couple | female_couple | single_woman | surrogacy';
COMMENT ON COLUMN ivf.treatment_cycle.funding_source IS 'NHS | SELF | INSURER';
COMMENT ON COLUMN ivf.treatment_cycle.amh_pmol_l IS 'Anti-Mullerian hormone, pmol/L';

CREATE TABLE ivf.embryo (
    embryo_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cycle_id             bigint NOT NULL REFERENCES ivf.treatment_cycle (cycle_id),
    embryo_ref           varchar(20) NOT NULL,
    grade                varchar(8),
    pgt_a_result         text,
    storage_tank         varchar(8),
    straw_colour         varchar(12),
    frozen_at            timestamptz,
    disposition          varchar(12)
);

COMMENT ON COLUMN ivf.embryo.grade IS 'Gardner grade, e.g. 4AA';
COMMENT ON COLUMN ivf.embryo.pgt_a_result IS 'PGT-A ploidy result (euploid/aneuploid/mosaic + detail)';
COMMENT ON COLUMN ivf.embryo.disposition IS 'transferred, frozen, discarded, donated_research';

CREATE TABLE ivf.semen_analysis (
    analysis_id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id           bigint NOT NULL REFERENCES ivf.patient (patient_id),
    collected_at         timestamptz NOT NULL,
    abstinence_days      smallint,
    volume_ml            numeric(4,1),
    concentration_m_ml   numeric(6,1),
    prog_motility_pct    numeric(4,1),
    morphology_pct       numeric(4,1),
    lab_comment          text,
    analyst_initials     varchar(4),
    qc_batch_id          integer
);

COMMENT ON COLUMN ivf.semen_analysis.abstinence_days IS 'Days of abstinence reported by the patient';
COMMENT ON COLUMN ivf.semen_analysis.concentration_m_ml IS 'Million/mL (WHO 6th ed.)';

CREATE TABLE ivf.consent_record (
    consent_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    patient_id           bigint NOT NULL REFERENCES ivf.patient (patient_id),
    form_code            varchar(6) NOT NULL,
    posthumous_use       boolean,
    storage_years        smallint,
    signed_at            timestamptz NOT NULL,
    witness_staff_id     integer REFERENCES ivf.staff_user (staff_id),
    scanned_form_uri     text,
    withdrawn_at         timestamptz
);

COMMENT ON COLUMN ivf.consent_record.form_code IS 'HFEA form: WT, MT, WSG, MSG, CD, PP';

CREATE TABLE ivf.invoice (
    invoice_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    invoice_no           varchar(16) NOT NULL UNIQUE,
    patient_id           bigint NOT NULL REFERENCES ivf.patient (patient_id),
    amount_gbp           numeric(10,2) NOT NULL,
    vat_gbp              numeric(10,2) NOT NULL DEFAULT 0,
    card_last4           char(4),
    payment_ref          varchar(40),
    paid_at              timestamptz
);

CREATE TABLE ivf.app_setting (
    setting_key          varchar(64) PRIMARY KEY,
    setting_value        text,
    updated_at           timestamptz NOT NULL DEFAULT now(),
    updated_by           integer
);

CREATE INDEX ix_patient_hospital_no ON ivf.patient (hospital_no);
CREATE INDEX ix_cycle_patient ON ivf.treatment_cycle (patient_id);
