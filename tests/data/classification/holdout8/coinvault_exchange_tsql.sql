-- dialect: tsql
-- CoinVault spot exchange: core + compliance schema (SQL Server 2019)
-- PascalCase naming, no column comments (documentation lives in the wiki)

CREATE TABLE [dbo].[Assets] (
    [AssetCode]        NVARCHAR(16)   NOT NULL PRIMARY KEY,
    [DisplayName]      NVARCHAR(64)   NOT NULL,
    [Network]          NVARCHAR(32)   NOT NULL,
    [ContractAddress]  NVARCHAR(128)  NULL,
    [Decimals]         TINYINT        NOT NULL,
    [MinWithdrawal]    DECIMAL(38,18) NOT NULL,
    [WithdrawalFee]    DECIMAL(38,18) NOT NULL,
    [IsActive]         BIT            NOT NULL DEFAULT 1
);

CREATE TABLE [dbo].[Users] (
    [UserId]             BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [Email]              NVARCHAR(256) NOT NULL,
    [PasswordHash]       NVARCHAR(256) NOT NULL,
    [TotpSecret]         NVARCHAR(64)  NULL,
    [AntiPhishingCode]   NVARCHAR(20)  NULL,
    [Nickname]           NVARCHAR(40)  NULL,
    [ReferralCode]       NVARCHAR(12)  NOT NULL,
    [ReferredByUserId]   BIGINT        NULL,
    [CountryOfResidence] CHAR(2)       NULL,
    [PreferredLanguage]  NVARCHAR(10)  NULL,
    [VipTier]            TINYINT       NOT NULL DEFAULT 0,
    [MarketingOptIn]     BIT           NOT NULL DEFAULT 0,
    [IsFrozen]           BIT           NOT NULL DEFAULT 0,
    [LastLoginIp]        NVARCHAR(45)  NULL,
    [CreatedAt]          DATETIME2(3)  NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE [compliance].[KycApplications] (
    [KycApplicationId]     BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]               BIGINT        NOT NULL,
    [FirstName]            NVARCHAR(100) NOT NULL,
    [MiddleName]           NVARCHAR(100) NULL,
    [LastName]             NVARCHAR(100) NOT NULL,
    [DateOfBirth]          DATE          NOT NULL,
    [Nationality]          CHAR(2)       NOT NULL,
    [DocumentType]         NVARCHAR(20)  NOT NULL,
    [DocumentNumber]       NVARCHAR(40)  NOT NULL,
    [DocumentFrontImage]   NVARCHAR(400) NULL,
    [SelfieVideoUrl]       NVARCHAR(400) NULL,
    [AddressLine1]         NVARCHAR(200) NULL,
    [City]                 NVARCHAR(100) NULL,
    [PostalCode]           NVARCHAR(20)  NULL,
    [CountryCode]          CHAR(2)       NULL,
    [TaxIdNumber]          NVARCHAR(40)  NULL,
    [Occupation]           NVARCHAR(100) NULL,
    [AnnualIncomeBand]     NVARCHAR(20)  NULL,
    [IsPoliticallyExposed] BIT           NULL,
    [ReviewStatus]         NVARCHAR(16)  NOT NULL,
    [ReviewerNote]         NVARCHAR(1000) NULL,
    [ReviewedBy]           NVARCHAR(64)  NULL,
    [SubmittedAt]          DATETIME2(3)  NOT NULL
);

CREATE TABLE [dbo].[Wallets] (
    [WalletId]        BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]          BIGINT         NOT NULL,
    [AssetCode]       NVARCHAR(16)   NOT NULL,
    [DepositAddress]  NVARCHAR(128)  NULL,
    [Balance]         DECIMAL(38,18) NOT NULL DEFAULT 0,
    [CreatedAt]       DATETIME2(3)   NOT NULL
);

CREATE TABLE [dbo].[SpotOrders] (
    [OrderId]        BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]         BIGINT         NOT NULL,
    [ClientOrderId]  NVARCHAR(36)   NULL,
    [Symbol]         NVARCHAR(20)   NOT NULL,
    [Side]           CHAR(1)        NOT NULL,
    [OrderType]      NVARCHAR(12)   NOT NULL,
    [Price]          DECIMAL(38,18) NULL,
    [Quantity]       DECIMAL(38,18) NOT NULL,
    [Status]         NVARCHAR(12)   NOT NULL,
    [CreatedAt]      DATETIME2(3)   NOT NULL
);

CREATE TABLE [dbo].[FiatWithdrawals] (
    [WithdrawalId]    BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]          BIGINT        NOT NULL,
    [Amount]          DECIMAL(18,2) NOT NULL,
    [BeneficiaryName] NVARCHAR(140) NOT NULL,
    [BankName]        NVARCHAR(140) NULL,
    [Iban]            NVARCHAR(34)  NOT NULL,
    [SwiftBic]        NVARCHAR(11)  NULL,
    [PaymentRef]      NVARCHAR(35)  NULL,
    [Status]          NVARCHAR(16)  NOT NULL,
    [ApprovedBy]      NVARCHAR(64)  NULL,
    [RequestedAt]     DATETIME2(3)  NOT NULL
);

CREATE TABLE [dbo].[LoginSessions] (
    [SessionId]         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    [UserId]            BIGINT        NOT NULL,
    [RefreshToken]      NVARCHAR(512) NOT NULL,
    [IpAddress]         NVARCHAR(45)  NOT NULL,
    [UserAgent]         NVARCHAR(512) NULL,
    [DeviceFingerprint] NVARCHAR(64)  NULL,
    [GeoCountry]        CHAR(2)       NULL,
    [GeoCity]           NVARCHAR(100) NULL,
    [CreatedAt]         DATETIME2(3)  NOT NULL
);

CREATE TABLE [dbo].[ApiKeys] (
    [ApiKeyId]     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]       BIGINT        NOT NULL,
    [PublicKey]    NVARCHAR(64)  NOT NULL,
    [SecretHash]   NVARCHAR(128) NOT NULL,
    [IpWhitelist]  NVARCHAR(500) NULL,
    [Permissions]  NVARCHAR(100) NOT NULL,
    [CreatedAt]    DATETIME2(3)  NOT NULL
);

CREATE INDEX [IX_Wallets_User] ON [dbo].[Wallets] ([UserId], [AssetCode]);
CREATE INDEX [IX_SpotOrders_User] ON [dbo].[SpotOrders] ([UserId], [CreatedAt]);
