-- dialect: sqlite
-- CrewPro 4.x local DB (manning agency, Manila office) -- migrated from Access 2003 MDB
-- naming kept from the old VB6 forms, do not rename (reports depend on it)

PRAGMA foreign_keys = ON;

CREATE TABLE crewMst (
    crwId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwCd      TEXT NOT NULL UNIQUE,         -- e.g. C-004512
    lstNm      TEXT NOT NULL,
    frstNm     TEXT NOT NULL,
    midNm      TEXT,
    sfx        TEXT,                         -- Jr./III
    bDt        TEXT,
    bPlc       TEXT,
    sex        TEXT CHECK (sex IN ('M','F')),
    civStat    TEXT,
    religion   TEXT,
    nat        TEXT DEFAULT 'FIL',
    hgtCm      REAL,
    wgtKg      REAL,
    bldTyp     TEXT,
    sssNo      TEXT,
    tinNo      TEXT,
    phicNo     TEXT,
    hdmfNo     TEXT,
    mobNo      TEXT,
    emlAdd     TEXT,
    homAdd     TEXT,
    provCd     TEXT,
    rnkCd      TEXT,
    photo      BLOB,
    stat       TEXT DEFAULT 'A',             -- A=available,O=onboard,X=blacklisted
    encBy      TEXT,
    encDt      TEXT DEFAULT CURRENT_TIMESTAMP,
    updDt      TEXT
);

CREATE TABLE crwNok (
    nokId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwId      INTEGER NOT NULL REFERENCES crewMst(crwId),
    nokNm      TEXT NOT NULL,
    rel        TEXT,
    tel        TEXT,
    addr       TEXT,
    isBenef    INTEGER DEFAULT 0
);

CREATE TABLE crwDoc (
    docId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwId      INTEGER NOT NULL REFERENCES crewMst(crwId),
    docTyp     TEXT NOT NULL,                -- PPT, SIRB, SRC, USVISA, SCHENGEN
    docNo      TEXT,
    issDt      TEXT,
    expDt      TEXT,
    issPlc     TEXT,
    visaTyp    TEXT,                         -- C1/D etc, only for visas
    scanPth    TEXT
);

CREATE TABLE medExam (
    medId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwId      INTEGER NOT NULL REFERENCES crewMst(crwId),
    clnCd      TEXT,
    exmDt      TEXT,
    fitStat    TEXT,                         -- FIT / UNFIT / FIT W/ RESTR
    rstrct     TEXT,
    drgAlc     TEXT,
    bmi        REAL,
    validTo    TEXT,
    docFee     REAL,
    encBy      TEXT
);

CREATE TABLE nbiClr (
    clrId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwId      INTEGER NOT NULL REFERENCES crewMst(crwId),
    clrNo      TEXT,
    hitFlg     INTEGER DEFAULT 0,
    caseDtl    TEXT,
    chkDt      TEXT,
    chkBy      TEXT
);

CREATE TABLE prin (
    prinId     INTEGER PRIMARY KEY AUTOINCREMENT,
    prinNm     TEXT NOT NULL,
    ctry       TEXT,
    addr       TEXT,
    cntcPrsn   TEXT,
    cntcEml    TEXT,
    cntcTel    TEXT,
    actv       INTEGER DEFAULT 1
);

CREATE TABLE vsl (
    vslId      INTEGER PRIMARY KEY AUTOINCREMENT,
    vslNm      TEXT NOT NULL,
    imoNo      TEXT,
    flg        TEXT,
    vslTyp     TEXT,
    grt        INTEGER,
    prinId     INTEGER REFERENCES prin(prinId),
    actv       INTEGER DEFAULT 1
);

CREATE TABLE cntrct (
    cntId      INTEGER PRIMARY KEY AUTOINCREMENT,
    crwId      INTEGER NOT NULL REFERENCES crewMst(crwId),
    vslId      INTEGER REFERENCES vsl(vslId),
    rnk        TEXT,
    bscWg      REAL,
    fxOt       REAL,
    lvPy       REAL,
    sgnOnDt    TEXT,
    sgnOffDt   TEXT,
    durMo      INTEGER,
    oecNo      TEXT,
    stat       TEXT,
    encBy      TEXT,
    encDt      TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE allot (
    alId       INTEGER PRIMARY KEY AUTOINCREMENT,
    cntId      INTEGER NOT NULL REFERENCES cntrct(cntId),
    pyeNm      TEXT,
    pyeRel     TEXT,
    bnkCd      TEXT,
    acctNo     TEXT,
    pct        REAL,
    curr       TEXT DEFAULT 'PHP',
    effDt      TEXT
);

CREATE TABLE usrLog (
    logId      INTEGER PRIMARY KEY AUTOINCREMENT,
    usrId      TEXT,
    ipAdd      TEXT,
    evt        TEXT,
    logDt      TEXT DEFAULT CURRENT_TIMESTAMP,
    wsNm       TEXT
);

CREATE TABLE sysPrm (
    prmCd      TEXT PRIMARY KEY,
    prmVal     TEXT,
    dsc        TEXT
);

CREATE TABLE cdTbl (
    cdTyp      TEXT NOT NULL,                -- RANK, RELIGION, PROV, CLINIC ...
    cd         TEXT NOT NULL,
    dsc        TEXT,
    srtOrd     INTEGER,
    actv       INTEGER DEFAULT 1,
    PRIMARY KEY (cdTyp, cd)
);
