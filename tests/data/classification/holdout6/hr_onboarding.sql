-- dialect: tsql
-- HR onboarding: new hires, emergency contacts, payroll bank details, I-9, equipment.
CREATE TABLE dbo.NewHire (
    NewHireID        INT IDENTITY(1,1) PRIMARY KEY,
    RequisitionID    INT NOT NULL,
    LegalFirstName   NVARCHAR(60) NOT NULL,
    LegalLastName    NVARCHAR(60) NOT NULL,
    PreferredName    NVARCHAR(60) NULL,
    PersonalEmail    NVARCHAR(254) NULL,
    HomePhone        VARCHAR(25) NULL,
    SSN              CHAR(11) NULL,
    DateOfBirth      DATE NULL,
    StartDate        DATE NOT NULL,
    JobTitle         NVARCHAR(100) NULL,
    DepartmentCode   VARCHAR(10) NOT NULL,
    ManagerEmployeeID INT NULL,
    AnnualSalary     DECIMAL(12,2) NULL,
    PronounsText     NVARCHAR(30) NULL,
    VeteranStatus    VARCHAR(20) NULL,
    OnboardingStage  VARCHAR(20) NOT NULL DEFAULT 'offer',
    CreatedBy        VARCHAR(50) NULL,
    CreatedAt        DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.EmergencyContact (
    ContactID        INT IDENTITY(1,1) PRIMARY KEY,
    NewHireID        INT NOT NULL REFERENCES dbo.NewHire(NewHireID),
    FullName         NVARCHAR(120) NOT NULL,
    Relationship     NVARCHAR(40) NULL,
    PhonePrimary     VARCHAR(25) NOT NULL,
    PhoneAlt         VARCHAR(25) NULL,
    Priority         TINYINT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.DirectDeposit (
    DepositID        INT IDENTITY(1,1) PRIMARY KEY,
    NewHireID        INT NOT NULL,
    BankName         NVARCHAR(100) NULL,
    RoutingNumber    CHAR(9) NOT NULL,
    AccountNumber    VARCHAR(17) NOT NULL,
    AccountType      VARCHAR(10) NOT NULL,
    SplitPercent     DECIMAL(5,2) NOT NULL DEFAULT 100,
    VerifiedOn       DATETIME2 NULL
);

CREATE TABLE dbo.WorkEligibility (
    I9ID             INT IDENTITY(1,1) PRIMARY KEY,
    NewHireID        INT NOT NULL,
    CitizenshipAttestation VARCHAR(40) NOT NULL,
    AlienRegistrationNo VARCHAR(12) NULL,
    WorkAuthExpiry   DATE NULL,
    ListADocumentType VARCHAR(40) NULL,
    ListADocumentNo  VARCHAR(30) NULL,
    DocumentScan     VARBINARY(MAX) NULL,
    EVerifyCaseNo    VARCHAR(20) NULL,
    ReviewerName     NVARCHAR(100) NULL,
    Section2CompletedOn DATE NULL
);

CREATE TABLE dbo.EquipmentAssignment (
    AssignmentID     INT IDENTITY(1,1) PRIMARY KEY,
    NewHireID        INT NOT NULL,
    AssetTag         VARCHAR(20) NOT NULL,
    Model            NVARCHAR(80) NULL,
    SerialNumber     VARCHAR(40) NULL,
    WifiMac          CHAR(17) NULL,
    ShipToHome       BIT NOT NULL DEFAULT 0,
    IssuedAt         DATETIME2 NULL,
    ReturnedAt       DATETIME2 NULL
);
