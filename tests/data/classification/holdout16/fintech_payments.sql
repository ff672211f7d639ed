-- dialect: ansi
-- Payvane e-money wallet + debit card programme: core schema
-- Regulated as an EMI; KYC/AML records kept 5 years after account closure.

CREATE TABLE appUser (
    userId          BIGINT       NOT NULL PRIMARY KEY,
    externalRef     CHAR(36)     NOT NULL UNIQUE,     -- uuid exposed in public API
    email           VARCHAR(254) NOT NULL,
    phoneE164       VARCHAR(16),
    passwordHash    VARCHAR(100),                     -- argon2id
    totpSecret      VARCHAR(64),                      -- 2FA seed, encrypted at rest
    displayName     VARCHAR(40),
    createdAt       TIMESTAMP    NOT NULL,
    lastLoginAt     TIMESTAMP,
    accountState    VARCHAR(12)  NOT NULL,            -- PENDING, ACTIVE, FROZEN, CLOSED
    referralCode    VARCHAR(10),                      -- code this user shares with friends
    marketingOptIn  BOOLEAN      DEFAULT FALSE
);

CREATE TABLE kycProfile (
    kycId               BIGINT       NOT NULL PRIMARY KEY,
    userId              BIGINT       NOT NULL REFERENCES appUser (userId),
    legalFirstName      VARCHAR(80)  NOT NULL,
    legalLastName       VARCHAR(80)  NOT NULL,
    dateOfBirth         DATE         NOT NULL,
    nationality         CHAR(2),
    countryOfResidence  CHAR(2),
    taxResidency        CHAR(2),
    taxIdNumber         VARCHAR(20),
    occupation          VARCHAR(80),
    employerName        VARCHAR(120),
    annualIncomeBand    VARCHAR(12),                  -- e.g. 25-50K
    sourceOfFunds       VARCHAR(30),                  -- SALARY, SAVINGS, INHERITANCE, CRYPTO
    pepFlag             BOOLEAN      DEFAULT FALSE,   -- politically exposed person
    sanctionsHit        BOOLEAN      DEFAULT FALSE,   -- matched a sanctions list entry
    riskScore           SMALLINT,                     -- AML customer risk rating 0-100
    kycLevel            SMALLINT     NOT NULL
);

CREATE TABLE identityDocument (
    documentId      BIGINT       NOT NULL PRIMARY KEY,
    kycId           BIGINT       NOT NULL REFERENCES kycProfile (kycId),
    docType         VARCHAR(16)  NOT NULL,            -- PASSPORT, ID_CARD, DRIVING_LICENCE, RESIDENCE_PERMIT
    docNumber       VARCHAR(30)  NOT NULL,
    issuingCountry  CHAR(2),
    expiryDate      DATE,
    frontImageKey   VARCHAR(200),                     -- object storage key of document scan
    backImageKey    VARCHAR(200),
    selfieImageKey  VARCHAR(200),
    livenessScore   DECIMAL(5,4),
    faceMatchScore  DECIMAL(5,4),                     -- selfie vs document portrait
    uploadedAt      TIMESTAMP    NOT NULL
);

CREATE TABLE paymentCard (
    cardId           BIGINT       NOT NULL PRIMARY KEY,
    userId           BIGINT       NOT NULL REFERENCES appUser (userId),
    panToken         VARCHAR(40)  NOT NULL,           -- vault token replacing the PAN
    panLast4         CHAR(4),
    bin              CHAR(8),
    cardholderName   VARCHAR(26),
    expMonth         SMALLINT,
    expYear          SMALLINT,
    cardBrand        VARCHAR(12),
    fundingType      VARCHAR(8),                      -- DEBIT, PREPAID
    billingPostcode  VARCHAR(10),
    issuedAt         TIMESTAMP,
    frozen           BOOLEAN      DEFAULT FALSE
);

CREATE TABLE bankAccountLink (
    linkId         BIGINT       NOT NULL PRIMARY KEY,
    userId         BIGINT       NOT NULL REFERENCES appUser (userId),
    iban           VARCHAR(34)  NOT NULL,
    bic            VARCHAR(11),
    accountHolder  VARCHAR(70),
    bankName       VARCHAR(80),
    verifiedVia    VARCHAR(16),                       -- MICRO_DEPOSIT, OPEN_BANKING
    linkedAt       TIMESTAMP
);

CREATE TABLE ledgerTransaction (
    txnId             BIGINT        NOT NULL PRIMARY KEY,
    txnRef            VARCHAR(24)   NOT NULL UNIQUE,
    userId            BIGINT        NOT NULL REFERENCES appUser (userId),
    cardId            BIGINT        REFERENCES paymentCard (cardId),
    amountMinor       BIGINT        NOT NULL,
    currency          CHAR(3)       NOT NULL,
    merchantName      VARCHAR(60),
    merchantMcc       CHAR(4),
    merchantCity      VARCHAR(40),
    counterpartyName  VARCHAR(70),                    -- payee/payer on P2P and SEPA transfers
    counterpartyIban  VARCHAR(34),
    memo              VARCHAR(140),                   -- free-text reference typed by the user
    authCode          CHAR(6),
    status            VARCHAR(10)   NOT NULL,
    createdAt         TIMESTAMP     NOT NULL
);

CREATE TABLE deviceFingerprint (
    fingerprintId  BIGINT       NOT NULL PRIMARY KEY,
    userId         BIGINT       REFERENCES appUser (userId),
    deviceId       VARCHAR(64)  NOT NULL,             -- IDFV / Android ID
    platform       VARCHAR(10),                       -- ios, android, web
    osVersion      VARCHAR(20),
    appVersion     VARCHAR(20),
    deviceModel    VARCHAR(40),
    userAgent      VARCHAR(400),
    ipAddress      VARCHAR(45),
    ipCountry      CHAR(2),
    screenRes      VARCHAR(12),
    timezone       VARCHAR(40),
    isEmulator     BOOLEAN      DEFAULT FALSE,
    firstSeenAt    TIMESTAMP
);

CREATE TABLE fxRate (
    baseCcy   CHAR(3)        NOT NULL,
    quoteCcy  CHAR(3)        NOT NULL,
    rate      DECIMAL(18,8)  NOT NULL,
    asOf      TIMESTAMP      NOT NULL,
    PRIMARY KEY (baseCcy, quoteCcy, asOf)
);

CREATE TABLE featureFlag (
    flagKey      VARCHAR(60)  NOT NULL PRIMARY KEY,
    enabled      BOOLEAN      NOT NULL,
    description  VARCHAR(200),
    updatedBy    VARCHAR(40)
);
