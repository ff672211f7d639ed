-- A pharmacy feature: prescriptions and the customer's conditions.
CREATE TABLE prescription (
  id           BIGINT PRIMARY KEY,
  member_id    BIGINT NOT NULL,
  diagnosis    TEXT,
  medication   VARCHAR(200),
  issued_at    TIMESTAMP NOT NULL
);
ALTER TABLE member RENAME COLUMN password TO password_hash;
