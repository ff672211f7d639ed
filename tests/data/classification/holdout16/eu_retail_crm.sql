-- dialect: postgres
-- Nordlicht Markt GmbH: CRM and loyalty ("Nordlicht Plus") schema, v4.2
-- Hosted in eu-central-1; GDPR records of processing: see RoPA entry CRM-07.

CREATE SCHEMA IF NOT EXISTS crm;

CREATE TABLE crm.store (
    store_id          integer      PRIMARY KEY,
    store_code        varchar(8)   NOT NULL UNIQUE,
    store_name        varchar(120) NOT NULL,
    street_address    varchar(200),
    postcode          varchar(10),
    city              varchar(80),
    country_code      char(2)      NOT NULL DEFAULT 'DE',
    phone             varchar(30),
    opened_on         date,
    manager_staff_id  integer
);
COMMENT ON TABLE crm.store IS 'Physical stores (branches) of the retailer';
COMMENT ON COLUMN crm.store.phone IS 'Branch switchboard number printed on receipts';

CREATE TABLE crm.customer (
    customer_id          bigserial    PRIMARY KEY,
    tenant_id            smallint     NOT NULL DEFAULT 1,
    loyalty_card_number  varchar(19)  UNIQUE,
    salutation           varchar(10),
    given_name           varchar(80),
    family_name          varchar(80),
    birth_date           date,
    gender               char(1),
    email                varchar(254),
    email_verified       boolean      NOT NULL DEFAULT false,
    mobile_phone         varchar(20),
    preferred_language   varchar(5)   DEFAULT 'de-DE',
    home_store_id        integer      REFERENCES crm.store(store_id),
    created_at           timestamptz  NOT NULL DEFAULT now(),
    updated_at           timestamptz,
    deleted              boolean      NOT NULL DEFAULT false
);
COMMENT ON COLUMN crm.customer.loyalty_card_number IS 'Number embossed on the physical Plus card (EAN-13 + check)';
COMMENT ON COLUMN crm.customer.salutation IS 'Herr / Frau / Divers / Dr.';
COMMENT ON COLUMN crm.customer.gender IS 'm / f / d / u';
COMMENT ON COLUMN crm.customer.deleted IS 'Soft delete after erasure request; PII fields are nulled by job gdpr_erase';

CREATE TABLE crm.customer_address (
    address_id    bigserial   PRIMARY KEY,
    customer_id   bigint      NOT NULL REFERENCES crm.customer(customer_id),
    address_type  varchar(10) NOT NULL,
    line1         varchar(120),
    line2         varchar(120),
    postal_code   varchar(10),
    city          varchar(80),
    region        varchar(80),
    country_code  char(2),
    is_default    boolean     DEFAULT false,
    latitude      numeric(9,6),
    longitude     numeric(9,6),
    created_at    timestamptz DEFAULT now()
);
COMMENT ON COLUMN crm.customer_address.address_type IS 'HOME, BILLING, DELIVERY';
COMMENT ON COLUMN crm.customer_address.region IS 'Bundesland / Land / Provincie';
COMMENT ON COLUMN crm.customer_address.latitude IS 'Geocoded for home-delivery routing';

CREATE TABLE crm.consent_record (
    consent_id            bigserial   PRIMARY KEY,
    customer_id           bigint      NOT NULL REFERENCES crm.customer(customer_id),
    purpose_code          varchar(30) NOT NULL,
    legal_basis           varchar(20) NOT NULL,
    granted               boolean     NOT NULL,
    granted_at            timestamptz,
    withdrawn_at          timestamptz,
    consent_text_version  varchar(12),
    capture_channel       varchar(12),
    capture_ip            inet,
    user_agent            text
);
COMMENT ON TABLE crm.consent_record IS 'GDPR Art. 7(1) proof of consent, one row per purpose and decision';
COMMENT ON COLUMN crm.consent_record.purpose_code IS 'NEWSLETTER, PERSONALISED_OFFERS, PARTNER_SHARING, PROFILING';
COMMENT ON COLUMN crm.consent_record.legal_basis IS 'Art6(1)(a) consent, (b) contract, (f) legitimate interest';
COMMENT ON COLUMN crm.consent_record.capture_channel IS 'WEB, APP, POS, CALLCENTER';

