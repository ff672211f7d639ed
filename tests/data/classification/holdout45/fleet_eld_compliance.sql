-- dialect: sqlite
-- fleetlog.db  (HOS/ELD + driver qualification file), schema v37
-- dumped with `.schema`; indexes and triggers removed

CREATE TABLE carrier (
  carrierId INTEGER PRIMARY KEY AUTOINCREMENT,
  dotNbr TEXT NOT NULL,
  mcNbr TEXT,
  legalNm TEXT NOT NULL,
  dbaNm TEXT,
  addr1 TEXT,
  cty TEXT,
  st TEXT,
  zip TEXT,
  phn TEXT
);

CREATE TABLE drvr (
  drvrId INTEGER PRIMARY KEY AUTOINCREMENT,
  carrierId INTEGER NOT NULL REFERENCES carrier(carrierId),
  empNo TEXT,
  fNm TEXT NOT NULL,
  lNm TEXT NOT NULL,
  dob TEXT,
  ssnEnc BLOB,            -- AES, key in vault
  cdlNo TEXT NOT NULL,
  cdlSt TEXT NOT NULL,
  cdlExp TEXT,
  medCertExp TEXT,        -- DOT med card
  hireDt TEXT,
  termDt TEXT,
  homeAddr1 TEXT,
  homeCty TEXT,
  homeSt TEXT,
  homeZip TEXT,
  cellPh TEXT,
  eml TEXT,
  unionLocal TEXT,
  payRateCpm REAL,
  stat INTEGER NOT NULL DEFAULT 1,
  lastMod TEXT
);

CREATE TABLE drvrLogin (
  loginId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER NOT NULL REFERENCES drvr(drvrId),
  usrNm TEXT NOT NULL UNIQUE,
  pinHash TEXT NOT NULL,
  lastLoginIp TEXT,
  devSerial TEXT,
  appVer TEXT,
  createdTs TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE unit (
  unitId INTEGER PRIMARY KEY AUTOINCREMENT,
  carrierId INTEGER NOT NULL,
  unitNo TEXT NOT NULL,
  vin TEXT,
  plateNo TEXT,
  make TEXT,
  model TEXT,
  yr INTEGER,
  eldSerial TEXT
);

CREATE TABLE dutyStatusEvt (
  evtId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER NOT NULL,
  unitId INTEGER,
  evtTs TEXT NOT NULL,
  dutyCd TEXT NOT NULL,   -- OFF SB D ON YM PC
  lat REAL,
  lon REAL,
  locDesc TEXT,
  odom INTEGER,
  engHrs REAL,
  origin INTEGER,         -- 1 auto 2 driver 3 other user 4 unidentified
  annot TEXT,
  seqId INTEGER
);

CREATE TABLE drugTest (
  testId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER NOT NULL,
  testTyp TEXT,
  collDt TEXT,
  ccfNo TEXT,
  result TEXT,
  substance TEXT,
  mroNm TEXT,
  clrhsRpt INTEGER DEFAULT 0   -- reported to FMCSA Clearinghouse
);

CREATE TABLE accident (
  accId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER,
  unitId INTEGER,
  accDt TEXT,
  accLoc TEXT,
  injuries INTEGER DEFAULT 0,
  fatalities INTEGER DEFAULT 0,
  hazmatRel INTEGER DEFAULT 0,
  citationIssued INTEGER,
  policeRptNo TEXT,
  narrative TEXT,
  preventable INTEGER
);

CREATE TABLE mvr (
  mvrId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER NOT NULL,
  pulledDt TEXT,
  vendorRef TEXT,
  violations TEXT,   -- json
  ptsTotal INTEGER,
  reviewedBy TEXT
);

CREATE TABLE stl (
  stlId INTEGER PRIMARY KEY AUTOINCREMENT,
  drvrId INTEGER NOT NULL,
  periodEnd TEXT,
  miles INTEGER,
  grossPay REAL,
  fuelAdv REAL,
  escrowBal REAL,
  achRtg TEXT,
  achAcct TEXT,
  chkNo TEXT
);

CREATE TABLE sysCfg (
  k TEXT PRIMARY KEY,
  v TEXT,
  updTs TEXT
);
