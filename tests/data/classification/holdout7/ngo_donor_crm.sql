-- dialect: tsql
-- Charity donor and volunteer CRM
CREATE TABLE dbo.Campaign (
    CampaignID INT IDENTITY(1,1) PRIMARY KEY,
    CampaignName NVARCHAR(120) NOT NULL,
    AppealCode VARCHAR(12),
    TargetAmount MONEY,
    StartsOn DATE,
    EndsOn DATE,
    FundRestricted BIT
);
CREATE TABLE dbo.Donor (
    DonorID INT IDENTITY(1,1) PRIMARY KEY,
    SupporterRef VARCHAR(12),
    Title NVARCHAR(10),
    Forename NVARCHAR(60),
    Surname NVARCHAR(60),
    Salutation NVARCHAR(80),
    AddressLine1 NVARCHAR(120),
    AddressLine2 NVARCHAR(120),
    Town NVARCHAR(60),
    County NVARCHAR(60),
    Postcode NVARCHAR(10),
    EmailAddress NVARCHAR(200),
    MobileNumber VARCHAR(20),
    DateOfBirth DATE,
    IsDeceased BIT,
    EmailConsent BIT,
    PhoneConsent BIT,
    ConsentCapturedAt DATETIME2,
    WealthScreeningBand VARCHAR(4),
    Source VARCHAR(30),
    CreatedOn DATETIME2 DEFAULT SYSUTCDATETIME()
);
CREATE TABLE dbo.Donation (
    DonationID BIGINT IDENTITY(1,1) PRIMARY KEY,
    DonorID INT NOT NULL,
    CampaignID INT,
    Amount DECIMAL(10,2),
    CurrencyCode CHAR(3),
    ReceivedOn DATE,
    PaymentMethod VARCHAR(20),
    ProcessorTxnRef VARCHAR(40),
    InMemoryOf NVARCHAR(120),
    DonorComment NVARCHAR(500),
    IsAnonymous BIT
);
CREATE TABLE dbo.GiftAidDeclaration (
    DeclarationID INT IDENTITY(1,1) PRIMARY KEY,
    DonorID INT NOT NULL,
    DeclaredOn DATE,
    CoversPastFourYears BIT,
    IsUkTaxpayer BIT,
    NationalInsuranceNo VARCHAR(9),
    CancelledOn DATE,
    ClaimBatchNo VARCHAR(20)
);
CREATE TABLE dbo.DirectDebitMandate (
    MandateID INT IDENTITY(1,1) PRIMARY KEY,
    DonorID INT,
    AccountHolderName NVARCHAR(100),
    SortCode CHAR(6),
    AccountNumber CHAR(8),
    MonthlyAmount DECIMAL(8,2),
    CollectionDay TINYINT,
    MandateStatus VARCHAR(12)
);
CREATE TABLE dbo.Volunteer (
    VolunteerID INT IDENTITY(1,1) PRIMARY KEY,
    DonorID INT NULL,
    FullName NVARCHAR(120),
    PreferredName NVARCHAR(60),
    Phone VARCHAR(20),
    Email NVARCHAR(200),
    Skills NVARCHAR(400),
    AvailabilityNotes NVARCHAR(400),
    EmergencyContactName NVARCHAR(120),
    EmergencyContactPhone VARCHAR(20),
    MedicalConditions NVARCHAR(400),
    Pronouns NVARCHAR(20),
    Under18 BIT,
    StartedOn DATE
);
CREATE TABLE dbo.DbsCheck (
    DbsCheckID INT IDENTITY(1,1) PRIMARY KEY,
    VolunteerID INT NOT NULL,
    CertificateNumber VARCHAR(12),
    CheckLevel VARCHAR(20),
    IssuedOn DATE,
    HasDisclosures BIT,
    DisclosureSummary NVARCHAR(1000),
    RiskAssessmentOutcome VARCHAR(20),
    VerifiedBy NVARCHAR(60),
    RenewalDue DATE
);
CREATE TABLE dbo.VolunteerShift (
    ShiftID INT IDENTITY(1,1) PRIMARY KEY,
    VolunteerID INT,
    SiteName NVARCHAR(100),
    ShiftStart DATETIME2,
    ShiftEnd DATETIME2,
    HoursLogged DECIMAL(4,1),
    RoleName NVARCHAR(60)
);
