-- dialect: ansi
-- Fintech e-wallet: users, KYC, wallets, transfers, devices
CREATE TABLE app_user (
    user_id         BIGINT PRIMARY KEY,
    user_uuid       CHAR(36) NOT NULL,
    phone_e164      VARCHAR(20) NOT NULL,
    email           VARCHAR(254),
    display_name    VARCHAR(50),
    legal_name      VARCHAR(150),
    dob             DATE,
    nationality     CHAR(2),
    pin_hash        VARCHAR(100),
    pin_salt        VARCHAR(32),
    risk_level      VARCHAR(10),
    referral_code   VARCHAR(12),
    country_of_residence CHAR(2),
    created_at      TIMESTAMP
);

CREATE TABLE kyc_document (
    doc_id          BIGINT PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    doc_type        VARCHAR(20) NOT NULL,
    doc_number      VARCHAR(40),
    issuing_country CHAR(2),
    expiry_date     DATE,
    front_image_key VARCHAR(200),
    selfie_image_key VARCHAR(200),
    liveness_score  DECIMAL(5,4),
    face_template   BLOB,
    review_status   VARCHAR(16),
    pep_sanctions_hit BOOLEAN,
    reviewed_at     TIMESTAMP
);

CREATE TABLE wallet (
    wallet_id       BIGINT PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    currency        CHAR(3) NOT NULL,
    balance         DECIMAL(18,2) NOT NULL,
    iban            VARCHAR(34),
    frozen          BOOLEAN NOT NULL,
    opened_at       TIMESTAMP
);

CREATE TABLE transfer (
    transfer_id     BIGINT PRIMARY KEY,
    txn_ref         VARCHAR(32) NOT NULL,
    from_wallet_id  BIGINT NOT NULL,
    to_wallet_id    BIGINT,
    payee_name      VARCHAR(150),
    payee_account   VARCHAR(40),
    amount          DECIMAL(18,2) NOT NULL,
    memo            VARCHAR(140),
    fee             DECIMAL(10,2),
    status          VARCHAR(16) NOT NULL,
    created_at      TIMESTAMP NOT NULL
);

CREATE TABLE user_device (
    device_row_id   BIGINT PRIMARY KEY,
    user_id         BIGINT NOT NULL,
    device_fingerprint VARCHAR(64),
    os_version      VARCHAR(30),
    app_version     VARCHAR(20),
    last_ip         VARCHAR(45),
    refresh_token   VARCHAR(512),
    biometric_login_enabled BOOLEAN,
    last_seen_at    TIMESTAMP
);

CREATE TABLE fx_rate (
    base_ccy        CHAR(3) NOT NULL,
    quote_ccy       CHAR(3) NOT NULL,
    rate            DECIMAL(18,8) NOT NULL,
    as_of           TIMESTAMP NOT NULL
);
