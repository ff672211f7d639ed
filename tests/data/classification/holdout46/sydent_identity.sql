-- dialect: sqlite
-- source: matrix-org/sydent 2.6.1 (PyPI matrix-sydent, Apache-2.0): sydent/db/invite_tokens.sql, peers.sql, threepid_associations.sql, threepid_validation.sql verbatim (licence headers and indexes dropped), plus the CREATE TABLE strings of sydent/db/sqlitedb.py for tables without a .sql file

-- sydent/db/invite_tokens.sql
CREATE TABLE IF NOT EXISTS invite_tokens (
    id integer primary key,
    medium varchar(16) not null,
    address varchar(256) not null,
    room_id varchar(256) not null,
    sender varchar(256) not null,
    token varchar(256) not null,
    received_ts bigint, -- When the invite was received by us from the homeserver
    sent_ts bigint -- When the token was sent by us to the user
);

CREATE TABLE IF NOT EXISTS ephemeral_public_keys(
    id integer primary key,
    public_key varchar(256) not null,
    verify_count bigint default 0,
    persistence_ts bigint
);

-- sydent/db/peers.sql
CREATE TABLE IF NOT EXISTS peers (id integer primary key, name varchar(255) not null, port integer default null, lastSentVersion integer, lastPokeSucceededAt integer, active integer not null default 0);

CREATE TABLE IF NOT EXISTS peer_pubkeys (id integer primary key, peername varchar(255) not null, alg varchar(16) not null, key text not null, foreign key (peername) references peers (name));

-- sydent/db/threepid_associations.sql
CREATE TABLE IF NOT EXISTS local_threepid_associations (
    id integer primary key,
    medium varchar(16) not null,
    address varchar(256) not null,
    mxid varchar(256) not null,
    ts integer not null,
    notBefore bigint not null,
    notAfter bigint not null
);

CREATE TABLE IF NOT EXISTS global_threepid_associations (
    id integer primary key,
    medium varchar(16) not null,
    address varchar(256) not null,
    mxid varchar(256) not null,
    ts integer not null,
    notBefore bigint not null,
    notAfter integer not null,
    originServer varchar(255) not null,
    originId integer not null,
    sgAssoc text not null
);

-- sydent/db/threepid_validation.sql
CREATE TABLE IF NOT EXISTS threepid_validation_sessions (id integer primary key, medium varchar(16) not null, address varchar(256) not null, clientSecret varchar(32) not null, validated int default 0, mtime bigint not null);

CREATE TABLE IF NOT EXISTS threepid_token_auths (id integer primary key, validationSession integer not null, token varchar(32) not null, sendAttemptNumber integer not null, foreign key (validationSession) references threepid_validations(id));

-- sydent/db/sqlitedb.py
CREATE TABLE IF NOT EXISTS hashing_metadata (id integer primary key, lookup_pepper varchar(256));

CREATE TABLE accounts(user_id TEXT NOT NULL PRIMARY KEY, created_ts BIGINT NOT NULL, consent_version TEXT);

CREATE TABLE tokens(token TEXT NOT NULL PRIMARY KEY, user_id TEXT NOT NULL);

CREATE TABLE accepted_terms_urls(user_id TEXT NOT NULL, url TEXT NOT NULL);
