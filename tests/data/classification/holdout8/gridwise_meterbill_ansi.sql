-- dialect: ansi
-- GRIDWISE CIS (customer information system) for a municipal electric utility
-- AMI smart-meter reads + billing. Hungarian-prefixed legacy naming, ANSI SQL export.

CREATE TABLE tblTariff (
    strTariffCd     VARCHAR(8)     NOT NULL PRIMARY KEY,
    strDescr        VARCHAR(80)    NOT NULL,
    curRatePerKwh   DECIMAL(8,5)   NOT NULL,
    curFixedChg     DECIMAL(8,2)   NOT NULL,
    strSeason       CHAR(1),
    dtEffective     DATE           NOT NULL
);

CREATE TABLE tblCustomer (
    lngCustID       INTEGER        NOT NULL PRIMARY KEY,
    strAcctNo       VARCHAR(12)    NOT NULL,
    strFirstName    VARCHAR(40),
    strLastName     VARCHAR(40),
    dtBirth         DATE,
    strSSN          CHAR(11),
    strBillEmail    VARCHAR(120),
    strPhoneHome    VARCHAR(20),
    strPhoneMobile  VARCHAR(20),
    strMailAddr1    VARCHAR(100),
    strMailCity     VARCHAR(50),
    strMailState    CHAR(2),
    strMailZip      VARCHAR(10),
    strLangPref     CHAR(2),
    bLifeSupport    SMALLINT       DEFAULT 0,
    bLowIncomeAsst  SMALLINT       DEFAULT 0,
    intCreditScore  SMALLINT,
    strCreatedBy    VARCHAR(20),
    dtCreated       TIMESTAMP
);

CREATE TABLE tblPremise (
    lngPremID       INTEGER        NOT NULL PRIMARY KEY,
    lngCustID       INTEGER,
    strSvcAddr      VARCHAR(100)   NOT NULL,
    dblLat          DOUBLE PRECISION,
    dblLon          DOUBLE PRECISION,
    strPremType     CHAR(3)        NOT NULL,
    strTariffCd     VARCHAR(8),
    strFeederID     VARCHAR(10)
);

CREATE TABLE tblMeter (
    lngMeterID      INTEGER        NOT NULL PRIMARY KEY,
    lngPremID       INTEGER,
    strMeterSerial  VARCHAR(20)    NOT NULL,
    strMfr          VARCHAR(30),
    strFirmwareVer  VARCHAR(16),
    strNicMac       CHAR(17),
    dtInstalled     DATE
);

CREATE TABLE tblIntervalRead (
    lngMeterID      INTEGER        NOT NULL,
    dtReadStart     TIMESTAMP      NOT NULL,
    dblKwh          DECIMAL(10,4),
    dblVoltage      DECIMAL(6,2),
    strQualityFlg   CHAR(1),
    PRIMARY KEY (lngMeterID, dtReadStart)
);

CREATE TABLE tblBill (
    lngBillID       INTEGER        NOT NULL PRIMARY KEY,
    strBillNo       VARCHAR(14)    NOT NULL,
    lngCustID       INTEGER        NOT NULL,
    dtPeriodFrom    DATE,
    dtPeriodTo      DATE,
    curEnergyChg    DECIMAL(10,2),
    curTaxAmt       DECIMAL(10,2),
    curPrevBal      DECIMAL(10,2),
    curTotalDue     DECIMAL(10,2),
    strStatus       CHAR(2)
);

CREATE TABLE tblPayment (
    lngPayID        INTEGER        NOT NULL PRIMARY KEY,
    lngBillID       INTEGER        NOT NULL,
    curAmount       DECIMAL(10,2)  NOT NULL,
    strPayMethod    CHAR(3),
    strCardLast4    CHAR(4),
    strCardExp      CHAR(5),
    strBankRouting  CHAR(9),
    strBankAcct     VARCHAR(17),
    strConfNo       VARCHAR(20),
    dtPaid          TIMESTAMP
);

CREATE TABLE tblDisconnect (
    lngDiscID            INTEGER     NOT NULL PRIMARY KEY,
    lngCustID            INTEGER     NOT NULL,
    dtNotice             DATE,
    strReasonCd          CHAR(3),
    bMedicalCert         SMALLINT    DEFAULT 0,
    strMedCertPhysician  VARCHAR(60),
    txtFieldNotes        VARCHAR(2000),
    strTechID            VARCHAR(10)
);

CREATE TABLE tblWebUser (
    lngWebUserID    INTEGER        NOT NULL PRIMARY KEY,
    lngCustID       INTEGER        NOT NULL,
    strLogin        VARCHAR(50)    NOT NULL,
    strPwdHash      VARCHAR(88),
    strPwdSalt      VARCHAR(24),
    strSecQuestion  VARCHAR(100),
    strSecAnswer    VARCHAR(100),
    strLastIP       VARCHAR(45),
    intFailedLogins SMALLINT       DEFAULT 0,
    dtLastLogin     TIMESTAMP
);
