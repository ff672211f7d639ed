-- dialect: tsql
-- P&C / life insurance: policies, insured vehicles, beneficiaries, claims and payouts.
-- SQL Server style: dbo schema, PascalCase, [bracketed] identifiers, IDENTITY keys.

CREATE TABLE [dbo].[ProductPlan] (
    [PlanID]          INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PlanCode]        VARCHAR(12)   NOT NULL,
    [PlanName]        NVARCHAR(100) NOT NULL,
    [LineOfBusiness]  VARCHAR(20)   NOT NULL,
    [BasePremium]     DECIMAL(12,2) NOT NULL,
    [DeductibleAmt]   DECIMAL(12,2) NULL,
    [CoverageLimit]   DECIMAL(14,2) NULL,
    [EffectiveFrom]   DATE          NOT NULL,
    [IsActive]        BIT           NOT NULL DEFAULT 1
);

CREATE TABLE [dbo].[Policyholder] (
    [PolicyholderID]    INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CustomerNumber]    VARCHAR(16)   NOT NULL UNIQUE,
    [Title]             NVARCHAR(10)  NULL,
    [FirstName]         NVARCHAR(50)  NOT NULL,
    [MiddleName]        NVARCHAR(50)  NULL,
    [LastName]          NVARCHAR(50)  NOT NULL,
    [DateOfBirth]       DATE          NOT NULL,
    [Gender]            CHAR(1)       NULL,
    [SSN]               CHAR(11)      NULL,
    [DriversLicenseNo]  VARCHAR(20)   NULL,
    [MaritalStatus]     CHAR(1)       NULL,
    [Occupation]        NVARCHAR(60)  NULL,
    [EmployerName]      NVARCHAR(100) NULL,
    [AnnualIncome]      MONEY         NULL,
    [AddressLine1]      NVARCHAR(100) NOT NULL,
    [AddressLine2]      NVARCHAR(100) NULL,
    [City]              NVARCHAR(60)  NOT NULL,
    [StateProvince]     CHAR(2)       NOT NULL,
    [PostalCode]        VARCHAR(10)   NOT NULL,
    [CountryCode]       CHAR(2)       NOT NULL DEFAULT 'US',
    [HomePhone]         VARCHAR(20)   NULL,
    [MobilePhone]       VARCHAR(20)   NULL,
    [EmailAddress]      NVARCHAR(254) NULL,
    [PreferredLanguage] VARCHAR(5)    NULL,
    [SmokerFlag]        BIT           NULL,
    [CreditScoreBand]   CHAR(1)       NULL,
    [MarketingOptIn]    BIT           NOT NULL DEFAULT 0,
    [CreatedDate]       DATETIME2     NOT NULL DEFAULT SYSUTCDATETIME(),
    [ModifiedBy]        SYSNAME       NULL,
    [RowVer]            ROWVERSION
);

CREATE TABLE [dbo].[Policy] (
    [PolicyID]         INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyNumber]     VARCHAR(20)   NOT NULL UNIQUE,
    [PolicyholderID]   INT           NOT NULL REFERENCES [dbo].[Policyholder]([PolicyholderID]),
    [PlanID]           INT           NOT NULL REFERENCES [dbo].[ProductPlan]([PlanID]),
    [AgentCode]        VARCHAR(10)   NULL,
    [InceptionDate]    DATE          NOT NULL,
    [ExpiryDate]       DATE          NOT NULL,
    [AnnualPremium]    DECIMAL(12,2) NOT NULL,
    [PaymentFrequency] CHAR(1)       NOT NULL,
    [PolicyStatus]     VARCHAR(12)   NOT NULL
);

CREATE TABLE [dbo].[InsuredVehicle] (
    [VehicleID]          INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyID]           INT          NOT NULL,
    [VIN]                CHAR(17)     NOT NULL,
    [RegistrationPlate]  VARCHAR(12)  NULL,
    [MakeModel]          NVARCHAR(60) NULL,
    [ModelYear]          SMALLINT     NULL,
    [AnnualMileage]      INT          NULL,
    [GaragingZip]        VARCHAR(10)  NULL,
    [TelematicsDeviceId] VARCHAR(40)  NULL
);

