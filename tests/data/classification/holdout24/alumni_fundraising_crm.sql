-- dialect: tsql
-- Alumni Relations & Advancement CRM - SQL Server 2019
SET ANSI_NULLS ON;

-- alumni constituents
CREATE TABLE dbo.[Alumnus] (
    [AlumnusID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [ConstituentCode] NVARCHAR(12) NOT NULL,
    [Prefix] NVARCHAR(10) NULL,
    [FirstName] NVARCHAR(50) NOT NULL,
    [MiddleName] NVARCHAR(50) NULL,
    [LastName] NVARCHAR(80) NOT NULL,
    [MaidenName] NVARCHAR(80) NULL,
    [PreferredName] NVARCHAR(50) NULL,
    [Gender] NCHAR(1) NULL,
    [BirthDate] DATE NULL,
    [DeceasedDate] DATE NULL,
    [MaritalStatus] NVARCHAR(12) NULL,
    [SpouseName] NVARCHAR(120) NULL,
    [Ethnicity] NVARCHAR(40) NULL,
    [StudentIDNumber] NVARCHAR(12) NULL,
    [SSN] CHAR(11) NULL,
    [ModifiedDate] DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME(),
    [rowguid] UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID()
);

-- postal addresses of alumni
CREATE TABLE dbo.[AlumnusAddress] (
    [AddressID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [AddressType] NVARCHAR(10) NOT NULL,
    [AddressLine1] NVARCHAR(120) NULL,
    [AddressLine2] NVARCHAR(120) NULL,
    [City] NVARCHAR(60) NULL,
    [StateProvince] NVARCHAR(40) NULL,
    [PostalCode] NVARCHAR(15) NULL,
    [CountryCode] CHAR(2) NULL,
    [IsPreferred] BIT NOT NULL DEFAULT 0,
    [ValidFrom] DATE NULL
);

-- contact and employment details
CREATE TABLE dbo.[AlumnusContact] (
    [ContactID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [EmailPersonal] NVARCHAR(254) NULL,
    [EmailWork] NVARCHAR(254) NULL,
    [MobilePhone] NVARCHAR(25) NULL,
    [HomePhone] NVARCHAR(25) NULL,
    [LinkedInUrl] NVARCHAR(300) NULL,
    [Employer] NVARCHAR(150) NULL,
    [JobTitle] NVARCHAR(100) NULL,
    [Industry] NVARCHAR(60) NULL,
    [ModifiedDate] DATETIME2 NOT NULL
);

-- degrees earned by alumni
CREATE TABLE dbo.[Degree] (
    [DegreeID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [ProgramCode] NVARCHAR(10) NOT NULL,
    [DegreeType] NVARCHAR(10) NULL,
    [Major] NVARCHAR(80) NULL,
    [GraduationYear] SMALLINT NULL,
    [GPA] DECIMAL(3,2) NULL,
    [HonorsCode] NVARCHAR(12) NULL,
    [ThesisTitle] NVARCHAR(300) NULL
);

-- academic program catalogue
CREATE TABLE dbo.[Program] (
    [ProgramCode] NVARCHAR(10) NOT NULL PRIMARY KEY,
    [ProgramName] NVARCHAR(150) NOT NULL,
    [School] NVARCHAR(100) NULL,
    [DegreeLevel] NVARCHAR(10) NULL,
    [IsActive] BIT NOT NULL DEFAULT 1
);

-- donations
CREATE TABLE dbo.[Gift] (
    [GiftID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [ReceiptNumber] NVARCHAR(20) NOT NULL,
    [GiftDate] DATE NOT NULL,
    [Amount] DECIMAL(12,2) NOT NULL,
    [FundCode] NVARCHAR(12) NULL,
    [PaymentMethod] NVARCHAR(12) NULL,
    [CardLast4] CHAR(4) NULL,
    [CardExpiry] CHAR(5) NULL,
    [IsAnonymous] BIT NOT NULL DEFAULT 0,
    [TributeName] NVARCHAR(120) NULL,
    [GiftNotes] NVARCHAR(MAX) NULL,
    [ProcessedBy] NVARCHAR(50) NULL,
    [CreatedAt] DATETIME2 NOT NULL
);

-- prospect research screening
CREATE TABLE dbo.[WealthRating] (
    [RatingID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [EstimatedNetWorth] DECIMAL(14,0) NULL,
    [CapacityTier] NVARCHAR(4) NULL,
    [ResearchNotes] NVARCHAR(MAX) NULL,
    [ResearchedBy] NVARCHAR(50) NULL,
    [RatedAt] DATETIME2 NULL
);

-- events
CREATE TABLE dbo.[AlumniEvent] (
    [EventID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EventName] NVARCHAR(150) NOT NULL,
    [VenueName] NVARCHAR(150) NULL,
    [VenueAddress] NVARCHAR(250) NULL,
    [StartsAt] DATETIME2 NOT NULL,
    [Capacity] INT NULL,
    [TicketPrice] DECIMAL(8,2) NULL
);

-- event registrations
CREATE TABLE dbo.[EventRSVP] (
    [RSVPID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [EventID] INT NOT NULL REFERENCES dbo.AlumniEvent(EventID),
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [ResponseCode] NCHAR(1) NOT NULL,
    [GuestCount] TINYINT NULL,
    [GuestNames] NVARCHAR(300) NULL,
    [DietaryRequirements] NVARCHAR(200) NULL,
    [AccessibilityNeeds] NVARCHAR(200) NULL,
    [CheckedInAt] DATETIME2 NULL,
    [RegistrationIP] VARCHAR(45) NULL
);

-- contact and consent preferences
CREATE TABLE dbo.[CommunicationPreference] (
    [PrefID] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [AlumnusID] INT NOT NULL REFERENCES dbo.Alumnus(AlumnusID),
    [Channel] NVARCHAR(10) NOT NULL,
    [OptIn] BIT NOT NULL,
    [ConsentSource] NVARCHAR(40) NULL,
    [PreferredLanguage] NVARCHAR(10) NULL,
    [DoNotSolicit] BIT NOT NULL DEFAULT 0,
    [UnsubscribeToken] CHAR(32) NULL,
    [UpdatedAt] DATETIME2 NOT NULL
);

