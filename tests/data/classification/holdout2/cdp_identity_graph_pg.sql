-- dialect: postgres
-- Marketing customer-data platform: unified profiles, identity graph (hashed
-- emails, mobile ad ids, cookies), consent, clickstream, segments and exports.

CREATE SCHEMA cdp;

CREATE TABLE cdp.profile (
    profile_id        uuid PRIMARY KEY,
    email_sha256      char(64),
    phone_e164_sha256 char(64),
    crm_contact_ref   varchar(40),
    country_iso2      char(2),
    age_band          varchar(8),
    inferred_gender   char(1),
    interests         text[],
    rfm_segment       varchar(16),
    predicted_ltv     numeric(12,2),
    churn_propensity  real,
    first_seen        timestamptz NOT NULL,
    last_seen         timestamptz NOT NULL
);
COMMENT ON COLUMN cdp.profile.crm_contact_ref IS 'contact id in the source CRM (Salesforce 18-char id)';
COMMENT ON COLUMN cdp.profile.inferred_gender IS 'predicted from purchase mix, not declared';

CREATE TABLE cdp.identity_link (
    link_id      bigserial PRIMARY KEY,
    profile_id   uuid NOT NULL REFERENCES cdp.profile (profile_id),
    id_type      varchar(16) NOT NULL,
    id_value     varchar(128) NOT NULL,
    match_method varchar(16) NOT NULL,
    confidence   real NOT NULL,
    linked_at    timestamptz NOT NULL
);
COMMENT ON COLUMN cdp.identity_link.id_type IS 'email_sha256 | idfa | gaid | fp_cookie | crm | loyalty';
COMMENT ON COLUMN cdp.identity_link.match_method IS 'deterministic | probabilistic';

CREATE TABLE cdp.device_identity (
    profile_id        uuid NOT NULL,
    idfa              uuid,
    gaid              uuid,
    fp_cookie         varchar(64),
    tp_cookie         varchar(64),
    last_ip           inet,
    last_ua           text,
    att_status        smallint,
    limit_ad_tracking boolean
);
COMMENT ON COLUMN cdp.device_identity.fp_cookie IS 'first-party _ga style visitor cookie';
COMMENT ON COLUMN cdp.device_identity.att_status IS 'iOS App Tracking Transparency authorisation status';

CREATE TABLE cdp.consent_record (
    consent_id     bigserial PRIMARY KEY,
    profile_id     uuid NOT NULL,
    purpose_code   varchar(24) NOT NULL,
    granted        boolean NOT NULL,
    tcf_string     text,
    gpc_signal     boolean,
    source         varchar(16) NOT NULL,
    policy_version varchar(12) NOT NULL,
    recorded_at    timestamptz NOT NULL
);
COMMENT ON COLUMN cdp.consent_record.tcf_string IS 'IAB TCF v2 consent string from the CMP';
COMMENT ON COLUMN cdp.consent_record.gpc_signal IS 'Global Privacy Control header seen';

CREATE TABLE cdp.web_event (
    event_id      bigserial PRIMARY KEY,
    profile_id    uuid,
    anonymous_id  varchar(64) NOT NULL,
    event_name    varchar(40) NOT NULL,
    page_url      text,
    referrer_url  text,
    utm_campaign  varchar(80),
    search_query  text,
    product_sku   varchar(32),
    revenue       numeric(12,2),
    ip            inet,
    geo_city      varchar(80),
    geo_region    varchar(80),
    client_ts     timestamptz,
    received_ts   timestamptz NOT NULL
);
COMMENT ON COLUMN cdp.web_event.anonymous_id IS 'SDK-generated id kept in localStorage before login';
COMMENT ON COLUMN cdp.web_event.geo_city IS 'resolved from ip at ingest';

CREATE TABLE cdp.segment (
    segment_id     serial PRIMARY KEY,
    name           varchar(80) NOT NULL,
    definition_sql text NOT NULL,
    owner_team     varchar(40),
    member_count   integer,
    refreshed_at   timestamptz
);

CREATE TABLE cdp.segment_member (
    segment_id integer NOT NULL,
    profile_id uuid NOT NULL,
    added_at   timestamptz NOT NULL,
    PRIMARY KEY (segment_id, profile_id)
);

CREATE TABLE cdp.audience_export (
    export_id     bigserial PRIMARY KEY,
    segment_id    integer NOT NULL,
    destination   varchar(32) NOT NULL,
    matched_count integer,
    status        varchar(12) NOT NULL,
    exported_at   timestamptz
);
COMMENT ON COLUMN cdp.audience_export.destination IS 'meta_custom_audience | google_customer_match | ttd';
