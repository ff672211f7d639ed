-- dialect: sqlite
-- Grassroots football club & youth league manager (mobile app backend)

CREATE TABLE clubs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  founded_year INTEGER,
  home_ground TEXT,
  ground_address TEXT,
  ground_postcode TEXT,
  website TEXT,
  secretary_name TEXT,
  secretary_email TEXT
);

CREATE TABLE teams (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  club_id INTEGER NOT NULL REFERENCES clubs(id),
  name TEXT NOT NULL,
  age_group TEXT,           -- e.g. U9, U12, Open
  season TEXT NOT NULL,
  head_coach_id INTEGER REFERENCES coaches(id),
  division TEXT
);

CREATE TABLE players (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  club_id INTEGER NOT NULL REFERENCES clubs(id),
  team_id INTEGER REFERENCES teams(id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  preferred_name TEXT,
  date_of_birth TEXT NOT NULL,
  gender TEXT,
  school_name TEXT,
  shirt_number INTEGER,
  position TEXT,
  photo_url TEXT,
  home_address TEXT,
  postcode TEXT,
  fa_registration_no TEXT,     -- league/FA player registration number
  photo_consent INTEGER DEFAULT 0,
  ethnicity TEXT,              -- optional, for diversity reporting
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE guardians (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  player_id INTEGER NOT NULL REFERENCES players(id),
  full_name TEXT NOT NULL,
  relationship TEXT,           -- mother, father, carer
  mobile TEXT,
  email TEXT,
  home_phone TEXT,
  is_primary_contact INTEGER DEFAULT 1,
  can_collect INTEGER DEFAULT 1
);

CREATE TABLE medical_info (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  player_id INTEGER NOT NULL UNIQUE REFERENCES players(id),
  allergies TEXT,
  medications TEXT,
  conditions TEXT,             -- asthma, epilepsy, diabetes ...
  blood_type TEXT,
  gp_name TEXT,
  gp_surgery_phone TEXT,
  nhs_number TEXT,
  emergency_contact_name TEXT,
  emergency_contact_phone TEXT,
  last_concussion_date TEXT,
  updated_at TEXT
);

CREATE TABLE coaches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  club_id INTEGER NOT NULL REFERENCES clubs(id),
  first_name TEXT NOT NULL,
  last_name TEXT NOT NULL,
  email TEXT,
  mobile TEXT,
  dbs_certificate_no TEXT,     -- criminal record check certificate
  dbs_issue_date TEXT,
  coaching_badge TEXT,         -- UEFA C, B, A
  hourly_rate REAL,
  start_date TEXT
);

CREATE TABLE matches (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  home_team_id INTEGER NOT NULL REFERENCES teams(id),
  away_team_id INTEGER NOT NULL REFERENCES teams(id),
  kickoff_at TEXT NOT NULL,
  venue TEXT,
  home_score INTEGER,
  away_score INTEGER,
  referee_name TEXT,
  status TEXT DEFAULT 'scheduled',
  notes TEXT
);

CREATE TABLE match_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  match_id INTEGER NOT NULL REFERENCES matches(id),
  player_id INTEGER REFERENCES players(id),
  minute INTEGER,
  event_type TEXT NOT NULL     -- goal, yellow, red, sub_on, sub_off
);

CREATE TABLE injury_reports (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  player_id INTEGER NOT NULL REFERENCES players(id),
  match_id INTEGER REFERENCES matches(id),
  injury_description TEXT NOT NULL,
  body_part TEXT,
  reported_by_coach_id INTEGER REFERENCES coaches(id),
  return_to_play_date TEXT,
  created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE app_settings (
  key TEXT PRIMARY KEY,
  value TEXT,
  updated_at TEXT
);
