-- dialect: tsql
-- PolicyAdmin 9 (life & health lines) - core tables. Legacy PolicyHolder table keeps Hungarian prefixes.
SET ANSI_NULLS ON
GO
CREATE TABLE [dbo].[tblPolicyHolder] (
    [intPolicyHolderID]     INT IDENTITY(1,1) NOT NULL,
    [strTitle]              NVARCHAR(10) NULL,
    [strFirstName]          NVARCHAR(50) NOT NULL,
    [strLastName]           NVARCHAR(50) NOT NULL,
    [dtmDateOfBirth]        DATE NULL,
    [chrGender]             CHAR(1) NULL,
    [strSSN]                VARCHAR(11) NULL,
    [strEmail]              NVARCHAR(120) NULL,
    [strMobilePhone]        VARCHAR(20) NULL,
    [strAddressLine1]       NVARCHAR(100) NULL,
    [strAddressLine2]       NVARCHAR(100) NULL,
    [strCity]               NVARCHAR(50) NULL,
    [strStateCode]          CHAR(2) NULL,
    [strZip]                VARCHAR(10) NULL,
    [strOccupation]         NVARCHAR(60) NULL,
    [decAnnualIncome]       DECIMAL(12,2) NULL,
    [bitTobaccoUser]        BIT NULL,
    [strDriversLicenseNo]   VARCHAR(20) NULL,
    [strPreferredLanguage]  VARCHAR(5) NULL,
    [bitMarketingOptIn]     BIT NOT NULL DEFAULT 0,
    [dtmCreated]            DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME(),
    [strCreatedBy]          VARCHAR(30) NULL,
    CONSTRAINT [PK_tblPolicyHolder] PRIMARY KEY CLUSTERED ([intPolicyHolderID])
)
GO
CREATE TABLE [dbo].[Product] (
    [ProductCode]       VARCHAR(10) NOT NULL PRIMARY KEY,
    [ProductName]       NVARCHAR(100) NOT NULL,
    [LineOfBusiness]    VARCHAR(20) NOT NULL,
    [MinSumAssured]     MONEY NULL,
    [MaxSumAssured]     MONEY NULL,
    [IsActive]          BIT NOT NULL DEFAULT 1
)
GO
CREATE TABLE [dbo].[Agent] (
    [AgentID]           INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AgentCode]         VARCHAR(10) NOT NULL,
    [AgencyName]        NVARCHAR(100) NULL,
    [FirstName]         NVARCHAR(50) NOT NULL,
    [LastName]          NVARCHAR(50) NOT NULL,
    [LicenseNumber]     VARCHAR(20) NULL,
    [CommissionRate]    DECIMAL(5,4) NULL,
    [WorkEmail]         NVARCHAR(120) NULL,
    [HireDate]          DATE NULL
)
GO
CREATE TABLE [dbo].[Policy] (
    [PolicyID]          INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyNumber]      VARCHAR(20) NOT NULL UNIQUE,
    [PolicyHolderID]    INT NOT NULL,
    [ProductCode]       VARCHAR(10) NOT NULL REFERENCES [dbo].[Product]([ProductCode]),
    [AgentID]           INT NULL REFERENCES [dbo].[Agent]([AgentID]),
    [EffectiveDate]     DATE NOT NULL,
    [ExpiryDate]        DATE NULL,
    [SumAssured]        MONEY NOT NULL,
    [PremiumAmount]     MONEY NOT NULL,
    [PaymentFrequency]  CHAR(1) NOT NULL,
    [PolicyStatus]      VARCHAR(12) NOT NULL,
    [UnderwritingClass] VARCHAR(20) NULL,
    [ModifiedAt]        DATETIME2 NULL,
    [ModifiedBy]        VARCHAR(30) NULL
)
GO
CREATE TABLE [dbo].[Beneficiary] (
    [BeneficiaryID]     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyID]          INT NOT NULL REFERENCES [dbo].[Policy]([PolicyID]),
    [FullName]          NVARCHAR(100) NOT NULL,
    [RelationshipToInsured] VARCHAR(20) NULL,
    [SharePercent]      DECIMAL(5,2) NOT NULL,
    [DateOfBirth]       DATE NULL,
    [NationalIDNumber]  VARCHAR(20) NULL,
    [PhoneNumber]       VARCHAR(20) NULL
)
GO
CREATE TABLE [dbo].[Claim] (
    [ClaimID]           INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ClaimNumber]       VARCHAR(20) NOT NULL,
    [PolicyID]          INT NOT NULL REFERENCES [dbo].[Policy]([PolicyID]),
    [LossDate]          DATE NULL,
    [LossDescription]   NVARCHAR(MAX) NULL,
    [DiagnosisCode]     VARCHAR(10) NULL,
    [TreatingHospital]  NVARCHAR(100) NULL,
    [ClaimedAmount]     MONEY NULL,
    [ApprovedAmount]    MONEY NULL,
    [ClaimStatus]       VARCHAR(12) NOT NULL,
    [AdjusterUserID]    INT NULL,
    [PayeeBankAccount]  VARCHAR(34) NULL,
    [SubmittedAt]       DATETIME2 NOT NULL
)
GO
CREATE TABLE [dbo].[PremiumPayment] (
    [PaymentID]         BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [PolicyID]          INT NOT NULL,
    [Amount]            MONEY NOT NULL,
    [PaymentMethod]     VARCHAR(10) NOT NULL,
    [CardLast4]         CHAR(4) NULL,
    [CardExpiry]        CHAR(5) NULL,
    [GatewayRef]        VARCHAR(40) NULL,
    [PayerIPAddress]    VARCHAR(45) NULL,
    [PaidAt]            DATETIME2 NOT NULL
)
GO
CREATE TABLE [dbo].[AuditTrail] (
    [AuditID]           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [TableName]         SYSNAME NOT NULL,
    [RecordKey]         VARCHAR(40) NOT NULL,
    [ActionType]        CHAR(1) NOT NULL,
    [ChangedBy]         VARCHAR(30) NOT NULL,
    [ChangedAt]         DATETIME2 NOT NULL,
    [OldValues]         NVARCHAR(MAX) NULL,
    [NewValues]         NVARCHAR(MAX) NULL,
    [ClientIP]          VARCHAR(45) NULL
)
GO
