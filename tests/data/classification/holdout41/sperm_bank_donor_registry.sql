-- dialect: tsql
/* NordCryo Donor Registry - SQL Server 2019
   Generated from SSDT project NordCryo.Registry, then hand-edited. */

CREATE TABLE [dbo].[Clinic](
	[ClinicID] [int] IDENTITY(1,1) NOT NULL,
	[ClinicName] [nvarchar](150) NOT NULL,
	[StreetAddress] [nvarchar](200) NULL,
	[City] [nvarchar](80) NULL,
	[CountryCode] [char](2) NOT NULL,
	[MainPhone] [varchar](25) NULL,
	[MedicalDirectorName] [nvarchar](120) NULL,
	[TissueEstablishmentCode] [varchar](20) NULL,
	[IsActive] [bit] NOT NULL CONSTRAINT [DF_Clinic_IsActive] DEFAULT ((1)),
 CONSTRAINT [PK_Clinic] PRIMARY KEY CLUSTERED ([ClinicID] ASC)
)
GO

CREATE TABLE [dbo].[Donor](
	[DonorID] [int] IDENTITY(1,1) NOT NULL,
	[DonorNumber] [varchar](10) NOT NULL,
	[FirstName] [nvarchar](60) NOT NULL,
	[LastName] [nvarchar](80) NOT NULL,
	[DateOfBirth] [date] NOT NULL,
	[CPRNumber] [char](10) NULL,
	[Email] [nvarchar](254) NULL,
	[MobilePhone] [varchar](25) NULL,
	[StreetAddress] [nvarchar](200) NULL,
	[PostalCode] [varchar](10) NULL,
	[City] [nvarchar](80) NULL,
	[HeightCm] [smallint] NULL,
	[WeightKg] [decimal](5,1) NULL,
	[EyeColour] [varchar](20) NULL,
	[BloodGroup] [varchar](3) NULL,
	[EthnicOrigin] [nvarchar](60) NULL,
	[Religion] [nvarchar](40) NULL,
	[EducationLevel] [varchar](30) NULL,
	[Occupation] [nvarchar](80) NULL,
	[IsIdRelease] [bit] NOT NULL DEFAULT ((0)),
	[DonorStatus] [varchar](12) NOT NULL,
	[CreatedAt] [datetime2](3) NOT NULL DEFAULT (sysutcdatetime()),
	[ModifiedAt] [datetime2](3) NULL,
	[ModifiedBy] [int] NULL,
	[rowguid] [uniqueidentifier] NOT NULL CONSTRAINT [DF_Donor_rowguid] DEFAULT (newid()),
 CONSTRAINT [PK_Donor] PRIMARY KEY CLUSTERED ([DonorID] ASC)
)
GO

CREATE TABLE [dbo].[DonorScreening](
	[ScreeningID] [int] IDENTITY(1,1) NOT NULL,
	[DonorID] [int] NOT NULL,
	[ScreenedOn] [date] NOT NULL,
	[InfectiousPanel] [nvarchar](max) NULL,
	[Karyotype] [varchar](20) NULL,
	[CarrierScreenResult] [nvarchar](max) NULL,
	[MSMLast12Months] [bit] NULL,
	[SexualPartnersLast12Mo] [tinyint] NULL,
	[TattooLast4Months] [bit] NULL,
	[FamilyHistoryNotes] [nvarchar](max) NULL,
	[ReviewedBy] [int] NULL,
 CONSTRAINT [PK_DonorScreening] PRIMARY KEY CLUSTERED ([ScreeningID] ASC)
)
GO

CREATE TABLE [dbo].[DonorProfile](
	[ProfileID] [int] IDENTITY(1,1) NOT NULL,
	[DonorID] [int] NOT NULL,
	[ChildhoodPhotoUrl] [varchar](400) NULL,
	[AudioInterviewUrl] [varchar](400) NULL,
	[PersonalEssay] [nvarchar](max) NULL,
	[StaffImpression] [nvarchar](2000) NULL,
	[IsPublished] [bit] NOT NULL DEFAULT ((0)),
	[PublishedAt] [datetime2](0) NULL,
 CONSTRAINT [PK_DonorProfile] PRIMARY KEY CLUSTERED ([ProfileID] ASC)
)
GO

CREATE TABLE [dbo].[Specimen](
	[SpecimenID] [bigint] IDENTITY(1,1) NOT NULL,
	[DonorID] [int] NOT NULL,
	[LotNumber] [varchar](20) NOT NULL,
	[CollectedOn] [date] NOT NULL,
	[StrawCount] [smallint] NOT NULL,
	[MotileMillionsPerMl] [decimal](6,2) NULL,
	[TankPosition] [varchar](16) NULL,
	[StorageStatus] [varchar](12) NOT NULL,
	[StrawType] [varchar](10) NULL,
	[ProcessedBy] [int] NULL,
 CONSTRAINT [PK_Specimen] PRIMARY KEY CLUSTERED ([SpecimenID] ASC)
)
GO

