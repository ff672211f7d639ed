-- dialect: sqlite
-- HajjPro desktop back-office (Delphi client) - sqlite export of prod db
-- NB: legacy names kept for report compatibility

CREATE TABLE tblSubAgent (
  subAgentId INTEGER PRIMARY KEY AUTOINCREMENT,
  agtCode TEXT NOT NULL,
  agtName TEXT NOT NULL,
  motacLicNo TEXT,
  officeTel TEXT,
  picName TEXT,
  picHp TEXT,
  commRate REAL DEFAULT 0.05
);

CREATE TABLE tblPkg (
  pkgId INTEGER PRIMARY KEY AUTOINCREMENT,
  pkgCode TEXT NOT NULL UNIQUE,
  pkgDesc TEXT,
  pkgType TEXT, -- UMR / HJ / HJF
  deptDt TEXT,
  nights INTEGER,
  makkahHtl TEXT,
  madinahHtl TEXT,
  priceQuad NUMERIC,
  seatsLeft INTEGER
);

CREATE TABLE tblJemaah (
  jmhId INTEGER PRIMARY KEY AUTOINCREMENT,
  fNm TEXT NOT NULL,
  binBinti TEXT,
  icNo TEXT,
  ppNo TEXT,
  ppExpDt TEXT,
  dob TEXT,
  sex TEXT,
  mrtlSt TEXT,
  relg TEXT,
  mazhab TEXT,
  occ TEXT,
  addr1 TEXT,
  addr2 TEXT,
  pcode TEXT,
  negeri TEXT,
  hp TEXT,
  emel TEXT,
  th_acct TEXT,
  photoPath TEXT,
  bldGrp TEXT,
  wchairReq INTEGER DEFAULT 0,
  subAgentId INTEGER,
  isDel INTEGER DEFAULT 0,
  crtDt TEXT,
  crtUsr TEXT
);

CREATE TABLE tblMahram (
  mhrmId INTEGER PRIMARY KEY AUTOINCREMENT,
  jmhId INTEGER NOT NULL,
  mhrmJmhId INTEGER,
  rel TEXT,
  mhrmNm TEXT,
  mhrmIcNo TEXT,
  marriageCertNo TEXT
);

CREATE TABLE tblBkg (
  bkgNo TEXT PRIMARY KEY,
  jmhId INTEGER NOT NULL,
  pkgId INTEGER NOT NULL,
  roomTyp TEXT,
  roomNo TEXT,
  totAmt NUMERIC,
  paidAmt NUMERIC,
  bkgSt TEXT,
  rmk TEXT,
  bkgDt TEXT
);

CREATE TABLE tblVisa (
  visaId INTEGER PRIMARY KEY AUTOINCREMENT,
  bkgNo TEXT NOT NULL,
  mofaNo TEXT,
  visaNo TEXT,
  visaSt TEXT,
  issueDt TEXT,
  rejRsn TEXT
);

CREATE TABLE tblVaksin (
  vxId INTEGER PRIMARY KEY AUTOINCREMENT,
  jmhId INTEGER NOT NULL,
  vxCode TEXT, -- MEN-ACYW, FLU, COV
  vxDt TEXT,
  clinicNm TEXT,
  certNo TEXT,
  chronicIll TEXT
);

CREATE TABLE tblRcpt (
  rcptNo TEXT PRIMARY KEY,
  bkgNo TEXT NOT NULL,
  amt NUMERIC NOT NULL,
  payMode TEXT,
  chqNo TEXT,
  payerBankAcc TEXT,
  rcptDt TEXT,
  cashier TEXT
);

CREATE TABLE tblUsr (
  usrId INTEGER PRIMARY KEY AUTOINCREMENT,
  lgnNm TEXT NOT NULL,
  pwdMd5 TEXT,
  fullNm TEXT,
  lvl INTEGER,
  lastLgnIp TEXT,
  lastLgnDt TEXT
);

CREATE TABLE tblCfg (
  cfgKey TEXT PRIMARY KEY,
  cfgVal TEXT
);
