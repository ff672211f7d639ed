-- dialect: postgres
-- Observability store: services, hosts, HTTP access logs, distributed-trace
-- spans, metrics, alerts, error events and an admin audit trail.
-- Mostly machine data; a few columns carry end users' request data.

CREATE SCHEMA obs;

CREATE TABLE obs.service (
    service_id      serial PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    owning_team     text NOT NULL,
    repo_url        text,
    tier            smallint NOT NULL,
    oncall_schedule text
);

CREATE TABLE obs.host (
    hostname      text PRIMARY KEY,
    ip_internal   inet NOT NULL,
    mac           macaddr,
    az            text NOT NULL,
    instance_type text,
    kernel        text,
    booted_at     timestamptz
);
COMMENT ON TABLE obs.host IS 'fleet inventory of servers';

CREATE TABLE obs.http_access_log (
    ts              timestamptz NOT NULL,
    trace_id        char(32) NOT NULL,
    span_id         char(16) NOT NULL,
    service         text NOT NULL,
    host            text NOT NULL,
    method          varchar(8) NOT NULL,
    route           text NOT NULL,
    status_code     smallint NOT NULL,
    latency_ms      real NOT NULL,
    bytes_out       bigint,
    client_ip       inet,
    x_forwarded_for text,
    user_agent      text,
    referer         text,
    end_user_id     bigint,
    session_hash    char(64),
    geo_country     char(2)
);
COMMENT ON COLUMN obs.http_access_log.route IS 'route template, e.g. /api/orders/{id}';
COMMENT ON COLUMN obs.http_access_log.session_hash IS 'sha256 of the session cookie value';
COMMENT ON COLUMN obs.http_access_log.geo_country IS 'GeoIP country of client_ip';

CREATE TABLE obs.span (
    trace_id       char(32) NOT NULL,
    span_id        char(16) NOT NULL,
    parent_span_id char(16),
    service        text NOT NULL,
    operation      text NOT NULL,
    start_unix_ns  bigint NOT NULL,
    duration_ns    bigint NOT NULL,
    status         smallint NOT NULL,
    attributes     jsonb,
    PRIMARY KEY (trace_id, span_id)
);

CREATE TABLE obs.metric_point (
    metric  text NOT NULL,
    labels  jsonb NOT NULL,
    ts      timestamptz NOT NULL,
    value   double precision NOT NULL
);

CREATE TABLE obs.alert (
    alert_id      bigserial PRIMARY KEY,
    rule_name     text NOT NULL,
    severity      varchar(8) NOT NULL,
    fired_at      timestamptz NOT NULL,
    resolved_at   timestamptz,
    acked_by      text,
    runbook_url   text
);

CREATE TABLE obs.error_event (
    error_id     bigserial PRIMARY KEY,
    fingerprint  char(40) NOT NULL,
    service      text NOT NULL,
    release      text,
    exc_type     text NOT NULL,
    message      text,
    stacktrace   text,
    user_email   text,
    event_count  integer NOT NULL DEFAULT 1,
    first_seen   timestamptz NOT NULL,
    last_seen    timestamptz NOT NULL
);
COMMENT ON COLUMN obs.error_event.fingerprint IS 'grouping hash of exception type and top frames';
COMMENT ON COLUMN obs.error_event.user_email IS 'email of the signed-in user who hit the error, from the SDK user context';

CREATE TABLE obs.admin_audit (
    event_id     bigserial PRIMARY KEY,
    actor_email  text NOT NULL,
    actor_ip     inet,
    action       text NOT NULL,
    resource     text NOT NULL,
    mfa_method   varchar(12),
    occurred_at  timestamptz NOT NULL
);
COMMENT ON TABLE obs.admin_audit IS 'who did what in the observability console';

CREATE TABLE obs.retention_policy (
    dataset      text PRIMARY KEY,
    keep_days    integer NOT NULL,
    sample_rate  real NOT NULL DEFAULT 1.0,
    pii_scrub    boolean NOT NULL DEFAULT true,
    updated_at   timestamptz NOT NULL
);
