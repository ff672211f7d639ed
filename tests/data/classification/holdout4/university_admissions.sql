-- dialect: tsql
-- University undergraduate admissions: applicants, test scores, essays, recommendations, reviews

CREATE TABLE [adm].[Applicant] (
    [ApplicantId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicationNo] VARCHAR(12) NOT NULL,
    [LegalFirstName] NVARCHAR(80) NOT NULL,
    [LegalLastName] NVARCHAR(80) NOT NULL,
    [PreferredName] NVARCHAR(80) NULL,
    [DateOfBirth] DATE NOT NULL,
    [Gender] NVARCHAR(20) NULL,
    [Pronouns] NVARCHAR(20) NULL,
    [Citizenship] CHAR(2) NULL,
    [VisaStatus] NVARCHAR(30) NULL,
    [Ethnicity] NVARCHAR(60) NULL,
    [FirstGenFlag] BIT NULL,
    [Email] NVARCHAR(254) NOT NULL,
    [Phone] VARCHAR(20) NULL,
    [MailingAddress] NVARCHAR(300) NULL,
    [CountryCode] CHAR(2) NULL,
    [DisabilityAccommodation] NVARCHAR(500) NULL,
    [FeeWaiverFlag] BIT NOT NULL DEFAULT 0,
    [CreatedUtc] DATETIME2 NOT NULL
);

CREATE TABLE [adm].[ExamScore] (
    [ScoreId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId] INT NOT NULL REFERENCES [adm].[Applicant]([ApplicantId]),
    [ExamType] VARCHAR(10) NOT NULL,
    [TestDate] DATE NULL,
    [TotalScore] SMALLINT NULL,
    [SectionScoresJson] NVARCHAR(MAX) NULL,
    [RegistrationNo] VARCHAR(20) NULL,
    [VerifiedFlag] BIT NOT NULL DEFAULT 0
);

CREATE TABLE [adm].[EssayPrompt] (
    [PromptId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CycleYear] SMALLINT NOT NULL,
    [PromptText] NVARCHAR(1000) NOT NULL,
    [MaxWords] SMALLINT NOT NULL
);

CREATE TABLE [adm].[Essay] (
    [EssayId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId] INT NOT NULL REFERENCES [adm].[Applicant]([ApplicantId]),
    [PromptId] INT NOT NULL REFERENCES [adm].[EssayPrompt]([PromptId]),
    [Body] NVARCHAR(MAX) NOT NULL,
    [WordCount] SMALLINT NULL,
    [SubmittedUtc] DATETIME2 NULL,
    [PlagiarismScore] DECIMAL(5,2) NULL
);

CREATE TABLE [adm].[Recommendation] (
    [RecId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId] INT NOT NULL REFERENCES [adm].[Applicant]([ApplicantId]),
    [RecommenderName] NVARCHAR(120) NOT NULL,
    [RecommenderEmail] NVARCHAR(254) NOT NULL,
    [RecommenderTitle] NVARCHAR(80) NULL,
    [RecommenderInstitution] NVARCHAR(160) NULL,
    [LetterText] NVARCHAR(MAX) NULL,
    [WaiverOfAccess] BIT NULL,
    [ReceivedUtc] DATETIME2 NULL
);

CREATE TABLE [adm].[School] (
    [SchoolId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [CeebCode] CHAR(6) NULL,
    [Name] NVARCHAR(200) NOT NULL,
    [City] NVARCHAR(80) NULL,
    [Country] CHAR(2) NULL
);

CREATE TABLE [adm].[AcademicRecord] (
    [RecordId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId] INT NOT NULL REFERENCES [adm].[Applicant]([ApplicantId]),
    [SchoolId] INT NOT NULL REFERENCES [adm].[School]([SchoolId]),
    [Gpa] DECIMAL(4,2) NULL,
    [GpaScale] DECIMAL(4,2) NULL,
    [ClassRank] SMALLINT NULL,
    [GraduationYear] SMALLINT NULL,
    [TranscriptBlobPath] NVARCHAR(400) NULL
);

CREATE TABLE [adm].[Review] (
    [ReviewId] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ApplicantId] INT NOT NULL REFERENCES [adm].[Applicant]([ApplicantId]),
    [ReviewerId] INT NOT NULL,
    [AcademicRating] TINYINT NULL,
    [PersonalRating] TINYINT NULL,
    [Comments] NVARCHAR(MAX) NULL,
    [Decision] VARCHAR(10) NULL,
    [DecidedUtc] DATETIME2 NULL
);
