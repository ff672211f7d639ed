-- dialect: tsql
/* =====================================================================
   SiteGate — contractor workforce, site access and fitness-for-work
   Pilbara iron-ore operations (WA).  SQL Server 2019, database SITEGATE
   Generated from the SSDT project; GO separators removed for the loader.
   ===================================================================== */

CREATE TABLE [dbo].[ContractorCompany] (
    [ContractorCompanyID]   INT IDENTITY(1,1) NOT NULL,
    [CompanyName]           NVARCHAR(150)     NOT NULL,
    [ABN]                   CHAR(11)          NULL,
    [HeadOfficeAddress]     NVARCHAR(250)     NULL,
    [SafetyContactName]     NVARCHAR(100)     NULL,
    [SafetyContactMobile]   VARCHAR(20)       NULL,
    [PublicLiabilityPolicyNo] VARCHAR(40)     NULL,
    [CreatedUtc]            DATETIME2(0)      NOT NULL CONSTRAINT [DF_ContractorCompany_CreatedUtc] DEFAULT (SYSUTCDATETIME()),
    CONSTRAINT [PK_ContractorCompany] PRIMARY KEY CLUSTERED ([ContractorCompanyID] ASC)
);

CREATE TABLE [dbo].[Worker] (
    [WorkerID]              INT IDENTITY(1,1) NOT NULL,
    [ContractorCompanyID]   INT               NOT NULL,
    [EmployeeNumber]        VARCHAR(20)       NULL,
    [GivenName]             NVARCHAR(60)      NOT NULL,
    [FamilyName]            NVARCHAR(60)      NOT NULL,
    [PreferredName]         NVARCHAR(60)      NULL,
    [DateOfBirth]           DATE              NULL,
    [Gender]                CHAR(1)           NULL,
    [MobilePhone]           VARCHAR(20)       NULL,
    [PersonalEmail]         NVARCHAR(254)     NULL,
    [HomeSuburb]            NVARCHAR(60)      NULL,
    [HomeState]             CHAR(3)           NULL,
    [HomePostcode]          CHAR(4)           NULL,
    [TaxFileNumber]         CHAR(9)           NULL,
    [SuperFundMemberNo]     VARCHAR(20)       NULL,
    [IndigenousStatusCode]  TINYINT           NULL,
    [IsUnionMember]         BIT               NULL,
    [UnionName]             NVARCHAR(80)      NULL,
    [PoliceCheckDate]       DATE              NULL,
    [PoliceCheckOutcome]    VARCHAR(20)       NULL,   -- NDO = no disclosable court outcomes
    [RowGuid]               UNIQUEIDENTIFIER  NOT NULL CONSTRAINT [DF_Worker_RowGuid] DEFAULT (NEWID()),
    [CreatedUtc]            DATETIME2(0)      NOT NULL CONSTRAINT [DF_Worker_CreatedUtc] DEFAULT (SYSUTCDATETIME()),
    [ModifiedUtc]           DATETIME2(0)      NULL,
    [IsActive]              BIT               NOT NULL CONSTRAINT [DF_Worker_IsActive] DEFAULT ((1)),
    CONSTRAINT [PK_Worker] PRIMARY KEY CLUSTERED ([WorkerID] ASC),
    CONSTRAINT [FK_Worker_ContractorCompany] FOREIGN KEY ([ContractorCompanyID]) REFERENCES [dbo].[ContractorCompany] ([ContractorCompanyID])
);

CREATE TABLE [dbo].[Site] (
    [SiteID]                SMALLINT          NOT NULL,
    [SiteCode]              VARCHAR(10)       NOT NULL,
    [SiteName]              NVARCHAR(100)     NOT NULL,
    [Latitude]              DECIMAL(9,6)      NULL,
    [Longitude]             DECIMAL(9,6)      NULL,
    [TimeZoneId]            VARCHAR(40)       NOT NULL,
    [CampCapacity]          INT               NULL,
    CONSTRAINT [PK_Site] PRIMARY KEY CLUSTERED ([SiteID] ASC)
);

CREATE TABLE [dbo].[Competency] (
    [CompetencyID]          INT IDENTITY(1,1) NOT NULL,
    [Code]                  VARCHAR(20)       NOT NULL,
    [Description]           NVARCHAR(200)     NOT NULL,
    [ValidityMonths]        SMALLINT          NULL,
    CONSTRAINT [PK_Competency] PRIMARY KEY CLUSTERED ([CompetencyID] ASC)
);

CREATE TABLE [dbo].[WorkerCompetency] (
    [WorkerCompetencyID]    INT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NOT NULL,
    [CompetencyID]          INT               NOT NULL,
    [LicenceNumber]         VARCHAR(30)       NULL,   -- e.g. WorkSafe high-risk work licence
    [IssuedDate]            DATE              NULL,
    [ExpiryDate]            DATE              NULL,
    [VerifiedBy]            NVARCHAR(100)     NULL,
    [LicenceScanPath]       NVARCHAR(400)     NULL,
    CONSTRAINT [PK_WorkerCompetency] PRIMARY KEY CLUSTERED ([WorkerCompetencyID] ASC)
);

