-- dialect: postgres
--
-- PostgreSQL database dump (schema only) -- flight training unit (Transport Canada approved FTU)
--

SET statement_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;

CREATE SCHEMA IF NOT EXISTS flight;

CREATE TABLE flight.school_base (
    base_id integer NOT NULL,
    tenant_id uuid NOT NULL,
    icao_code character(4) NOT NULL,
    base_name text NOT NULL,
    address_line text,
    city text,
    province character(2),
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE flight.person (
    person_id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    given_name text NOT NULL,
    family_name text NOT NULL,
    preferred_name text,
    email public.citext,
    mobile_phone text,
    date_of_birth date,
    gender character(1),
    citizenship_country character(2),
    home_address text,
    postal_code text,
    emergency_contact_name text,
    emergency_contact_phone text,
    weight_kg numeric(5,1),
    photo_url text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone,
    deleted_at timestamp with time zone
);

CREATE TABLE flight.pilot_licence (
    licence_id bigint NOT NULL,
    person_id bigint NOT NULL,
    licence_type text NOT NULL,
    licence_number text,
    issued_on date,
    expires_on date,
    ratings jsonb,
    radio_operator_cert_no text
);

CREATE TABLE flight.medical_certificate (
    medical_id bigint NOT NULL,
    person_id bigint NOT NULL,
    medical_file_no text,
    medical_category smallint NOT NULL,
    examiner_name text,
    exam_date date NOT NULL,
    valid_until date,
    restrictions text,
    colour_vision_deficient boolean DEFAULT false NOT NULL,
    document_scan_url text
);

CREATE TABLE flight.aircraft (
    aircraft_id integer NOT NULL,
    base_id integer NOT NULL,
    registration character varying(6) NOT NULL,
    make_model text NOT NULL,
    hobbs_hours numeric(8,1) DEFAULT 0 NOT NULL,
    hourly_rate numeric(8,2) NOT NULL,
    status text DEFAULT 'available'::text NOT NULL,
    next_inspection_due date
);

CREATE TABLE flight.booking (
    booking_id bigint NOT NULL,
    tenant_id uuid NOT NULL,
    student_id bigint NOT NULL,
    instructor_id bigint,
    aircraft_id integer,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    lesson_code text,
    status text NOT NULL,
    cancel_reason text,
    created_by bigint,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE flight.logbook_entry (
    entry_id bigint NOT NULL,
    person_id bigint NOT NULL,
    booking_id bigint,
    flight_date date NOT NULL,
    dep_aerodrome character(4),
    arr_aerodrome character(4),
    total_time_hrs numeric(4,1) NOT NULL,
    pic_time_hrs numeric(4,1),
    night_landings smallint DEFAULT 0,
    remarks text
);

CREATE TABLE flight.syllabus (
    syllabus_id integer NOT NULL,
    code text NOT NULL,
    title text NOT NULL,
    lesson_count smallint,
    version text,
    is_current boolean DEFAULT true
);

CREATE TABLE flight.student_progress (
    progress_id bigint NOT NULL,
    person_id bigint NOT NULL,
    syllabus_id integer NOT NULL,
    lesson_code text NOT NULL,
    grade smallint,
    instructor_comment text,
    checkride_result text,
    attempt_no smallint DEFAULT 1,
    graded_at timestamp with time zone
);

CREATE TABLE flight.account_ledger (
    ledger_id bigint NOT NULL,
    person_id bigint NOT NULL,
    txn_type text NOT NULL,
    amount numeric(10,2) NOT NULL,
    balance_after numeric(10,2),
    card_last4 character(4),
    card_brand text,
    processor_txn_ref text,
    posted_at timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE flight.security_clearance (
    clearance_id bigint NOT NULL,
    person_id bigint NOT NULL,
    tsc_number text,
    criminal_record_disclosed boolean,
    status text,
    applied_on date
);

CREATE TABLE flight.app_user (
    user_id bigint NOT NULL,
    person_id bigint,
    login_name text NOT NULL,
    password_hash text NOT NULL,
    mfa_secret text,
    last_login_ip inet,
    last_login_at timestamp with time zone,
    role_code text DEFAULT 'student'::text NOT NULL
);

COMMENT ON TABLE flight.person IS 'Students, instructors and renters. One row per natural person.';
COMMENT ON COLUMN flight.person.preferred_name IS 'Name used on the dispatch board';
COMMENT ON COLUMN flight.person.citizenship_country IS 'ISO 3166 alpha-2; needed for ITAR/CGP screening of foreign students';
COMMENT ON COLUMN flight.person.weight_kg IS 'Used for weight & balance calculations';
COMMENT ON COLUMN flight.person.deleted_at IS 'Soft delete';
COMMENT ON TABLE flight.pilot_licence IS 'Licences and permits held (TC licence document)';
COMMENT ON COLUMN flight.pilot_licence.ratings IS 'Array of endorsements: night, VFR OTT, multi, IFR group';
COMMENT ON TABLE flight.medical_certificate IS 'Aviation medical certificates (CAME examinations)';
COMMENT ON COLUMN flight.medical_certificate.medical_category IS 'Category 1, 3 or 4';
COMMENT ON COLUMN flight.medical_certificate.examiner_name IS 'Civil Aviation Medical Examiner';
COMMENT ON COLUMN flight.aircraft.registration IS 'Canadian civil aircraft mark, e.g. C-GFSA';
COMMENT ON COLUMN flight.booking.cancel_reason IS 'Free text entered by the student when cancelling';
COMMENT ON COLUMN flight.logbook_entry.dep_aerodrome IS 'ICAO location indicator';
COMMENT ON COLUMN flight.logbook_entry.arr_aerodrome IS 'ICAO location indicator';
COMMENT ON COLUMN flight.student_progress.grade IS '1 = not performed to standard ... 4 = exceeds';
COMMENT ON COLUMN flight.account_ledger.balance_after IS 'Prepaid block-time account balance after this posting';
COMMENT ON COLUMN flight.security_clearance.tsc_number IS 'Transportation Security Clearance (airside access)';
COMMENT ON COLUMN flight.app_user.mfa_secret IS 'Base32 TOTP secret';

ALTER TABLE ONLY flight.school_base ADD CONSTRAINT school_base_pkey PRIMARY KEY (base_id);
ALTER TABLE ONLY flight.person ADD CONSTRAINT person_pkey PRIMARY KEY (person_id);
ALTER TABLE ONLY flight.booking ADD CONSTRAINT booking_pkey PRIMARY KEY (booking_id);
ALTER TABLE ONLY flight.booking ADD CONSTRAINT booking_student_fk FOREIGN KEY (student_id) REFERENCES flight.person(person_id);
CREATE INDEX idx_booking_starts ON flight.booking USING btree (starts_at);