CREATE TABLE crm.marketing_preference (
    customer_id    bigint     PRIMARY KEY REFERENCES crm.customer(customer_id),
    channel_email  boolean    NOT NULL DEFAULT false,
    channel_sms    boolean    NOT NULL DEFAULT false,
    channel_post   boolean    NOT NULL DEFAULT true,
    channel_push   boolean    NOT NULL DEFAULT false,
    frequency      varchar(10),
    interest_tags  text[],
    updated_at     timestamptz
);
COMMENT ON COLUMN crm.marketing_preference.frequency IS 'Max mailings the customer asked for: WEEKLY, MONTHLY, NONE';
COMMENT ON COLUMN crm.marketing_preference.interest_tags IS 'Self-declared interests: vegan, baby, pets, wine, outdoor';

CREATE TABLE crm.loyalty_account (
    loyalty_account_id  bigserial   PRIMARY KEY,
    customer_id         bigint      NOT NULL UNIQUE REFERENCES crm.customer(customer_id),
    tier_code           varchar(8)  NOT NULL DEFAULT 'BASIC',
    points_balance      integer     NOT NULL DEFAULT 0,
    lifetime_points     integer     NOT NULL DEFAULT 0,
    enrolled_at         timestamptz NOT NULL,
    tier_expires_on     date
);

CREATE TABLE crm.purchase (
    receipt_no        varchar(24)   PRIMARY KEY,
    store_id          integer       NOT NULL REFERENCES crm.store(store_id),
    customer_id       bigint        REFERENCES crm.customer(customer_id),
    purchased_at      timestamptz   NOT NULL,
    total_gross       numeric(12,2) NOT NULL,
    vat_amount        numeric(12,2) NOT NULL,
    currency          char(3)       NOT NULL DEFAULT 'EUR',
    payment_method    varchar(12),
    points_earned     integer       DEFAULT 0,
    cashier_staff_id  integer
);
COMMENT ON COLUMN crm.purchase.receipt_no IS 'Bon-Nummer: store code + till + sequence';

CREATE TABLE crm.product (
    sku            varchar(20)  PRIMARY KEY,
    product_name   varchar(200) NOT NULL,
    brand          varchar(80),
    category_code  varchar(12),
    unit_price     numeric(10,2),
    vat_rate       numeric(4,2),
    active         boolean      DEFAULT true
);

CREATE TABLE crm.dsar_request (
    request_id         bigserial   PRIMARY KEY,
    customer_id        bigint      REFERENCES crm.customer(customer_id),
    request_type       varchar(16) NOT NULL,
    received_at        timestamptz NOT NULL,
    requester_email    varchar(254),
    identity_verified  boolean     DEFAULT false,
    due_by             date,
    status             varchar(12) NOT NULL DEFAULT 'OPEN',
    handled_by         varchar(40),
    response_note      text
);
COMMENT ON TABLE crm.dsar_request IS 'Data subject requests under GDPR Art. 15-22';
COMMENT ON COLUMN crm.dsar_request.request_type IS 'ACCESS, ERASURE, RECTIFICATION, PORTABILITY, OBJECTION';
COMMENT ON COLUMN crm.dsar_request.handled_by IS 'Privacy team agent login';
COMMENT ON COLUMN crm.dsar_request.response_note IS 'What was disclosed/erased and any correspondence with the requester';

CREATE TABLE crm.app_setting (
    setting_key    varchar(64)  PRIMARY KEY,
    setting_value  text,
    description    varchar(255),
    updated_by     varchar(40),
    updated_at     timestamptz
);
INSERT INTO crm.app_setting VALUES ('retention.inactive_customer_months', '36', 'Erase dormant accounts after N months', 'dpo', now());
