-- dialect: postgres
-- Licensed producer: medical cannabis client registry & mail-order sales (Canada)

CREATE SCHEMA IF NOT EXISTS mcr;
SET search_path TO mcr, public;

CREATE TABLE mcr.patient (
    patient_id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    tenant_id integer NOT NULL,
    registration_number text NOT NULL UNIQUE,
    first_name text NOT NULL,
    last_name text NOT NULL,
    dob date NOT NULL,
    sex_at_birth char(1),
    preferred_language char(2) DEFAULT 'en',
    phn text,
    email citext,
    phone text,
    street text,
    city text,
    province char(2),
    postal_code text,
    vac_client boolean DEFAULT false,
    indigenous_self_id text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    deleted_at timestamptz
);
COMMENT ON TABLE mcr.patient IS 'Registered client of the licensed producer (ACMPR / Cannabis Regulations Part 14)';
COMMENT ON COLUMN mcr.patient.tenant_id IS 'Licence holder (multi-LP deployment)';
COMMENT ON COLUMN mcr.patient.registration_number IS 'LP-issued client registration number printed on labels';
COMMENT ON COLUMN mcr.patient.sex_at_birth IS 'M/F/X';
COMMENT ON COLUMN mcr.patient.preferred_language IS 'en/fr';
COMMENT ON COLUMN mcr.patient.phn IS 'Provincial health number (OHIP, MSP, ...)';
COMMENT ON COLUMN mcr.patient.street IS 'Ordinary place of residence; PO boxes not accepted';
COMMENT ON COLUMN mcr.patient.vac_client IS 'Veterans Affairs Canada reimbursed client';
COMMENT ON COLUMN mcr.patient.indigenous_self_id IS 'Voluntary self-identification (First Nations, Métis, Inuit) for compassionate pricing';
COMMENT ON COLUMN mcr.patient.deleted_at IS 'Soft delete; retained 2 years per s.230';

CREATE TABLE mcr.practitioner (
    practitioner_id serial PRIMARY KEY,
    full_name text NOT NULL,
    licence_no text,
    profession text,
    clinic_name text,
    clinic_fax text
);
COMMENT ON TABLE mcr.practitioner IS 'Health care practitioner who signs medical documents';
COMMENT ON COLUMN mcr.practitioner.licence_no IS 'College registration number';
COMMENT ON COLUMN mcr.practitioner.profession IS 'physician / nurse practitioner';
COMMENT ON COLUMN mcr.practitioner.clinic_fax IS 'Verification calls go to the clinic';

CREATE TABLE mcr.medical_document (
    document_id bigserial PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patient,
    practitioner_id integer REFERENCES practitioner,
    daily_grams numeric(5,2) NOT NULL,
    qualifying_condition text,
    issued_on date,
    expires_on date,
    scan_object_key text,
    status text DEFAULT 'pending'
);
COMMENT ON TABLE mcr.medical_document IS 'Medical document supporting registration';
COMMENT ON COLUMN mcr.medical_document.daily_grams IS 'Authorized daily quantity of dried cannabis (g)';
COMMENT ON COLUMN mcr.medical_document.qualifying_condition IS 'Free text from the form, e.g. chronic pain, PTSD';
COMMENT ON COLUMN mcr.medical_document.expires_on IS 'Max 1 year after issue';
COMMENT ON COLUMN mcr.medical_document.scan_object_key IS 'S3 key of the scanned document';
COMMENT ON COLUMN mcr.medical_document.status IS 'pending/verified/rejected';

CREATE TABLE mcr.caregiver (
    caregiver_id bigserial PRIMARY KEY,
    patient_id uuid NOT NULL REFERENCES patient,
    full_name text,
    relationship text,
    phone text,
    crc_completed_on date,
    crc_result text
);
COMMENT ON TABLE mcr.caregiver IS 'Designated person allowed to possess on the client''s behalf';
COMMENT ON COLUMN mcr.caregiver.crc_completed_on IS 'Date of criminal record check';
COMMENT ON COLUMN mcr.caregiver.crc_result IS 'clear / conviction_disclosed';

CREATE TABLE mcr.product (
    sku text PRIMARY KEY,
    name text NOT NULL,
    strain text,
    thc_pct numeric(4,1),
    cbd_pct numeric(4,1),
    format text,
    price_cents integer,
    active boolean DEFAULT true
);
COMMENT ON TABLE mcr.product IS 'Catalogue';
COMMENT ON COLUMN mcr.product.format IS 'dried, oil, capsule';

CREATE TABLE mcr.purchase_order (
    order_id bigserial PRIMARY KEY,
    order_number text NOT NULL,
    patient_id uuid NOT NULL REFERENCES patient,
    ordered_at timestamptz DEFAULT now(),
    subtotal_cents integer,
    tax_cents integer,
    ship_street text,
    ship_city text,
    ship_province char(2),
    ship_postal text,
    card_last4 char(4),
    card_brand text,
    status text
);
COMMENT ON TABLE mcr.purchase_order IS 'Mail-order sale to a registered client';
COMMENT ON COLUMN mcr.purchase_order.ship_street IS 'Must match a registered address';

CREATE TABLE mcr.order_line (
    line_id bigserial PRIMARY KEY,
    order_id bigint REFERENCES purchase_order,
    sku text REFERENCES product,
    qty integer,
    grams_equivalent numeric(6,2)
);
COMMENT ON COLUMN mcr.order_line.grams_equivalent IS 'Counted against the 30-day possession limit';

CREATE TABLE mcr.consent_event (
    consent_id bigserial PRIMARY KEY,
    patient_id uuid REFERENCES patient,
    purpose text,
    granted boolean NOT NULL,
    ip_address inet,
    user_agent text,
    recorded_at timestamptz DEFAULT now()
);
COMMENT ON TABLE mcr.consent_event IS 'Consent ledger (PIPEDA)';
COMMENT ON COLUMN mcr.consent_event.purpose IS 'research, marketing, pharmacy_share';

CREATE TABLE mcr.audit_log (
    id bigserial PRIMARY KEY,
    actor_email text,
    action text,
    entity text,
    payload jsonb,
    occurred_at timestamptz DEFAULT now()
);
COMMENT ON COLUMN mcr.audit_log.actor_email IS 'Staff user who performed the action';
COMMENT ON COLUMN mcr.audit_log.payload IS 'Before/after diff';

CREATE TABLE mcr.app_setting (
    "key" text PRIMARY KEY,
    "value" jsonb,
    updated_by text,
    updated_at timestamptz
);
