-- dialect: tsql
-- Retail pharmacy chain: stores, staff, insured members, prescribers, prescriptions, fills.

CREATE TABLE dbo.Store (
    StoreId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    StoreCode CHAR(6) NOT NULL,
    StoreName NVARCHAR(120) NOT NULL,
    AddressLine NVARCHAR(200) NOT NULL,
    City NVARCHAR(80) NOT NULL,
    PostalCode VARCHAR(10) NOT NULL,
    MainPhone VARCHAR(20) NULL,
    PharmacistInChargeId INT NULL,
    OpenedOn DATE NULL,
    IsActive BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Employee (
    EmployeeId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    StoreId INT NOT NULL REFERENCES dbo.Store(StoreId),
    EmployeeNo VARCHAR(12) NOT NULL,
    FirstName NVARCHAR(60) NOT NULL,
    LastName NVARCHAR(60) NOT NULL,
    Role NVARCHAR(40) NOT NULL,
    PharmacistLicenseNo VARCHAR(20) NULL,
    LicenseExpiry DATE NULL,
    HireDate DATE NOT NULL,
    HourlyRate DECIMAL(8,2) NULL,
    MobilePhone VARCHAR(20) NULL,
    WorkEmail NVARCHAR(254) NULL,
    BadgePhotoUrl NVARCHAR(400) NULL,
    TerminatedOn DATE NULL,
    CreatedAt DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.Member (
    MemberId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    LoyaltyCardNo VARCHAR(16) NULL,
    GivenName NVARCHAR(60) NOT NULL,
    FamilyName NVARCHAR(60) NOT NULL,
    DateOfBirth DATE NOT NULL,
    Sex CHAR(1) NULL,
    Phone VARCHAR(20) NULL,
    Email NVARCHAR(254) NULL,
    Street NVARCHAR(200) NULL,
    City NVARCHAR(80) NULL,
    StateCode CHAR(2) NULL,
    Zip VARCHAR(10) NULL,
    Allergies NVARCHAR(500) NULL,
    PreferredLanguage VARCHAR(8) NULL,
    SmsOptIn BIT NOT NULL DEFAULT 0,
    LoyaltyPoints INT NOT NULL DEFAULT 0,
    CreatedAt DATETIME2 NOT NULL,
    ModifiedAt DATETIME2 NULL
);

CREATE TABLE dbo.Payer (
    PayerId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PayerName NVARCHAR(120) NOT NULL,
    BIN CHAR(6) NOT NULL,
    PCN VARCHAR(10) NULL,
    HelpDeskPhone VARCHAR(20) NULL
);

CREATE TABLE dbo.MemberInsurance (
    MemberInsuranceId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    MemberId BIGINT NOT NULL REFERENCES dbo.Member(MemberId),
    PayerId INT NOT NULL REFERENCES dbo.Payer(PayerId),
    SubscriberId VARCHAR(20) NOT NULL,
    GroupNumber VARCHAR(15) NULL,
    PersonCode CHAR(3) NULL,
    RelationshipToSubscriber CHAR(1) NULL,
    EffectiveFrom DATE NULL,
    EffectiveTo DATE NULL,
    IsPrimary BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Prescriber (
    PrescriberId INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    FullName NVARCHAR(120) NOT NULL,
    NPI CHAR(10) NOT NULL,
    DEANumber CHAR(9) NULL,
    Specialty NVARCHAR(80) NULL,
    PracticeName NVARCHAR(160) NULL,
    PracticePhone VARCHAR(20) NULL,
    Fax VARCHAR(20) NULL
);

CREATE TABLE dbo.Drug (
    Ndc CHAR(11) NOT NULL PRIMARY KEY,
    ProprietaryName NVARCHAR(120) NOT NULL,
    GenericName NVARCHAR(120) NOT NULL,
    DosageForm NVARCHAR(40) NULL,
    Strength NVARCHAR(40) NULL,
    DeaSchedule VARCHAR(3) NULL,
    Manufacturer NVARCHAR(120) NULL,
    UnitPrice DECIMAL(10,4) NULL
);

CREATE TABLE dbo.Prescription (
    RxId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    RxNumber VARCHAR(12) NOT NULL,
    MemberId BIGINT NOT NULL REFERENCES dbo.Member(MemberId),
    PrescriberId INT NOT NULL REFERENCES dbo.Prescriber(PrescriberId),
    StoreId INT NOT NULL REFERENCES dbo.Store(StoreId),
    DrugNdc CHAR(11) NOT NULL,
    DrugName NVARCHAR(120) NOT NULL,
    Strength NVARCHAR(40) NULL,
    Sig NVARCHAR(400) NULL,
    Quantity DECIMAL(9,2) NOT NULL,
    RefillsAuthorized TINYINT NOT NULL DEFAULT 0,
    DaysSupply SMALLINT NULL,
    DiagnosisCode VARCHAR(10) NULL,
    DeaSchedule VARCHAR(3) NULL,
    WrittenDate DATE NOT NULL,
    Status VARCHAR(12) NOT NULL
);

CREATE TABLE dbo.Fill (
    FillId BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    RxId BIGINT NOT NULL REFERENCES dbo.Prescription(RxId),
    FillNumber TINYINT NOT NULL,
    FilledAt DATETIME2 NOT NULL,
    VerifiedByPharmacistId INT NULL,
    QtyDispensed DECIMAL(9,2) NOT NULL,
    CopayAmount DECIMAL(9,2) NULL,
    PlanPaidAmount DECIMAL(9,2) NULL,
    PickupSignature VARBINARY(MAX) NULL,
    PickedUpByName NVARCHAR(120) NULL,
    PickupIdLast4 CHAR(4) NULL
);
