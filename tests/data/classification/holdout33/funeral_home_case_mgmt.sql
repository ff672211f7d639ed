-- dialect: postgres
-- Funeral home case management (multi-location US firm), PostgreSQL 14
-- schema fh; death-certificate worksheet fields follow the state EDRS layout

CREATE SCHEMA IF NOT EXISTS fh;

CREATE TABLE fh.location (
    location_id bigserial PRIMARY KEY,
    tenant_id integer NOT NULL,
    location_name varchar(120) NOT NULL,
    street_address varchar(200),
    city varchar(80),
    state_code char(2),
    zip varchar(10),
    main_phone varchar(20),
    establishment_license_no varchar(30),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fh.location IS 'Funeral home branch / licensed establishment';
COMMENT ON COLUMN fh.location.tenant_id IS 'Owning firm (multi-tenant SaaS)';
COMMENT ON COLUMN fh.location.street_address IS 'Premises address';
COMMENT ON COLUMN fh.location.main_phone IS 'Switchboard / after-hours line';
COMMENT ON COLUMN fh.location.establishment_license_no IS 'State funeral establishment license';

CREATE TABLE fh.staff_member (
    staff_id bigserial PRIMARY KEY,
    location_id bigint REFERENCES fh.location(location_id),
    full_name varchar(120) NOT NULL,
    role_code varchar(20) NOT NULL,
    fd_license_no varchar(30),
    mobile_phone varchar(20),
    work_email varchar(160),
    hire_date date,
    is_active boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fh.staff_member IS 'Funeral directors, embalmers, office staff';
COMMENT ON COLUMN fh.staff_member.role_code IS 'FD, EMB, APPR, ADMIN';
COMMENT ON COLUMN fh.staff_member.fd_license_no IS 'Individual funeral director / embalmer license number';
COMMENT ON COLUMN fh.staff_member.mobile_phone IS 'On-call mobile';

CREATE TABLE fh.funeral_case (
    case_id bigserial PRIMARY KEY,
    tenant_id integer NOT NULL,
    location_id bigint NOT NULL REFERENCES fh.location(location_id),
    case_number varchar(20) NOT NULL UNIQUE,
    service_type_code varchar(20),
    arranging_director_id bigint REFERENCES fh.staff_member(staff_id),
    first_call_at timestamptz,
    case_status varchar(16) NOT NULL DEFAULT 'OPEN',
    created_at timestamptz NOT NULL DEFAULT now(),
    deleted_at timestamptz
);
COMMENT ON TABLE fh.funeral_case IS 'One case per decedent (first call to final disposition)';
COMMENT ON COLUMN fh.funeral_case.case_number IS 'e.g. 2024-0153';
COMMENT ON COLUMN fh.funeral_case.service_type_code IS 'TRAD_BURIAL, CREMATION_MEM, DIRECT_CREM, SHIP_OUT';
COMMENT ON COLUMN fh.funeral_case.first_call_at IS 'When the removal call came in';
COMMENT ON COLUMN fh.funeral_case.deleted_at IS 'Soft delete';

CREATE TABLE fh.decedent (
    decedent_id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fh.funeral_case(case_id),
    legal_first_name varchar(60) NOT NULL,
    middle_name varchar(60),
    legal_last_name varchar(60) NOT NULL,
    maiden_name varchar(60),
    sex char(1),
    date_of_birth date,
    date_of_death date,
    ssn char(11),
    residence_street varchar(200),
    residence_city varchar(80),
    residence_county varchar(80),
    residence_state char(2),
    residence_zip varchar(10),
    marital_status varchar(20),
    race_codes varchar(40),
    education_level smallint,
    usual_occupation varchar(100),
    kind_of_business varchar(100),
    armed_forces_ind boolean,
    cause_of_death_a varchar(250),
    manner_of_death varchar(20),
    religious_preference varchar(60),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fh.decedent IS 'Vital-statistics worksheet for the death certificate';
COMMENT ON COLUMN fh.decedent.maiden_name IS 'Last name prior to first marriage';
COMMENT ON COLUMN fh.decedent.sex IS 'M/F/U as on certificate';
COMMENT ON COLUMN fh.decedent.date_of_death IS 'Pronounced date';
COMMENT ON COLUMN fh.decedent.residence_street IS 'Usual residence';
COMMENT ON COLUMN fh.decedent.marital_status IS 'At time of death';
COMMENT ON COLUMN fh.decedent.race_codes IS 'EDRS race checkboxes, comma-separated';
COMMENT ON COLUMN fh.decedent.education_level IS 'EDRS education code 1-8';
COMMENT ON COLUMN fh.decedent.kind_of_business IS 'Industry of usual occupation';
COMMENT ON COLUMN fh.decedent.armed_forces_ind IS 'Ever served in US armed forces';
COMMENT ON COLUMN fh.decedent.cause_of_death_a IS 'Immediate cause, from certifier';
COMMENT ON COLUMN fh.decedent.manner_of_death IS 'Natural, Accident, Suicide, Homicide, Pending';
COMMENT ON COLUMN fh.decedent.religious_preference IS 'For clergy and rites';

CREATE TABLE fh.case_contact (
    contact_id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fh.funeral_case(case_id),
    full_name varchar(120) NOT NULL,
    relationship varchar(30),
    phone varchar(20),
    email varchar(160),
    mailing_address text,
    is_informant boolean NOT NULL DEFAULT false,
    has_disposition_right boolean NOT NULL DEFAULT false,
    id_doc_type varchar(20),
    id_doc_last4 char(4),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fh.case_contact IS 'Next of kin, informant and person with right of disposition';
COMMENT ON COLUMN fh.case_contact.relationship IS 'Relationship to decedent (spouse, son, ...)';
COMMENT ON COLUMN fh.case_contact.id_doc_type IS 'DL, PASSPORT, STATE_ID';
COMMENT ON COLUMN fh.case_contact.id_doc_last4 IS 'Last four of photo ID shown at arrangement';

CREATE TABLE fh.cremation_authorization (
    authorization_id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fh.funeral_case(case_id),
    authorizing_contact_id bigint REFERENCES fh.case_contact(contact_id),
    pacemaker_present boolean,
    implant_notes text,
    infectious_disease_flag boolean,
    me_release_no varchar(30),
    signed_at timestamptz,
    signer_ip inet,
    witness_staff_id bigint REFERENCES fh.staff_member(staff_id),
    remains_disposition varchar(20)
);
COMMENT ON TABLE fh.cremation_authorization IS 'Signed cremation authorization form';
COMMENT ON COLUMN fh.cremation_authorization.pacemaker_present IS 'Implanted device must be removed before cremation';
COMMENT ON COLUMN fh.cremation_authorization.implant_notes IS 'Other implants, prostheses, radioactive seeds';
COMMENT ON COLUMN fh.cremation_authorization.me_release_no IS 'Medical examiner release / permit number';
COMMENT ON COLUMN fh.cremation_authorization.signer_ip IS 'IP address of the e-signature session';
COMMENT ON COLUMN fh.cremation_authorization.remains_disposition IS 'URN_PICKUP, SCATTER, INTERMENT, SHIP';

CREATE TABLE fh.preneed_contract (
    contract_id bigserial PRIMARY KEY,
    tenant_id integer NOT NULL,
    contract_number varchar(20) NOT NULL,
    purchaser_name varchar(120) NOT NULL,
    purchaser_dob date,
    purchaser_phone varchar(20),
    insurance_policy_no varchar(30),
    face_amount numeric(10,2),
    bank_routing_no char(9),
    bank_account_no varchar(17),
    contract_status varchar(12),
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE fh.preneed_contract IS 'Pre-need (pre-arranged, pre-funded) funeral contract';
COMMENT ON COLUMN fh.preneed_contract.insurance_policy_no IS 'Funding life-insurance policy';
COMMENT ON COLUMN fh.preneed_contract.bank_routing_no IS 'ABA routing for monthly draft';
COMMENT ON COLUMN fh.preneed_contract.bank_account_no IS 'Encrypted at rest';

CREATE TABLE fh.obituary (
    obituary_id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fh.funeral_case(case_id),
    headline varchar(200),
    body_html text,
    portrait_url varchar(400),
    newspaper_name varchar(120),
    publish_date date,
    view_count integer NOT NULL DEFAULT 0,
    is_published boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE fh.obituary IS 'Obituary published on the firm website and newspapers';

CREATE TABLE fh.guestbook_entry (
    entry_id bigserial PRIMARY KEY,
    obituary_id bigint NOT NULL REFERENCES fh.obituary(obituary_id),
    author_name varchar(120),
    author_email varchar(160),
    message text,
    author_ip inet,
    created_at timestamptz NOT NULL DEFAULT now(),
    is_hidden boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE fh.guestbook_entry IS 'Condolence messages on an obituary';
COMMENT ON COLUMN fh.guestbook_entry.author_email IS 'Not displayed';
COMMENT ON COLUMN fh.guestbook_entry.is_hidden IS 'Moderation';

CREATE TABLE fh.death_benefit_claim (
    claim_id bigserial PRIMARY KEY,
    case_id bigint NOT NULL REFERENCES fh.funeral_case(case_id),
    benefit_type varchar(20),
    union_local varchar(80),
    union_member_no varchar(20),
    employer_name varchar(120),
    claim_amount numeric(10,2),
    submitted_at timestamptz
);
COMMENT ON TABLE fh.death_benefit_claim IS 'Employer, union and VA burial benefit claims filed for the family';
COMMENT ON COLUMN fh.death_benefit_claim.benefit_type IS 'VA_BURIAL, UNION_DEATH, EMPLOYER_LIFE';
COMMENT ON COLUMN fh.death_benefit_claim.union_local IS 'Union and local the decedent belonged to, e.g. IBEW Local 46';
COMMENT ON COLUMN fh.death_benefit_claim.employer_name IS 'Last employer';

CREATE TABLE fh.tenant_setting (
    tenant_id integer NOT NULL,
    setting_key varchar(60) NOT NULL,
    setting_value text,
    updated_at timestamptz,
    PRIMARY KEY (tenant_id, setting_key)
);
COMMENT ON TABLE fh.tenant_setting IS 'Per-firm configuration key/value pairs';
