-- dialect: postgres
-- Smart-home cloud: households, devices, telemetry, door lock, doorbell camera, voice assistant.
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE home (
    home_id       bigint PRIMARY KEY,
    owner_uid     bigint NOT NULL,
    home_name     varchar(40),
    addr_text     varchar(200),
    geo_lat       double precision,
    geo_lon       double precision,
    tz            varchar(40),
    wifi_ssid     varchar(32),
    member_count  smallint,
    created_at    timestamptz
);

CREATE TABLE device (
    dev_id        bigint PRIMARY KEY,
    home_id       bigint NOT NULL,
    dev_sn        varchar(32) NOT NULL,
    mac           macaddr,
    product_key   varchar(20) NOT NULL,
    fw_ver        varchar(16),
    room_name     varchar(20),
    local_key     varchar(32),
    online        boolean,
    last_seen_ip  inet,
    bind_time     timestamptz
);

CREATE TABLE telemetry (
    dev_id        bigint NOT NULL,
    ts            timestamptz NOT NULL,
    temp_c        real,
    humidity_pct  real,
    power_w       real,
    occupancy     boolean,
    PRIMARY KEY (dev_id, ts)
);

CREATE TABLE lock_credential (
    cred_id       bigint PRIMARY KEY,
    dev_id        bigint NOT NULL,
    slot_no       smallint,
    holder_alias  varchar(20),
    cred_type     smallint,
    fp_template   bytea,
    pin_hash      varchar(64),
    valid_until   timestamptz
);

CREATE TABLE doorbell_event (
    event_id      bigint PRIMARY KEY,
    dev_id        bigint NOT NULL,
    event_type    varchar(16),
    snapshot_key  varchar(128),
    face_embedding real[],
    matched_person varchar(40),
    event_ts      timestamptz
);

CREATE TABLE voice_utterance (
    utt_id        bigint PRIMARY KEY,
    home_id       bigint NOT NULL,
    speaker_vec   bytea,
    asr_text      text,
    audio_key     varchar(128),
    intent        varchar(40),
    utt_ts        timestamptz
);

CREATE TABLE sleep_record (
    rec_id        bigint PRIMARY KEY,
    dev_id        bigint NOT NULL,
    night_of      date,
    avg_heart_rate smallint,
    resp_rate     real,
    deep_sleep_min integer,
    snore_events  integer
);

CREATE TABLE product_model (
    product_key   varchar(20) PRIMARY KEY,
    model_name    varchar(60),
    category      varchar(20),
    manufacturer  varchar(60),
    protocol      varchar(10)
);

COMMENT ON COLUMN home.home_name IS '家庭名称，用户自定义（如"张家"）';
COMMENT ON COLUMN home.tz IS '家庭所在时区';
COMMENT ON COLUMN device.local_key IS 'LAN control key of the device';
COMMENT ON COLUMN lock_credential.holder_alias IS '用户名备注，如"爸爸"';
COMMENT ON COLUMN lock_credential.fp_template IS '指纹特征模板';
COMMENT ON COLUMN doorbell_event.matched_person IS 'label of a known face, set by the owner';
COMMENT ON COLUMN voice_utterance.speaker_vec IS '声纹特征向量，用于区分家庭成员';
COMMENT ON COLUMN sleep_record.snore_events IS '打鼾次数';