CREATE TABLE [dbo].[FitnessForWorkTest] (
    [TestID]                INT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NOT NULL,
    [SiteID]                SMALLINT          NOT NULL,
    [TestedUtc]             DATETIME2(0)      NOT NULL,
    [BrAC]                  DECIMAL(4,3)      NULL,   -- breath alcohol g/210L
    [DrugScreenResult]      VARCHAR(12)       NULL,   -- NEG / NON-NEG / CONFIRMED
    [SubstancesDetected]    NVARCHAR(200)     NULL,
    [FatigueScore]          TINYINT           NULL,
    [OutcomeCode]           CHAR(2)           NULL,   -- FW fit, SD stood down, RS restricted
    [TestedBy]              NVARCHAR(100)     NULL,
    [Notes]                 NVARCHAR(MAX)     NULL,
    CONSTRAINT [PK_FitnessForWorkTest] PRIMARY KEY CLUSTERED ([TestID] ASC)
);

CREATE TABLE [dbo].[MedicalAssessment] (
    [AssessmentID]          INT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NOT NULL,
    [ProviderName]          NVARCHAR(150)     NULL,
    [AssessedOn]            DATE              NOT NULL,
    [FitnessCategory]       VARCHAR(20)       NULL,
    [Restrictions]          NVARCHAR(500)     NULL,
    [AudiogramBaselineDb]   TINYINT           NULL,
    [BMI]                   DECIMAL(4,1)      NULL,
    [ReviewDueOn]           DATE              NULL,
    CONSTRAINT [PK_MedicalAssessment] PRIMARY KEY CLUSTERED ([AssessmentID] ASC)
);

CREATE TABLE [dbo].[BiometricEnrolment] (
    [EnrolmentID]           INT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NOT NULL,
    [FingerprintTemplate]   VARBINARY(2048)   NULL,
    [FaceTemplate]          VARBINARY(MAX)    NULL,
    [TemplateFormat]        VARCHAR(20)       NOT NULL,
    [ConsentGiven]          BIT               NOT NULL CONSTRAINT [DF_BiometricEnrolment_Consent] DEFAULT ((0)),
    [EnrolledUtc]           DATETIME2(0)      NOT NULL,
    CONSTRAINT [PK_BiometricEnrolment] PRIMARY KEY CLUSTERED ([EnrolmentID] ASC)
);

CREATE TABLE [dbo].[AccessEvent] (
    [AccessEventID]         BIGINT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NULL,
    [SiteID]                SMALLINT          NOT NULL,
    [GateCode]              VARCHAR(12)       NOT NULL,
    [Direction]             CHAR(1)           NOT NULL,   -- I / O
    [EventUtc]              DATETIME2(3)      NOT NULL,
    [BadgeUid]              VARCHAR(32)       NULL,
    CONSTRAINT [PK_AccessEvent] PRIMARY KEY CLUSTERED ([AccessEventID] ASC)
);

CREATE TABLE [dbo].[CampRoomAllocation] (
    [AllocationID]          INT IDENTITY(1,1) NOT NULL,
    [WorkerID]              INT               NOT NULL,
    [SiteID]                SMALLINT          NOT NULL,
    [RoomNumber]            VARCHAR(10)       NOT NULL,
    [CheckInDate]           DATE              NOT NULL,
    [CheckOutDate]          DATE              NULL,
    [DietaryRequirements]   NVARCHAR(200)     NULL,
    [RosterPattern]         VARCHAR(10)       NULL,   -- 8/6, 2/1, 14/7
    CONSTRAINT [PK_CampRoomAllocation] PRIMARY KEY CLUSTERED ([AllocationID] ASC)
);

CREATE TABLE [dbo].[IncidentReport] (
    [IncidentID]            INT IDENTITY(1,1) NOT NULL,
    [IncidentNumber]        VARCHAR(20)       NOT NULL,
    [SiteID]                SMALLINT          NOT NULL,
    [OccurredUtc]           DATETIME2(0)      NOT NULL,
    [InjuredWorkerID]       INT               NULL,
    [InjuryDescription]     NVARCHAR(1000)    NULL,
    [BodyPartCode]          VARCHAR(10)       NULL,
    [LostTimeDays]          SMALLINT          NULL,
    [ReportedBy]            NVARCHAR(100)     NULL,
    [IsNotifiable]          BIT               NOT NULL CONSTRAINT [DF_IncidentReport_IsNotifiable] DEFAULT ((0)),
    CONSTRAINT [PK_IncidentReport] PRIMARY KEY CLUSTERED ([IncidentID] ASC)
);

CREATE NONCLUSTERED INDEX [IX_AccessEvent_Worker_Event] ON [dbo].[AccessEvent] ([WorkerID] ASC, [EventUtc] ASC);
