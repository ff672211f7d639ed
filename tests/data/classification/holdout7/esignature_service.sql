-- dialect: ansi
-- Legal e-signature service
CREATE TABLE account_org (
  org_id INTEGER PRIMARY KEY,
  org_name VARCHAR(160),
  billing_plan VARCHAR(20),
  seats INTEGER,
  data_region VARCHAR(10),
  created_at TIMESTAMP
);
CREATE TABLE sender_user (
  user_id INTEGER PRIMARY KEY,
  org_id INTEGER,
  full_name VARCHAR(120),
  email VARCHAR(200),
  api_key_hash VARCHAR(128),
  mfa_secret VARCHAR(64),
  locale VARCHAR(10),
  role VARCHAR(20)
);
CREATE TABLE envelope (
  envelope_id CHAR(36) PRIMARY KEY,
  org_id INTEGER,
  sender_user_id INTEGER,
  subject VARCHAR(200),
  message_to_signers VARCHAR(2000),
  document_sha256 CHAR(64),
  page_count INTEGER,
  status VARCHAR(16),
  sent_at TIMESTAMP,
  completed_at TIMESTAMP,
  expires_at TIMESTAMP
);
CREATE TABLE signer (
  signer_id INTEGER PRIMARY KEY,
  envelope_id CHAR(36),
  routing_order INTEGER,
  signer_name VARCHAR(120),
  signer_email VARCHAR(200),
  signer_phone VARCHAR(20),
  access_code_hash VARCHAR(128),
  signing_link_token VARCHAR(64),
  signature_image BLOB,
  initials_text VARCHAR(8),
  signed_at TIMESTAMP,
  decline_reason VARCHAR(500)
);
CREATE TABLE audit_trail (
  audit_id BIGINT PRIMARY KEY,
  envelope_id CHAR(36),
  signer_id INTEGER,
  action VARCHAR(30),
  actor_email VARCHAR(200),
  ip_address VARCHAR(45),
  user_agent VARCHAR(400),
  geo_city VARCHAR(80),
  occurred_at TIMESTAMP,
  evidence_hash CHAR(64)
);
CREATE TABLE id_verification (
  verification_id INTEGER PRIMARY KEY,
  signer_id INTEGER,
  method VARCHAR(20),
  document_type VARCHAR(20),
  document_number VARCHAR(30),
  issuing_country CHAR(2),
  document_front_url VARCHAR(400),
  selfie_url VARCHAR(400),
  face_match_score DECIMAL(5,4),
  liveness_passed BOOLEAN,
  vendor_reference VARCHAR(60),
  verified_at TIMESTAMP
);
CREATE TABLE template_field (
  field_id INTEGER PRIMARY KEY,
  template_id INTEGER,
  field_label VARCHAR(80),
  field_type VARCHAR(20),
  page_no INTEGER,
  x_pos DECIMAL(6,2),
  y_pos DECIMAL(6,2),
  required BOOLEAN
);
