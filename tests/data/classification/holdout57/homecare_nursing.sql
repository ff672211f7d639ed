-- dialect: sqlite
-- CareLink HC (Cork) legacy schema, migrated from Access 2003. Do not rename columns: VB6 front end still reads them.

CREATE TABLE clntMstr (
  clntID INTEGER PRIMARY KEY AUTOINCREMENT,
  clntFNm TEXT NOT NULL,
  clntSNm TEXT NOT NULL,
  clntDOB TEXT,
  clntSex TEXT,
  ppsn TEXT,
  mdclCardNo TEXT,
  gpNm TEXT,
  addr1 TEXT,
  addr2 TEXT,
  townland TEXT,
  cnty TEXT,
  eircode TEXT,
  phHome TEXT,
  keySafeCd TEXT,
  livesAlone INTEGER DEFAULT 0,
  relig TEXT,
  dnrFlg INTEGER DEFAULT 0,
  mobLvl INTEGER,
  crtDt TEXT DEFAULT CURRENT_TIMESTAMP,
  updDt TEXT,
  actv INTEGER DEFAULT 1
);

CREATE TABLE nokCntct (
  nokID INTEGER PRIMARY KEY,
  clntID INTEGER REFERENCES clntMstr(clntID),
  nokNm TEXT,
  rel TEXT,
  nokPh TEXT,
  nokEml TEXT,
  isPOA INTEGER DEFAULT 0
);

CREATE TABLE carer (
  carerID INTEGER PRIMARY KEY,
  empNo TEXT,
  fNm TEXT,
  sNm TEXT,
  mob TEXT,
  eml TEXT,
  gardaVetDt TEXT,
  gardaVetOutcome TEXT,
  qual TEXT,
  nmbiPin TEXT,
  hrlyRt REAL,
  carReg TEXT,
  hireDt TEXT
);

CREATE TABLE visitSched (
  visitID INTEGER PRIMARY KEY,
  clntID INTEGER,
  carerID INTEGER,
  schdStart TEXT,
  schdEnd TEXT,
  visitTyp TEXT,
  taskCds TEXT,
  stat TEXT
);

CREATE TABLE visitLog (
  logID INTEGER PRIMARY KEY,
  visitID INTEGER,
  chkInTm TEXT,
  chkOutTm TEXT,
  chkInLat REAL,
  chkInLng REAL,
  bpSys INTEGER,
  bpDia INTEGER,
  pulse INTEGER,
  bldGluc REAL,
  notes TEXT,
  incidentFlg INTEGER DEFAULT 0,
  clntSigPng BLOB,
  syncedAt TEXT
);

CREATE TABLE medAdmin (
  medID INTEGER PRIMARY KEY,
  logID INTEGER,
  drugNm TEXT,
  dose TEXT,
  route TEXT,
  givenTm TEXT,
  refusedFlg INTEGER DEFAULT 0,
  witnessID INTEGER
);

CREATE TABLE careplan (
  planID INTEGER PRIMARY KEY,
  clntID INTEGER,
  dx TEXT,
  allergies TEXT,
  cogImpair INTEGER,
  hrsPerWk REAL,
  fundSrc TEXT,
  goalsJson TEXT,
  revDt TEXT
);

CREATE TABLE invc (
  invID INTEGER PRIMARY KEY,
  clntID INTEGER,
  invNo TEXT,
  prdFrom TEXT,
  prdTo TEXT,
  totAmt REAL,
  ddIban TEXT,
  paidDt TEXT
);

CREATE TABLE lkpVisitTyp (
  typCd TEXT PRIMARY KEY,
  typDesc TEXT,
  dfltMins INTEGER
);

CREATE TABLE sysCfg (
  cfgKey TEXT PRIMARY KEY,
  cfgVal TEXT,
  updBy TEXT
);
