-- dialect: sqlite
-- kindred.match mobile app local/edge database (SQLite)
PRAGMA foreign_keys = ON;

CREATE TABLE members (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  handle TEXT UNIQUE NOT NULL,         -- public screen name
  email TEXT UNIQUE NOT NULL,
  phone_e164 TEXT,
  pw_hash TEXT NOT NULL,
  pw_salt TEXT,
  apple_sub TEXT,                      -- Sign in with Apple subject
  plan_code TEXT DEFAULT 'free' REFERENCES plans(code),
  signup_ip TEXT,
  signup_country TEXT,
  marketing_consent INTEGER DEFAULT 0,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP,
  banned INTEGER DEFAULT 0
);

CREATE TABLE profiles (
  member_id INTEGER PRIMARY KEY REFERENCES members(id),
  first_name TEXT,
  birthdate TEXT,
  gender TEXT,
  orientation TEXT,
  height_cm INTEGER,
  religion TEXT,
  caste_community TEXT,
  mother_tongue TEXT,
  marital_history TEXT,               -- never married / divorced / widowed
  education_level TEXT,
  profession TEXT,
  annual_income_band TEXT,
  smoker TEXT,
  hometown_city TEXT,
  about_me TEXT,
  is_hidden INTEGER DEFAULT 0,
  updated_at TEXT
);

CREATE TABLE photos (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  url TEXT NOT NULL,
  is_primary INTEGER DEFAULT 0,
  blurred_until_match INTEGER DEFAULT 0,
  moderation_status TEXT,
  face_embedding BLOB,
  uploaded_at TEXT
);

CREATE TABLE preferences (
  member_id INTEGER PRIMARY KEY REFERENCES members(id),
  seeking_gender TEXT,
  age_min INTEGER,
  age_max INTEGER,
  max_distance_km INTEGER,
  wants_children TEXT,
  preferred_religion TEXT,
  show_me_in_search INTEGER DEFAULT 1
);

CREATE TABLE locations (
  member_id INTEGER PRIMARY KEY REFERENCES members(id),
  lat REAL,
  lng REAL,
  geohash5 TEXT,
  city_label TEXT,
  refreshed_at TEXT
);

CREATE TABLE swipes (
  swiper_id INTEGER NOT NULL,
  target_id INTEGER NOT NULL,
  direction TEXT CHECK (direction IN ('L','R','S')),
  swiped_at TEXT,
  PRIMARY KEY (swiper_id, target_id)
);

CREATE TABLE messages (
  id INTEGER PRIMARY KEY,
  match_id INTEGER NOT NULL,
  sender_id INTEGER NOT NULL,
  body TEXT,
  attachment_url TEXT,
  sent_at TEXT,
  read_at TEXT,
  deleted_by_sender INTEGER DEFAULT 0
);

CREATE TABLE reports (
  id INTEGER PRIMARY KEY,
  reporter_id INTEGER NOT NULL,
  reported_id INTEGER NOT NULL,
  reason_code TEXT,
  details TEXT,
  reviewed_by TEXT,
  resolution TEXT,
  created_at TEXT
);

CREATE TABLE verifications (
  id INTEGER PRIMARY KEY,
  member_id INTEGER NOT NULL REFERENCES members(id),
  method TEXT,                         -- selfie | id_document
  selfie_video_url TEXT,
  id_doc_type TEXT,
  id_doc_front_url TEXT,
  id_doc_number_hash TEXT,
  liveness_score REAL,
  vendor_ref TEXT,
  verified_at TEXT
);

CREATE TABLE plans (
  code TEXT PRIMARY KEY,
  display_name TEXT,
  monthly_price_cents INTEGER,
  daily_likes INTEGER
);
