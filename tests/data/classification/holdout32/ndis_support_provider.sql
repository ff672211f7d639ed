-- dialect: postgres
-- Migration 0001_init: NDIS support-coordination and rostering platform (AU)

CREATE SCHEMA IF NOT EXISTS care;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pgcrypto;

CREATE TABLE care.organisation (
    org_id uuid NOT NULL DEFAULT gen_random_uuid(),
    abn char(11) NOT NULL,
    legal_name text NOT NULL,
    ndis_registration_no text,
    phone text,
    email citext,
    street text,
    suburb text,
    state varchar(3),
    postcode char(4),
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT organisation_pkey PRIMARY KEY (org_id)
);

COMMENT ON TABLE care.organisation IS 'Registered provider entities and plan-management partners (tenants).';
COMMENT ON COLUMN care.organisation.abn IS 'Australian Business Number of the entity.';
COMMENT ON COLUMN care.organisation.ndis_registration_no IS 'NDIS Commission provider registration number.';
COMMENT ON COLUMN care.organisation.phone IS 'Main office line.';
COMMENT ON COLUMN care.organisation.email IS 'Shared intake mailbox, e.g. intake@provider.com.au.';

CREATE TABLE care.participant (
    participant_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL,
    ndis_number char(9) NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    preferred_name text,
    date_of_birth date,
    gender_identity text,
    atsi_status smallint,
    primary_disability text,
    interpreter_required boolean NOT NULL DEFAULT false,
    preferred_language text,
    religion text,
    home_address text,
    suburb text,
    state varchar(3),
    postcode char(4),
    home_lat numeric(9,6),
    home_lng numeric(9,6),
    mobile text,
    email citext,
    medicare_number varchar(11),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    archived_at timestamptz,
    CONSTRAINT participant_pkey PRIMARY KEY (participant_id)
);

COMMENT ON TABLE care.participant IS 'People receiving supports under an NDIS plan.';
COMMENT ON COLUMN care.participant.org_id IS 'Owning provider (row-level security key).';
COMMENT ON COLUMN care.participant.ndis_number IS 'NDIS participant number issued by the NDIA.';
COMMENT ON COLUMN care.participant.preferred_name IS 'What the participant likes to be called.';
COMMENT ON COLUMN care.participant.gender_identity IS 'Self-described; free text allowed.';
COMMENT ON COLUMN care.participant.atsi_status IS 'ABS Indigenous status code: 1 Aboriginal, 2 Torres Strait Islander, 3 both, 4 neither, 9 not stated.';
COMMENT ON COLUMN care.participant.primary_disability IS 'Primary disability as recorded in the NDIS plan.';
COMMENT ON COLUMN care.participant.religion IS 'Cultural and faith considerations for support planning.';
COMMENT ON COLUMN care.participant.home_lat IS 'Geocoded for rostering travel.';
COMMENT ON COLUMN care.participant.medicare_number IS 'Medicare card number incl. IRN.';
COMMENT ON COLUMN care.participant.archived_at IS 'Soft delete; non-null rows are hidden.';

CREATE TABLE care.nominee (
    nominee_id bigint GENERATED ALWAYS AS IDENTITY,
    participant_id bigint NOT NULL,
    full_name text NOT NULL,
    relationship text,
    phone text,
    email citext,
    is_legal_guardian boolean NOT NULL DEFAULT false,
    consent_to_share boolean,
    CONSTRAINT nominee_pkey PRIMARY KEY (nominee_id)
);

COMMENT ON TABLE care.nominee IS 'Plan nominees, guardians and other representatives.';
COMMENT ON COLUMN care.nominee.relationship IS 'e.g. mother, public guardian, friend.';
COMMENT ON COLUMN care.nominee.consent_to_share IS 'Participant consents to sharing reports with this nominee.';

CREATE TABLE care.support_worker (
    worker_id bigint GENERATED ALWAYS AS IDENTITY,
    org_id uuid NOT NULL,
    first_name text NOT NULL,
    last_name text NOT NULL,
    mobile text,
    email citext,
    worker_screening_id text,
    screening_expires_on date,
    wwcc_number text,
    hourly_pay_rate numeric(7,2),
    bank_bsb char(6),
    bank_account_no varchar(10),
    tfn char(9),
    union_dues_deduction boolean NOT NULL DEFAULT false,
    hired_on date,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT support_worker_pkey PRIMARY KEY (worker_id)
);

COMMENT ON TABLE care.support_worker IS 'Employed and contracted support workers.';
COMMENT ON COLUMN care.support_worker.worker_screening_id IS 'NDIS Worker Screening Check clearance number.';
COMMENT ON COLUMN care.support_worker.wwcc_number IS 'Working With Children Check number (state issued).';
COMMENT ON COLUMN care.support_worker.hourly_pay_rate IS 'SCHADS award rate incl. loadings.';
COMMENT ON COLUMN care.support_worker.tfn IS 'Tax File Number. Encrypted at rest.';
COMMENT ON COLUMN care.support_worker.union_dues_deduction IS 'Deduct HSU union dues from pay.';

