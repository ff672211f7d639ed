-- dialect: postgres
-- source: ministryofjustice/prison-visits-2 (MIT) -- db/structure.sql @ 2715baa31b1f8256664d4255951f380162c6730c. Table definitions kept verbatim; SET/extension lines, views, constraints, indexes, INSERTs and the second (identical) copy of visit_state_changes that pg_dump emitted dropped.

CREATE TABLE visit_state_changes (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    visit_state character varying,
    visit_id uuid NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE visits (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    prison_id uuid NOT NULL,
    contact_email_address character varying NOT NULL,
    contact_phone_no character varying NOT NULL,
    slot_option_0 character varying NOT NULL,
    slot_option_1 character varying,
    slot_option_2 character varying,
    slot_granted character varying,
    processing_state character varying DEFAULT 'requested'::character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    override_delivery_error boolean DEFAULT false,
    delivery_error_type character varying,
    reference_no character varying,
    closed boolean,
    prisoner_id uuid NOT NULL,
    locale character varying(2) NOT NULL
);

CREATE TABLE prisons (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    name character varying NOT NULL,
    enabled boolean DEFAULT true NOT NULL,
    booking_window integer DEFAULT 28 NOT NULL,
    address text,
    email_address character varying,
    phone_no character varying,
    slot_details json DEFAULT '{}'::json NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    lead_days integer DEFAULT 3 NOT NULL,
    weekend_processing boolean DEFAULT false NOT NULL,
    adult_age integer NOT NULL,
    estate_id uuid NOT NULL,
    translations json DEFAULT '{}'::json NOT NULL,
    postcode character varying(8)
);

CREATE TABLE estates (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    name character varying NOT NULL,
    created_at timestamp without time zone,
    updated_at timestamp without time zone,
    nomis_id character varying(3) NOT NULL,
    finder_slug character varying NOT NULL
);

CREATE TABLE feedback_submissions (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    body text NOT NULL,
    email_address character varying,
    referrer character varying,
    user_agent character varying,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE prisoners (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    first_name character varying NOT NULL,
    last_name character varying NOT NULL,
    date_of_birth date NOT NULL,
    number character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE rejections (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    visit_id uuid NOT NULL,
    allowance_renews_on date,
    privileged_allowance_expires_on date,
    reason character varying NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);

CREATE TABLE schema_migrations (
    version character varying NOT NULL
);

CREATE TABLE visitors (
    id uuid DEFAULT uuid_generate_v4() NOT NULL,
    visit_id uuid NOT NULL,
    first_name character varying NOT NULL,
    last_name character varying NOT NULL,
    date_of_birth date NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    sort_index integer NOT NULL,
    banned boolean,
    not_on_list boolean
);
