-- dialect: sqlite
-- TaxDesk 2009 back-office DB (ported from Access .mdb to SQLite in 2016). Do not rename columns: the VB6 forms bind by name.

CREATE TABLE tblFirm (
  firmID INTEGER PRIMARY KEY AUTOINCREMENT,
  firmName TEXT NOT NULL,
  ein TEXT,
  efin TEXT,
  addr TEXT,
  phone TEXT,
  dtCreated TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tblPreparer (
  preparerID INTEGER PRIMARY KEY AUTOINCREMENT,
  firmID INTEGER NOT NULL REFERENCES tblFirm(firmID),
  fullName TEXT NOT NULL,
  ptin TEXT,              -- IRS preparer tax id number
  loginName TEXT UNIQUE,
  pwdHash TEXT,
  lastLoginIP TEXT,
  commPct REAL DEFAULT 0,
  hireDt TEXT,
  active INTEGER DEFAULT 1
);

CREATE TABLE tblClient (
  clientID INTEGER PRIMARY KEY AUTOINCREMENT,
  firmID INTEGER NOT NULL,
  preparerID INTEGER,
  clientCode TEXT,        -- e.g. SMI0042
  fName TEXT,
  mi TEXT,
  lName TEXT,
  ssn TEXT,
  dob TEXT,
  occup TEXT,
  filingStat INTEGER,     -- 1=S 2=MFJ 3=MFS 4=HOH 5=QW
  phCell TEXT,
  eMail TEXT,
  addr1 TEXT,
  cty TEXT,
  st TEXT,
  zip TEXT,
  ipPin TEXT,             -- IRS identity protection PIN
  dlNum TEXT,
  dlSt TEXT,
  refBy TEXT,
  notes TEXT,
  dtCreated TEXT DEFAULT CURRENT_TIMESTAMP,
  dtModified TEXT,
  delFlag INTEGER DEFAULT 0
);

CREATE TABLE tblSpouse (
  spouseID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL REFERENCES tblClient(clientID),
  fName TEXT,
  lName TEXT,
  ssn TEXT,
  dob TEXT,
  deceasedDt TEXT
);

CREATE TABLE tblDependent (
  depID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL REFERENCES tblClient(clientID),
  fName TEXT,
  lName TEXT,
  ssn TEXT,
  dob TEXT,
  relCd TEXT,
  fullTimeStu INTEGER,
  permDisabled INTEGER
);

CREATE TABLE tblReturn (
  returnID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL,
  taxYr INTEGER NOT NULL,
  frmType TEXT DEFAULT '1040',
  stat TEXT,
  agi NUMERIC,
  totTax NUMERIC,
  refundAmt NUMERIC,
  balDue NUMERIC,
  unionDues NUMERIC,
  charityCash NUMERIC,
  submissionId TEXT,
  ackDt TEXT,
  prepFee NUMERIC,
  preparerID INTEGER,
  reviewedBy TEXT,
  dtCreated TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE tblW2 (
  w2ID INTEGER PRIMARY KEY AUTOINCREMENT,
  returnID INTEGER NOT NULL,
  forSpouse INTEGER DEFAULT 0,
  controlNo TEXT,
  empEIN TEXT,
  empName TEXT,
  wages NUMERIC,
  fedWH NUMERIC,
  stCd TEXT
);

CREATE TABLE tblPayment (
  pmtID INTEGER PRIMARY KEY AUTOINCREMENT,
  returnID INTEGER NOT NULL,
  amt NUMERIC NOT NULL,
  pmtMethod TEXT,         -- CASH, CHK, CC, RT (refund transfer)
  rcptNo TEXT,
  pmtDt TEXT,
  cashierID INTEGER,
  voidFlag INTEGER DEFAULT 0
);

CREATE TABLE tblBankAcct (
  acctID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL,
  bankName TEXT,
  rtn TEXT,
  acctNo TEXT,
  acctTyp TEXT,
  isRefundDest INTEGER DEFAULT 1
);

CREATE TABLE tblDocs (
  docID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL,
  docTyp TEXT,
  fileName TEXT,
  blobPath TEXT,
  idFrontImg BLOB,
  uploadedAt TEXT
);

CREATE TABLE tblConsent7216 (
  consentID INTEGER PRIMARY KEY AUTOINCREMENT,
  clientID INTEGER NOT NULL,
  consentUse INTEGER,
  consentDisclose INTEGER,
  esigName TEXT,
  sigIP TEXT,
  signedDt TEXT
);

CREATE TABLE lkpState (
  stCd TEXT PRIMARY KEY,
  stName TEXT,
  hasIncTax INTEGER
);
