-- A shop's first migration: members and their addresses.
CREATE TABLE member (
  id          BIGINT PRIMARY KEY,
  username    VARCHAR(64) NOT NULL,
  password    VARCHAR(100) NOT NULL,
  mobile      VARCHAR(20),
  created_at  TIMESTAMP NOT NULL
);

CREATE TABLE member_address (
  id          BIGINT PRIMARY KEY,
  member_id   BIGINT NOT NULL REFERENCES member (id),
  receiver    VARCHAR(64),
  phone       VARCHAR(20),
  detail      VARCHAR(255)
);
