-- dialect: tsql
-- RiverBend Family Medicine - practice management database (PM + billing)
-- Contains PHI. Access is logged to dbo.AuditTrail per 45 CFR 164.312(b).

CREATE TABLE dbo.Practice (
    PracticeId      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PracticeName    NVARCHAR(150) NOT NULL,
    TaxIdEIN        CHAR(10) NULL,          -- employer identification number of the practice
    AddressLine1    NVARCHAR(120) NULL,
    City            NVARCHAR(60) NULL,
    StateCode       CHAR(2) NULL,
    ZipCode         VARCHAR(10) NULL,
    FaxNumber       VARCHAR(20) NULL        -- front desk fax for referrals
);
GO

CREATE TABLE dbo.Provider (
    ProviderId      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PracticeId      INT NOT NULL REFERENCES dbo.Practice(PracticeId),
    FirstName       NVARCHAR(60) NOT NULL,
    LastName        NVARCHAR(60) NOT NULL,
    Credentials     VARCHAR(20) NULL,       -- MD, DO, NP, PA-C
    Specialty       NVARCHAR(80) NULL,
    NPI             CHAR(10) NULL,
    DEANumber       CHAR(9) NULL,
    HireDate        DATE NULL,
    IsActive        BIT NOT NULL DEFAULT 1
);
GO

CREATE TABLE dbo.Patient (
    PatientId              INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    MRN                    VARCHAR(12) NOT NULL UNIQUE,
    FirstName              NVARCHAR(60) NOT NULL,
    LastName               NVARCHAR(60) NOT NULL,
    DOB                    DATE NOT NULL,
    SexAtBirth             CHAR(1) NULL,
    GenderIdentity         VARCHAR(30) NULL,
    SSN                    CHAR(11) NULL,
    Race                   VARCHAR(40) NULL,
    Ethnicity              VARCHAR(40) NULL,
    PreferredLanguage      VARCHAR(20) NULL,
    MaritalStatus          CHAR(1) NULL,
    AddressLine1           NVARCHAR(120) NULL,
    City                   NVARCHAR(60) NULL,
    State                  CHAR(2) NULL,
    Zip                    VARCHAR(10) NULL,
    MobilePhone            VARCHAR(20) NULL,
    Email                  NVARCHAR(254) NULL,
    EmergencyContactName   NVARCHAR(120) NULL,
    EmergencyContactPhone  VARCHAR(20) NULL,
    DeceasedDate           DATE NULL,
    CreatedUtc             DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME(),
    ModifiedBy             VARCHAR(40) NULL
);
GO

CREATE TABLE dbo.InsurancePayer (
    PayerId            INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PayerName          NVARCHAR(120) NOT NULL,
    PayerCode          VARCHAR(10) NOT NULL,
    ElectronicPayerId  VARCHAR(10) NULL     -- clearinghouse payer id
);
GO

CREATE TABLE dbo.PatientCoverage (
    CoverageId                INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PatientId                 INT NOT NULL REFERENCES dbo.Patient(PatientId),
    PayerId                   INT NOT NULL REFERENCES dbo.InsurancePayer(PayerId),
    PlanName                  NVARCHAR(100) NULL,   -- e.g. 'Medicaid Managed Care', 'BlueCard PPO'
    MemberId                  VARCHAR(30) NOT NULL,
    GroupNumber               VARCHAR(30) NULL,
    SubscriberName            NVARCHAR(120) NULL,
    SubscriberDOB             DATE NULL,
    RelationshipToSubscriber  VARCHAR(10) NULL,     -- SELF, SPOUSE, CHILD, OTHER
    EffectiveDate             DATE NULL,
    TerminationDate           DATE NULL,
    CopayAmount               DECIMAL(8,2) NULL
);
GO

CREATE TABLE dbo.Appointment (
    AppointmentId  BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PatientId      INT NOT NULL REFERENCES dbo.Patient(PatientId),
    ProviderId     INT NOT NULL REFERENCES dbo.Provider(ProviderId),
    StartUtc       DATETIME2 NOT NULL,
    VisitReason    NVARCHAR(200) NULL,
    StatusCode     VARCHAR(12) NOT NULL DEFAULT 'BOOKED',
    CheckInUtc     DATETIME2 NULL,
    CancelReason   NVARCHAR(200) NULL,
    BookedBy       VARCHAR(40) NULL
);
GO

CREATE TABLE dbo.Encounter (
    EncounterId         BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    AppointmentId       BIGINT NULL REFERENCES dbo.Appointment(AppointmentId),
    PatientId           INT NOT NULL REFERENCES dbo.Patient(PatientId),
    ChiefComplaint      NVARCHAR(400) NULL,
    DiagnosisCodes      VARCHAR(200) NULL,      -- ICD-10-CM, comma separated
    WeightKg            DECIMAL(5,1) NULL,
    BloodPressure       VARCHAR(9) NULL,        -- '120/80'
    ProgressNote        NVARCHAR(MAX) NULL,
    SignedByProviderId  INT NULL REFERENCES dbo.Provider(ProviderId),
    SignedUtc           DATETIME2 NULL
);
GO

CREATE TABLE dbo.Claim (
    ClaimId           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    ClaimNumber       VARCHAR(20) NOT NULL UNIQUE,
    EncounterId       BIGINT NOT NULL REFERENCES dbo.Encounter(EncounterId),
    CoverageId        INT NOT NULL REFERENCES dbo.PatientCoverage(CoverageId),
    ServiceDate       DATE NOT NULL,
    CptCode           CHAR(5) NOT NULL,
    BilledAmount      DECIMAL(10,2) NOT NULL,
    PaidAmount        DECIMAL(10,2) NULL,
    ClaimStatus       VARCHAR(12) NOT NULL,
    DenialReasonCode  VARCHAR(6) NULL,          -- CARC code returned on the 835
    SubmittedUtc      DATETIME2 NULL
);
GO

CREATE TABLE dbo.IcdCode (
    Code              VARCHAR(8) NOT NULL PRIMARY KEY,
    ShortDescription  NVARCHAR(60) NOT NULL,
    LongDescription   NVARCHAR(300) NULL,
    Chapter           VARCHAR(10) NULL
);
GO

CREATE TABLE dbo.AuditTrail (
    AuditId        BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    EventUtc       DATETIME2 NOT NULL,
    UserName       VARCHAR(40) NOT NULL,    -- workforce member who accessed the record
    WorkstationIp  VARCHAR(45) NULL,
    Action         VARCHAR(20) NOT NULL,    -- VIEW, EDIT, PRINT, EXPORT
    EntityName     VARCHAR(40) NOT NULL,
    EntityKey      VARCHAR(40) NOT NULL,
    Details        NVARCHAR(MAX) NULL
);
GO
