-- dialect: mysql
-- Ride-hailing and parcel-delivery platform (MySQL, short snake_case names, no comments).
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE rider (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  phone varchar(20) NOT NULL,
  nick varchar(40) DEFAULT NULL,
  avatar_url varchar(255) DEFAULT NULL,
  home_poi_lat decimal(10,7) DEFAULT NULL,
  home_poi_lng decimal(10,7) DEFAULT NULL,
  work_poi_name varchar(100) DEFAULT NULL,
  wallet_balance int DEFAULT 0,
  rating_given_cnt int DEFAULT 0,
  is_blocked tinyint(1) DEFAULT 0,
  gmt_create datetime DEFAULT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE driver (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  real_name varchar(40) NOT NULL,
  mobile varchar(20) NOT NULL,
  id_card_no varchar(18) NOT NULL,
  lic_no varchar(20) DEFAULT NULL,
  lic_class char(2) DEFAULT NULL,
  lic_first_issue_date date DEFAULT NULL,
  face_feature varbinary(2048) DEFAULT NULL,
  bg_check_result varchar(20) DEFAULT NULL,
  avg_score decimal(3,2) DEFAULT NULL,
  city_code varchar(6) DEFAULT NULL,
  online_status tinyint DEFAULT 0,
  PRIMARY KEY (id)
);

CREATE TABLE vehicle (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  driver_id bigint unsigned NOT NULL,
  plate_no varchar(12) NOT NULL,
  vin varchar(17) DEFAULT NULL,
  brand varchar(30) DEFAULT NULL,
  model varchar(30) DEFAULT NULL,
  color varchar(10) DEFAULT NULL,
  seats tinyint DEFAULT 4,
  insurance_policy_no varchar(40) DEFAULT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE trip (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  order_no varchar(32) NOT NULL,
  rider_id bigint unsigned NOT NULL,
  driver_id bigint unsigned DEFAULT NULL,
  pickup_lat decimal(10,7) NOT NULL,
  pickup_lng decimal(10,7) NOT NULL,
  pickup_addr varchar(200) DEFAULT NULL,
  dropoff_lat decimal(10,7) DEFAULT NULL,
  dropoff_lng decimal(10,7) DEFAULT NULL,
  dropoff_addr varchar(200) DEFAULT NULL,
  route_polyline mediumtext,
  distance_m int DEFAULT NULL,
  fare_cents int DEFAULT NULL,
  surge_multiplier decimal(3,2) DEFAULT 1.00,
  rider_score tinyint DEFAULT NULL,
  rider_remark varchar(200) DEFAULT NULL,
  cancel_reason_code varchar(10) DEFAULT NULL,
  requested_at datetime NOT NULL,
  completed_at datetime DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_order_no (order_no)
);

CREATE TABLE gps_trace (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  driver_id bigint unsigned NOT NULL,
  trip_id bigint unsigned DEFAULT NULL,
  lat double NOT NULL,
  lng double NOT NULL,
  speed_kmh float DEFAULT NULL,
  bearing smallint DEFAULT NULL,
  accuracy_m float DEFAULT NULL,
  device_id varchar(64) DEFAULT NULL,
  ts bigint NOT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE parcel (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  waybill_no varchar(20) NOT NULL,
  sender_name varchar(40) DEFAULT NULL,
  sender_tel varchar(20) DEFAULT NULL,
  recv_name varchar(40) DEFAULT NULL,
  recv_tel varchar(20) DEFAULT NULL,
  recv_addr varchar(255) DEFAULT NULL,
  weight_g int DEFAULT NULL,
  goods_desc varchar(100) DEFAULT NULL,
  sign_photo_url varchar(255) DEFAULT NULL,
  hub_code varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);

CREATE TABLE fare_rule (
  id int NOT NULL AUTO_INCREMENT,
  city_code varchar(6) NOT NULL,
  base_fare_cents int NOT NULL,
  per_km_cents int NOT NULL,
  per_min_cents int NOT NULL,
  night_start time DEFAULT NULL,
  PRIMARY KEY (id)
);
