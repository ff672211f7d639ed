-- dialect: ansi
-- Retail bank mobile app back end (portable SQL)

CREATE TABLE customer (
    customer_id      BIGINT NOT NULL PRIMARY KEY,
    cif_number       VARCHAR(16) NOT NULL,
    given_name       VARCHAR(60) NOT NULL,
    family_name      VARCHAR(60) NOT NULL,
    birth_date       DATE NOT NULL,
    national_id_no   VARCHAR(20) NOT NULL,
    passport_no      VARCHAR(20),
    nationality      CHAR(2),
    mobile_no        VARCHAR(20) NOT NULL,
    email            VARCHAR(254),
    residential_address VARCHAR(255),
    postal_code      VARCHAR(10),
    occupation       VARCHAR(80),
    employer_name    VARCHAR(120),
    annual_income    DECIMAL(14,2),
    risk_rating      CHAR(1),
    kyc_level        SMALLINT NOT NULL,
    segment          VARCHAR(20),
    onboarded_at     TIMESTAMP NOT NULL,
    branch_code      VARCHAR(8)
);

CREATE TABLE deposit_account (
    account_id       BIGINT NOT NULL PRIMARY KEY,
    customer_id      BIGINT NOT NULL REFERENCES customer (customer_id),
    account_number   VARCHAR(20) NOT NULL,
    iban             VARCHAR(34),
    product_code     VARCHAR(10) NOT NULL,
    currency         CHAR(3) NOT NULL,
    available_balance DECIMAL(18,2) NOT NULL,
    overdraft_limit  DECIMAL(18,2) NOT NULL,
    interest_rate    DECIMAL(6,4),
    status           VARCHAR(10) NOT NULL,
    opened_on        DATE NOT NULL,
    closed_on        DATE
);

CREATE TABLE card (
    card_id          BIGINT NOT NULL PRIMARY KEY,
    account_id       BIGINT NOT NULL REFERENCES deposit_account (account_id),
    pan_encrypted    VARCHAR(128) NOT NULL,
    pan_masked       VARCHAR(19) NOT NULL,
    embossed_name    VARCHAR(26) NOT NULL,
    expiry_yymm      CHAR(4) NOT NULL,
    pin_offset       CHAR(4),
    card_network     VARCHAR(10) NOT NULL,
    card_type        VARCHAR(10) NOT NULL,
    daily_atm_limit  DECIMAL(10,2),
    contactless_enabled SMALLINT NOT NULL,
    status           VARCHAR(10) NOT NULL,
    issued_on        DATE NOT NULL
);

CREATE TABLE transfer (
    transfer_id      BIGINT NOT NULL PRIMARY KEY,
    from_account_id  BIGINT NOT NULL,
    payee_name       VARCHAR(140) NOT NULL,
    payee_account    VARCHAR(34) NOT NULL,
    payee_bank_bic   VARCHAR(11),
    amount           DECIMAL(18,2) NOT NULL,
    currency         CHAR(3) NOT NULL,
    payment_reference VARCHAR(140),
    end_to_end_id    VARCHAR(35),
    channel          VARCHAR(10) NOT NULL,
    status           VARCHAR(12) NOT NULL,
    requested_at     TIMESTAMP NOT NULL,
    executed_at      TIMESTAMP
);

CREATE TABLE login_device (
    device_pk        BIGINT NOT NULL PRIMARY KEY,
    customer_id      BIGINT NOT NULL,
    device_uuid      VARCHAR(64) NOT NULL,
    device_model     VARCHAR(60),
    os_version       VARCHAR(30),
    app_version      VARCHAR(20) NOT NULL,
    push_token       VARCHAR(255),
    face_template    BLOB,
    biometric_login  SMALLINT NOT NULL,
    last_ip          VARCHAR(45),
    last_latitude    DECIMAL(9,6),
    last_longitude   DECIMAL(9,6),
    trusted          SMALLINT NOT NULL,
    first_seen_at    TIMESTAMP NOT NULL,
    last_seen_at     TIMESTAMP
);

CREATE TABLE fx_rate (
    currency_pair    CHAR(6) NOT NULL PRIMARY KEY,
    bid              DECIMAL(12,6) NOT NULL,
    ask              DECIMAL(12,6) NOT NULL,
    as_of            TIMESTAMP NOT NULL
);
