-- dialect: postgres
-- Pet-sitting and dog-walking marketplace (PawPals) - PostgreSQL 15
SET client_encoding = 'UTF8';

-- accounts of pet owners and sitters
CREATE TABLE app_user (
    user_id bigserial PRIMARY KEY,
    tenant_id integer NOT NULL,
    email varchar(254) NOT NULL,
    password_hash varchar(128) NOT NULL,
    first_name varchar(80),
    last_name varchar(80),
    phone_e164 varchar(20),
    date_of_birth date,
    profile_photo_url text,
    preferred_language varchar(10),
    signup_ip inet,
    marketing_opt_in boolean DEFAULT false,
    created_at timestamptz DEFAULT now(),
    updated_at timestamptz,
    is_deleted boolean DEFAULT false
);
COMMENT ON TABLE app_user IS 'accounts of pet owners and sitters';

-- pet owner home and emergency contact
CREATE TABLE owner_profile (
    owner_id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app_user(user_id),
    home_street varchar(200),
    home_city varchar(100),
    home_postcode varchar(12),
    home_country char(2),
    home_lat numeric(9,6),
    home_lng numeric(9,6),
    lockbox_code varchar(20),
    emergency_contact_name varchar(120),
    emergency_contact_phone varchar(20),
    household_notes text,
    created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE owner_profile IS 'pet owner home and emergency contact';

-- pets of owners
CREATE TABLE pet (
    pet_id bigserial PRIMARY KEY,
    owner_id bigint NOT NULL REFERENCES owner_profile(owner_id),
    pet_name varchar(60),
    species varchar(20),
    breed varchar(60),
    birth_year smallint,
    weight_kg numeric(5,2),
    is_reactive boolean,
    care_instructions text,
    photo_url text
);
COMMENT ON TABLE pet IS 'pets of owners';

-- sitter public profile and payout data
CREATE TABLE sitter_profile (
    sitter_id bigserial PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES app_user(user_id),
    bio text,
    hourly_rate numeric(8,2),
    service_radius_km smallint,
    years_experience smallint,
    avg_rating numeric(3,2),
    is_verified boolean DEFAULT false,
    payout_iban varchar(34),
    tax_id varchar(20),
    created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE sitter_profile IS 'sitter public profile and payout data';

-- criminal background checks of sitters
CREATE TABLE background_check (
    check_id bigserial PRIMARY KEY,
    sitter_id bigint NOT NULL REFERENCES sitter_profile(sitter_id),
    vendor_name varchar(80),
    vendor_reference varchar(40),
    ssn_last4 char(4),
    legal_full_name varchar(160),
    result_code varchar(12),
    offence_summary text,
    consent_given boolean NOT NULL,
    requested_at timestamptz,
    completed_at timestamptz
);
COMMENT ON TABLE background_check IS 'criminal background checks of sitters';

-- sitting/walking bookings
CREATE TABLE booking (
    booking_id bigserial PRIMARY KEY,
    booking_ref varchar(16) UNIQUE,
    owner_id bigint REFERENCES owner_profile(owner_id),
    sitter_id bigint REFERENCES sitter_profile(sitter_id),
    pet_id bigint REFERENCES pet(pet_id),
    service_type varchar(20),
    start_at timestamptz,
    end_at timestamptz,
    pickup_address varchar(250),
    total_amount numeric(10,2),
    currency char(3),
    status varchar(16),
    owner_message text,
    cancel_reason text,
    created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE booking IS 'sitting/walking bookings';

-- GPS points recorded during a walk
CREATE TABLE walk_track (
    track_id bigserial PRIMARY KEY,
    booking_id bigint REFERENCES booking(booking_id),
    recorded_at timestamptz,
    latitude double precision,
    longitude double precision,
    accuracy_m real,
    speed_mps real,
    device_id varchar(64),
    battery_pct smallint
);
COMMENT ON TABLE walk_track IS 'GPS points recorded during a walk';

-- reviews of sitters
CREATE TABLE review (
    review_id bigserial PRIMARY KEY,
    booking_id bigint REFERENCES booking(booking_id),
    author_user_id bigint REFERENCES app_user(user_id),
    rating smallint,
    review_text text,
    sitter_reply text,
    reviewer_display_name varchar(60),
    is_hidden boolean DEFAULT false,
    created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE review IS 'reviews of sitters';

-- payouts to sitters
CREATE TABLE payout (
    payout_id bigserial PRIMARY KEY,
    sitter_id bigint REFERENCES sitter_profile(sitter_id),
    payout_ref varchar(32),
    amount numeric(10,2),
    fee_amount numeric(10,2),
    bank_last4 char(4),
    status varchar(16),
    paid_at timestamptz
);
COMMENT ON TABLE payout IS 'payouts to sitters';

-- key/value settings
CREATE TABLE platform_setting (
    setting_key varchar(64) PRIMARY KEY,
    setting_value text,
    description text,
    updated_by varchar(64),
    updated_at timestamptz
);
COMMENT ON TABLE platform_setting IS 'key/value settings';

CREATE INDEX idx_walk_track_booking ON walk_track (booking_id, recorded_at);
CREATE INDEX idx_booking_sitter ON booking (sitter_id, start_at);
