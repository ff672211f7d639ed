-- dialect: postgres
-- 网约车 / ride-hailing: riders, drivers, licences, vehicles, trips, GPS trail

CREATE TABLE riders (
    rider_id        BIGSERIAL PRIMARY KEY,
    phone_e164      VARCHAR(16) NOT NULL UNIQUE,
    display_name    VARCHAR(60),
    email           VARCHAR(254),
    home_lat        NUMERIC(9,6),
    home_lng        NUMERIC(9,6),
    emergency_contact_phone VARCHAR(16),
    default_payment_id BIGINT,
    rating_avg      NUMERIC(3,2),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN riders.home_lat IS '常用地点：家 (纬度)';
COMMENT ON COLUMN riders.home_lng IS '常用地点：家 (经度)';

CREATE TABLE drivers (
    driver_id       BIGSERIAL PRIMARY KEY,
    legal_name      VARCHAR(60) NOT NULL,
    phone_e164      VARCHAR(16) NOT NULL,
    id_card_number  VARCHAR(18) NOT NULL,
    date_of_birth   DATE,
    selfie_url      TEXT,
    city_code       VARCHAR(6) NOT NULL,
    driver_rating   NUMERIC(3,2),
    wallet_balance  NUMERIC(12,2) NOT NULL DEFAULT 0,
    background_check_result VARCHAR(20),
    onboarding_status VARCHAR(20) NOT NULL,
    approved_at     TIMESTAMPTZ
);
COMMENT ON COLUMN drivers.selfie_url IS '出车前人脸核验自拍';
COMMENT ON COLUMN drivers.city_code IS '运营城市编码';
COMMENT ON COLUMN drivers.wallet_balance IS '司机钱包可提现余额(收入)';
COMMENT ON COLUMN drivers.background_check_result IS '背景审查结果：犯罪记录/驾驶违法核查';

CREATE TABLE driver_licences (
    licence_id      BIGSERIAL PRIMARY KEY,
    driver_id       BIGINT NOT NULL REFERENCES drivers(driver_id),
    licence_number  VARCHAR(20) NOT NULL,
    licence_class   VARCHAR(4) NOT NULL,
    first_issued_on DATE,
    expires_on      DATE NOT NULL,
    scan_front_key  TEXT,
    verified        BOOLEAN NOT NULL DEFAULT false
);
COMMENT ON COLUMN driver_licences.licence_class IS '准驾车型 C1/C2';
COMMENT ON COLUMN driver_licences.scan_front_key IS '驾驶证正页扫描件 OSS key';

CREATE TABLE vehicles (
    vehicle_id      BIGSERIAL PRIMARY KEY,
    driver_id       BIGINT NOT NULL REFERENCES drivers(driver_id),
    plate_number    VARCHAR(12) NOT NULL,
    vin             CHAR(17),
    make            VARCHAR(30),
    model           VARCHAR(30),
    colour          VARCHAR(20),
    seats           SMALLINT NOT NULL DEFAULT 4,
    insurance_policy_no VARCHAR(30),
    service_tier    VARCHAR(10) NOT NULL
);

CREATE TABLE trips (
    trip_id         BIGSERIAL PRIMARY KEY,
    rider_id        BIGINT NOT NULL REFERENCES riders(rider_id),
    driver_id       BIGINT REFERENCES drivers(driver_id),
    vehicle_id      BIGINT REFERENCES vehicles(vehicle_id),
    pickup_lat      NUMERIC(9,6) NOT NULL,
    pickup_lng      NUMERIC(9,6) NOT NULL,
    pickup_address  TEXT,
    dropoff_lat     NUMERIC(9,6),
    dropoff_lng     NUMERIC(9,6),
    dropoff_address TEXT,
    requested_at    TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    distance_m      INTEGER,
    fare_amount     NUMERIC(10,2),
    surge_multiplier NUMERIC(3,2) NOT NULL DEFAULT 1.0,
    status          VARCHAR(16) NOT NULL,
    rider_comment   TEXT
);

CREATE TABLE trip_gps_points (
    trip_id         BIGINT NOT NULL REFERENCES trips(trip_id),
    seq             INTEGER NOT NULL,
    lat             DOUBLE PRECISION NOT NULL,
    lng             DOUBLE PRECISION NOT NULL,
    heading_deg     SMALLINT,
    speed_mps       REAL,
    recorded_at     TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (trip_id, seq)
);

CREATE TABLE fare_rules (
    id              SERIAL PRIMARY KEY,
    city_code       VARCHAR(6) NOT NULL,
    service_tier    VARCHAR(10) NOT NULL,
    base_fare       NUMERIC(6,2) NOT NULL,
    per_km          NUMERIC(6,2) NOT NULL,
    per_minute      NUMERIC(6,2) NOT NULL
);
