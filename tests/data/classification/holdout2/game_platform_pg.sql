-- dialect: postgres
-- Online game platform: accounts, real-name verification and anti-addiction
-- controls for minors (防沉迷), top-ups, chat. Schemas per bounded context;
-- descriptions live in COMMENT ON.

CREATE SCHEMA acct;
CREATE SCHEMA pay;
CREATE SCHEMA social;
CREATE SCHEMA game;

CREATE TABLE acct.player (
    player_id      bigserial PRIMARY KEY,
    login_name     varchar(32) NOT NULL UNIQUE,
    nickname       varchar(24) NOT NULL,
    pwd_hash       varchar(100) NOT NULL,
    pwd_salt       varchar(32) NOT NULL,
    bind_mobile    varchar(20),
    bind_email     varchar(128),
    avatar_url     text,
    birthday       date,
    gender         smallint,
    reg_ip         inet,
    reg_device_id  varchar(64),
    reg_channel    varchar(16),
    server_region  varchar(16) NOT NULL,
    vip_level      smallint NOT NULL DEFAULT 0,
    status         smallint NOT NULL DEFAULT 1,
    last_login_at  timestamptz,
    created_at     timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE acct.player IS '玩家账号';
COMMENT ON COLUMN acct.player.reg_channel IS 'distribution channel code, e.g. taptap, appstore';
COMMENT ON COLUMN acct.player.server_region IS 'game shard, e.g. cn-east-2';

CREATE TABLE acct.realname_auth (
    auth_id          bigserial PRIMARY KEY,
    player_id        bigint NOT NULL REFERENCES acct.player (player_id),
    real_name        varchar(40) NOT NULL,
    id_card_no       varchar(18) NOT NULL,
    is_minor         boolean NOT NULL,
    age_at_auth      smallint,
    guardian_name    varchar(40),
    guardian_id_card varchar(18),
    guardian_mobile  varchar(20),
    auth_channel     varchar(16) NOT NULL,
    auth_ref         varchar(64),
    face_score       numeric(5,4),
    verified_at      timestamptz NOT NULL
);
COMMENT ON TABLE acct.realname_auth IS '实名认证记录（对接国家新闻出版署防沉迷实名认证系统）';
COMMENT ON COLUMN acct.realname_auth.auth_ref IS '认证平台返回的请求流水号';
COMMENT ON COLUMN acct.realname_auth.face_score IS '人脸比对相似度';

CREATE TABLE acct.playtime_ledger (
    ledger_id          bigserial PRIMARY KEY,
    player_id          bigint NOT NULL,
    play_date          date NOT NULL,
    online_seconds     integer NOT NULL DEFAULT 0,
    session_count      integer NOT NULL DEFAULT 0,
    curfew_kick_count  integer NOT NULL DEFAULT 0,
    limit_minutes      integer NOT NULL
);
COMMENT ON TABLE acct.playtime_ledger IS '防沉迷：未成年人每日游戏时长台账';

CREATE TABLE acct.ban_record (
    ban_id        bigserial PRIMARY KEY,
    player_id     bigint NOT NULL,
    reason_code   varchar(16) NOT NULL,
    evidence_text text,
    ban_until     timestamptz,
    operator      varchar(32) NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN acct.ban_record.evidence_text IS 'GM note: what the player did';

CREATE TABLE pay.recharge_order (
    order_no          varchar(32) PRIMARY KEY,
    player_id         bigint NOT NULL,
    product_sku       varchar(32) NOT NULL,
    amount_cents      integer NOT NULL,
    currency          char(3) NOT NULL DEFAULT 'CNY',
    pay_channel       varchar(16) NOT NULL,
    channel_trade_no  varchar(64),
    client_ip         inet,
    month_total_cents integer,
    status            smallint NOT NULL,
    refund_reason     text,
    paid_at           timestamptz
);
COMMENT ON COLUMN pay.recharge_order.month_total_cents IS 'running monthly top-up total, checked against the minor spending cap';
COMMENT ON COLUMN pay.recharge_order.refund_reason IS 'reason typed by the player or parent when asking for a refund';

CREATE TABLE social.chat_message (
    msg_id           bigserial PRIMARY KEY,
    channel_type     smallint NOT NULL,
    sender_id        bigint NOT NULL,
    receiver_id      bigint,
    content          text NOT NULL,
    client_ip        inet,
    moderation_label varchar(16),
    is_recalled      boolean NOT NULL DEFAULT false,
    sent_at          timestamptz NOT NULL
);
COMMENT ON COLUMN social.chat_message.channel_type IS '1 world 2 guild 3 whisper';

CREATE TABLE social.friend (
    player_id   bigint NOT NULL,
    friend_id   bigint NOT NULL,
    remark_name varchar(24),
    intimacy    integer NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (player_id, friend_id)
);
COMMENT ON COLUMN social.friend.remark_name IS '备注名: what the player calls this friend';

CREATE TABLE social.guild (
    guild_id   serial PRIMARY KEY,
    guild_name varchar(24) NOT NULL UNIQUE,
    leader_id  bigint NOT NULL,
    notice     text,
    level      smallint NOT NULL DEFAULT 1,
    member_cap smallint NOT NULL DEFAULT 50
);

CREATE TABLE game.item_def (
    item_id    integer PRIMARY KEY,
    item_code  varchar(32) NOT NULL,
    name_zh    varchar(64) NOT NULL,
    name_en    varchar(64),
    rarity     smallint NOT NULL,
    stack_max  integer NOT NULL DEFAULT 1,
    price_gold integer,
    tradable   boolean NOT NULL DEFAULT true
);
