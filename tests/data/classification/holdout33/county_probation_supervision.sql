-- dialect: tsql
-- County adult & juvenile probation supervision system (SQL Server 2019)
-- Generated from the data-tier project; extended properties omitted

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

-- Probation officers and supervisors
CREATE TABLE dbo.[Officer] (
    [OfficerID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [BadgeNo] varchar(10) NOT NULL,
    [FirstName] nvarchar(50) NOT NULL,
    [LastName] nvarchar(50) NOT NULL,
    [UnitCode] varchar(10) NULL,  -- Field unit / caseload type
    [DeskPhone] varchar(20) NULL,  -- Direct dial
    [Email] varchar(120) NULL,
    [HireDate] date NULL,
    [IsActive] bit NOT NULL DEFAULT 1,
    [RowGuid] uniqueidentifier NOT NULL DEFAULT NEWID()
);
GO

-- Person under supervision (client)
CREATE TABLE dbo.[Offender] (
    [OffenderID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [SID] varchar(12) NULL,  -- State identification number (criminal history repository)
    [FBINo] varchar(12) NULL,
    [FirstName] nvarchar(50) NOT NULL,
    [MiddleName] nvarchar(50) NULL,
    [LastName] nvarchar(50) NOT NULL,
    [AKA] nvarchar(200) NULL,  -- Known aliases, semicolon separated
    [DOB] date NULL,
    [Sex] char(1) NULL,
    [RaceCd] char(1) NULL,  -- NCIC race code
    [SSN] char(9) NULL,
    [DLNumber] varchar(20) NULL,
    [ScarsMarksTattoos] nvarchar(400) NULL,  -- SMT descriptions
    [IsJuvenile] bit NOT NULL DEFAULT 0,  -- Under 18 at intake
    [BookingPhoto] varbinary(max) NULL,
    [AddrLine1] nvarchar(120) NULL,
    [City] nvarchar(60) NULL,
    [Zip] varchar(10) NULL,
    [PrimaryPhone] varchar(20) NULL,
    [CreatedUtc] datetime2(0) NOT NULL DEFAULT SYSUTCDATETIME(),
    [ModifiedBy] varchar(30) NULL
);
GO

-- Court-ordered supervision term
CREATE TABLE dbo.[SupervisionCase] (
    [CaseID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [OffenderID] int NOT NULL REFERENCES dbo.Offender(OffenderID),
    [DocketNo] varchar(25) NOT NULL,  -- Court docket number
    [OffenseStatute] varchar(30) NULL,  -- e.g. PC 459
    [OffenseDesc] nvarchar(250) NULL,
    [OffenseLevel] char(2) NULL,  -- F1-F4, M1, M2
    [SentenceDate] date NULL,
    [TermStart] date NULL,
    [TermEnd] date NULL,
    [RiskLevel] tinyint NULL,  -- ORAS-CST risk score band
    [IsSexOffenderRegistrant] bit NOT NULL DEFAULT 0,
    [RestitutionOwed] decimal(12,2) NULL,
    [AssignedOfficerID] int NULL REFERENCES dbo.Officer(OfficerID),
    [CaseStatus] varchar(10) NOT NULL  -- ACTIVE, WARRANT, CLOSED
);
GO

-- Lookup of standard conditions
CREATE TABLE dbo.[ConditionType] (
    [ConditionCd] varchar(10) NOT NULL PRIMARY KEY,
    [Descr] nvarchar(200) NOT NULL,
    [Category] varchar(20) NULL,
    [RequiresTreatment] bit NOT NULL DEFAULT 0
);
GO

-- Conditions of probation attached to a case
CREATE TABLE dbo.[CaseCondition] (
    [ConditionID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CaseID] int NOT NULL REFERENCES dbo.SupervisionCase(CaseID),
    [ConditionCd] varchar(10) NOT NULL REFERENCES dbo.ConditionType(ConditionCd),
    [SpecialTerms] nvarchar(max) NULL,  -- Judge's wording, e.g. no contact with named victim, stay 500ft from school
    [ImposedDate] date NULL,
    [IsActive] bit NOT NULL DEFAULT 1
);
GO

-- Urinalysis / oral fluid collections
CREATE TABLE dbo.[DrugTest] (
    [TestID] bigint IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [OffenderID] int NOT NULL,
    [CollectedUtc] datetime2(0) NOT NULL,
    [SpecimenType] char(2) NULL,  -- UA, OF, SW
    [LabAccessionNo] varchar(20) NULL,
    [ResultCd] char(1) NULL,  -- N=negative P=positive D=dilute R=refused
    [SubstancesDetected] varchar(200) NULL,
    [CollectedBy] int NULL,
    [LabFeeUsd] decimal(6,2) NULL  -- Billed to client supervision fee account
);
GO

-- Electronic monitoring (ankle) devices in inventory
CREATE TABLE dbo.[MonitoringDevice] (
    [DeviceID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [SerialNo] varchar(20) NOT NULL,
    [Vendor] varchar(40) NULL,
    [Model] varchar(40) NULL,
    [AssignedOffenderID] int NULL,
    [InstalledUtc] datetime2(0) NULL,
    [DeviceStatus] varchar(10) NULL
);
GO

-- GPS fixes reported by monitoring devices (partitioned by month)
CREATE TABLE dbo.[GpsPoint] (
    [PointID] bigint IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [DeviceID] int NOT NULL,
    [OffenderID] int NOT NULL,
    [FixUtc] datetime2(0) NOT NULL,
    [ReceivedUtc] datetime2(0) NOT NULL DEFAULT SYSUTCDATETIME(),
    [Lat] decimal(9,6) NOT NULL,
    [Lon] decimal(9,6) NOT NULL,
    [HdopM] decimal(5,1) NULL,
    [BatteryPct] tinyint NULL,
    [ExclusionZoneHit] bit NOT NULL DEFAULT 0
);
GO

-- Low-risk clients reporting at a biometric kiosk
CREATE TABLE dbo.[KioskCheckIn] (
    [CheckInID] bigint IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [OffenderID] int NOT NULL,
    [KioskID] smallint NOT NULL,
    [CheckInUtc] datetime2(0) NOT NULL,
    [FingerTemplate] varbinary(2048) NULL,  -- ISO 19794-2 minutiae
    [MatchScore] smallint NULL,
    [FaceCapture] varbinary(max) NULL,
    [SelfReportJson] nvarchar(max) NULL  -- Answers: new arrests, police contact, drug use, address change
);
GO

-- Verified employment of the client
CREATE TABLE dbo.[Employment] (
    [EmploymentID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [OffenderID] int NOT NULL,
    [EmployerName] nvarchar(120) NULL,
    [EmployerPhone] varchar(20) NULL,
    [JobTitle] nvarchar(80) NULL,
    [HourlyWage] decimal(6,2) NULL,
    [UnionLocal] nvarchar(60) NULL,  -- e.g. UA Local 290 (for dispatch verification)
    [StartDate] date NULL,
    [VerifiedBy] int NULL
);
GO

-- Registered victims for notification (Marsy's law)
CREATE TABLE dbo.[Victim] (
    [VictimID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CaseID] int NOT NULL,
    [FullName] nvarchar(120) NOT NULL,
    [Phone] varchar(20) NULL,
    [Email] varchar(120) NULL,
    [IsMinor] bit NOT NULL DEFAULT 0,
    [NotifyOptIn] bit NOT NULL DEFAULT 1,
    [ConfidentialAddrFlag] bit NOT NULL DEFAULT 0,  -- Address confidentiality program participant
    [CreatedUtc] datetime2(0) NOT NULL DEFAULT SYSUTCDATETIME()
);
GO

-- Application settings
CREATE TABLE dbo.[SysSetting] (
    [SettingKey] varchar(60) NOT NULL PRIMARY KEY,
    [SettingValue] nvarchar(400) NULL,
    [ModifiedUtc] datetime2(0) NULL
);
GO
