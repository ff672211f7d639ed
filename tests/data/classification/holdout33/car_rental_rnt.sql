-- dialect: oracle
-- RNT: counter & fleet system of a UK/EU car-hire franchise (Oracle 12c)
-- legacy naming standard: <=8 char abbreviations, _CD codes, _TS timestamps, _FLG Y/N

CREATE TABLE BRNCH (
  BR_ID              NUMBER(6) NOT NULL PRIMARY KEY,
  BR_CD              VARCHAR2(5) NOT NULL,
  BR_NM              VARCHAR2(80),
  ADDR_LN1           VARCHAR2(120),
  CTY                VARCHAR2(60),
  PST_CD             VARCHAR2(10),
  TEL_NO             VARCHAR2(20),
  GEO_LAT            NUMBER(9,6),
  GEO_LNG            NUMBER(9,6)
);
COMMENT ON COLUMN BRNCH.BR_CD IS 'IATA-style station code, e.g. LHRT1';

CREATE TABLE CORP_ACCT (
  CA_ID              NUMBER(10) NOT NULL PRIMARY KEY,
  CA_NM              VARCHAR2(120) NOT NULL,
  VAT_NO             VARCHAR2(20),
  BILL_ADR           VARCHAR2(250),
  CNTCT_NM           VARCHAR2(100),
  CNTCT_EML          VARCHAR2(120),
  CNTCT_TEL          VARCHAR2(20),
  CR_LMT             NUMBER(12,2),
  DISC_PCT           NUMBER(5,2)
);

CREATE TABLE CUST (
  CUST_ID            NUMBER(12) NOT NULL PRIMARY KEY,
  CUST_NO            VARCHAR2(12) NOT NULL,
  TTL_CD             VARCHAR2(6),
  FRST_NM            VARCHAR2(50),
  LST_NM             VARCHAR2(50),
  BRTH_DT            DATE,
  EML_ADR            VARCHAR2(120),
  MOB_NO             VARCHAR2(20),
  ADDR_LN1           VARCHAR2(120),
  ADDR_LN2           VARCHAR2(120),
  CTY                VARCHAR2(60),
  PST_CD             VARCHAR2(10),
  CNTRY_CD           CHAR(2),
  NATNL_CD           CHAR(2),
  PSPT_NO            VARCHAR2(20),
  PREF_LANG          CHAR(2),
  MKT_OPTIN          CHAR(1) DEFAULT 'N',
  LST_LGN_IP         VARCHAR2(45),
  LOYAL_TIER         CHAR(1),
  DNR_RSN            VARCHAR2(400),
  CA_ID              NUMBER(10),
  CRT_TS             TIMESTAMP DEFAULT SYSTIMESTAMP,
  UPD_TS             TIMESTAMP,
  UPD_USR            VARCHAR2(30),
  DEL_FLG            CHAR(1) DEFAULT 'N'
);
COMMENT ON COLUMN CUST.DNR_RSN IS 'Do-not-rent reason entered by branch manager';

CREATE TABLE DRV_LIC (
  LIC_ID             NUMBER(12) NOT NULL PRIMARY KEY,
  CUST_ID            NUMBER(12) NOT NULL,
  LIC_NO             VARCHAR2(25) NOT NULL,
  ISS_CNTRY          CHAR(2),
  LIC_CLS            VARCHAR2(10),
  EXP_DT             DATE,
  PNLTY_PTS          NUMBER(2),
  DVLA_CHK_CD        VARCHAR2(16),
  IMG_FRNT           BLOB,
  VRFD_FLG           CHAR(1) DEFAULT 'N'
);
COMMENT ON COLUMN DRV_LIC.PNLTY_PTS IS 'Endorsement points from DVLA check';
COMMENT ON COLUMN DRV_LIC.DVLA_CHK_CD IS 'Share-licence check code given by the driver';

CREATE TABLE VEH (
  VEH_ID             NUMBER(10) NOT NULL PRIMARY KEY,
  VIN                CHAR(17) NOT NULL,
  REG_NO             VARCHAR2(10) NOT NULL,
  MAKE               VARCHAR2(30),
  MDL                VARCHAR2(40),
  ACRISS_CD          CHAR(4),
  BR_ID              NUMBER(6),
  STAT_CD            CHAR(2)
);

CREATE TABLE RSV (
  RSV_ID             NUMBER(12) NOT NULL PRIMARY KEY,
  RSV_NO             VARCHAR2(10) NOT NULL,
  CUST_ID            NUMBER(12),
  PU_BR_ID           NUMBER(6),
  DO_BR_ID           NUMBER(6),
  PU_TS              DATE,
  DO_TS              DATE,
  ADD_DRV_NM         VARCHAR2(100),
  EST_AMT            NUMBER(10,2),
  CUST_RMK           VARCHAR2(500),
  CRT_TS             DATE DEFAULT SYSDATE
);

CREATE TABLE RA (
  RA_ID              NUMBER(12) NOT NULL PRIMARY KEY,
  RA_NO              VARCHAR2(12) NOT NULL,
  RSV_ID             NUMBER(12),
  VEH_ID             NUMBER(10),
  OUT_TS             DATE,
  IN_TS              DATE,
  DMG_NOTE           VARCHAR2(2000),
  CC_TKN             VARCHAR2(64),
  CC_L4              CHAR(4),
  CC_EXP             CHAR(4),
  DEP_AMT            NUMBER(10,2),
  TOT_AMT            NUMBER(10,2),
  SIGN_IP            VARCHAR2(45)
);
COMMENT ON COLUMN RA.RA_NO IS 'Rental agreement number';
COMMENT ON COLUMN RA.CC_EXP IS 'MMYY';

CREATE TABLE TLM_EVT (
  EVT_ID             NUMBER(15) NOT NULL PRIMARY KEY,
  VEH_ID             NUMBER(10),
  RA_ID              NUMBER(12),
  EVT_TS             TIMESTAMP,
  EVT_TYP            VARCHAR2(10),
  LAT                NUMBER(9,6),
  LNG                NUMBER(9,6),
  SPD_KMH            NUMBER(3)
);

CREATE TABLE PCN (
  PCN_ID             NUMBER(12) NOT NULL PRIMARY KEY,
  RA_ID              NUMBER(12),
  NTC_REF            VARCHAR2(20),
  ISS_AUTH           VARCHAR2(80),
  OFF_TS             DATE,
  OFF_DESC           VARCHAR2(200),
  FINE_AMT           NUMBER(8,2),
  ADM_FEE            NUMBER(8,2),
  DRV_NM_DSCL        VARCHAR2(100),
  DRV_ADR_DSCL       VARCHAR2(250)
);
COMMENT ON COLUMN PCN.DRV_NM_DSCL IS 'Driver name disclosed to the authority';

CREATE TABLE DMG_CLM (
  CLM_ID             NUMBER(12) NOT NULL PRIMARY KEY,
  RA_ID              NUMBER(12),
  CLM_NO             VARCHAR2(12),
  INJ_FLG            CHAR(1),
  INJ_DESC           VARCHAR2(1000),
  TP_NM              VARCHAR2(100),
  TP_TEL             VARCHAR2(20),
  TP_INS_REF         VARCHAR2(30),
  STMT_TXT           CLOB,
  CLM_AMT            NUMBER(10,2),
  CRT_TS             DATE DEFAULT SYSDATE
);

CREATE TABLE SYS_PARM (
  PARM_KEY           VARCHAR2(40) NOT NULL PRIMARY KEY,
  PARM_VAL           VARCHAR2(400),
  UPD_TS             DATE
);
