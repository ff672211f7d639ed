-- dialect: oracle
-- Mobile operator billing mediation: subscribers, CDRs, data sessions, cell sites.
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE subscriber (
  subs_id        NUMBER(15)     PRIMARY KEY,
  msisdn         VARCHAR2(15)   NOT NULL,
  imsi           VARCHAR2(15)   NOT NULL,
  iccid          VARCHAR2(20),
  puk1           VARCHAR2(8),
  subs_name      VARCHAR2(100),
  id_doc_type    VARCHAR2(4),
  id_doc_no      VARCHAR2(30),
  billing_addr   VARCHAR2(300),
  tariff_plan_cd VARCHAR2(10),
  prepaid_flag   CHAR(1),
  credit_limit   NUMBER(10,2),
  activation_dt  DATE,
  churn_score    NUMBER(5,4),
  lang_pref      VARCHAR2(5)
);

CREATE TABLE voice_cdr (
  cdr_id         NUMBER(20)     PRIMARY KEY,
  a_msisdn       VARCHAR2(15),
  b_msisdn       VARCHAR2(15),
  a_imsi         VARCHAR2(15),
  a_imei         VARCHAR2(16),
  call_type      CHAR(2),
  start_ts       TIMESTAMP,
  duration_s     NUMBER(8),
  first_cell_id  VARCHAR2(20),
  last_cell_id   VARCHAR2(20),
  lac            NUMBER(6),
  roam_mccmnc    VARCHAR2(6),
  charge_amt     NUMBER(10,4),
  rated_flag     CHAR(1),
  src_file_name  VARCHAR2(100)
);

CREATE TABLE sms_cdr (
  cdr_id         NUMBER(20)     PRIMARY KEY,
  orig_addr      VARCHAR2(20),
  dest_addr      VARCHAR2(20),
  submit_ts      TIMESTAMP,
  msg_len        NUMBER(4),
  smsc_id        VARCHAR2(20)
);

CREATE TABLE data_session (
  session_id     NUMBER(20)     PRIMARY KEY,
  imsi           VARCHAR2(15),
  ue_ip          VARCHAR2(45),
  apn            VARCHAR2(64),
  rat_type       VARCHAR2(4),
  cell_id        VARCHAR2(20),
  bytes_up       NUMBER(18),
  bytes_down     NUMBER(18),
  top_domain     VARCHAR2(255),
  start_ts       TIMESTAMP,
  end_ts         TIMESTAMP
);

CREATE TABLE cell_site (
  cell_id        VARCHAR2(20)   PRIMARY KEY,
  site_name      VARCHAR2(100),
  lat            NUMBER(9,6),
  lon            NUMBER(9,6),
  azimuth        NUMBER(3),
  vendor         VARCHAR2(20),
  region_cd      VARCHAR2(6)
);

CREATE TABLE tariff_plan (
  tariff_plan_cd VARCHAR2(10)   PRIMARY KEY,
  plan_name      VARCHAR2(60),
  monthly_fee    NUMBER(8,2),
  data_quota_mb  NUMBER(10),
  valid_from     DATE
);
