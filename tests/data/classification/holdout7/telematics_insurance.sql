-- dialect: oracle
-- Usage-based car insurance: telematics app backend
CREATE TABLE policyholder (
  holder_id        NUMBER(12) PRIMARY KEY,
  policy_number    VARCHAR2(20) NOT NULL,
  given_name       VARCHAR2(60),
  family_name      VARCHAR2(60),
  date_of_birth    DATE,
  licence_number   VARCHAR2(20),
  licence_issued   DATE,
  home_postcode    VARCHAR2(10),
  email            VARCHAR2(200),
  mobile_no        VARCHAR2(20),
  occupation       VARCHAR2(60),
  penalty_points   NUMBER(2),
  prior_convictions VARCHAR2(400),
  premium_annual   NUMBER(10,2),
  product_code     VARCHAR2(10),
  created_ts       TIMESTAMP
);
CREATE TABLE insured_vehicle (
  vehicle_id       NUMBER(12) PRIMARY KEY,
  holder_id        NUMBER(12),
  registration_plate VARCHAR2(10),
  vin              VARCHAR2(17),
  make             VARCHAR2(40),
  model            VARCHAR2(40),
  model_year       NUMBER(4),
  engine_cc        NUMBER(5),
  overnight_parking VARCHAR2(20)
);
CREATE TABLE app_device (
  device_row_id    NUMBER(12) PRIMARY KEY,
  holder_id        NUMBER(12),
  device_uuid      VARCHAR2(64),
  push_token       VARCHAR2(255),
  os_version       VARCHAR2(20),
  app_version      VARCHAR2(20),
  obd_dongle_mac   VARCHAR2(17),
  registered_at    TIMESTAMP
);
CREATE TABLE trip (
  trip_id          NUMBER(14) PRIMARY KEY,
  vehicle_id       NUMBER(12),
  driver_holder_id NUMBER(12),
  started_at       TIMESTAMP,
  ended_at         TIMESTAMP,
  start_lat        NUMBER(9,6),
  start_lon        NUMBER(9,6),
  end_lat          NUMBER(9,6),
  end_lon          NUMBER(9,6),
  distance_km      NUMBER(8,2),
  route_polyline   CLOB,
  night_driving_min NUMBER(5),
  trip_score       NUMBER(3)
);
CREATE TABLE harsh_event (
  event_id         NUMBER(14) PRIMARY KEY,
  trip_id          NUMBER(14),
  event_type       VARCHAR2(20),
  occurred_at      TIMESTAMP,
  latitude         NUMBER(9,6),
  longitude        NUMBER(9,6),
  speed_kmh        NUMBER(5,1),
  g_force          NUMBER(4,2),
  speed_limit_kmh  NUMBER(3)
);
CREATE TABLE claim (
  claim_id         NUMBER(12) PRIMARY KEY,
  claim_ref        VARCHAR2(16),
  holder_id        NUMBER(12),
  vehicle_id       NUMBER(12),
  loss_date        DATE,
  loss_location_text VARCHAR2(200),
  incident_description CLOB,
  injury_details   VARCHAR2(1000),
  third_party_name VARCHAR2(120),
  third_party_plate VARCHAR2(10),
  police_report_no VARCHAR2(30),
  reserve_amount   NUMBER(12,2),
  claim_status     VARCHAR2(12),
  handler_id       NUMBER(8)
);
CREATE TABLE scoring_config (
  config_key       VARCHAR2(60) PRIMARY KEY,
  config_value     VARCHAR2(200),
  updated_by       VARCHAR2(30),
  updated_at       TIMESTAMP
);
