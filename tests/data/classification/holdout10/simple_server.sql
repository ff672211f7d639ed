-- dialect: postgres
-- source: https://github.com/simpledotorg/simple-server/blob/00bb7710ddb90ded5705c26d35f90ae9d99947c9/db/structure.sql (MIT)
-- subset: pg_dump preamble SET lines, then two runs of CREATE TABLE statements in file order, verbatim with their "-- Name:" headers:
-- addresses .. medical_histories (6 tables) and patients, patient_business_identifiers, patient_phone_numbers (3 tables);
-- the materialized views and sequences that pg_dump interleaves, and all other objects, omitted.

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_with_oids = false;

--
-- Name: addresses; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.addresses (
    id uuid NOT NULL,
    street_address character varying,
    village_or_colony character varying,
    district character varying,
    state character varying,
    country character varying,
    pin character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    zone character varying
);


--
-- Name: appointments; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appointments (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    patient_id uuid NOT NULL,
    facility_id uuid NOT NULL,
    scheduled_date date NOT NULL,
    status character varying,
    cancel_reason character varying,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    remind_on date,
    agreed_to_visit boolean,
    deleted_at timestamp without time zone,
    appointment_type character varying NOT NULL,
    user_id uuid,
    creation_facility_id uuid
);


--
-- Name: ar_internal_metadata; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ar_internal_metadata (
    key character varying NOT NULL,
    value character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: blood_pressures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blood_pressures (
    id uuid NOT NULL,
    systolic integer NOT NULL,
    diastolic integer NOT NULL,
    patient_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    facility_id uuid NOT NULL,
    user_id uuid,
    deleted_at timestamp without time zone,
    recorded_at timestamp without time zone
);


--
-- Name: facilities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.facilities (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    name character varying,
    street_address character varying,
    village_or_colony character varying,
    district character varying,
    state character varying,
    country character varying,
    pin character varying,
    facility_type character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    latitude double precision,
    longitude double precision,
    deleted_at timestamp without time zone,
    facility_group_id uuid,
    slug character varying,
    zone character varying,
    enable_diabetes_management boolean DEFAULT false NOT NULL,
    facility_size character varying NOT NULL,
    monthly_estimated_opd_load integer,
    enable_teleconsultation boolean DEFAULT false NOT NULL
);


--
-- Name: medical_histories; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.medical_histories (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    patient_id uuid NOT NULL,
    prior_heart_attack_boolean boolean,
    prior_stroke_boolean boolean,
    chronic_kidney_disease_boolean boolean,
    receiving_treatment_for_hypertension_boolean boolean,
    diabetes_boolean boolean,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    diagnosed_with_hypertension_boolean boolean,
    prior_heart_attack text,
    prior_stroke text,
    chronic_kidney_disease text,
    receiving_treatment_for_hypertension text,
    diabetes text,
    diagnosed_with_hypertension text,
    deleted_at timestamp without time zone,
    user_id uuid,
    hypertension text,
    receiving_treatment_for_diabetes text
);


--
-- Name: patients; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.patients (
    id uuid NOT NULL,
    full_name character varying,
    age integer,
    gender character varying,
    date_of_birth date,
    status character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    address_id uuid,
    age_updated_at timestamp without time zone,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    test_data boolean DEFAULT false NOT NULL,
    registration_facility_id uuid,
    registration_user_id uuid,
    deleted_at timestamp without time zone,
    contacted_by_counsellor boolean DEFAULT false,
    could_not_contact_reason character varying,
    recorded_at timestamp without time zone,
    reminder_consent character varying DEFAULT 'denied'::character varying NOT NULL,
    deleted_by_user_id uuid,
    deleted_reason character varying,
    assigned_facility_id uuid
);


--
-- Name: patient_business_identifiers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.patient_business_identifiers (
    id uuid DEFAULT public.gen_random_uuid() NOT NULL,
    identifier character varying NOT NULL,
    identifier_type character varying NOT NULL,
    patient_id uuid NOT NULL,
    metadata_version character varying,
    metadata json,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: patient_phone_numbers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.patient_phone_numbers (
    id uuid NOT NULL,
    number character varying,
    phone_type character varying,
    active boolean,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    patient_id uuid,
    device_created_at timestamp without time zone NOT NULL,
    device_updated_at timestamp without time zone NOT NULL,
    deleted_at timestamp without time zone,
    dnd_status boolean DEFAULT true NOT NULL
);
