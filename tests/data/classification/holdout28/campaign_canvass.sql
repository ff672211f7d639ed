-- dialect: sqlite
-- fieldkit offline store (v14). Synced to HQ via /api/sync. DO NOT edit by hand, see migrations.ts

CREATE TABLE campaign (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  orgName TEXT NOT NULL,
  fecCommitteeId TEXT,
  cycleYr INTEGER NOT NULL,
  officeSought TEXT,
  createdAt TEXT DEFAULT (datetime('now'))
);

CREATE TABLE voter (
  id INTEGER PRIMARY KEY,
  campaignId INTEGER NOT NULL REFERENCES campaign(id),
  sosVoterId TEXT,
  firstName TEXT,
  lastName TEXT,
  midInit TEXT,
  birthYr INTEGER,
  gender TEXT,
  resAddr1 TEXT,
  resCity TEXT,
  resZip TEXT,
  pct TEXT,
  partyAffil TEXT,
  vHist TEXT,
  lat REAL,
  lng REAL,
  phoneCell TEXT,
  phoneLand TEXT,
  emailAddr TEXT,
  dnc INTEGER DEFAULT 0,
  hhId INTEGER,
  lastUpd TEXT
);

CREATE TABLE household (
  id INTEGER PRIMARY KEY,
  addrHash TEXT UNIQUE,
  unitCnt INTEGER,
  turfId INTEGER
);

CREATE TABLE turf (
  id INTEGER PRIMARY KEY,
  campaignId INTEGER,
  turfName TEXT,
  geojson TEXT,
  assignedVolId INTEGER
);

CREATE TABLE volunteer (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  campaignId INTEGER NOT NULL,
  fName TEXT NOT NULL,
  lName TEXT,
  mobile TEXT,
  email TEXT,
  pwHash TEXT,
  authTok TEXT,
  unionLocal TEXT,
  u18 INTEGER DEFAULT 0,
  tshirt TEXT,
  createdAt TEXT
);

-- one row per door knock / phone attempt
CREATE TABLE contactAttempt (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  voterId INTEGER NOT NULL,
  volId INTEGER,
  ts TEXT NOT NULL,
  chan TEXT,
  res TEXT,
  supportLvl INTEGER,
  topIssue TEXT,
  notes TEXT,
  gpsLat REAL,
  gpsLng REAL,
  gpsAcc REAL,
  devId TEXT,
  synced INTEGER DEFAULT 0
);

CREATE TABLE donation (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  campaignId INTEGER,
  voterId INTEGER,
  amtCents INTEGER NOT NULL,
  rcvdAt TEXT,
  employer TEXT,
  occupation TEXT,
  cardLast4 TEXT,
  procTxnId TEXT,
  recurring INTEGER DEFAULT 0,
  refunded INTEGER DEFAULT 0
);

CREATE TABLE event (
  id INTEGER PRIMARY KEY,
  campaignId INTEGER,
  title TEXT,
  venue TEXT,
  startsAt TEXT,
  cap INTEGER
);

CREATE TABLE eventRsvp (
  id INTEGER PRIMARY KEY,
  eventId INTEGER,
  voterId INTEGER,
  rsvp TEXT,
  dietary TEXT,
  accessNeeds TEXT,
  checkinAt TEXT
);

CREATE TABLE syncQueue (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity TEXT,
  entityId INTEGER,
  op TEXT,
  payload TEXT,
  queuedAt TEXT,
  tries INTEGER DEFAULT 0
);

CREATE TABLE appCfg (
  k TEXT PRIMARY KEY,
  v TEXT
);

CREATE INDEX voter_hh ON voter(hhId);
CREATE INDEX ca_voter ON contactAttempt(voterId);
