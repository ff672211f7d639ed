-- dialect: tsql
-- ForkLift Academy (AU) - coding bootcamp student management. SQL Server 2019.

CREATE TABLE dbo.[Campus] (
    [CampusId]      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CampusName]    NVARCHAR(100) NOT NULL,
    [AddressLine]   NVARCHAR(200) NULL,
    [Suburb]        NVARCHAR(60) NULL,
    [State]         NCHAR(3) NULL,
    [Postcode]      NCHAR(4) NULL,
    [PhoneMain]     VARCHAR(20) NULL,
    [ABN]           CHAR(11) NULL
);
GO

CREATE TABLE dbo.[Cohort] (
    [CohortId]      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CampusId]      INT NOT NULL,
    [CohortCode]    VARCHAR(20) NOT NULL,
    [TrackName]     NVARCHAR(80) NOT NULL,
    [StartDate]     DATE NOT NULL,
    [EndDate]       DATE NULL,
    [Capacity]      SMALLINT NULL,
    [TuitionFeeAud] DECIMAL(9,2) NULL,
    [IsOnline]      BIT NOT NULL DEFAULT 0
);
GO

CREATE TABLE dbo.[Applicant] (
    [ApplicantId]        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [rowguid]            UNIQUEIDENTIFIER ROWGUIDCOL NOT NULL DEFAULT NEWID(),
    [GivenName]          NVARCHAR(60) NOT NULL,
    [FamilyName]         NVARCHAR(60) NOT NULL,
    [PreferredName]      NVARCHAR(60) NULL,
    [Email]              NVARCHAR(254) NOT NULL,
    [MobileNo]           VARCHAR(16) NULL,
    [DateOfBirth]        DATE NULL,
    [Gender]             CHAR(1) NULL,
    [Pronouns]           NVARCHAR(20) NULL,
    [CountryOfBirth]     CHAR(2) NULL,
    [IndigenousStatus]   TINYINT NULL,
    [VisaSubclass]       VARCHAR(5) NULL,
    [USI]                CHAR(10) NULL,
    [HighestEducation]   TINYINT NULL,
    [DisabilityFlag]     BIT NULL,
    [ReferralSource]     VARCHAR(30) NULL,
    [CreatedAt]          DATETIME2(0) NOT NULL DEFAULT SYSUTCDATETIME(),
    [ModifiedAt]         DATETIME2(0) NULL
);
GO

CREATE TABLE dbo.[Application] (
    [ApplicationId]        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId]          INT NOT NULL,
    [CohortId]             INT NOT NULL,
    [SubmittedAt]          DATETIME2(0) NULL,
    [StatusCode]           CHAR(3) NOT NULL,
    [CodingChallengeScore] DECIMAL(5,2) NULL,
    [InterviewNotes]       NVARCHAR(MAX) NULL,
    [ReviewerId]           INT NULL,
    [FundingType]          VARCHAR(12) NULL
);
GO

CREATE TABLE dbo.[Enrolment] (
    [EnrolmentId]      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicationId]    INT NOT NULL,
    [StudentNumber]    VARCHAR(12) NOT NULL,
    [EnrolledAt]       DATETIME2(0) NOT NULL,
    [WithdrawnAt]      DATETIME2(0) NULL,
    [WithdrawalReason] NVARCHAR(500) NULL,
    [FinalGrade]       VARCHAR(4) NULL,
    [GraduatedFlag]    BIT NULL
);
GO

CREATE TABLE dbo.[PaymentPlan] (
    [PaymentPlanId]        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EnrolmentId]          INT NOT NULL,
    [PlanType]             VARCHAR(10) NOT NULL,
    [TotalAmount]          DECIMAL(9,2) NOT NULL,
    [DebitBSB]             CHAR(6) NULL,
    [DebitAccountNo]       VARCHAR(12) NULL,
    [DebitAccountName]     NVARCHAR(80) NULL,
    [TFN]                  CHAR(9) NULL,
    [DeclaredAnnualIncome] DECIMAL(10,2) NULL
);
GO

CREATE TABLE dbo.[Attendance] (
    [AttendanceId]     BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EnrolmentId]      INT NOT NULL,
    [SessionDate]      DATE NOT NULL,
    [CheckInAt]        DATETIME2(0) NULL,
    [CheckInIp]        VARCHAR(45) NULL,
    [DeviceFingerprint] VARCHAR(64) NULL,
    [MinutesPresent]   SMALLINT NULL
);
GO

CREATE TABLE dbo.[Submission] (
    [SubmissionId]   BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EnrolmentId]    INT NOT NULL,
    [AssignmentCode] VARCHAR(20) NOT NULL,
    [RepoUrl]        NVARCHAR(300) NULL,
    [SubmittedAt]    DATETIME2(0) NULL,
    [Score]          DECIMAL(5,2) NULL,
    [MentorFeedback] NVARCHAR(MAX) NULL,
    [PlagiarismFlag] BIT NULL
);
GO

CREATE TABLE dbo.[JobOutcome] (
    [OutcomeId]         INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EnrolmentId]       INT NOT NULL,
    [EmployerName]      NVARCHAR(120) NULL,
    [JobTitle]          NVARCHAR(80) NULL,
    [StartingSalaryAud] DECIMAL(10,2) NULL,
    [LinkedInUrl]       NVARCHAR(200) NULL,
    [ConsentToPublish]  BIT NOT NULL DEFAULT 0,
    [ReportedAt]        DATETIME2(0) NULL
);
GO

CREATE TABLE dbo.[StaffUser] (
    [StaffId]      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [UserName]     VARCHAR(50) NOT NULL,
    [PasswordHash] VARBINARY(64) NOT NULL,
    [DisplayName]  NVARCHAR(100) NULL,
    [RoleCode]     VARCHAR(20) NOT NULL,
    [LastLoginAt]  DATETIME2(0) NULL,
    [LastLoginIp]  VARCHAR(45) NULL,
    [IsActive]     BIT NOT NULL DEFAULT 1
);
GO

CREATE TABLE dbo.[AppSetting] (
    [SettingKey]   VARCHAR(100) NOT NULL PRIMARY KEY,
    [SettingValue] NVARCHAR(MAX) NULL,
    [ModifiedBy]   VARCHAR(50) NULL,
    [ModifiedAt]   DATETIME2(0) NULL
);
GO
