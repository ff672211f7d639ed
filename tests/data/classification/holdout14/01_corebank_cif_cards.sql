-- dialect: oracle
-- CBS R7 customer information file (CIF), deposit accounts and card management.
-- Naming follows the bank's data dictionary abbreviations (DD v4.2).

CREATE TABLE CIF_CUST_MST (
    CUST_NO            NUMBER(12)      NOT NULL,
    BR_CD              VARCHAR2(6)     NOT NULL,
    CUST_TYP_CD        CHAR(1)         DEFAULT 'I',
    TTL_CD             VARCHAR2(4),
    FRST_NM            VARCHAR2(60),
    MID_NM             VARCHAR2(60),
    LST_NM             VARCHAR2(60),
    BRTH_DT            DATE,
    GNDR_CD            CHAR(1),
    MRTL_STS_CD        CHAR(1),
    NATNLTY_CTRY_CD    CHAR(3),
    RES_STS_CD         CHAR(1),
    NAT_ID_NO          VARCHAR2(20),
    TAX_ID_NO          VARCHAR2(20),
    PSPRT_NO           VARCHAR2(20),
    OCCPN_CD           VARCHAR2(6),
    EMPLR_NM           VARCHAR2(100),
    ANN_INCM_AMT       NUMBER(15,2),
    PEP_FLG            CHAR(1)         DEFAULT 'N',
    DCSD_FLG           CHAR(1)         DEFAULT 'N',
    KYC_STS_CD         CHAR(2),
    CUST_SINCE_DT      DATE,
    REC_STS            CHAR(1)         DEFAULT 'A',
    CRT_USR_ID         VARCHAR2(12),
    CRT_TS             TIMESTAMP       DEFAULT SYSTIMESTAMP,
    LST_UPD_TS         TIMESTAMP,
    CONSTRAINT PK_CIF_CUST_MST PRIMARY KEY (CUST_NO)
);

CREATE TABLE CIF_CUST_ADDR (
    ADDR_ID            NUMBER(12)      NOT NULL,
    CUST_NO            NUMBER(12)      NOT NULL,
    ADDR_TYP_CD        CHAR(2),
    ADDR_LN1           VARCHAR2(100),
    ADDR_LN2           VARCHAR2(100),
    CITY_NM            VARCHAR2(50),
    ST_PROV_CD         VARCHAR2(6),
    PSTL_CD            VARCHAR2(12),
    CTRY_CD            CHAR(3),
    PRIM_ADDR_FLG      CHAR(1),
    CRT_TS             TIMESTAMP,
    CONSTRAINT PK_CIF_CUST_ADDR PRIMARY KEY (ADDR_ID),
    CONSTRAINT FK_ADDR_CUST FOREIGN KEY (CUST_NO) REFERENCES CIF_CUST_MST (CUST_NO)
);

CREATE TABLE CIF_CUST_CNTCT (
    CNTCT_ID           NUMBER(12)      NOT NULL,
    CUST_NO            NUMBER(12)      NOT NULL,
    MOB_NO             VARCHAR2(20),
    HOME_PH_NO         VARCHAR2(20),
    OFC_PH_NO          VARCHAR2(20),
    EMAIL_ADDR         VARCHAR2(120),
    PREF_LANG_CD       CHAR(2),
    MKTG_CNSNT_FLG     CHAR(1),
    CRT_TS             TIMESTAMP,
    CONSTRAINT PK_CIF_CUST_CNTCT PRIMARY KEY (CNTCT_ID),
    CONSTRAINT FK_CNTCT_CUST FOREIGN KEY (CUST_NO) REFERENCES CIF_CUST_MST (CUST_NO)
);

CREATE TABLE DDA_ACCT_MST (
    ACCT_ID            NUMBER(12)      NOT NULL,
    ACCT_NO            VARCHAR2(16)    NOT NULL,
    IBAN               VARCHAR2(34),
    CUST_NO            NUMBER(12)      NOT NULL,
    PROD_CD            VARCHAR2(6),
    BR_CD              VARCHAR2(6),
    CCY_CD             CHAR(3),
    ACCT_OPN_DT        DATE,
    ACCT_STS_CD        CHAR(1),
    LDGR_BAL_AMT       NUMBER(18,2),
    AVL_BAL_AMT        NUMBER(18,2),
    LST_TXN_DT         DATE,
    CONSTRAINT PK_DDA_ACCT_MST PRIMARY KEY (ACCT_ID),
    CONSTRAINT UQ_DDA_ACCT_NO UNIQUE (ACCT_NO)
);

CREATE TABLE CRD_CARD_MST (
    CRD_ID             NUMBER(12)      NOT NULL,
    CUST_NO            NUMBER(12)      NOT NULL,
    ACCT_ID            NUMBER(12),
    PAN_ENC            RAW(64),
    PAN_MSK            VARCHAR2(19),
    PAN_HSH            VARCHAR2(64),
    EXP_MM             CHAR(2),
    EXP_YY             CHAR(2),
    CVV2_ENC           RAW(32),
    PIN_OFST           VARCHAR2(12),
    EMBSS_NM           VARCHAR2(26),
    CRD_BRND_CD        CHAR(2),
    CRD_PROD_CD        VARCHAR2(6),
    CRD_STS_CD         CHAR(1),
    CR_LMT_AMT         NUMBER(15,2),
    ISS_DT             DATE,
    CRT_USR_ID         VARCHAR2(12),
    CRT_TS             TIMESTAMP,
    CONSTRAINT PK_CRD_CARD_MST PRIMARY KEY (CRD_ID)
);

CREATE TABLE CRD_AUTH_LOG (
    AUTH_LOG_ID        NUMBER(15)      NOT NULL,
    CRD_ID             NUMBER(12)      NOT NULL,
    TXN_TS             TIMESTAMP,
    TXN_AMT            NUMBER(15,2),
    TXN_CCY_CD         CHAR(3),
    MRCH_NM            VARCHAR2(40),
    MCC_CD             CHAR(4),
    APPRV_CD           VARCHAR2(6),
    RRN                VARCHAR2(12),
    RSP_CD             CHAR(2),
    CONSTRAINT PK_CRD_AUTH_LOG PRIMARY KEY (AUTH_LOG_ID)
);

CREATE TABLE ORG_BR_MST (
    BR_CD              VARCHAR2(6)     NOT NULL,
    BR_NM              VARCHAR2(80),
    BR_ADDR            VARCHAR2(200),
    BR_CITY_NM         VARCHAR2(50),
    BR_PH_NO           VARCHAR2(20),
    BR_MGR_NM          VARCHAR2(80),
    SWIFT_BIC          VARCHAR2(11),
    CONSTRAINT PK_ORG_BR_MST PRIMARY KEY (BR_CD)
);

CREATE TABLE SYS_PARM (
    PARM_KEY           VARCHAR2(60)    NOT NULL,
    PARM_VAL           VARCHAR2(400),
    PARM_DESC          VARCHAR2(200),
    UPD_USR_ID         VARCHAR2(12),
    UPD_TS             TIMESTAMP,
    CONSTRAINT PK_SYS_PARM PRIMARY KEY (PARM_KEY)
);