CREATE TABLE [dbo].[Beneficiary] (
    [BeneficiaryID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyID]      INT           NOT NULL,
    [FullName]      NVARCHAR(120) NOT NULL,
    [Relationship]  VARCHAR(20)   NOT NULL,
    [SharePct]      DECIMAL(5,2)  NOT NULL,
    [BirthDate]     DATE          NULL,
    [NationalID]    VARCHAR(20)   NULL,
    [IsMinor]       BIT           NOT NULL DEFAULT 0,
    [GuardianName]  NVARCHAR(120) NULL
);

CREATE TABLE [dbo].[Adjuster] (
    [AdjusterID]    INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EmployeeNo]    VARCHAR(10)   NOT NULL,
    [FullName]      NVARCHAR(120) NOT NULL,
    [LicenseNumber] VARCHAR(20)   NULL,
    [WorkEmail]     NVARCHAR(254) NOT NULL,
    [DeskPhone]     VARCHAR(20)   NULL,
    [HireDate]      DATE          NULL,
    [IsActive]      BIT           NOT NULL
);

CREATE TABLE [dbo].[Claim] (
    [ClaimID]            INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ClaimNumber]        VARCHAR(20)    NOT NULL UNIQUE,
    [PolicyID]           INT            NOT NULL REFERENCES [dbo].[Policy]([PolicyID]),
    [LossDate]           DATE           NOT NULL,
    [ReportedDate]       DATETIME2      NOT NULL,
    [LossType]           VARCHAR(20)    NOT NULL,
    [LossDescription]    NVARCHAR(MAX)  NULL,
    [LossLocationText]   NVARCHAR(200)  NULL,
    [LossLatitude]       DECIMAL(9,6)   NULL,
    [LossLongitude]      DECIMAL(9,6)   NULL,
    [InjuryFlag]         BIT            NOT NULL DEFAULT 0,
    [InjuryDescription]  NVARCHAR(1000) NULL,
    [TreatingPhysician]  NVARCHAR(120)  NULL,
    [PoliceReportNo]     VARCHAR(30)    NULL,
    [AdjusterID]         INT            NULL REFERENCES [dbo].[Adjuster]([AdjusterID]),
    [ReserveAmount]      DECIMAL(14,2)  NULL,
    [FraudScore]         DECIMAL(5,4)   NULL,
    [SIUReferral]        BIT            NOT NULL DEFAULT 0,
    [ClaimStatus]        VARCHAR(12)    NOT NULL,
    [ClosedDate]         DATE           NULL
);

CREATE TABLE [dbo].[ClaimPayment] (
    [PaymentID]      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ClaimID]        INT           NOT NULL,
    [PayeeName]      NVARCHAR(120) NOT NULL,
    [PayeeIBAN]      VARCHAR(34)   NULL,
    [PayeeRoutingNo] CHAR(9)       NULL,
    [Amount]         DECIMAL(14,2) NOT NULL,
    [PaymentMethod]  VARCHAR(10)   NOT NULL,
    [CheckNumber]    VARCHAR(12)   NULL,
    [PaidDate]       DATE          NULL
);

CREATE VIEW [dbo].[vOpenClaimByHolder] AS
SELECT c.[ClaimNumber],
       p.[PolicyNumber],
       h.[LastName] AS [HolderLastName],
       h.[MobilePhone] AS [HolderMobile],
       c.[LossDate],
       c.[ReserveAmount]
FROM [dbo].[Claim] c
JOIN [dbo].[Policy] p ON p.[PolicyID] = c.[PolicyID]
JOIN [dbo].[Policyholder] h ON h.[PolicyholderID] = p.[PolicyholderID]
WHERE c.[ClaimStatus] <> 'CLOSED';
