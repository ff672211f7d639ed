-- dialect: postgres
-- Sexual health clinic client management (PostgreSQL 14)
CREATE SCHEMA IF NOT EXISTS shc;

CREATE TABLE shc.clinic_site (
    site_id smallint PRIMARY KEY,
    site_code varchar(8) NOT NULL UNIQUE,
    site_name text NOT NULL,
    street_address text,
    suburb text,
    state char(3),
    postcode char(4),
    phone varchar(20),
    opening_hours jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shc.clinic_site IS 'Public sexual health clinic locations (NSW/VIC)';
COMMENT ON COLUMN shc.clinic_site.site_code IS 'Short code used on lab request forms';
COMMENT ON COLUMN shc.clinic_site.street_address IS 'Clinic premises';
COMMENT ON COLUMN shc.clinic_site.phone IS 'Reception line';
COMMENT ON COLUMN shc.clinic_site.opening_hours IS 'Per-weekday opening hours';

CREATE TABLE shc.client (
    client_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    home_site_id smallint REFERENCES shc.clinic_site(site_id),
    mrn varchar(12) NOT NULL,
    given_name text,
    family_name text,
    preferred_name text,
    alias_code char(14),
    dob date,
    sex_at_birth char(1),
    gender_identity text,
    sexual_orientation varchar(30),
    indigenous_status smallint,
    country_of_birth char(4),
    medicare_no varchar(11),
    mobile varchar(15),
    email text,
    postcode char(4),
    sms_results_ok boolean NOT NULL DEFAULT false,
    interpreter_lang varchar(20),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    deleted_at timestamptz
);
COMMENT ON TABLE shc.client IS 'Registered clients. Many attend under an alias; see alias_code.';
COMMENT ON COLUMN shc.client.mrn IS 'Clinic medical record number printed on labels';
COMMENT ON COLUMN shc.client.given_name IS 'May be a pseudonym';
COMMENT ON COLUMN shc.client.preferred_name IS 'Name to call out in the waiting room';
COMMENT ON COLUMN shc.client.alias_code IS 'SLK-581 statistical linkage key (letters of name + DOB + sex)';
COMMENT ON COLUMN shc.client.sex_at_birth IS 'M/F/X';
COMMENT ON COLUMN shc.client.gender_identity IS 'Self-described';
COMMENT ON COLUMN shc.client.indigenous_status IS 'ABS code 1-4, 9 = not stated';
COMMENT ON COLUMN shc.client.country_of_birth IS 'SACC code';
COMMENT ON COLUMN shc.client.medicare_no IS 'Medicare card number + IRN';
COMMENT ON COLUMN shc.client.mobile IS 'For results SMS';
COMMENT ON COLUMN shc.client.postcode IS 'Residential postcode only, no street address is collected';
COMMENT ON COLUMN shc.client.sms_results_ok IS 'Client agreed to receive negative results by SMS';
COMMENT ON COLUMN shc.client.interpreter_lang IS 'Language if interpreter needed';
COMMENT ON COLUMN shc.client.deleted_at IS 'Soft delete';

CREATE TABLE shc.clinician (
    clinician_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ahpra_reg_no varchar(13),
    full_name text NOT NULL,
    role varchar(20),
    work_email text,
    active boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE shc.clinician IS 'Doctors and nurses';
COMMENT ON COLUMN shc.clinician.ahpra_reg_no IS 'AHPRA registration e.g. MED0001234567';
COMMENT ON COLUMN shc.clinician.role IS 'Sexual health physician, CNC, RN';

CREATE TABLE shc.visit (
    visit_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    client_id uuid NOT NULL REFERENCES shc.client(client_id),
    site_id smallint NOT NULL,
    visit_ts timestamptz NOT NULL,
    visit_type varchar(10),
    clinician_id integer,
    presenting_complaint text,
    triage_cat smallint,
    medicare_billed numeric(8,2),
    created_by text
);
COMMENT ON TABLE shc.visit IS 'One attendance';
COMMENT ON COLUMN shc.visit.visit_type IS 'NEW, REVIEW, PEP, PREP, WALKIN';
COMMENT ON COLUMN shc.visit.triage_cat IS '1 urgent - 4 routine';

CREATE TABLE shc.sexual_history (
    history_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL REFERENCES shc.visit(visit_id),
    partners_3m smallint,
    partner_genders text[],
    condom_use varchar(10),
    sex_work boolean,
    ever_injected boolean,
    on_prep boolean,
    last_hiv_test date
);
COMMENT ON TABLE shc.sexual_history IS 'Structured sexual history taken at each visit';
COMMENT ON COLUMN shc.sexual_history.partners_3m IS 'Number of sexual partners, last 3 months';
COMMENT ON COLUMN shc.sexual_history.condom_use IS 'always / sometimes / never';
COMMENT ON COLUMN shc.sexual_history.sex_work IS 'Client does sex work';
COMMENT ON COLUMN shc.sexual_history.ever_injected IS 'Ever injected drugs';
COMMENT ON COLUMN shc.sexual_history.on_prep IS 'Currently taking HIV PrEP';
COMMENT ON COLUMN shc.sexual_history.last_hiv_test IS 'As reported by client';

CREATE TABLE shc.lab_result (
    result_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL,
    test_code varchar(20),
    specimen_site varchar(20),
    result_value text,
    abnormal_flag char(1),
    accession_no varchar(20),
    collected_at timestamptz,
    reported_at timestamptz
);
COMMENT ON TABLE shc.lab_result IS 'Pathology results';
COMMENT ON COLUMN shc.lab_result.test_code IS 'LOINC';
COMMENT ON COLUMN shc.lab_result.specimen_site IS 'throat, rectal, urine, vaginal swab';
COMMENT ON COLUMN shc.lab_result.abnormal_flag IS 'P = positive, N = negative';
COMMENT ON COLUMN shc.lab_result.accession_no IS 'Lab accession number';

CREATE TABLE shc.partner_notification (
    notif_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    index_visit_id bigint NOT NULL,
    method varchar(10),
    partner_first_name text,
    partner_phone varchar(15),
    partner_email text,
    infection varchar(20),
    anonymous boolean NOT NULL DEFAULT true,
    notified_at timestamptz
);
COMMENT ON TABLE shc.partner_notification IS 'Contact tracing';
COMMENT ON COLUMN shc.partner_notification.method IS 'SMS, EMAIL, LETTER, IN_PERSON';
COMMENT ON COLUMN shc.partner_notification.infection IS 'Chlamydia, gonorrhoea, syphilis, HIV';
COMMENT ON COLUMN shc.partner_notification.anonymous IS 'Sent without naming the index client';

CREATE TABLE shc.prescription (
    rx_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id bigint NOT NULL,
    drug_code varchar(10),
    dose_text text,
    repeats smallint,
    pbs_authority_no varchar(10),
    prescriber_id integer,
    issued_at timestamptz
);
COMMENT ON TABLE shc.prescription IS 'Scripts issued';
COMMENT ON COLUMN shc.prescription.drug_code IS 'PBS item code';

CREATE TABLE shc.app_setting (
    setting_key text PRIMARY KEY,
    setting_value text,
    updated_at timestamptz,
    updated_by text
);
COMMENT ON TABLE shc.app_setting IS 'Key/value settings';

CREATE TABLE shc.audit_event (
    event_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    actor_username text NOT NULL,
    action varchar(20),
    entity varchar(30),
    entity_id text,
    ip_addr inet,
    user_agent text,
    occurred_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE shc.audit_event IS 'Access log for the clinical record';
COMMENT ON COLUMN shc.audit_event.action IS 'VIEW, EDIT, PRINT, EXPORT';

