-- dialect: postgres
-- Multi-tenant SaaS: accounts, workspaces, plans, billing and audit trail.

CREATE TABLE organizations (
    id              BIGSERIAL PRIMARY KEY,
    public_id       UUID NOT NULL UNIQUE,
    name            VARCHAR(200) NOT NULL,
    slug            VARCHAR(80) NOT NULL UNIQUE,
    domain          VARCHAR(255),
    industry        VARCHAR(60),
    employee_count_band VARCHAR(20),
    billing_email   VARCHAR(320),
    vat_number      VARCHAR(40),
    billing_address_line1 VARCHAR(200),
    billing_city    VARCHAR(100),
    billing_country CHAR(2),
    stripe_customer_id VARCHAR(64),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    deleted_at      TIMESTAMPTZ
);
COMMENT ON COLUMN organizations.billing_email IS 'Where invoices are sent';
COMMENT ON COLUMN organizations.stripe_customer_id IS 'cus_… id at the payment processor';

CREATE TABLE users (
    id                BIGSERIAL PRIMARY KEY,
    email             VARCHAR(320) NOT NULL UNIQUE,
    email_verified_at TIMESTAMPTZ,
    password_hash     VARCHAR(255),
    full_name         VARCHAR(150),
    avatar_url        TEXT,
    locale            VARCHAR(10) DEFAULT 'en-US',
    timezone          VARCHAR(64) DEFAULT 'UTC',
    mfa_secret        VARCHAR(64),
    mfa_enabled       BOOLEAN NOT NULL DEFAULT false,
    last_login_at     TIMESTAMPTZ,
    last_login_ip     INET,
    marketing_opt_in  BOOLEAN NOT NULL DEFAULT false,
    is_staff          BOOLEAN NOT NULL DEFAULT false,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN users.mfa_secret IS 'TOTP shared secret (encrypted at rest)';
COMMENT ON COLUMN users.marketing_opt_in IS 'Consent to product newsletters';

CREATE TABLE memberships (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organizations(id),
    user_id     BIGINT NOT NULL REFERENCES users(id),
    role        VARCHAR(20) NOT NULL DEFAULT 'member',
    job_title   VARCHAR(100),
    invited_by  BIGINT REFERENCES users(id),
    joined_at   TIMESTAMPTZ,
    UNIQUE (org_id, user_id)
);

CREATE TABLE invitations (
    id          BIGSERIAL PRIMARY KEY,
    org_id      BIGINT NOT NULL REFERENCES organizations(id),
    invitee_email VARCHAR(320) NOT NULL,
    token       VARCHAR(64) NOT NULL UNIQUE,
    role        VARCHAR(20) NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    accepted_at TIMESTAMPTZ
);

CREATE TABLE plans (
    id              SERIAL PRIMARY KEY,
    code            VARCHAR(40) NOT NULL UNIQUE,
    display_name    VARCHAR(80) NOT NULL,
    monthly_price_cents INTEGER NOT NULL,
    annual_price_cents  INTEGER,
    currency        CHAR(3) NOT NULL DEFAULT 'USD',
    seat_limit      INTEGER,
    features        JSONB NOT NULL DEFAULT '{}',
    is_public       BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE subscriptions (
    id                  BIGSERIAL PRIMARY KEY,
    org_id              BIGINT NOT NULL REFERENCES organizations(id),
    plan_id             INTEGER NOT NULL REFERENCES plans(id),
    status              VARCHAR(20) NOT NULL,
    seats               INTEGER NOT NULL DEFAULT 1,
    billing_interval    VARCHAR(10) NOT NULL DEFAULT 'month',
    current_period_start TIMESTAMPTZ NOT NULL,
    current_period_end  TIMESTAMPTZ NOT NULL,
    trial_ends_at       TIMESTAMPTZ,
    cancel_at_period_end BOOLEAN NOT NULL DEFAULT false,
    cancellation_reason TEXT,
    external_id         VARCHAR(64)
);
COMMENT ON COLUMN subscriptions.cancellation_reason IS 'Free text from the exit survey';

CREATE TABLE payment_methods (
    id              BIGSERIAL PRIMARY KEY,
    org_id          BIGINT NOT NULL REFERENCES organizations(id),
    added_by_user_id BIGINT REFERENCES users(id),
    processor_ref   VARCHAR(64) NOT NULL,
    card_brand      VARCHAR(20),
    card_last4      CHAR(4),
    exp_month       SMALLINT,
    exp_year        SMALLINT,
    cardholder_name VARCHAR(150),
    billing_postcode VARCHAR(20),
    is_default      BOOLEAN NOT NULL DEFAULT false,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN payment_methods.processor_ref IS 'pm_… payment-method id at the processor';

CREATE TABLE invoices (
    id              BIGSERIAL PRIMARY KEY,
    org_id          BIGINT NOT NULL REFERENCES organizations(id),
    subscription_id BIGINT REFERENCES subscriptions(id),
    number          VARCHAR(30) NOT NULL UNIQUE,
    status          VARCHAR(20) NOT NULL,
    subtotal_cents  INTEGER NOT NULL,
    tax_cents       INTEGER NOT NULL DEFAULT 0,
    total_cents     INTEGER NOT NULL,
    currency        CHAR(3) NOT NULL,
    bill_to_name    VARCHAR(200),
    bill_to_email   VARCHAR(320),
    issued_at       TIMESTAMPTZ,
    paid_at         TIMESTAMPTZ,
    pdf_url         TEXT
);

CREATE TABLE api_tokens (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT NOT NULL REFERENCES users(id),
    name         VARCHAR(80) NOT NULL,
    token_prefix VARCHAR(8) NOT NULL,
    token_hash   CHAR(64) NOT NULL,
    scopes       TEXT[] NOT NULL,
    last_used_at TIMESTAMPTZ,
    expires_at   TIMESTAMPTZ
);

CREATE TABLE audit_log (
    id           BIGSERIAL PRIMARY KEY,
    org_id       BIGINT NOT NULL,
    actor_user_id BIGINT,
    actor_email  VARCHAR(320),
    action       VARCHAR(60) NOT NULL,
    target_type  VARCHAR(40),
    target_id    VARCHAR(64),
    ip_address   INET,
    user_agent   TEXT,
    metadata     JSONB,
    occurred_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_org_time ON audit_log (org_id, occurred_at DESC);