CREATE TABLE [dbo].[Recipient](
	[RecipientID] [int] IDENTITY(1,1) NOT NULL,
	[ClinicID] [int] NULL,
	[FirstName] [nvarchar](60) NOT NULL,
	[LastName] [nvarchar](80) NOT NULL,
	[BirthDate] [date] NULL,
	[Email] [nvarchar](254) NOT NULL,
	[Phone] [varchar](25) NULL,
	[PasswordHash] [varbinary](64) NULL,
	[PartnerName] [nvarchar](120) NULL,
	[FamilyType] [varchar](20) NULL,
	[CountryCode] [char](2) NULL,
	[CreatedAt] [datetime2](3) NOT NULL DEFAULT (sysutcdatetime()),
 CONSTRAINT [PK_Recipient] PRIMARY KEY CLUSTERED ([RecipientID] ASC)
)
GO

CREATE TABLE [dbo].[StrawOrder](
	[OrderID] [int] IDENTITY(1,1) NOT NULL,
	[OrderNumber] [varchar](16) NOT NULL,
	[RecipientID] [int] NOT NULL,
	[SpecimenID] [bigint] NOT NULL,
	[Quantity] [tinyint] NOT NULL,
	[UnitPriceEUR] [money] NOT NULL,
	[CurrencyCode] [char](3) NOT NULL DEFAULT ('EUR'),
	[OrderStatus] [varchar](12) NOT NULL,
	[ShipToClinicID] [int] NULL,
	[CourierTrackingNo] [varchar](40) NULL,
	[ShippedAt] [datetime2](0) NULL,
	[CreatedAt] [datetime2](3) NOT NULL DEFAULT (sysutcdatetime()),
 CONSTRAINT [PK_StrawOrder] PRIMARY KEY CLUSTERED ([OrderID] ASC)
)
GO

CREATE TABLE [dbo].[PregnancyReport](
	[ReportID] [int] IDENTITY(1,1) NOT NULL,
	[OrderID] [int] NOT NULL,
	[ReportedAt] [datetime2](0) NOT NULL,
	[OutcomeCode] [varchar](10) NULL,
	[ChildBirthDate] [date] NULL,
	[ChildSex] [char](1) NULL,
	[FamilyCountForDonor] [tinyint] NULL,
 CONSTRAINT [PK_PregnancyReport] PRIMARY KEY CLUSTERED ([ReportID] ASC)
)
GO

CREATE TABLE [dbo].[StaffUser](
	[StaffUserID] [int] IDENTITY(1,1) NOT NULL,
	[LoginName] [nvarchar](50) NOT NULL,
	[DisplayName] [nvarchar](100) NULL,
	[PasswordHash] [varbinary](64) NOT NULL,
	[TotpSecret] [varchar](64) NULL,
	[RoleCode] [varchar](20) NOT NULL,
	[LastLoginIp] [varchar](45) NULL,
	[IsLocked] [bit] NOT NULL DEFAULT ((0)),
 CONSTRAINT [PK_StaffUser] PRIMARY KEY CLUSTERED ([StaffUserID] ASC)
)
GO

CREATE TABLE [dbo].[AuditTrail](
	[AuditID] [bigint] IDENTITY(1,1) NOT NULL,
	[StaffUserID] [int] NULL,
	[ActionCode] [varchar](20) NOT NULL,
	[EntityName] [sysname] NOT NULL,
	[EntityKey] [varchar](40) NULL,
	[ChangedAt] [datetime2](3) NOT NULL DEFAULT (sysutcdatetime()),
	[ClientIp] [varchar](45) NULL,
	[ChangeSet] [nvarchar](max) NULL,
 CONSTRAINT [PK_AuditTrail] PRIMARY KEY CLUSTERED ([AuditID] ASC)
)
GO

CREATE TABLE [dbo].[SystemSetting](
	[SettingName] [varchar](64) NOT NULL,
	[SettingValue] [nvarchar](400) NULL,
	[ModifiedAt] [datetime2](0) NULL,
 CONSTRAINT [PK_SystemSetting] PRIMARY KEY CLUSTERED ([SettingName] ASC)
)
GO

EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Maximum number of families per donor (national limit)', @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'PregnancyReport', @level2type=N'COLUMN',@level2name=N'FamilyCountForDonor'
GO
