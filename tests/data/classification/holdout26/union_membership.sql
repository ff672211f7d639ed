-- dialect: tsql
/*
   UnionHub membership & representation database
   Script generated from MembersDB (SQL Server 2019) - schema only
   Equality-monitoring fields are optional and self-declared (see policy EQ-04).
*/
USE [MembersDB]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[Branch](
	[BranchID] [int] IDENTITY(1,1) NOT NULL,
	[BranchCode] [varchar](10) NOT NULL,
	[BranchName] [nvarchar](100) NOT NULL,
	[Region] [nvarchar](50) NULL,
	[OfficeAddress] [nvarchar](250) NULL,
	[OfficePhone] [varchar](20) NULL,
	[SecretaryMemberID] [int] NULL,
	[CreatedUtc] [datetime2](0) NOT NULL CONSTRAINT [DF_Branch_CreatedUtc] DEFAULT (sysutcdatetime()),
 CONSTRAINT [PK_Branch] PRIMARY KEY CLUSTERED ([BranchID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Employer](
	[EmployerID] [int] IDENTITY(1,1) NOT NULL,
	[EmployerName] [nvarchar](200) NOT NULL,
	[CompanyNumber] [varchar](12) NULL,
	[Sector] [varchar](30) NULL,
	[HeadOfficeAddress] [nvarchar](300) NULL,
	[HRContactName] [nvarchar](100) NULL,
	[HRContactEmail] [nvarchar](254) NULL,
	[HRContactPhone] [varchar](30) NULL,
	[HasRecognitionAgreement] [bit] NOT NULL CONSTRAINT [DF_Employer_Recog] DEFAULT ((0)),
	[CreatedUtc] [datetime2](0) NOT NULL,
 CONSTRAINT [PK_Employer] PRIMARY KEY CLUSTERED ([EmployerID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Member](
	[MemberID] [int] IDENTITY(1,1) NOT NULL,
	[MembershipNumber] [char](9) NOT NULL,
	[BranchID] [int] NOT NULL,
	[Title] [nvarchar](10) NULL,
	[GivenName] [nvarchar](60) NOT NULL,
	[FamilyName] [nvarchar](60) NOT NULL,
	[PreferredName] [nvarchar](60) NULL,
	[DateOfBirth] [date] NULL,
	[GenderIdentity] [varchar](20) NULL,
	[Pronouns] [varchar](20) NULL,
	[NINumber] [char](9) NULL,
	[Email] [nvarchar](254) NULL,
	[MobilePhone] [varchar](20) NULL,
	[AddressLine1] [nvarchar](100) NULL,
	[AddressLine2] [nvarchar](100) NULL,
	[Town] [nvarchar](60) NULL,
	[County] [nvarchar](60) NULL,
	[Postcode] [varchar](10) NULL,
	[JoinedOn] [date] NOT NULL,
	[MembershipGrade] [varchar](12) NOT NULL,
	[MembershipStatus] [char](1) NOT NULL,
	[EthnicOriginCode] [varchar](6) NULL,
	[HasDisability] [bit] NULL,
	[SexualOrientation] [varchar](20) NULL,
	[ReligionOrBelief] [varchar](30) NULL,
	[PoliticalFundOptOut] [bit] NOT NULL CONSTRAINT [DF_Member_PFOptOut] DEFAULT ((0)),
	[ContactConsentEmail] [bit] NOT NULL CONSTRAINT [DF_Member_CCE] DEFAULT ((0)),
	[ContactConsentPost] [bit] NOT NULL CONSTRAINT [DF_Member_CCP] DEFAULT ((1)),
	[rowguid] [uniqueidentifier] NOT NULL CONSTRAINT [DF_Member_rowguid] DEFAULT (newid()),
	[CreatedUtc] [datetime2](0) NOT NULL,
	[ModifiedUtc] [datetime2](0) NULL,
	[ModifiedBy] [nvarchar](64) NULL,
 CONSTRAINT [PK_Member] PRIMARY KEY CLUSTERED ([MemberID] ASC),
 CONSTRAINT [UQ_Member_MembershipNumber] UNIQUE NONCLUSTERED ([MembershipNumber] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[MemberEmployment](
	[EmploymentID] [int] IDENTITY(1,1) NOT NULL,
	[MemberID] [int] NOT NULL,
	[EmployerID] [int] NOT NULL,
	[WorkplaceName] [nvarchar](150) NULL,
	[JobTitle] [nvarchar](100) NULL,
	[PayrollNumber] [varchar](20) NULL,
	[ContractType] [varchar](15) NULL,
	[WeeklyHours] [decimal](4, 1) NULL,
	[SalaryBand] [varchar](10) NULL,
	[StartDate] [date] NULL,
	[EndDate] [date] NULL,
	[IsCurrent] [bit] NOT NULL,
 CONSTRAINT [PK_MemberEmployment] PRIMARY KEY CLUSTERED ([EmploymentID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[DuesMandate](
	[MandateID] [int] IDENTITY(1,1) NOT NULL,
	[MemberID] [int] NOT NULL,
	[PaymentMethod] [varchar](10) NOT NULL,
	[SortCode] [char](6) NULL,
	[AccountNumber] [char](8) NULL,
	[AccountHolderName] [nvarchar](100) NULL,
	[MandateReference] [varchar](18) NULL,
	[MonthlyRate] [money] NOT NULL,
	[MandateStatus] [char](1) NOT NULL,
	[SignedUtc] [datetime2](0) NULL,
 CONSTRAINT [PK_DuesMandate] PRIMARY KEY CLUSTERED ([MandateID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[DuesPayment](
	[PaymentID] [bigint] IDENTITY(1,1) NOT NULL,
	[MandateID] [int] NOT NULL,
	[PeriodStart] [date] NOT NULL,
	[Amount] [money] NOT NULL,
	[CollectedOn] [date] NULL,
	[ProviderRef] [varchar](40) NULL,
	[IsFailed] [bit] NOT NULL,
	[FailureReason] [varchar](60) NULL,
 CONSTRAINT [PK_DuesPayment] PRIMARY KEY CLUSTERED ([PaymentID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[CaseFile](
	[CaseID] [int] IDENTITY(1,1) NOT NULL,
	[CaseRef] [varchar](15) NOT NULL,
	[MemberID] [int] NOT NULL,
	[EmployerID] [int] NULL,
	[CaseType] [varchar](20) NOT NULL,
	[Summary] [nvarchar](max) NULL,
	[HealthConditionDisclosed] [nvarchar](400) NULL,
	[RepresentativeID] [int] NULL,
	[OutcomeCode] [varchar](10) NULL,
	[OpenedOn] [date] NOT NULL,
	[ClosedOn] [date] NULL,
	[IsConfidential] [bit] NOT NULL,
 CONSTRAINT [PK_CaseFile] PRIMARY KEY CLUSTERED ([CaseID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[CaseNote](
	[NoteID] [int] IDENTITY(1,1) NOT NULL,
	[CaseID] [int] NOT NULL,
	[AuthorUserID] [int] NOT NULL,
	[NoteText] [nvarchar](max) NOT NULL,
	[AttachmentPath] [nvarchar](400) NULL,
	[CreatedUtc] [datetime2](0) NOT NULL,
 CONSTRAINT [PK_CaseNote] PRIMARY KEY CLUSTERED ([NoteID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[StrikePayClaim](
	[ClaimID] [int] IDENTITY(1,1) NOT NULL,
	[MemberID] [int] NOT NULL,
	[DisputeCode] [varchar](12) NOT NULL,
	[StrikeDate] [date] NOT NULL,
	[DaysLost] [decimal](3, 1) NOT NULL,
	[ClaimAmount] [money] NOT NULL,
	[ApprovedBy] [nvarchar](64) NULL,
	[PaidOn] [date] NULL,
	[ClaimStatus] [char](1) NOT NULL,
 CONSTRAINT [PK_StrikePayClaim] PRIMARY KEY CLUSTERED ([ClaimID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[PortalUser](
	[UserID] [int] IDENTITY(1,1) NOT NULL,
	[MemberID] [int] NULL,
	[LoginEmail] [nvarchar](254) NOT NULL,
	[PasswordHash] [varbinary](64) NOT NULL,
	[TotpSecret] [varchar](64) NULL,
	[LastLoginIp] [varchar](45) NULL,
	[LastLoginUtc] [datetime2](0) NULL,
	[FailedLoginCount] [tinyint] NOT NULL,
	[IsLocked] [bit] NOT NULL,
 CONSTRAINT [PK_PortalUser] PRIMARY KEY CLUSTERED ([UserID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[SystemSetting](
	[SettingKey] [varchar](80) NOT NULL,
	[SettingValue] [nvarchar](1000) NULL,
	[ModifiedUtc] [datetime2](0) NULL,
 CONSTRAINT [PK_SystemSetting] PRIMARY KEY CLUSTERED ([SettingKey] ASC)
) ON [PRIMARY]
GO

ALTER TABLE [dbo].[Member]  WITH CHECK ADD  CONSTRAINT [FK_Member_Branch] FOREIGN KEY([BranchID])
REFERENCES [dbo].[Branch] ([BranchID])
GO
ALTER TABLE [dbo].[MemberEmployment]  WITH CHECK ADD  CONSTRAINT [FK_MemberEmployment_Member] FOREIGN KEY([MemberID])
REFERENCES [dbo].[Member] ([MemberID])
GO
ALTER TABLE [dbo].[MemberEmployment]  WITH CHECK ADD  CONSTRAINT [FK_MemberEmployment_Employer] FOREIGN KEY([EmployerID])
REFERENCES [dbo].[Employer] ([EmployerID])
GO
ALTER TABLE [dbo].[DuesMandate]  WITH CHECK ADD  CONSTRAINT [FK_DuesMandate_Member] FOREIGN KEY([MemberID])
REFERENCES [dbo].[Member] ([MemberID])
GO
ALTER TABLE [dbo].[CaseFile]  WITH CHECK ADD  CONSTRAINT [FK_CaseFile_Member] FOREIGN KEY([MemberID])
REFERENCES [dbo].[Member] ([MemberID])
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Self-declared; NULL = prefer not to say' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Member', @level2type=N'COLUMN',@level2name=N'SexualOrientation'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'1 = member opted out of the political fund levy' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'Member', @level2type=N'COLUMN',@level2name=N'PoliticalFundOptOut'
GO