CREATE TABLE care.service_agreement (
    agreement_id bigint GENERATED ALWAYS AS IDENTITY,
    participant_id bigint NOT NULL,
    plan_start date NOT NULL,
    plan_end date NOT NULL,
    funding_mgmt text NOT NULL,
    plan_budget_total numeric(12,2),
    signed_by_name text,
    signed_at timestamptz,
    document_url text,
    status text NOT NULL DEFAULT 'draft',
    CONSTRAINT service_agreement_pkey PRIMARY KEY (agreement_id)
);

COMMENT ON COLUMN care.service_agreement.funding_mgmt IS 'agency | plan | self';
COMMENT ON COLUMN care.service_agreement.plan_budget_total IS 'Total core+capacity budget allocated by NDIA.';
COMMENT ON COLUMN care.service_agreement.signed_by_name IS 'Person who signed (participant or nominee).';

CREATE TABLE care.support_item (
    item_number varchar(20) NOT NULL,
    item_name text NOT NULL,
    support_category smallint,
    unit varchar(4),
    price_limit_national numeric(8,2),
    price_limit_remote numeric(8,2),
    effective_from date,
    CONSTRAINT support_item_pkey PRIMARY KEY (item_number)
);

COMMENT ON TABLE care.support_item IS 'NDIS Pricing Arrangements support catalogue.';
COMMENT ON COLUMN care.support_item.item_number IS 'e.g. 01_011_0107_1_1';
COMMENT ON COLUMN care.support_item.unit IS 'H, E, D, WK';

CREATE TABLE care.shift (
    shift_id bigint GENERATED ALWAYS AS IDENTITY,
    agreement_id bigint NOT NULL,
    worker_id bigint,
    item_number varchar(20),
    scheduled_start timestamptz NOT NULL,
    scheduled_end timestamptz NOT NULL,
    clock_in_lat numeric(9,6),
    clock_in_lng numeric(9,6),
    units numeric(6,2),
    travel_km numeric(6,1),
    status text NOT NULL DEFAULT 'scheduled',
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT shift_pkey PRIMARY KEY (shift_id)
);

COMMENT ON TABLE care.shift IS 'Rostered and delivered supports.';
COMMENT ON COLUMN care.shift.clock_in_lat IS 'Worker phone GPS at clock-in.';

CREATE TABLE care.progress_note (
    note_id bigint GENERATED ALWAYS AS IDENTITY,
    shift_id bigint NOT NULL,
    author_worker_id bigint,
    body text NOT NULL,
    mood_rating smallint,
    incident_flag boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT progress_note_pkey PRIMARY KEY (note_id)
);

COMMENT ON COLUMN care.progress_note.body IS 'Case note written after the shift.';
COMMENT ON COLUMN care.progress_note.mood_rating IS '1 (distressed) .. 5 (settled), observed by worker.';

CREATE TABLE care.incident_report (
    incident_id bigint GENERATED ALWAYS AS IDENTITY,
    participant_id bigint NOT NULL,
    occurred_at timestamptz,
    category text,
    description text,
    injury_details text,
    police_notified boolean,
    alleged_perpetrator text,
    restrictive_practice text,
    created_by text,
    CONSTRAINT incident_report_pkey PRIMARY KEY (incident_id)
);

COMMENT ON TABLE care.incident_report IS 'Reportable incidents (NDIS Commission rules 2018).';
COMMENT ON COLUMN care.incident_report.category IS 'death | serious_injury | abuse_neglect | sexual_misconduct | unlawful_restrictive_practice';
COMMENT ON COLUMN care.incident_report.alleged_perpetrator IS 'Name of the alleged perpetrator if known.';
COMMENT ON COLUMN care.incident_report.restrictive_practice IS 'Chemical/physical/mechanical restraint or seclusion used.';

CREATE TABLE care.medication_chart (
    med_id bigint GENERATED ALWAYS AS IDENTITY,
    participant_id bigint NOT NULL,
    medication_name text NOT NULL,
    dose text,
    route text,
    frequency text,
    prn boolean NOT NULL DEFAULT false,
    prescriber_name text,
    start_date date,
    end_date date,
    CONSTRAINT medication_chart_pkey PRIMARY KEY (med_id)
);

COMMENT ON COLUMN care.medication_chart.route IS 'oral, topical, PEG ...';
COMMENT ON COLUMN care.medication_chart.prn IS 'Given as needed.';

CREATE TABLE care.app_setting (
    key text NOT NULL,
    value jsonb,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT app_setting_pkey PRIMARY KEY (key)
);


