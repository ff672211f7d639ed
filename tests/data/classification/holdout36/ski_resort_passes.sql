-- dialect: sqlite
-- pass office db (migrated from the old Access app, 2011). do not rename cols, the kiosk reads them.
PRAGMA foreign_keys = ON;

CREATE TABLE custMstr (
  custId        INTEGER PRIMARY KEY AUTOINCREMENT,
  acctNo        TEXT NOT NULL UNIQUE,
  fNm           TEXT NOT NULL,
  lNm           TEXT NOT NULL,
  dob           TEXT,
  sexCd         TEXT,
  emailAddr     TEXT,
  homePh        TEXT,
  cellPh        TEXT,
  addr1         TEXT,
  addr2         TEXT,
  cityNm        TEXT,
  provCd        TEXT,
  pstlCd        TEXT,
  ctryCd        TEXT DEFAULT 'CA',
  photoImg      BLOB,
  guardianCustId INTEGER REFERENCES custMstr(custId),  -- set for kids/teens passes
  langPref      TEXT DEFAULT 'en',
  mktgOptIn     INTEGER DEFAULT 0,
  crtDt         TEXT DEFAULT CURRENT_TIMESTAMP,
  updDt         TEXT,
  delFlg        INTEGER DEFAULT 0
);

CREATE TABLE passProd (
  prodId        INTEGER PRIMARY KEY,
  prodCd        TEXT NOT NULL,
  prodDesc      TEXT,
  seasonYr      INTEGER,
  ageBandCd     TEXT,   -- CH 6-12, YT 13-18, AD, SR 65+
  basePrice     NUMERIC(8,2),
  blackoutJson  TEXT,
  activeFlg     INTEGER DEFAULT 1
);

CREATE TABLE passSale (
  saleId        INTEGER PRIMARY KEY AUTOINCREMENT,
  saleNo        TEXT NOT NULL,
  custId        INTEGER NOT NULL REFERENCES custMstr(custId),
  prodId        INTEGER NOT NULL REFERENCES passProd(prodId),
  pricePaid     NUMERIC(8,2),
  discCd        TEXT,
  chanCd        TEXT,
  saleDt        TEXT,
  rfidUid       TEXT
);

CREATE TABLE payCard (
  cardId        INTEGER PRIMARY KEY AUTOINCREMENT,
  custId        INTEGER NOT NULL REFERENCES custMstr(custId),
  cardTok       TEXT,
  last4         TEXT,
  expMo         INTEGER,
  expYr         INTEGER,
  cardBrand     TEXT,
  billPstlCd    TEXT,
  crtDt         TEXT
);

CREATE TABLE lift (
  liftId        INTEGER PRIMARY KEY,
  liftNm        TEXT,
  mtnZone       TEXT,
  lat           REAL,
  lng           REAL,
  vertM         INTEGER
);

CREATE TABLE liftScan (
  scanId        INTEGER PRIMARY KEY AUTOINCREMENT,
  saleId        INTEGER REFERENCES passSale(saleId),
  liftId        INTEGER REFERENCES lift(liftId),
  gateNo        INTEGER,
  scanTs        TEXT,
  snapUrl       TEXT,
  fraudFlg      INTEGER DEFAULT 0
);

CREATE TABLE rentalFit (
  fitId         INTEGER PRIMARY KEY AUTOINCREMENT,
  custId        INTEGER NOT NULL REFERENCES custMstr(custId),
  htCm          INTEGER,
  wtKg          INTEGER,
  skierTypCd    TEXT,
  bootSoleMm    INTEGER,
  dinSetting    REAL,
  waiverSigNm   TEXT,
  waiverIp      TEXT,
  fitDt         TEXT
);

CREATE TABLE instr (
  instrId       INTEGER PRIMARY KEY,
  empNo         TEXT,
  fNm           TEXT,
  lNm           TEXT,
  certLvl       TEXT,
  hrlyRt        NUMERIC(6,2),
  sin           TEXT,
  hireDt        TEXT,
  bankTransit   TEXT,
  bankAcct      TEXT
);

CREATE TABLE lessonBkg (
  bkgId         INTEGER PRIMARY KEY AUTOINCREMENT,
  custId        INTEGER NOT NULL REFERENCES custMstr(custId),
  instrId       INTEGER REFERENCES instr(instrId),
  lessonDt      TEXT,
  lvlCd         TEXT,
  medNotes      TEXT,
  emgCntctNm    TEXT,
  emgCntctPh    TEXT,
  noteTxt       TEXT
);

CREATE TABLE sysParm (
  parmKey       TEXT PRIMARY KEY,
  parmVal       TEXT,
  updBy         TEXT,
  updTs         TEXT
);

CREATE TABLE auditLog (
  logId         INTEGER PRIMARY KEY AUTOINCREMENT,
  usrNm         TEXT,
  actCd         TEXT,
  tblNm         TEXT,
  recId         INTEGER,
  ipAddr        TEXT,
  logTs         TEXT
);

CREATE INDEX ixScanSale ON liftScan(saleId, scanTs);
