-- dialect: postgres
-- Smile Studio practice management database (PostgreSQL 15)

CREATE TABLE clinic (
    clinic_id       serial PRIMARY KEY,
    clinic_name     varchar(120) NOT NULL,
    address_line    varchar(200),
    city            varchar(80),
    postcode        varchar(12),
    main_phone      varchar(30),
    fax             varchar(30),
    website         varchar(200),
    created_at      timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE dentist (
    dentist_id      serial PRIMARY KEY,
    clinic_id       integer NOT NULL REFERENCES clinic(clinic_id),
    first_name      varchar(60) NOT NULL,
    last_name       varchar(60) NOT NULL,
    license_no      varchar(30),
    npi             char(10),
    specialty       varchar(60),
    work_email      varchar(160),
    mobile          varchar(30),
    hire_date       date,
    hourly_rate     numeric(8,2),
    headshot_url    varchar(300)
);

CREATE TABLE patient (
    patient_id              bigserial PRIMARY KEY,
    clinic_id               integer NOT NULL REFERENCES clinic(clinic_id),
    chart_number            varchar(20) UNIQUE,
    given_name              varchar(60) NOT NULL,
    family_name             varchar(60) NOT NULL,
    preferred_name          varchar(60),
    date_of_birth           date,
    sex                     char(1),
    ssn_last4               char(4),
    email                   varchar(160),
    cell_phone              varchar(30),
    street                  varchar(200),
    city                    varchar(80),
    state                   char(2),
    zip                     varchar(10),
    emergency_contact_name  varchar(120),
    emergency_contact_phone varchar(30),
    guardian_name           varchar(120),
    preferred_language      varchar(20),
    medical_alerts          text,
    allergies               text,
    sms_opt_in              boolean DEFAULT false,
    created_at              timestamptz DEFAULT now(),
    updated_at              timestamptz,
    is_deleted              boolean DEFAULT false
);

CREATE TABLE appointment (
    appointment_id  bigserial PRIMARY KEY,
    patient_id      bigint NOT NULL REFERENCES patient(patient_id),
    dentist_id      integer REFERENCES dentist(dentist_id),
    chair_no        smallint,
    starts_at       timestamptz NOT NULL,
    ends_at         timestamptz,
    status          varchar(16) DEFAULT 'booked',
    reason_for_visit varchar(300),
    reminder_sent   boolean DEFAULT false,
    booked_by       varchar(60),
    created_at      timestamptz DEFAULT now()
);

CREATE TABLE procedure_catalog (
    cdt_code        varchar(8) PRIMARY KEY,
    description     varchar(200) NOT NULL,
    default_fee     numeric(10,2),
    category        varchar(40),
    active          boolean DEFAULT true
);

CREATE TABLE treatment (
    treatment_id    bigserial PRIMARY KEY,
    appointment_id  bigint REFERENCES appointment(appointment_id),
    cdt_code        varchar(8) REFERENCES procedure_catalog(cdt_code),
    tooth_number    smallint,
    tooth_surface   varchar(5),
    clinical_notes  text,
    anesthetic_used varchar(60),
    fee_charged     numeric(10,2),
    performed_by    integer REFERENCES dentist(dentist_id),
    completed_at    timestamptz
);

CREATE TABLE xray_image (
    xray_id         bigserial PRIMARY KEY,
    patient_id      bigint NOT NULL REFERENCES patient(patient_id),
    taken_at        timestamptz,
    image_type      varchar(20),
    storage_path    varchar(400),
    radiologist_findings text,
    exposure_ms     integer
);

CREATE TABLE insurance_policy (
    policy_id               bigserial PRIMARY KEY,
    patient_id              bigint NOT NULL REFERENCES patient(patient_id),
    carrier_name            varchar(120),
    member_id               varchar(40),
    group_number            varchar(40),
    subscriber_name         varchar(120),
    subscriber_dob          date,
    relationship_to_subscriber varchar(20),
    effective_date          date,
    coverage_pct            numeric(5,2)
);

CREATE TABLE invoice (
    invoice_id      bigserial PRIMARY KEY,
    invoice_no      varchar(20) UNIQUE NOT NULL,
    patient_id      bigint REFERENCES patient(patient_id),
    issued_at       timestamptz DEFAULT now(),
    total_amount    numeric(10,2),
    patient_portion numeric(10,2),
    payment_method  varchar(20),
    card_last4      char(4),
    billing_address varchar(300),
    status          varchar(16)
);

COMMENT ON COLUMN patient.chart_number IS 'Practice chart / medical record number';
COMMENT ON COLUMN patient.medical_alerts IS 'Conditions relevant to treatment, e.g. heart murmur, pregnancy';
COMMENT ON COLUMN treatment.tooth_number IS 'Universal numbering 1-32';
COMMENT ON COLUMN insurance_policy.member_id IS 'Dental plan subscriber / member ID';
COMMENT ON COLUMN appointment.booked_by IS 'Front-desk user who made the booking';
