-- dialect: tsql
-- Parish / church membership database migrated from an Access front end:
-- Hungarian-notation columns (str, dt, b, cur, lng, mem, img), tbl prefixes.

CREATE TABLE tblFamily (
    lngFamilyID     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    strFamilyName   NVARCHAR(80)  NOT NULL,
    strSalutation   NVARCHAR(120) NULL,
    strEnvelopeNo   VARCHAR(8)    NULL,
    bMailingList    BIT           NOT NULL DEFAULT 1
);

CREATE TABLE tblMember (
    lngMemberID         INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    lngFamilyID         INT           NULL REFERENCES tblFamily (lngFamilyID),
    strFamilyRole       VARCHAR(12)   NULL,
    strTitle            NVARCHAR(10)  NULL,
    strFirstName        NVARCHAR(40)  NOT NULL,
    strMiddleName       NVARCHAR(40)  NULL,
    strLastName         NVARCHAR(40)  NOT NULL,
    strGoesBy           NVARCHAR(40)  NULL,
    dtBirth             DATE          NULL,
    strGender           CHAR(1)       NULL,
    strMaritalStatus    VARCHAR(10)   NULL,
    dtWedding           DATE          NULL,
    strAddress1         NVARCHAR(100) NULL,
    strAddress2         NVARCHAR(100) NULL,
    strCity             NVARCHAR(50)  NULL,
    strState            CHAR(2)       NULL,
    strZip              VARCHAR(10)   NULL,
    strHomePhone        VARCHAR(20)   NULL,
    strCellPhone        VARCHAR(20)   NULL,
    strEmail            NVARCHAR(120) NULL,
    imgPhoto            VARBINARY(MAX) NULL,
    strEmployer         NVARCHAR(80)  NULL,
    strOccupation       NVARCHAR(60)  NULL,
    strMemberStatus     VARCHAR(12)   NOT NULL,
    dtJoined            DATE          NULL,
    bBaptized           BIT           NOT NULL DEFAULT 0,
    dtBaptism           DATE          NULL,
    strPrevDenomination NVARCHAR(60)  NULL,
    bDeceased           BIT           NOT NULL DEFAULT 0,
    dtLastUpdated       DATETIME      NULL,
    strUpdatedBy        VARCHAR(20)   NULL
);

CREATE TABLE tblDonation (
    lngDonationID   INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    lngMemberID     INT          NOT NULL,
    dtGift          DATE         NOT NULL,
    curAmount       MONEY        NOT NULL,
    strFund         VARCHAR(30)  NOT NULL,
    strMethod       VARCHAR(10)  NOT NULL,
    strCheckNo      VARCHAR(10)  NULL,
    strAcctLast4    CHAR(4)      NULL,
    bReceiptSent    BIT          NOT NULL DEFAULT 0
);

CREATE TABLE tblPastoralCare (
    lngCareID        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    lngMemberID      INT           NOT NULL,
    lngPastorID      INT           NOT NULL,
    dtVisit          DATE          NOT NULL,
    strVisitType     VARCHAR(12)   NOT NULL,
    memNotes         NVARCHAR(MAX) NULL,
    memPrayerRequest NVARCHAR(MAX) NULL,
    bConfidential    BIT           NOT NULL DEFAULT 1
);

CREATE TABLE tblVolunteer (
    lngVolunteerID   INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    lngMemberID      INT          NOT NULL,
    strMinistry      VARCHAR(30)  NOT NULL,
    dtBgCheck        DATE         NULL,
    strBgCheckResult VARCHAR(20)  NULL
);

CREATE TABLE tblChildCheckin (
    lngCheckinID      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    lngChildID        INT          NOT NULL,
    strChildFirstName NVARCHAR(40) NOT NULL,
    strAllergies      NVARCHAR(200) NULL,
    strPickupCode     CHAR(4)      NOT NULL,
    strGuardianPhone  VARCHAR(20)  NULL,
    strRoom           VARCHAR(20)  NOT NULL,
    dtCheckin         DATETIME     NOT NULL
);

CREATE TABLE tblSmallGroup (
    lngGroupID     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    strGroupName   NVARCHAR(60) NOT NULL,
    strMeetingDay  VARCHAR(9)   NULL,
    strLocation    NVARCHAR(80) NULL,
    lngLeaderID    INT          NULL,
    bActive        BIT          NOT NULL DEFAULT 1
);
