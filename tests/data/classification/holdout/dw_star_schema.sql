-- dialect: ansi
-- Retail analytics warehouse, Kimball star schema (ANSI SQL).
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE dim_customer (
    customer_sk        BIGINT NOT NULL PRIMARY KEY,
    customer_bk        VARCHAR(20) NOT NULL,
    email_sha256       CHAR(64),
    phone_md5          CHAR(32),
    full_name_masked   VARCHAR(100),
    birth_year         SMALLINT,
    age_band           VARCHAR(10),
    gender_cd          CHAR(1),
    postal_district    VARCHAR(8),
    region_name        VARCHAR(40),
    loyalty_card_no    VARCHAR(16),
    segment_cd         VARCHAR(10),
    clv_predicted      DECIMAL(12,2),
    row_eff_from       DATE,
    row_eff_to         DATE,
    is_current         CHAR(1),
    etl_batch_id       INTEGER
);

CREATE TABLE dim_product (
    product_sk         BIGINT NOT NULL PRIMARY KEY,
    sku                VARCHAR(20),
    product_name       VARCHAR(120),
    category_l1        VARCHAR(40),
    category_l2        VARCHAR(40),
    supplier_name      VARCHAR(100),
    unit_cost          DECIMAL(10,2)
);

CREATE TABLE dim_store (
    store_sk           INTEGER NOT NULL PRIMARY KEY,
    store_code         VARCHAR(8),
    store_name         VARCHAR(80),
    store_address      VARCHAR(200),
    store_city         VARCHAR(60),
    manager_name       VARCHAR(80),
    floor_area_m2      INTEGER
);

CREATE TABLE dim_date (
    date_sk            INTEGER NOT NULL PRIMARY KEY,
    calendar_date      DATE,
    day_of_week        SMALLINT,
    fiscal_week        SMALLINT,
    is_holiday         CHAR(1)
);

CREATE TABLE fact_sales (
    sales_line_sk      BIGINT NOT NULL PRIMARY KEY,
    date_sk            INTEGER NOT NULL,
    customer_sk        BIGINT,
    product_sk         BIGINT NOT NULL,
    store_sk           INTEGER NOT NULL,
    receipt_no         VARCHAR(20),
    quantity           INTEGER,
    net_amount         DECIMAL(12,2),
    discount_amount    DECIMAL(12,2),
    payment_card_last4 CHAR(4),
    cashier_id         INTEGER
);

CREATE TABLE fact_web_session (
    session_sk         BIGINT NOT NULL PRIMARY KEY,
    date_sk            INTEGER NOT NULL,
    customer_sk        BIGINT,
    cookie_id          VARCHAR(40),
    ip_trunc           VARCHAR(45),
    landing_page       VARCHAR(300),
    pages_viewed       INTEGER,
    session_seconds    INTEGER,
    utm_campaign       VARCHAR(60)
);

CREATE TABLE etl_load_audit (
    batch_id           INTEGER NOT NULL PRIMARY KEY,
    table_name         VARCHAR(64),
    source_file        VARCHAR(200),
    rows_loaded        INTEGER,
    loaded_at          TIMESTAMP,
    status_name        VARCHAR(20)
);
