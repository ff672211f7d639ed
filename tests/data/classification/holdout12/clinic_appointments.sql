-- dialect: postgres
-- Outpatient clinic group: sites, practitioners, patients, appointments.

CREATE TABLE clinic_site (
    site_id        serial PRIMARY KEY,
    site_name      varchar(120) NOT NULL,
    address_line   varchar(200) NOT NULL,
    city           varchar(80)  NOT NULL,
    postcode       varchar(12)  NOT NULL,
    phone          varchar(20)  NOT NULL,
    opening_hours  jsonb
);
COMMENT ON COLUMN clinic_site.phone IS 'reception desk';

CREATE TABLE practitioner (
    practitioner_id        serial PRIMARY KEY,
    site_id                integer NOT NULL REFERENCES clinic_site(site_id),
    title                  varchar(10),
    full_name              varchar(150) NOT NULL,
    specialty              varchar(80),
    registration_number    varchar(20) NOT NULL,
    email                  varchar(200),
    direct_phone           varchar(20),
    is_accepting_patients  boolean NOT NULL DEFAULT true,
    created_at             timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN practitioner.title IS 'Dr, Mr, Ms ...';
COMMENT ON COLUMN practitioner.registration_number IS 'state medical licence number';

CREATE TABLE patient (
    patient_id            bigserial PRIMARY KEY,
    mrn                   varchar(12) NOT NULL UNIQUE,
    given_name            varchar(80) NOT NULL,
    family_name           varchar(80) NOT NULL,
    preferred_language    varchar(35),
    birth_dt              date NOT NULL,
    sex_at_birth          char(1),
    gender_identity       varchar(30),
    email                 varchar(200),
    mobile_phone          varchar(20),
    address_line1         varchar(150),
    address_line2         varchar(150),
    city                  varchar(80),
    state                 char(2),
    zip                   varchar(10),
    ssn_last4             char(4),
    photo                 bytea,
    portal_username       varchar(60) UNIQUE,
    portal_password_hash  varchar(255),
    deceased_date         date,
    created_at            timestamptz NOT NULL DEFAULT now(),
    updated_at            timestamptz
);
COMMENT ON COLUMN patient.mrn IS 'medical record number';
COMMENT ON COLUMN patient.photo IS 'ID photo taken at front desk';

CREATE TABLE patient_insurance (
    id                        bigserial PRIMARY KEY,
    patient_id                bigint NOT NULL REFERENCES patient(patient_id),
    payer_name                varchar(120) NOT NULL,
    plan_type                 varchar(20),
    member_id                 varchar(30) NOT NULL,
    group_number              varchar(30),
    subscriber_name           varchar(150),
    subscriber_relationship   varchar(20),
    valid_from                date,
    valid_to                  date
);
COMMENT ON COLUMN patient_insurance.plan_type IS 'HMO, PPO, Medicare, Medicaid, self-pay';
COMMENT ON COLUMN patient_insurance.subscriber_relationship IS 'self, spouse, child, other';

CREATE TABLE appointment_type (
    type_id          serial PRIMARY KEY,
    code             varchar(12) NOT NULL UNIQUE,
    label            varchar(80) NOT NULL,
    default_minutes  smallint NOT NULL DEFAULT 15,
    price            numeric(8,2)
);

CREATE TABLE appointment (
    appointment_id       bigserial PRIMARY KEY,
    patient_id           bigint NOT NULL REFERENCES patient(patient_id),
    practitioner_id      integer NOT NULL REFERENCES practitioner(practitioner_id),
    site_id              integer NOT NULL REFERENCES clinic_site(site_id),
    type_id              integer NOT NULL REFERENCES appointment_type(type_id),
    starts_at            timestamptz NOT NULL,
    ends_at              timestamptz NOT NULL,
    status               varchar(12) NOT NULL DEFAULT 'booked',
    reason_for_visit     varchar(300),
    booked_via           varchar(10) NOT NULL DEFAULT 'web',
    booking_ip           inet,
    cancellation_reason  varchar(300),
    created_at           timestamptz NOT NULL DEFAULT now(),
    created_by           varchar(60)
);
COMMENT ON COLUMN appointment.reason_for_visit IS 'symptoms as entered by the patient when booking';
COMMENT ON COLUMN appointment.booked_via IS 'web, phone, walk-in';

CREATE TABLE visit_note (
    note_id                 bigserial PRIMARY KEY,
    appointment_id          bigint NOT NULL REFERENCES appointment(appointment_id),
    author_practitioner_id  integer NOT NULL REFERENCES practitioner(practitioner_id),
    chief_complaint         text,
    diagnosis_code          varchar(10),
    note_text               text,
    bp_systolic             smallint,
    bp_diastolic            smallint,
    weight_kg               numeric(5,1),
    signed_at               timestamptz
);
COMMENT ON COLUMN visit_note.diagnosis_code IS 'ICD-10-CM';

CREATE TABLE prescription (
    rx_id           bigserial PRIMARY KEY,
    appointment_id  bigint NOT NULL REFERENCES appointment(appointment_id),
    drug_name       varchar(150) NOT NULL,
    dose            varchar(40),
    frequency       varchar(40),
    quantity        integer,
    refills         smallint DEFAULT 0,
    pharmacy_name   varchar(120),
    issued_at       timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE reminder_log (
    id                   bigserial PRIMARY KEY,
    appointment_id       bigint NOT NULL REFERENCES appointment(appointment_id),
    channel              varchar(8) NOT NULL,
    recipient            varchar(200) NOT NULL,
    message_body         text NOT NULL,
    sent_at              timestamptz,
    provider_message_id  varchar(64),
    delivery_status      varchar(16)
);
COMMENT ON COLUMN reminder_log.recipient IS 'phone number or e-mail the reminder went to';
