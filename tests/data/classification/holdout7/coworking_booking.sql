-- dialect: sqlite
-- Coworking space & meeting-room booking SaaS
CREATE TABLE workspace_location (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  address TEXT,
  timezone TEXT,
  wifi_ssid TEXT,
  wifi_password TEXT,
  opens_at TEXT,
  closes_at TEXT
);
CREATE TABLE room (
  id INTEGER PRIMARY KEY,
  location_id INTEGER REFERENCES workspace_location(id),
  room_name TEXT,
  capacity INTEGER,
  hourly_credits INTEGER,
  has_video_conf INTEGER DEFAULT 0,
  floor TEXT
);
CREATE TABLE company (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER,
  company_name TEXT,
  vat_number TEXT,
  billing_email TEXT,
  website TEXT,
  plan TEXT,
  monthly_credits INTEGER,
  contract_end DATE
);
CREATE TABLE member (
  id INTEGER PRIMARY KEY,
  company_id INTEGER REFERENCES company(id),
  first_name TEXT,
  last_name TEXT,
  work_email TEXT,
  phone TEXT,
  job_title TEXT,
  linkedin_url TEXT,
  profile_photo TEXT,
  bio TEXT,
  access_card_uid TEXT,
  password_digest TEXT,
  last_login_ip TEXT,
  is_admin INTEGER DEFAULT 0,
  created_at TEXT,
  deleted_at TEXT
);
CREATE TABLE booking (
  id INTEGER PRIMARY KEY,
  room_id INTEGER,
  member_id INTEGER,
  title TEXT,
  starts_at TEXT,
  ends_at TEXT,
  attendee_count INTEGER,
  credits_charged INTEGER,
  recurrence_rule TEXT,
  status TEXT,
  cancel_reason TEXT
);
CREATE TABLE visitor_pass (
  id INTEGER PRIMARY KEY,
  host_member_id INTEGER,
  visitor_name TEXT,
  visitor_email TEXT,
  visitor_company TEXT,
  expected_at TEXT,
  checked_in_at TEXT,
  badge_printed INTEGER,
  signature_png BLOB,
  nda_accepted INTEGER,
  qr_code TEXT
);
CREATE TABLE door_access_log (
  id INTEGER PRIMARY KEY,
  member_id INTEGER,
  door_id TEXT,
  event_time TEXT,
  result TEXT
);
CREATE TABLE webhook_subscription (
  id INTEGER PRIMARY KEY,
  tenant_id INTEGER,
  target_url TEXT,
  signing_secret TEXT,
  events TEXT,
  enabled INTEGER
);
