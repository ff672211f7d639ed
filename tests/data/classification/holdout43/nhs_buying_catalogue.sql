-- dialect: tsql
-- source: nhs-digital-gp-it-futures/GPITBuyingCatalogue (MIT) -- database/NHSD.GPITBuyingCatalogue.Database/**/Tables/*.sql (SSDT project, one table per file; commit of each file noted). CREATE TABLE statements verbatim; inline INDEX clauses and separate index files dropped; GO added between the files.

-- Users/Tables/AspNetUsers.sql @ 0fd42294a9a258f985c6481f70ca9268f22041c4
CREATE TABLE users.AspNetUsers
(
     Id int IDENTITY(1, 1) NOT NULL,
     UserName nvarchar(256) NOT NULL,
     NormalizedUserName nvarchar(256) NOT NULL,
     Email nvarchar(256) NOT NULL,
     NormalizedEmail nvarchar(256) NOT NULL,
     EmailConfirmed bit CONSTRAINT DF_AspNetUsers_EmailConfirmed DEFAULT 0 NOT NULL,
     PasswordHash nvarchar(max) NULL,
     SecurityStamp nvarchar(max) NULL,
     ConcurrencyStamp nvarchar(max) NULL,
     PhoneNumber nvarchar(35) NULL,
     PhoneNumberConfirmed bit CONSTRAINT DF_AspNetUsers_PhoneNumberConfirmed DEFAULT 0 NOT NULL,
     TwoFactorEnabled bit NOT NULL,
     LockoutEnd datetimeoffset(7) NULL,
     LockoutEnabled bit NOT NULL,
     AccessFailedCount int NOT NULL,
     PrimaryOrganisationId int NOT NULL,
     OrganisationFunction nvarchar(50) NULL,
     [Disabled] bit NOT NULL,
     CatalogueAgreementSigned bit CONSTRAINT DF_AspNetUsers_CatalogueAgreementSigned DEFAULT 0 NOT NULL,
     FirstName nvarchar(100) NOT NULL,
     LastName nvarchar(100) NOT NULL,
     LastUpdated datetime2(7) DEFAULT GETUTCDATE() NOT NULL,
     LastUpdatedBy int NULL,
     HasOptedInUserResearch BIT DEFAULT 0 NOT NULL,
     AcceptedTermsOfUseDate DATETIME2(7) NULL,
     SysStartTime datetime2(0) GENERATED ALWAYS AS ROW START NOT NULL,
     SysEndTime datetime2(0) GENERATED ALWAYS AS ROW END NOT NULL,
     PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
     CONSTRAINT PK_AspNetUsers PRIMARY KEY (Id),
     CONSTRAINT AK_AspNetUsers_NormalizedUserName UNIQUE (NormalizedUserName),
     CONSTRAINT AK_AspNetUsers_NormalizedEmail UNIQUE (NormalizedEmail),
     CONSTRAINT FK_AspNetUsers_OrganisationId FOREIGN KEY (PrimaryOrganisationId) REFERENCES organisations.Organisations (Id),
     CONSTRAINT FK_AspNetUsers_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = users.AspNetUsers_History));

GO

-- Users/Tables/AccountRequests.sql @ 2b94d2a21d0d526fc98dbcc26e8e69a38f1e01af
CREATE TABLE [users].[AccountRequests]
(
    [Id]                     UNIQUEIDENTIFIER NOT NULL PRIMARY KEY DEFAULT NEWID(),
    [FirstName]              NVARCHAR(100)    NOT NULL,
    [LastName]               NVARCHAR(100)    NOT NULL,
    [Email]                  NVARCHAR(256)    NOT NULL,
    [OdsCode]                NVARCHAR(10)     NOT NULL,
    [Status]                 INT              NOT NULL DEFAULT 1,
    [RequestJustification]   NVARCHAR(1500)   NOT NULL,
    [HasOptedInUserResearch] BIT              NOT NULL DEFAULT 0,
    [DecisionJustification]  NVARCHAR(1500)   NULL,
    [RequestedOn]            DATETIME2        NOT NULL DEFAULT GETUTCDATE(),
    [DecidedOn]              DATETIME2        NULL,
    [UserId]                 INT              NULL,
    [DecidedBy]              INT              NULL,
    [IsConfirmed]            BIT              NOT NULL DEFAULT 0,
    CONSTRAINT FK_AccountRequests_User FOREIGN KEY (UserId) REFERENCES [users].[AspNetUsers] (Id),
    CONSTRAINT FK_AccountRequests_DecidedBy FOREIGN KEY (DecidedBy) REFERENCES [users].[AspNetUsers] (Id),
    CONSTRAINT FK_AccountRequests_Status FOREIGN KEY (Status) REFERENCES [users].[AccountRequestStatuses] (Id),
    CONSTRAINT FK_AccountRequests_Organisation FOREIGN KEY (OdsCode) REFERENCES [ods_organisations].[OdsOrganisations] ([Id])
)

GO

-- Users/Tables/AspNetUserEvents.sql @ 3710993ea9781dd679b9f6fc9a6c49612ed7a6a6
CREATE TABLE [users].[AspNetUserEvents]
(
    Id INT IDENTITY(1, 1) NOT NULL,
    UserId INT NOT NULL,
    EventTypeId INT NOT NULL,
    [Created] DATETIME2 CONSTRAINT DF_AspNetUserEvents_Created DEFAULT GETUTCDATE() NOT NULL,
    CONSTRAINT PK_AspNetUserEvents PRIMARY KEY (Id),
    CONSTRAINT FK_AspNetUserEvents_Order FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id) ON DELETE CASCADE,
    CONSTRAINT FK_AspNetUserEvents_EventType FOREIGN KEY (EventTypeId) REFERENCES notifications.EventTypes (Id),
);

GO

-- Users/Tables/AspNetUserLoginEvents.sql @ 8c7c27970ab8b6b115de544c39ec5b54fedc64cc
CREATE TABLE [users].[AspNetUserLoginEvents]
(
    [Id] INT NOT NULL IDENTITY(1, 1) PRIMARY KEY,
    [UserId] INT NOT NULL,
    [Date] DATETIME2 NOT NULL DEFAULT GETUTCDATE(),
    CONSTRAINT FK_AspNetUsers_User FOREIGN KEY ([UserId]) REFERENCES [users].[AspNetUsers] ([Id]),
);

GO

-- Users/Tables/AspNetUserLogins.sql @ 265e28c755d0073bf884a08637096bb5e8d34dea
CREATE TABLE users.AspNetUserLogins
(
     LoginProvider nvarchar(128) NOT NULL,
     ProviderKey nvarchar(128) NOT NULL,
     ProviderDisplayName nvarchar(max) NULL,
     UserId int NOT NULL,
     CONSTRAINT PK_AspNetUserLogins PRIMARY KEY CLUSTERED (LoginProvider, ProviderKey),
     CONSTRAINT FK_AspNetUserLogins_AspNetUsers_UserId FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id) ON DELETE CASCADE,
);

GO

-- Users/Tables/AspNetUserTokens.sql @ 1341eeff4e05258cf52a42e8d1107161cf102cad
CREATE TABLE users.AspNetUserTokens
(
     UserId nvarchar(450) NOT NULL,
     LoginProvider nvarchar(128) NOT NULL,
     [Name] nvarchar(128) NOT NULL,
     [Value] nvarchar(max) NULL,
     CONSTRAINT PK_AspNetUserTokens PRIMARY KEY CLUSTERED (UserId, LoginProvider, [Name]),
     CONSTRAINT FK_AspNetUserTokens_AspNetUsers_UserId FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id) ON DELETE CASCADE
);

GO

-- Users/Tables/AspNetUserClaims.sql @ 1d6e6bc19d691a93a11f1a2f5e57fb2717121ddb
CREATE TABLE users.AspNetUserClaims
(
     Id int IDENTITY(1, 1) NOT NULL,
     UserId nvarchar(450) NOT NULL,
     ClaimType nvarchar(max) NULL,
     ClaimValue nvarchar(max) NULL,
     CONSTRAINT PK_AspNetUserClaims PRIMARY KEY CLUSTERED (Id),
     CONSTRAINT FK_AspNetUserClaims_AspNetUsers_UserId FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id) ON DELETE CASCADE,
);

GO

-- Users/Tables/AspNetRoles.sql @ 1341eeff4e05258cf52a42e8d1107161cf102cad
CREATE TABLE users.AspNetRoles
(
     Id nvarchar(450) NOT NULL,
     [Name] nvarchar(256) NULL,
     NormalizedName nvarchar(256) NULL,
     ConcurrencyStamp nvarchar(max) NULL,
     CONSTRAINT PK_AspNetRoles PRIMARY KEY CLUSTERED (Id)
);

GO

-- Users/Tables/AspNetUserRoles.sql @ 61db51abef93aadfb3e6276ba5edde1c9cd2fe03
CREATE TABLE users.AspNetUserRoles
(
     UserId int NOT NULL,
     RoleId int NOT NULL,
     CONSTRAINT PK_AspNetUserRoles PRIMARY KEY CLUSTERED (UserId, RoleId),
     CONSTRAINT FK_AspNetUserRoles_AspNetRoles_RoleId FOREIGN KEY (RoleId) REFERENCES users.AspNetRoles (Id) ON DELETE CASCADE,
     CONSTRAINT FK_AspNetUserRoles_AspNetUsers_UserId FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id) ON DELETE CASCADE,
);

GO

-- Users/Tables/EmailDomains.sql @ 01b2c3635e28ac96329f5f2376a2ae4e3d9155c9
CREATE TABLE users.EmailDomains (
    [Id] INT IDENTITY(1,1) NOT NULL,
    [Domain] NVARCHAR(50) NOT NULL
)

GO

-- Organisations/Tables/Organisations.sql @ 1341eeff4e05258cf52a42e8d1107161cf102cad
CREATE TABLE organisations.Organisations
(
	OrganisationId uniqueidentifier NOT NULL,
    [Name] nvarchar(255) NOT NULL,
    [Address] nvarchar(max) NULL,
    OdsCode nvarchar(8) NULL,
    PrimaryRoleId nvarchar(8) NULL,
    CatalogueAgreementSigned bit DEFAULT 0 NOT NULL,
    LastUpdated datetime2(7) DEFAULT GETUTCDATE() NOT NULL,
    CONSTRAINT PK_Organisations PRIMARY KEY NONCLUSTERED (OrganisationId),
);

GO

-- Ordering/Tables/Contacts.sql @ 0241b0d474e48ca5d8968ac09429668571ca6a9a
CREATE TABLE ordering.Contacts
(
    Id int IDENTITY(1, 1) NOT NULL,
    FirstName nvarchar(100) NULL, 
    LastName nvarchar(100) NULL,
    Email nvarchar(256) NULL, 
    Phone nvarchar(35) NULL,
    LastUpdated datetime2(7) DEFAULT GETUTCDATE() NOT NULL,
    LastUpdatedBy int NULL,
    SysStartTime datetime2(0) GENERATED ALWAYS AS ROW START NOT NULL,
    SysEndTime datetime2(0) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
    [Department] NVARCHAR(50) NULL, 
    [SupplierContactId] INT NULL, 
    CONSTRAINT PK_Contacts PRIMARY KEY (Id),
    CONSTRAINT FK_Contacts_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
    CONSTRAINT FK_Contacts_SupplierContact FOREIGN KEY (SupplierContactId) REFERENCES catalogue.SupplierContacts(Id),
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = ordering.Contacts_History));

GO

-- Ordering/Tables/Orders.sql @ 06b4a33870297b35c42b5bf114010f343d71d0fe
CREATE TABLE ordering.Orders
(
    Id INT IDENTITY(10001, 1) NOT NULL,
    CallOffId AS CONCAT('C', FORMAT(Id, '000000'), '-01'),
    [Description] NVARCHAR(100) NOT NULL,
    OrderingPartyId INT NOT NULL,
    OrderingPartyContactId INT NULL,
    SupplierId INT NULL,
    SupplierContactId INT NULL,
    CommencementDate DATE NULL,
    FundingSourceOnlyGMS BIT NULL,
    ConfirmedFundingSource BIT NULL,
    OrderTriageValueId INT NULL,
    Created DATETIME2 CONSTRAINT DF_Order_Created DEFAULT GETUTCDATE() NOT NULL,
    LastUpdated DATETIME2 CONSTRAINT DF_Order_LastUpdated DEFAULT GETUTCDATE() NOT NULL CONSTRAINT Order_LastUpdatedNotBeforeCreated CHECK (LastUpdated >= Created),
    LastUpdatedBy INT NULL,
    Completed DATETIME2 NULL CONSTRAINT Order_CompletedNotBeforeCreated CHECK (Completed >= Created),
    OrderStatusId INT NULL,
    IsDeleted BIT CONSTRAINT DF_Order_IsDeleted DEFAULT 0 NOT NULL,
    SysStartTime DATETIME2(0) GENERATED ALWAYS AS ROW START NOT NULL,
    SysEndTime DATETIME2(0) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
    InitialPeriod INT NULL CONSTRAINT Order_PositiveInitialPeriod CHECK (InitialPeriod >= 0),
    MaximumTerm INT NULL CONSTRAINT Order_PositiveMaximumTerm CHECK (MaximumTerm >= 0),
    AssociatedServicesOnly BIT NULL,
    [SolutionId] NVARCHAR(14) NULL,
    SelectedFrameworkId NVARCHAR(10) NULL,
    [DeliveryDate] DATE NULL,
    CONSTRAINT PK_Orders PRIMARY KEY (Id),
    CONSTRAINT FK_Orders_OrderingParty FOREIGN KEY (OrderingPartyId) REFERENCES organisations.Organisations (Id),
    CONSTRAINT FK_Orders_OrderingPartyContact FOREIGN KEY (OrderingPartyContactId) REFERENCES ordering.Contacts (Id),
    CONSTRAINT FK_Orders_Supplier FOREIGN KEY (SupplierId) REFERENCES catalogue.Suppliers (Id),
    CONSTRAINT FK_Orders_SupplierContact FOREIGN KEY (SupplierContactId) REFERENCES ordering.Contacts (Id),
    CONSTRAINT FK_Orders_OrderTriageValue FOREIGN KEY (OrderTriageValueId) REFERENCES ordering.OrderTriageValues(Id),
    CONSTRAINT FK_Orders_OrderStatus FOREIGN KEY (OrderStatusId) REFERENCES ordering.OrderStatus (Id),
    CONSTRAINT FK_Orders_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
    CONSTRAINT FK_Orders_Solution FOREIGN KEY (SolutionId) REFERENCES catalogue.CatalogueItems(Id),
    CONSTRAINT FK_Orders_SelectedFramework FOREIGN KEY (SelectedFrameworkId) REFERENCES catalogue.Frameworks(Id),
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = ordering.Orders_History));

GO

-- Ordering/Tables/OrderEvents.sql @ 029d6515038aec934581d1e26a4e83db19eb8765
CREATE TABLE ordering.OrderEvents
(
    Id INT IDENTITY(1, 1) NOT NULL,
    OrderNumber INT NULL,
    OrderId INT NULL,
    EventTypeId INT NOT NULL,
    [Created] DATETIME2 CONSTRAINT DF_OrderEvents_Created DEFAULT GETUTCDATE() NOT NULL,
    CONSTRAINT PK_OrderEvents PRIMARY KEY (Id),
    CONSTRAINT FK_OrderEvents_Order FOREIGN KEY (OrderId) REFERENCES ordering.Orders (Id) ON DELETE CASCADE,
    CONSTRAINT FK_OrderEvents_EventType FOREIGN KEY (EventTypeId) REFERENCES notifications.EventTypes (Id),
);

GO

-- Ordering/Tables/OrderDeletionApprovals.sql @ 06b4a33870297b35c42b5bf114010f343d71d0fe
CREATE TABLE ordering.OrderDeletionApprovals
(
    Id int IDENTITY(1, 1) NOT NULL,
    OrderId INT NOT NULL,
    NameOfRequester NVARCHAR(100) NOT NULL,
    NameOfApprover NVARCHAR(100) NOT NULL,
    DateOfApproval DATETIME2(0) NOT NULL,
    LastUpdated datetime2(7) DEFAULT GETUTCDATE() NOT NULL,
    LastUpdatedBy int NULL,
    SysStartTime datetime2(0) GENERATED ALWAYS AS ROW START NOT NULL,
    SysEndTime datetime2(0) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
    CONSTRAINT PK_OrderDeletionApprovals PRIMARY KEY (Id),
    CONSTRAINT FK_OrderDeletionApprovals_Order FOREIGN KEY (OrderId) REFERENCES ordering.Orders(Id),
    CONSTRAINT FK_OrderDeletionApprovals_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id)
);

GO

-- Catalogue/Tables/Suppliers.sql @ 1c7759c3d8b967220fec764c1b69d7d942fb1298
CREATE TABLE catalogue.Suppliers
(
     Id int NOT NULL,
     [Name] nvarchar(255) NOT NULL,
     LegalName nvarchar(255) NOT NULL,
     Summary nvarchar(1100) NULL,
     SupplierUrl nvarchar(1000) NULL,
     [Address] nvarchar(500) NULL,
     Deleted bit CONSTRAINT DF_Supplier_Deleted DEFAULT 0 NOT NULL,
     LastUpdated datetime2(7) NOT NULL,
     LastUpdatedBy int NULL,
     [Active] BIT NOT NULL DEFAULT 0, 
     CONSTRAINT PK_Suppliers PRIMARY KEY (Id),
     CONSTRAINT FK_Suppliers_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
);

GO

-- Catalogue/Tables/SupplierContacts.sql @ 2b6b0739e78fec08f7e50d87a5754f6241d38f51
CREATE TABLE catalogue.SupplierContacts
(
     Id int IDENTITY(1, 1) NOT NULL,
     SupplierId int NOT NULL,
     FirstName nvarchar(35) NOT NULL,
     LastName nvarchar(35) NOT NULL,
     Email nvarchar(255) NOT NULL,
     PhoneNumber nvarchar(35) NULL,
     Department nvarchar(50) NULL,
     LastUpdated datetime2(7) CONSTRAINT DF_SupplierContacts_LastUpdated DEFAULT GETUTCDATE() NOT NULL,
     LastUpdatedBy int NULL,
     SysStartTime datetime2(0) GENERATED ALWAYS AS ROW START NOT NULL,
	 SysEndTime datetime2(0) GENERATED ALWAYS AS ROW END NOT NULL,
     PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
     CONSTRAINT PK_SupplierContacts PRIMARY KEY (Id),
     CONSTRAINT FK_SupplierContacts_Supplier FOREIGN KEY (SupplierId) REFERENCES catalogue.Suppliers(Id) ON DELETE CASCADE,
     CONSTRAINT FK_SupplierContacts_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
);

GO

-- Catalogue/Tables/MarketingContacts.sql @ 265e28c755d0073bf884a08637096bb5e8d34dea
CREATE TABLE catalogue.MarketingContacts
(
     Id int IDENTITY(1, 1) NOT NULL,
     SolutionId nvarchar(14) NOT NULL,
     FirstName nvarchar(35) NULL,
     LastName nvarchar(35) NULL,
     Email nvarchar(255) NULL,
     PhoneNumber nvarchar(35) NULL,
     Department nvarchar(50) NULL,
     LastUpdated datetime2(7) NOT NULL,
     LastUpdatedBy int NULL,
     CONSTRAINT PK_MarketingContacts PRIMARY KEY (Id),
     CONSTRAINT FK_MarketingContacts_Solution FOREIGN KEY (SolutionId) REFERENCES catalogue.Solutions(CatalogueItemId) ON DELETE CASCADE,
     CONSTRAINT FK_MarketingContacts_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
);

GO

-- Catalogue/Tables/DataProtectionOfficers.sql @ 78834d88311ee62617512fcca25d37515622ba51
CREATE TABLE [catalogue].[DataProtectionOfficers]
(
    [Id]                    INT IDENTITY(1, 1)  NOT NULL PRIMARY KEY,
    [DataProcessingInfoId]  INT                 NOT NULL,
    [Name]                  NVARCHAR(200)       NOT NULL,
    [EmailAddress]          NVARCHAR(256)       NULL,
    [PhoneNumber]           NVARCHAR(35)        NULL,
    CONSTRAINT FK_DataProtectionOfficers_DataProcessingInformation FOREIGN KEY ([DataProcessingInfoId]) REFERENCES catalogue.DataProcessingInformation ([Id])
)

GO

-- Catalogue/Tables/SlaContacts.sql @ 208b7a939974b1fcace3df9b9c5ddc206243d4e0
CREATE TABLE [catalogue].[SlaContacts]
(
	 Id INT NOT NULL IDENTITY(1,1),
     SolutionId nvarchar(14) NOT NULL,
     Channel nvarchar(300) NOT NULL,
     ContactInformation nvarchar(1000) NOT NULL,
     TimeFrom datetime2(7) NOT NULL,
     TimeUntil datetime2(7) NOT NULL,
     LastUpdated datetime2(7) CONSTRAINT DF_SlaContacts_LastUpdated DEFAULT GETUTCDATE() NOT NULL,
     LastUpdatedBy int NULL,
     SysStartTime datetime2(0) GENERATED ALWAYS AS ROW START NOT NULL,
     SysEndTime datetime2(0) GENERATED ALWAYS AS ROW END NOT NULL,
     PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
     CONSTRAINT PK_SlaContacts PRIMARY KEY (Id),
     CONSTRAINT FK_SlaContacts_ServiceLevelAgreement FOREIGN KEY (SolutionId) REFERENCES catalogue.ServiceLevelAgreements(SolutionId),
     CONSTRAINT FK_SlaContacts_LastUpdatedBy FOREIGN KEY (LastUpdatedBy) REFERENCES users.AspNetUsers(Id),
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = catalogue.SlaContacts_History));

GO

-- Notifications/Tables/EmailNotifications.sql @ 029d6515038aec934581d1e26a4e83db19eb8765
CREATE TABLE notifications.EmailNotifications
(
    [Id] UNIQUEIDENTIFIER DEFAULT (newsequentialid()) NOT NULL,
    [To] nvarchar(256) NOT NULL,
    [EmailNotificationTypeId] INT NOT NULL,
    [Json] nvarchar(max) NULL,
    [ReceiptId] nvarchar(50) NULL,
    [Created] DATETIME2 CONSTRAINT DF_EmailNotification_Created DEFAULT GETUTCDATE() NOT NULL,
    SysStartTime DATETIME2(0) GENERATED ALWAYS AS ROW START NOT NULL,
    SysEndTime DATETIME2(0) GENERATED ALWAYS AS ROW END NOT NULL,
    PERIOD FOR SYSTEM_TIME (SysStartTime, SysEndTime),
    CONSTRAINT PK_EmailNotifications PRIMARY KEY (Id),
    CONSTRAINT FK_EmailNotifications_EmailNotificationType FOREIGN KEY (EmailNotificationTypeId) REFERENCES notifications.EmailNotificationTypes (Id),
) WITH (SYSTEM_VERSIONING = ON (HISTORY_TABLE = notifications.EmailNotifications_History));

GO

-- Notifications/Tables/UserManagedEmailPreferences.sql @ 20608ba8d24f710fc2ea137eca468548f1491c58
CREATE TABLE [notifications].[UserEmailPreferences]
(
    [UserId] INT NOT NULL,
    [EmailPreferenceTypeId] INT NOT NULL,
    [Enabled] BIT NOT NULL,
    CONSTRAINT PK_UserEmailPreferences PRIMARY KEY (UserId, EmailPreferenceTypeId),
    CONSTRAINT FK_UserEmailPreferences_User FOREIGN KEY (UserId) REFERENCES users.AspNetUsers (Id),
    CONSTRAINT FK_UserEmailPreferences_EmailPreferenceType FOREIGN KEY (EmailPreferenceTypeId) REFERENCES notifications.EmailPreferenceTypes (Id),
)

GO

-- Cache/SessionData.sql @ 1d6e6bc19d691a93a11f1a2f5e57fb2717121ddb
CREATE TABLE cache.SessionData
(
    Id nvarchar(449) NOT NULL,
    [Value] varbinary(max) NOT NULL,
    ExpiresAtTime datetimeoffset(7) NOT NULL,
    SlidingExpirationInSeconds bigint NULL,
    AbsoluteExpiration datetimeoffset(7) NULL,
    CONSTRAINT PK_Sessions PRIMARY KEY CLUSTERED (Id),
);
GO
