-- dialect: sqlite
-- InkBook v1 (legacy) - studio booking db, Leeds & York shops
-- schema dump from inkbook.db

CREATE TABLE tblStudio (
  studioId INTEGER PRIMARY KEY AUTOINCREMENT,
  studioName TEXT NOT NULL,
  addr1 TEXT,
  postcode TEXT,
  phone TEXT,
  councilLicNo TEXT,  -- premises registration, LCC
  vatNo TEXT
);

CREATE TABLE tblArtist (
  artId INTEGER PRIMARY KEY AUTOINCREMENT,
  studioId INTEGER NOT NULL REFERENCES tblStudio(studioId),
  artFName TEXT NOT NULL,
  artLName TEXT,
  artNick TEXT,
  artMob TEXT,
  artIG TEXT,
  artRegNo TEXT,      -- personal tattooist registration cert
  commPct REAL DEFAULT 50.0,
  hepBVacc INTEGER DEFAULT 0,
  startDt TEXT,
  active INTEGER DEFAULT 1
);

CREATE TABLE tblClient (
  cliId INTEGER PRIMARY KEY AUTOINCREMENT,
  cliFName TEXT NOT NULL,
  cliSName TEXT NOT NULL,
  cliDOB TEXT,
  cliMob TEXT,
  cliEmail TEXT,
  cliAddr1 TEXT,
  cliTown TEXT,
  cliPcode TEXT,
  howHeard TEXT,
  mktgOK INTEGER DEFAULT 0,
  idVerified INTEGER DEFAULT 0,
  idDocType TEXT,     -- DL / PP / CITIZENCARD
  idDocRef TEXT,
  notes TEXT,
  loyaltyPts INTEGER DEFAULT 0,
  createdTs TEXT DEFAULT CURRENT_TIMESTAMP,
  updTs TEXT,
  delFlag INTEGER DEFAULT 0
);

CREATE TABLE tblMinorConsent (
  mcId INTEGER PRIMARY KEY AUTOINCREMENT,
  cliId INTEGER NOT NULL REFERENCES tblClient(cliId),
  grdName TEXT NOT NULL,
  grdRel TEXT,
  grdIdRef TEXT,
  grdSig BLOB,
  witnessBy TEXT
);

CREATE TABLE tblMedQ (
  mqId INTEGER PRIMARY KEY AUTOINCREMENT,
  cliId INTEGER NOT NULL,
  apptId INTEGER,
  diabetic INTEGER,
  epilepsy INTEGER,
  haemophilia INTEGER,
  bloodThinners INTEGER,
  pregnant INTEGER,
  hivHepStat TEXT,
  skinCond TEXT,
  latexAllergy INTEGER,
  otherMed TEXT,
  signedTs TEXT
);

CREATE TABLE tblAppt (
  apptId INTEGER PRIMARY KEY AUTOINCREMENT,
  cliId INTEGER NOT NULL,
  artId INTEGER NOT NULL,
  studioId INTEGER NOT NULL,
  slotStart TEXT NOT NULL,
  durMins INTEGER DEFAULT 60,
  svcCode TEXT,       -- TAT / PRC / LSR
  placement TEXT,
  quote REAL,
  depAmt REAL,
  bookedVia TEXT,
  noShow INTEGER DEFAULT 0,
  status TEXT DEFAULT 'BKD'
);

CREATE TABLE tblDesign (
  dsgId INTEGER PRIMARY KEY AUTOINCREMENT,
  apptId INTEGER NOT NULL,
  refImgPath TEXT,
  stencilPath TEXT,
  dsgDesc TEXT,
  healedPhoto TEXT,
  portfolioOK INTEGER DEFAULT 0,
  createdTs TEXT
);

CREATE TABLE tblPay (
  payId INTEGER PRIMARY KEY AUTOINCREMENT,
  apptId INTEGER NOT NULL,
  amt REAL NOT NULL,
  payMeth TEXT,
  refundSortCode TEXT,
  refundAcctNo TEXT,
  payRef TEXT,
  tipAmt REAL DEFAULT 0,
  payTs TEXT
);

CREATE TABLE tblAftercare (
  acId INTEGER PRIMARY KEY AUTOINCREMENT,
  apptId INTEGER NOT NULL,
  msgChannel TEXT,
  msgBody TEXT,
  sentTs TEXT,
  reply TEXT,
  infectionRptd INTEGER DEFAULT 0
);

CREATE TABLE tblCfg (
  cfgKey TEXT PRIMARY KEY,
  cfgVal TEXT,
  chgBy TEXT,
  chgTs TEXT
);
