-- dialect: ansi
-- Rideshare + short-term car rental operator ("MoveNow"). Portable ANSI DDL
-- generated for the reporting warehouse; driver, renter, trip and claims data.

CREATE TABLE vehicle_model (
    model_id        INTEGER       NOT NULL PRIMARY KEY,
    make            VARCHAR(40)   NOT NULL,
    model_name      VARCHAR(60)   NOT NULL,
    daily_rate      DECIMAL(8,2)  NOT NULL
);

CREATE TABLE branch (
    branch_id       INTEGER       NOT NULL PRIMARY KEY,
    branch_name     VARCHAR(80)   NOT NULL,
    street          VARCHAR(120),
    city            VARCHAR(60),
    phone           VARCHAR(20),
    manager_name    VARCHAR(80)
);

CREATE TABLE vehicle (
    vehicle_id      INTEGER       NOT NULL PRIMARY KEY,
    model_id        INTEGER       NOT NULL REFERENCES vehicle_model (model_id),
    branch_id       INTEGER       REFERENCES branch (branch_id),
    plate_number    VARCHAR(12)   NOT NULL,
    vin             CHAR(17)      NOT NULL,
    status          VARCHAR(16)   NOT NULL
);

CREATE TABLE driver (
    driver_id               INTEGER       NOT NULL PRIMARY KEY,
    first_name              VARCHAR(60)   NOT NULL,
    last_name               VARCHAR(60)   NOT NULL,
    date_of_birth           DATE          NOT NULL,
    mobile_phone            VARCHAR(20)   NOT NULL,
    email                   VARCHAR(120),
    driving_licence_number  VARCHAR(20)   NOT NULL,
    ni_number               CHAR(9),
    home_address_line1      VARCHAR(120),
    home_postcode           VARCHAR(10),
    profile_photo_url       VARCHAR(255),
    own_vehicle_plate       VARCHAR(12),
    background_check_status VARCHAR(16),
    background_check_notes  VARCHAR(1000),
    rating_avg              DECIMAL(3,2),
    bank_sort_code          CHAR(6),
    bank_account_number     VARCHAR(12),
    onboarded_on            DATE,
    status                  VARCHAR(16)   NOT NULL,
    created_at              TIMESTAMP     NOT NULL
);

CREATE TABLE renter (
    renter_id               INTEGER       NOT NULL PRIMARY KEY,
    username                VARCHAR(40)   NOT NULL,
    password_hash           VARCHAR(100)  NOT NULL,
    full_name               VARCHAR(120)  NOT NULL,
    email                   VARCHAR(120)  NOT NULL,
    phone                   VARCHAR(20),
    date_of_birth           DATE,
    licence_number          VARCHAR(24),
    licence_photo_front_url VARCHAR(255),
    selfie_url              VARCHAR(255),
    loyalty_points          INTEGER       DEFAULT 0,
    preferred_language      VARCHAR(8),
    marketing_opt_in        SMALLINT      DEFAULT 0,
    last_login_ip           VARCHAR(45)
);

CREATE TABLE payment_card (
    card_id         INTEGER       NOT NULL PRIMARY KEY,
    renter_id       INTEGER       NOT NULL REFERENCES renter (renter_id),
    card_token      VARCHAR(64)   NOT NULL,
    card_brand      VARCHAR(16),
    card_last4      CHAR(4),
    expiry_month    SMALLINT,
    expiry_year     SMALLINT,
    cardholder_name VARCHAR(120),
    billing_postcode VARCHAR(10)
);

CREATE TABLE trip (
    trip_id         BIGINT        NOT NULL PRIMARY KEY,
    trip_ref        VARCHAR(16)   NOT NULL,
    driver_id       INTEGER       REFERENCES driver (driver_id),
    renter_id       INTEGER       NOT NULL REFERENCES renter (renter_id),
    vehicle_id      INTEGER       REFERENCES vehicle (vehicle_id),
    requested_at    TIMESTAMP     NOT NULL,
    pickup_lat      DECIMAL(9,6),
    pickup_lng      DECIMAL(9,6),
    pickup_address  VARCHAR(200),
    route_polyline  VARCHAR(4000),
    fare_amount     DECIMAL(9,2),
    status          VARCHAR(16)   NOT NULL,
    rider_rating    SMALLINT,
    rider_comment   VARCHAR(500),
    completed_at    TIMESTAMP
);

CREATE TABLE damage_claim (
    claim_id               INTEGER       NOT NULL PRIMARY KEY,
    claim_no               VARCHAR(16)   NOT NULL,
    trip_id                BIGINT        REFERENCES trip (trip_id),
    reported_by_renter_id  INTEGER       REFERENCES renter (renter_id),
    incident_at            TIMESTAMP,
    incident_location_text VARCHAR(200),
    description            VARCHAR(2000),
    injury_details         VARCHAR(1000),
    third_party_name       VARCHAR(120),
    third_party_phone      VARCHAR(20),
    third_party_insurer    VARCHAR(80),
    third_party_plate      VARCHAR(12),
    police_report_number   VARCHAR(30),
    damage_photo_urls      VARCHAR(2000),
    estimated_cost         DECIMAL(10,2),
    liability_decision     VARCHAR(16),
    adjuster_user_id       INTEGER,
    created_at             TIMESTAMP     NOT NULL
);

CREATE TABLE app_setting (
    setting_key     VARCHAR(80)   NOT NULL PRIMARY KEY,
    setting_value   VARCHAR(500),
    updated_by      VARCHAR(40),
    updated_at      TIMESTAMP
);
