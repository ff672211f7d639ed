-- dialect: ansi
-- Hotel property-management system: guest profiles, travel documents for the
-- police registration of foreign guests, reservations, in-house folios, loyalty.
-- Plain ANSI types; short prefixed column names (gst_, rsv_, mbr_).

CREATE TABLE prop_property (
    prop_id     INTEGER NOT NULL PRIMARY KEY,
    prop_code   CHAR(5) NOT NULL,
    prop_name   VARCHAR(100) NOT NULL,
    brand_cd    CHAR(3) NOT NULL,
    addr_line1  VARCHAR(120) NOT NULL,
    city        VARCHAR(60) NOT NULL,
    ctry_cd     CHAR(2) NOT NULL,
    tel_main    VARCHAR(20),
    gm_name     VARCHAR(80),
    gm_email    VARCHAR(120),
    room_count  SMALLINT NOT NULL,
    tz_name     VARCHAR(40) NOT NULL
);

CREATE TABLE rm_room_type (
    prop_id      INTEGER NOT NULL,
    room_type_cd CHAR(4) NOT NULL,
    descr        VARCHAR(200),
    max_occ      SMALLINT NOT NULL,
    bed_cfg      VARCHAR(20),
    base_rate    DECIMAL(10,2) NOT NULL,
    smoking_flag CHAR(1) NOT NULL,
    PRIMARY KEY (prop_id, room_type_cd)
);

CREATE TABLE gst_guest (
    gst_id         INTEGER NOT NULL PRIMARY KEY,
    gst_title      VARCHAR(10),
    gst_fname      VARCHAR(50),
    gst_lname      VARCHAR(50) NOT NULL,
    gst_dob        DATE,
    gst_nat_cd     CHAR(2),
    gst_lang_cd    CHAR(2),
    gst_email      VARCHAR(120),
    gst_mobile     VARCHAR(25),
    gst_addr1      VARCHAR(120),
    gst_addr2      VARCHAR(120),
    gst_city       VARCHAR(60),
    gst_region     VARCHAR(60),
    gst_zip        VARCHAR(12),
    gst_ctry_cd    CHAR(2),
    gst_company    VARCHAR(100),
    gst_vip_cd     CHAR(2),
    gst_pref_notes VARCHAR(1000),
    gst_dietary    VARCHAR(200),
    gst_created_ts TIMESTAMP NOT NULL
);

CREATE TABLE gst_travel_doc (
    doc_id          INTEGER NOT NULL PRIMARY KEY,
    gst_id          INTEGER NOT NULL REFERENCES gst_guest (gst_id),
    doc_type_cd     CHAR(2) NOT NULL,
    doc_no          VARCHAR(30) NOT NULL,
    issuing_ctry_cd CHAR(3),
    doc_expiry_dt   DATE,
    visa_no         VARCHAR(30),
    scan_image_uri  VARCHAR(400),
    arrived_from    VARCHAR(80),
    next_dest       VARCHAR(80)
);

CREATE TABLE rsv_reservation (
    rsv_id          INTEGER NOT NULL PRIMARY KEY,
    rsv_confirm_no  VARCHAR(12) NOT NULL,
    prop_id         INTEGER NOT NULL,
    gst_id          INTEGER NOT NULL,
    arrival_dt      DATE NOT NULL,
    departure_dt    DATE NOT NULL,
    adults          SMALLINT NOT NULL,
    children        SMALLINT NOT NULL,
    room_type_cd    CHAR(4) NOT NULL,
    rate_plan_cd    VARCHAR(10) NOT NULL,
    total_amt       DECIMAL(12,2),
    ccy             CHAR(3) NOT NULL,
    channel_cd      VARCHAR(10),
    gtd_card_token  VARCHAR(64),
    gtd_card_exp    CHAR(4),
    special_request VARCHAR(500),
    booker_email    VARCHAR(120),
    status_cd       CHAR(2) NOT NULL,
    created_ts      TIMESTAMP NOT NULL
);

CREATE TABLE stay_folio (
    folio_id       INTEGER NOT NULL PRIMARY KEY,
    rsv_id         INTEGER NOT NULL,
    room_no        VARCHAR(6) NOT NULL,
    checkin_ts     TIMESTAMP,
    checkout_ts    TIMESTAMP,
    keycard_serial VARCHAR(32),
    minibar_total  DECIMAL(10,2),
    folio_total    DECIMAL(12,2),
    posted_by      VARCHAR(20)
);

CREATE TABLE loy_member (
    mbr_no            CHAR(10) NOT NULL PRIMARY KEY,
    gst_id            INTEGER NOT NULL,
    tier_cd           CHAR(1) NOT NULL,
    points_bal        INTEGER NOT NULL,
    lifetime_nights   INTEGER NOT NULL,
    partner_ffp_no    VARCHAR(20),
    mkt_consent_flag  CHAR(1) NOT NULL,
    consent_ts        TIMESTAMP
);
