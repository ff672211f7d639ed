-- dialect: tsql
-- Pipewise CRM (multi-tenant B2B SaaS) - SQL Server schema, dbo.
-- Tenants are customer companies; Accounts/Contacts are the tenant's own CRM records.
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[Tenants] (
    [TenantId]          UNIQUEIDENTIFIER NOT NULL CONSTRAINT [PK_Tenants] PRIMARY KEY,
    [Slug]              NVARCHAR(63)     NOT NULL,
    [Name]              NVARCHAR(200)    NOT NULL,
    [PlanCode]          VARCHAR(20)      NOT NULL,
    [DataRegion]        VARCHAR(10)      NOT NULL
)
GO

CREATE TABLE [dbo].[Users] (
    [UserId]            INT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_Users] PRIMARY KEY,
    [TenantId]          UNIQUEIDENTIFIER NOT NULL,
    [Email]             NVARCHAR(256)    NOT NULL,
    [DisplayName]       NVARCHAR(128)    NULL,
    [PasswordHash]      VARBINARY(64)    NULL,
    [MfaSecret]         NVARCHAR(64)     NULL,
    [Locale]            VARCHAR(10)      NULL,
    [AvatarUrl]         NVARCHAR(512)    NULL,
    [Role]              VARCHAR(20)      NOT NULL,
    [IsActive]          BIT              NOT NULL DEFAULT 1,
    [LastLoginAt]       DATETIME2(3)     NULL,
    [LastLoginIp]       VARCHAR(45)      NULL,
    [CreatedAt]         DATETIME2(3)     NOT NULL DEFAULT SYSUTCDATETIME()
)
GO

CREATE TABLE [dbo].[Accounts] (
    [AccountId]         BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_Accounts] PRIMARY KEY,
    [AccountName]       NVARCHAR(255)    NOT NULL,
    [Domain]            NVARCHAR(255)    NULL,
    [Industry]          NVARCHAR(80)     NULL,
    [EmployeeCount]     INT              NULL,
    [BillingStreet]     NVARCHAR(255)    NULL,
    [BillingCity]       NVARCHAR(80)     NULL,
    [BillingPostalCode] NVARCHAR(20)     NULL,
    [BillingCountry]    CHAR(2)          NULL,
    [VatNumber]         NVARCHAR(20)     NULL,
    [MainPhone]         NVARCHAR(40)     NULL,
    [Website]           NVARCHAR(255)    NULL,
    [OwnerUserId]       INT              NULL,
    [CreatedAt]         DATETIME2(3)     NOT NULL
)
GO

CREATE TABLE [dbo].[Contacts] (
    [ContactId]         BIGINT IDENTITY(1,1) NOT NULL CONSTRAINT [PK_Contacts] PRIMARY KEY,
    [AccountId]         BIGINT           NOT NULL,
    [FirstName]         NVARCHAR(100)    NULL,
    [LastName]          NVARCHAR(100)    NOT NULL,
    [Email]             NVARCHAR(256)    NULL,
    [DirectPhone]       NVARCHAR(40)     NULL,
    [MobilePhone]       NVARCHAR(40)     NULL,
    [JobTitle]          NVARCHAR(128)    NULL,
    [Department]        NVARCHAR(80)     NULL,
    [LinkedInUrl]       NVARCHAR(255)    NULL,
    [IsPrimary]         BIT              NOT NULL DEFAULT 0,
    [EmailOptOut]       BIT              NOT NULL DEFAULT 0,
    [LastContactedAt]   DATETIME2(3)     NULL,
    [CreatedAt]         DATETIME2(3)     NOT NULL,
    CONSTRAINT [FK_Contacts_Accounts] FOREIGN KEY ([AccountId]) REFERENCES [dbo].[Accounts] ([AccountId])
)
GO

CREATE TABLE [dbo].[SsoConnections] (
    [ConnectionId]       INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [TenantId]           UNIQUEIDENTIFIER NOT NULL,
    [Provider]           VARCHAR(20)      NOT NULL,
    [IdpEntityId]        NVARCHAR(400)    NULL,
    [SsoUrl]             NVARCHAR(400)    NULL,
    [SigningCertificate] NVARCHAR(MAX)    NULL,
    [ClientSecret]       NVARCHAR(256)    NULL,
    [Enabled]            BIT              NOT NULL DEFAULT 0,
    [CreatedBy]          INT              NULL
)
GO

CREATE TABLE [dbo].[UserIdentities] (
    [IdentityId]        BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserId]            INT              NOT NULL REFERENCES [dbo].[Users] ([UserId]),
    [ConnectionId]      INT              NOT NULL REFERENCES [dbo].[SsoConnections] ([ConnectionId]),
    [ExternalSubject]   NVARCHAR(255)    NOT NULL,
    [RawClaims]         NVARCHAR(MAX)    NULL,
    [LastAssertionAt]   DATETIME2(3)     NULL
)
GO

CREATE TABLE [dbo].[ApiKeys] (
    [ApiKeyId]          INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [TenantId]          UNIQUEIDENTIFIER NOT NULL,
    [Name]              NVARCHAR(100)    NOT NULL,
    [KeyPrefix]         CHAR(8)          NOT NULL,
    [KeyHash]           BINARY(32)       NOT NULL,
    [CreatedByUserId]   INT              NULL,
    [LastUsedAt]        DATETIME2(3)     NULL
)
GO

CREATE TABLE [dbo].[AuditLogs] (
    [AuditLogId]        BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [TenantId]          UNIQUEIDENTIFIER NOT NULL,
    [ActorUserId]       INT              NULL,
    [ActorEmail]        NVARCHAR(256)    NULL,
    [Action]            VARCHAR(64)      NOT NULL,
    [ResourceType]      VARCHAR(64)      NULL,
    [ResourceId]        VARCHAR(64)      NULL,
    [IpAddress]         VARCHAR(45)      NULL,
    [UserAgent]         NVARCHAR(512)    NULL,
    [Payload]           NVARCHAR(MAX)    NULL,
    [OccurredAt]        DATETIME2(3)     NOT NULL
)
GO

CREATE TABLE [dbo].[Invoices] (
    [InvoiceId]         BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [InvoiceNumber]     VARCHAR(20)      NOT NULL,
    [TenantId]          UNIQUEIDENTIFIER NOT NULL,
    [BillToCompany]     NVARCHAR(255)    NOT NULL,
    [BillToAttention]   NVARCHAR(128)    NULL,
    [BillToEmail]       NVARCHAR(256)    NULL,
    [BillToAddress]     NVARCHAR(500)    NULL,
    [TaxId]             NVARCHAR(20)     NULL,
    [Total]             DECIMAL(12,2)    NOT NULL,
    [Currency]          CHAR(3)          NOT NULL,
    [Status]            VARCHAR(12)      NOT NULL,
    [IssuedAt]          DATE             NOT NULL
)
GO

CREATE TABLE [dbo].[FeatureFlags] (
    [FlagKey]           VARCHAR(100)     NOT NULL,
    [TenantId]          UNIQUEIDENTIFIER NULL,
    [Value]             NVARCHAR(400)    NULL,
    [UpdatedBy]         NVARCHAR(256)    NULL,
    [UpdatedAt]         DATETIME2(3)     NULL
)
GO
