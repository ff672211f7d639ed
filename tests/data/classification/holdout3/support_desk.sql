-- dialect: tsql
-- Customer support ticketing (SQL Server, PascalCase)

CREATE TABLE dbo.Accounts (
    AccountId     INT IDENTITY(1,1) PRIMARY KEY,
    CompanyName   NVARCHAR(200) NOT NULL,
    Domain        NVARCHAR(200) NULL,
    SupportTier   VARCHAR(10) NOT NULL DEFAULT 'standard',
    MainPhone     VARCHAR(30) NULL
);

CREATE TABLE dbo.Contacts (
    ContactId     INT IDENTITY(1,1) PRIMARY KEY,
    AccountId     INT NULL REFERENCES dbo.Accounts(AccountId),
    FullName      NVARCHAR(150) NOT NULL,
    Email         NVARCHAR(320) NOT NULL,
    Phone         VARCHAR(30) NULL,
    JobTitle      NVARCHAR(100) NULL,
    TimeZone      VARCHAR(40) NULL,
    Notes         NVARCHAR(MAX) NULL,
    CreatedUtc    DATETIME2 NOT NULL
);

CREATE TABLE dbo.Agents (
    AgentId       INT IDENTITY(1,1) PRIMARY KEY,
    LoginName     VARCHAR(60) NOT NULL,
    DisplayName   NVARCHAR(100) NOT NULL,
    Email         NVARCHAR(320) NOT NULL,
    TeamId        INT NULL,
    Role          VARCHAR(20) NOT NULL,
    AvatarBlobId  UNIQUEIDENTIFIER NULL,
    MaxOpenTickets SMALLINT NOT NULL DEFAULT 25,
    IsActive      BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Tickets (
    TicketId      BIGINT IDENTITY(1000,1) PRIMARY KEY,
    ContactId     INT NOT NULL REFERENCES dbo.Contacts(ContactId),
    AssigneeAgentId INT NULL REFERENCES dbo.Agents(AgentId),
    Subject       NVARCHAR(250) NOT NULL,
    Description   NVARCHAR(MAX) NULL,
    Channel       VARCHAR(10) NOT NULL,
    Priority      TINYINT NOT NULL DEFAULT 3,
    Status        VARCHAR(12) NOT NULL DEFAULT 'new',
    Tags          NVARCHAR(400) NULL,
    SlaDueUtc     DATETIME2 NULL,
    CsatScore     TINYINT NULL,
    CsatComment   NVARCHAR(1000) NULL,
    CreatedUtc    DATETIME2 NOT NULL,
    ClosedUtc     DATETIME2 NULL
);

CREATE TABLE dbo.TicketMessages (
    MessageId     BIGINT IDENTITY(1,1) PRIMARY KEY,
    TicketId      BIGINT NOT NULL REFERENCES dbo.Tickets(TicketId),
    AuthorType    CHAR(1) NOT NULL,
    AuthorId      INT NOT NULL,
    FromAddress   NVARCHAR(320) NULL,
    CcAddresses   NVARCHAR(1000) NULL,
    BodyHtml      NVARCHAR(MAX) NOT NULL,
    IsInternalNote BIT NOT NULL DEFAULT 0,
    SenderIp      VARCHAR(45) NULL,
    SentUtc       DATETIME2 NOT NULL
);

CREATE TABLE dbo.Attachments (
    AttachmentId  BIGINT IDENTITY(1,1) PRIMARY KEY,
    MessageId     BIGINT NOT NULL REFERENCES dbo.TicketMessages(MessageId),
    FileName      NVARCHAR(260) NOT NULL,
    ContentType   VARCHAR(100) NULL,
    SizeBytes     BIGINT NOT NULL,
    StoragePath   NVARCHAR(400) NOT NULL,
    Sha256        CHAR(64) NULL
);

CREATE TABLE dbo.Macros (
    MacroId       INT IDENTITY(1,1) PRIMARY KEY,
    Title         NVARCHAR(100) NOT NULL,
    BodyTemplate  NVARCHAR(MAX) NOT NULL,
    CreatedByAgentId INT NULL,
    UsageCount    INT NOT NULL DEFAULT 0
);
