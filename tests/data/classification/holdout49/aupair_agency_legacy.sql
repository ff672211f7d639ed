-- dialect: sqlite
-- aupair.db  (migrated from the old Access front-end, 2014; do not rename columns, the VBA forms still bind to them)
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE tblAgencyBranch (
  branchID INTEGER PRIMARY KEY AUTOINCREMENT,
  branchName TEXT NOT NULL,
  addr1 TEXT,
  town TEXT,
  county TEXT,
  eircode TEXT,
  phoneMain TEXT,
  vatNo TEXT,
  mgrUserID INTEGER
);
CREATE TABLE tblHostFamily (
  hfID INTEGER PRIMARY KEY AUTOINCREMENT,
  branchID INTEGER,
  famSurname TEXT,
  parent1FName TEXT,
  parent2FName TEXT,
  addr1 TEXT,
  town TEXT,
  eircode TEXT,
  mobNo TEXT,
  emailAddr TEXT,
  occupP1 TEXT,
  incomeBand TEXT,
  numKids INTEGER,
  petsYN TEXT,
  smokerYN TEXT,
  religion TEXT,
  gardaVetRef TEXT,
  dtCreated TEXT,
  delFlag INTEGER DEFAULT 0
);
CREATE TABLE tblChild (
  childID INTEGER PRIMARY KEY AUTOINCREMENT,
  hfID INTEGER NOT NULL,
  childFName TEXT,
  childDOB TEXT,
  childGender TEXT,
  specNeeds TEXT,
  allergyNotes TEXT,
  schoolName TEXT
);
CREATE TABLE tblAuPair (
  apID INTEGER PRIMARY KEY AUTOINCREMENT,
  givenNm TEXT NOT NULL,
  familyNm TEXT NOT NULL,
  dob TEXT,
  nationality TEXT,
  passportNo TEXT,
  gnibNo TEXT, -- IRP card no. (was GNIB)
  visaType TEXT,
  mobNo TEXT,
  skypeId TEXT,
  emailAddr TEXT,
  homeCountryAddr TEXT,
  drvLicNo TEXT,
  photoFile TEXT,
  videoIntroUrl TEXT,
  dietReq TEXT,
  motherTongue TEXT,
  engLevel TEXT,
  srcChannel TEXT,
  partnerAgencyID INTEGER,
  statusCd TEXT,
  dtCreated TEXT,
  dtModified TEXT
);
CREATE TABLE tblPlacement (
  plcID INTEGER PRIMARY KEY AUTOINCREMENT,
  apID INTEGER NOT NULL,
  hfID INTEGER NOT NULL,
  startDt TEXT,
  endDt TEXT,
  wklyPocketMoney REAL,
  hrsPerWeek INTEGER,
  roomDesc TEXT,
  contractSigned INTEGER DEFAULT 0,
  plcStatus TEXT
);
CREATE TABLE tblReference (
  refID INTEGER PRIMARY KEY AUTOINCREMENT,
  apID INTEGER NOT NULL,
  refName TEXT,
  refRelation TEXT,
  refPhone TEXT,
  refText TEXT,
  verifiedBy TEXT,
  verifiedDt TEXT
);
CREATE TABLE tblIncident (
  incID INTEGER PRIMARY KEY AUTOINCREMENT,
  plcID INTEGER,
  reportedBy TEXT,
  incDt TEXT,
  category TEXT,
  details TEXT,
  policeInvolved INTEGER,
  closedDt TEXT
);
CREATE TABLE tblPayment (
  payID INTEGER PRIMARY KEY AUTOINCREMENT,
  hfID INTEGER,
  amt REAL,
  payMethod TEXT,
  iban TEXT,
  payDt TEXT,
  invoiceNo TEXT
);
CREATE TABLE tblFeeSchedule (
  feeID INTEGER PRIMARY KEY,
  feeCode TEXT,
  descr TEXT,
  amountEur REAL,
  validFrom TEXT
);
CREATE TABLE tblLkpCountry (
  ctryCode TEXT PRIMARY KEY,
  ctryName TEXT,
  visaReqd INTEGER,
  euMember INTEGER
);
CREATE TABLE tblUser (
  userID INTEGER PRIMARY KEY AUTOINCREMENT,
  loginNm TEXT UNIQUE,
  pwdMd5 TEXT,
  lastLogin TEXT,
  lastIP TEXT,
  isAdmin INTEGER DEFAULT 0,
  branchID INTEGER
);
CREATE TABLE tblSysConfig (
  cfgKey TEXT PRIMARY KEY,
  cfgVal TEXT,
  cfgDesc TEXT
);
CREATE INDEX ixAuPairNm ON tblAuPair(familyNm, givenNm);
COMMIT;
