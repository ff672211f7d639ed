-- dialect: postgres
-- Email-marketing / newsletter SaaS (multi-tenant)

CREATE SCHEMA IF NOT EXISTS mail;

CREATE TABLE mail.accounts (
    id bigserial PRIMARY KEY,
    company_name text NOT NULL,
    sending_domain text,
    plan text NOT NULL DEFAULT 'free',
    dkim_private_key text,
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mail.users (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES mail.accounts(id),
    email citext NOT NULL UNIQUE,
    password_digest text NOT NULL,
    full_name text,
    totp_secret text,
    last_sign_in_ip inet,
    role text NOT NULL DEFAULT 'editor',
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE mail.lists (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES mail.accounts(id),
    name text NOT NULL,
    double_opt_in boolean NOT NULL DEFAULT true,
    from_address text,
    created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN mail.lists.from_address IS 'Sender mailbox used for this list, e.g. news@brand.example';

CREATE TABLE mail.subscribers (
    id bigserial PRIMARY KEY,
    list_id bigint NOT NULL REFERENCES mail.lists(id),
    email citext NOT NULL,
    email_sha256 bytea,
    first_name text,
    last_name text,
    country char(2),
    language varchar(8),
    custom_fields jsonb NOT NULL DEFAULT '{}',
    status text NOT NULL DEFAULT 'pending',
    consent_ip inet,
    consent_text_version text,
    subscribed_at timestamptz,
    unsubscribed_at timestamptz,
    source text
);
COMMENT ON COLUMN mail.subscribers.custom_fields IS 'Merge fields set per subscriber (birthday, company, interests ...)';
COMMENT ON COLUMN mail.subscribers.status IS 'pending / subscribed / unsubscribed / cleaned';
COMMENT ON COLUMN mail.subscribers.source IS 'Signup form id, import batch or API';

CREATE TABLE mail.campaigns (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES mail.accounts(id),
    subject text NOT NULL,
    preheader text,
    html_body text,
    sent_at timestamptz,
    recipients_count integer,
    status text NOT NULL DEFAULT 'draft'
);

CREATE TABLE mail.sends (
    id bigserial PRIMARY KEY,
    campaign_id bigint NOT NULL REFERENCES mail.campaigns(id),
    subscriber_id bigint NOT NULL REFERENCES mail.subscribers(id),
    message_id text,
    sent_at timestamptz,
    bounce_type text,
    bounce_diagnostic text
);
COMMENT ON COLUMN mail.sends.bounce_diagnostic IS 'SMTP diagnostic returned by the remote server';

CREATE TABLE mail.opens (
    id bigserial PRIMARY KEY,
    send_id bigint NOT NULL REFERENCES mail.sends(id),
    opened_at timestamptz NOT NULL,
    ip inet,
    user_agent text,
    geo_city text,
    is_machine_open boolean NOT NULL DEFAULT false
);

CREATE TABLE mail.clicks (
    id bigserial PRIMARY KEY,
    send_id bigint NOT NULL REFERENCES mail.sends(id),
    url text NOT NULL,
    clicked_at timestamptz NOT NULL,
    ip inet,
    user_agent text
);

CREATE TABLE mail.suppressions (
    id bigserial PRIMARY KEY,
    account_id bigint NOT NULL REFERENCES mail.accounts(id),
    email citext NOT NULL,
    reason text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
