-- dialect: tsql
-- Casework database for a licensed private investigation agency (Texas / Oklahoma offices).
-- Generated from the Redgate baseline, v4.2. Do not edit by hand; use migrations.

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[Office](
	[OfficeID] [int] IDENTITY(1,1) NOT NULL,
	[OfficeName] [nvarchar](100) NOT NULL,
	[StreetAddress] [nvarchar](200) NULL,
	[City] [nvarchar](80) NULL,
	[StateCode] [char](2) NULL,
	[PostalCode] [varchar](10) NULL,
	[MainPhone] [varchar](20) NULL,
	[AgencyLicenseNumber] [varchar](30) NULL,
	[CreatedUtc] [datetime2](3) NOT NULL CONSTRAINT [DF_Office_CreatedUtc] DEFAULT (sysutcdatetime()),
 CONSTRAINT [PK_Office] PRIMARY KEY CLUSTERED ([OfficeID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Investigator](
	[InvestigatorID] [int] IDENTITY(1,1) NOT NULL,
	[OfficeID] [int] NOT NULL,
	[FirstName] [nvarchar](50) NOT NULL,
	[LastName] [nvarchar](50) NOT NULL,
	[BadgeNumber] [varchar](12) NULL,
	[StateLicenseNo] [varchar](20) NULL,
	[FirearmPermitNo] [varchar](20) NULL,
	[MobilePhone] [varchar](20) NULL,
	[WorkEmail] [nvarchar](120) NULL,
	[HireDate] [date] NULL,
	[HourlyBillRate] [money] NULL,
	[IsActive] [bit] NOT NULL CONSTRAINT [DF_Investigator_IsActive] DEFAULT ((1)),
	[rowguid] [uniqueidentifier] ROWGUIDCOL NOT NULL CONSTRAINT [DF_Investigator_rowguid] DEFAULT (newid()),
	[ModifiedDate] [datetime] NOT NULL CONSTRAINT [DF_Investigator_ModifiedDate] DEFAULT (getdate()),
 CONSTRAINT [PK_Investigator] PRIMARY KEY CLUSTERED ([InvestigatorID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Client](
	[ClientID] [int] IDENTITY(1000,1) NOT NULL,
	[ClientType] [char](1) NOT NULL,
	[OrganizationName] [nvarchar](150) NULL,
	[ContactFirstName] [nvarchar](50) NULL,
	[ContactLastName] [nvarchar](50) NULL,
	[ContactTitle] [nvarchar](60) NULL,
	[ContactPhone] [varchar](20) NULL,
	[ContactEmail] [nvarchar](120) NULL,
	[BillingAddress1] [nvarchar](200) NULL,
	[BillingCity] [nvarchar](80) NULL,
	[BillingState] [char](2) NULL,
	[BillingZip] [varchar](10) NULL,
	[RetainerBalance] [money] NOT NULL CONSTRAINT [DF_Client_RetainerBalance] DEFAULT ((0)),
	[ReferralSource] [varchar](30) NULL,
	[CreatedUtc] [datetime2](3) NOT NULL,
	[IsDeleted] [bit] NOT NULL CONSTRAINT [DF_Client_IsDeleted] DEFAULT ((0)),
 CONSTRAINT [PK_Client] PRIMARY KEY CLUSTERED ([ClientID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Case](
	[CaseID] [int] IDENTITY(1,1) NOT NULL,
	[CaseNumber] [varchar](15) NOT NULL,
	[ClientID] [int] NOT NULL,
	[LeadInvestigatorID] [int] NULL,
	[CaseType] [varchar](10) NOT NULL,
	[Objective] [nvarchar](max) NULL,
	[RetainerAmount] [money] NULL,
	[OpenedDate] [date] NOT NULL,
	[ClosedDate] [date] NULL,
	[StatusCode] [tinyint] NOT NULL,
	[ConfidentialityLevel] [tinyint] NOT NULL CONSTRAINT [DF_Case_Conf] DEFAULT ((1)),
 CONSTRAINT [PK_Case] PRIMARY KEY CLUSTERED ([CaseID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Subject](
	[SubjectID] [int] IDENTITY(1,1) NOT NULL,
	[CaseID] [int] NOT NULL,
	[FullName] [nvarchar](120) NOT NULL,
	[AliasNames] [nvarchar](300) NULL,
	[DOB] [date] NULL,
	[SSNLast4] [char](4) NULL,
	[DriversLicenseNo] [varchar](25) NULL,
	[PhoneNumber] [varchar](20) NULL,
	[LastKnownAddress] [nvarchar](250) NULL,
	[VehiclePlate] [varchar](12) NULL,
	[Employer] [nvarchar](150) NULL,
	[SocialHandles] [nvarchar](400) NULL,
	[RelationshipToClient] [varchar](30) NULL,
	[PhysicalDescription] [nvarchar](500) NULL,
	[PhotoPath] [nvarchar](260) NULL,
	[CreatedUtc] [datetime2](3) NOT NULL,
 CONSTRAINT [PK_Subject] PRIMARY KEY CLUSTERED ([SubjectID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[SurveillanceLog](
	[LogID] [bigint] IDENTITY(1,1) NOT NULL,
	[CaseID] [int] NOT NULL,
	[SubjectID] [int] NULL,
	[InvestigatorID] [int] NOT NULL,
	[ObservedAt] [datetime2](0) NOT NULL,
	[Latitude] [decimal](9, 6) NULL,
	[Longitude] [decimal](9, 6) NULL,
	[LocationDesc] [nvarchar](200) NULL,
	[Narrative] [nvarchar](max) NULL,
	[IntimateContactObserved] [bit] NULL,
	[MediaCount] [smallint] NOT NULL CONSTRAINT [DF_SurvLog_MediaCount] DEFAULT ((0)),
	[Weather] [varchar](30) NULL,
 CONSTRAINT [PK_SurveillanceLog] PRIMARY KEY CLUSTERED ([LogID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Evidence](
	[EvidenceID] [int] IDENTITY(1,1) NOT NULL,
	[CaseID] [int] NOT NULL,
	[ItemNumber] [varchar](20) NOT NULL,
	[MediaType] [varchar](10) NOT NULL,
	[FilePath] [nvarchar](400) NOT NULL,
	[Sha256] [binary](32) NOT NULL,
	[CapturedAt] [datetime2](0) NULL,
	[CustodyNotes] [nvarchar](1000) NULL,
	[CustodianInvestigatorID] [int] NULL,
 CONSTRAINT [PK_Evidence] PRIMARY KEY CLUSTERED ([EvidenceID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[RecordsCheck](
	[CheckID] [int] IDENTITY(1,1) NOT NULL,
	[SubjectID] [int] NOT NULL,
	[CheckType] [varchar](10) NOT NULL,
	[Jurisdiction] [varchar](60) NULL,
	[CourtCaseNo] [varchar](40) NULL,
	[OffenseDescription] [nvarchar](400) NULL,
	[Disposition] [varchar](60) NULL,
	[BankruptcyFlag] [bit] NULL,
	[RequestedAt] [datetime2](0) NOT NULL,
	[VendorRef] [varchar](40) NULL,
 CONSTRAINT [PK_RecordsCheck] PRIMARY KEY CLUSTERED ([CheckID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Invoice](
	[InvoiceID] [int] IDENTITY(1,1) NOT NULL,
	[CaseID] [int] NOT NULL,
	[InvoiceNo] [varchar](20) NOT NULL,
	[HoursBilled] [decimal](6, 2) NOT NULL,
	[MileageBilled] [decimal](7, 1) NULL,
	[ExpenseTotal] [money] NULL,
	[AmountDue] [money] NOT NULL,
	[IssuedDate] [date] NOT NULL,
	[PaidDate] [date] NULL,
 CONSTRAINT [PK_Invoice] PRIMARY KEY CLUSTERED ([InvoiceID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[AppSetting](
	[SettingKey] [varchar](60) NOT NULL,
	[SettingValue] [nvarchar](max) NULL,
	[Description] [nvarchar](200) NULL,
	[ModifiedDate] [datetime] NOT NULL,
 CONSTRAINT [PK_AppSetting] PRIMARY KEY CLUSTERED ([SettingKey] ASC)
) ON [PRIMARY]
GO

ALTER TABLE [dbo].[Investigator] WITH CHECK ADD CONSTRAINT [FK_Investigator_Office] FOREIGN KEY([OfficeID]) REFERENCES [dbo].[Office] ([OfficeID])
GO
ALTER TABLE [dbo].[Case] WITH CHECK ADD CONSTRAINT [FK_Case_Client] FOREIGN KEY([ClientID]) REFERENCES [dbo].[Client] ([ClientID])
GO
ALTER TABLE [dbo].[Subject] WITH CHECK ADD CONSTRAINT [FK_Subject_Case] FOREIGN KEY([CaseID]) REFERENCES [dbo].[Case] ([CaseID])
GO
