-- dialect: postgres
-- Resettlement agency case management (US reception & placement programme).
-- Schema rr; migrations squashed 2024-02 for the new reporting replica.

CREATE SCHEMA IF NOT EXISTS rr;

CREATE TABLE rr.affiliate_office (
    office_id       serial PRIMARY KEY,
    office_code     varchar(12) NOT NULL UNIQUE,
    office_name     varchar(160) NOT NULL,
    street_address  varchar(200),
    city            varchar(80),
    state_code      char(2),
    main_phone      varchar(20),
    is_active       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE rr.affiliate_office IS 'Local affiliate offices of the national resettlement agency';
COMMENT ON COLUMN rr.affiliate_office.office_code IS 'Agency-assigned affiliate code, e.g. ATL-02';
COMMENT ON COLUMN rr.affiliate_office.main_phone IS 'Front desk line published on the website';

CREATE TABLE rr.caseworker (
    caseworker_id     serial PRIMARY KEY,
    office_id         integer NOT NULL REFERENCES rr.affiliate_office(office_id),
    full_name         varchar(120) NOT NULL,
    work_email        varchar(254) NOT NULL,
    mobile_phone      varchar(20),
    languages_spoken  text[],
    role_code         varchar(20) NOT NULL DEFAULT 'CASE_MGR',
    hired_on          date,
    deactivated_at    timestamptz
);
COMMENT ON COLUMN rr.caseworker.languages_spoken IS 'ISO 639-3 codes the caseworker can interpret in';
COMMENT ON COLUMN rr.caseworker.role_code IS 'CASE_MGR, SUPERVISOR, EMPLOYMENT_SPEC, FINANCE';

CREATE TABLE rr.refugee_case (
    case_id               bigserial PRIMARY KEY,
    case_number           varchar(20) NOT NULL UNIQUE,
    office_id             integer NOT NULL REFERENCES rr.affiliate_office(office_id),
    caseworker_id         integer REFERENCES rr.caseworker(caseworker_id),
    allocation_type       varchar(10) NOT NULL,
    case_size             smallint NOT NULL,
    arrival_date          date,
    rp_period_end         date,
    status_code           varchar(16) NOT NULL DEFAULT 'PENDING_ARRIVAL',
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz NOT NULL DEFAULT now(),
    deleted_at            timestamptz
);
COMMENT ON TABLE rr.refugee_case IS 'One resettlement case (family unit) assigned by the RSC';
COMMENT ON COLUMN rr.refugee_case.case_number IS 'RSC/WRAPS case number as printed on the assurance';
COMMENT ON COLUMN rr.refugee_case.allocation_type IS 'FTJ (follow-to-join), US_TIE, FREE';
COMMENT ON COLUMN rr.refugee_case.case_size IS 'Number of individuals on the case';
COMMENT ON COLUMN rr.refugee_case.rp_period_end IS 'End of the 90-day Reception & Placement period';
COMMENT ON COLUMN rr.refugee_case.deleted_at IS 'Soft delete';

CREATE TABLE rr.case_member (
    member_id               bigserial PRIMARY KEY,
    case_id                 bigint NOT NULL REFERENCES rr.refugee_case(case_id),
    a_number                varchar(11),
    i94_number              varchar(11),
    ssn                     varchar(11),
    given_name              varchar(80) NOT NULL,
    family_name             varchar(80),
    name_native_script      varchar(200),
    date_of_birth           date,
    sex                     char(1),
    relationship_to_pa      varchar(24),
    nationality_iso3        char(3),
    ethnicity               varchar(60),
    religion                varchar(60),
    primary_language        varchar(3),
    english_level           smallint,
    marital_status          varchar(12),
    education_level         varchar(30),
    prior_occupation        varchar(120),
    immigration_status      varchar(20),
    lgbtqi_flag             boolean NOT NULL DEFAULT false,
    is_urm                  boolean NOT NULL DEFAULT false,
    created_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rr.case_member IS 'Individuals on a case; PA = principal applicant';
COMMENT ON COLUMN rr.case_member.a_number IS 'USCIS Alien Registration Number (A-Number)';
COMMENT ON COLUMN rr.case_member.i94_number IS 'CBP I-94 arrival/departure record number';
COMMENT ON COLUMN rr.case_member.relationship_to_pa IS 'PA, SPOUSE, SON, DAUGHTER, PARENT, OTHER';
COMMENT ON COLUMN rr.case_member.english_level IS '0 none .. 4 fluent, self-reported at intake';
COMMENT ON COLUMN rr.case_member.immigration_status IS 'REFUGEE, SIV, ASYLEE, PAROLEE, LPR';
COMMENT ON COLUMN rr.case_member.lgbtqi_flag IS 'Protection concern: LGBTQI+ individual (restricted view)';
COMMENT ON COLUMN rr.case_member.is_urm IS 'Unaccompanied refugee minor';

CREATE TABLE rr.medical_screening (
    screening_id            bigserial PRIMARY KEY,
    member_id               bigint NOT NULL REFERENCES rr.case_member(member_id),
    screened_on             date NOT NULL,
    clinic_name             varchar(160),
    physician_npi           char(10),
    tb_class                varchar(8),
    hep_b_surface_ag        varchar(12),
    pregnant                boolean,
    bmi                     numeric(4,1),
    disability_notes        text,
    mh_referral             boolean,
    vaccinations            jsonb,
    created_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE rr.medical_screening IS 'Domestic health screening within 30 days of arrival';
COMMENT ON COLUMN rr.medical_screening.tb_class IS 'Overseas TB classification: A, B0, B1, B2, B3';
COMMENT ON COLUMN rr.medical_screening.hep_b_surface_ag IS 'HBsAg result';
COMMENT ON COLUMN rr.medical_screening.mh_referral IS 'Referred to mental-health / torture survivor services';
COMMENT ON COLUMN rr.medical_screening.vaccinations IS 'Doses given: [{"cvx":..,"date":..}]';

CREATE TABLE rr.case_note (
    note_id                 bigserial PRIMARY KEY,
    case_id                 bigint NOT NULL REFERENCES rr.refugee_case(case_id),
    author_id               integer NOT NULL REFERENCES rr.caseworker(caseworker_id),
    note_type               varchar(16) NOT NULL,
    body                    text NOT NULL,
    confidential            boolean NOT NULL DEFAULT false,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz
);
COMMENT ON COLUMN rr.case_note.note_type IS 'HOME_VISIT, PHONE, INCIDENT, ORIENTATION';

CREATE TABLE rr.housing_placement (
    placement_id            bigserial PRIMARY KEY,
    case_id                 bigint NOT NULL REFERENCES rr.refugee_case(case_id),
    landlord_name           varchar(160),
    street_line1            varchar(160) NOT NULL,
    unit_no                 varchar(20),
    city                    varchar(80) NOT NULL,
    zip_code                varchar(10) NOT NULL,
    geo_lat                 double precision,
    geo_lon                 double precision,
    monthly_rent            numeric(8,2),
    lease_start             date,
    inspection_passed       boolean
);
COMMENT ON COLUMN rr.housing_placement.landlord_name IS 'Landlord or property management company';
COMMENT ON COLUMN rr.housing_placement.geo_lat IS 'Geocoded from the address for the home-visit map';

CREATE TABLE rr.employment_record (
    employment_id           bigserial PRIMARY KEY,
    member_id               bigint NOT NULL REFERENCES rr.case_member(member_id),
    employer_name           varchar(160) NOT NULL,
    job_title               varchar(120),
    hourly_wage             numeric(6,2),
    start_date              date NOT NULL,
    end_date                date,
    union_member            boolean,
    created_at              timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN rr.employment_record.union_member IS 'Job is covered by a union and the client joined';

CREATE TABLE rr.cash_assistance_payment (
    payment_id              bigserial PRIMARY KEY,
    case_id                 bigint NOT NULL REFERENCES rr.refugee_case(case_id),
    program_code            varchar(10) NOT NULL,
    amount                  numeric(9,2) NOT NULL,
    paid_on                 date NOT NULL,
    payee_routing_no        char(9),
    payee_account_last4     char(4),
    check_number            varchar(12),
    approved_by             varchar(64)
);
COMMENT ON COLUMN rr.cash_assistance_payment.program_code IS 'RCA, MG (Matching Grant), PCS';
COMMENT ON COLUMN rr.cash_assistance_payment.approved_by IS 'Login of approving supervisor';

CREATE TABLE rr.lkp_language (
    language_code           varchar(3) PRIMARY KEY,
    language_name           varchar(80) NOT NULL,
    autonym                 varchar(80),
    is_rtl                  boolean NOT NULL DEFAULT false
);

CREATE TABLE rr.app_setting (
    setting_key             varchar(80) PRIMARY KEY,
    setting_value           text,
    description             varchar(255),
    updated_by              varchar(64),
    updated_at              timestamptz
);
