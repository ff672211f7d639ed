-- dialect: tsql
-- Northgate Recoveries Ltd - collections platform (CollectPro v3)
-- Scripted from SSMS

CREATE TABLE [dbo].[ClientCreditor](
	[ClientCreditorID] [int] IDENTITY(1,1) NOT NULL,
	[ClientCode] [varchar](10) NOT NULL,
	[LegalName] [nvarchar](200) NOT NULL,
	[CompaniesHouseNo] [varchar](8) NULL,
	[FCAFirmRef] [varchar](7) NULL,
	[RegisteredAddress] [nvarchar](400) NULL,
	[CommissionPct] [decimal](5, 2) NOT NULL,
	[PortfolioType] [varchar](20) NULL,
	[IsActive] [bit] NOT NULL,
	[CreatedOn] [datetime2](7) NOT NULL,
 CONSTRAINT [PK_ClientCreditor] PRIMARY KEY CLUSTERED ([ClientCreditorID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Debtor](
	[DebtorID] [int] IDENTITY(1,1) NOT NULL,
	[Title] [nvarchar](10) NULL,
	[Forename] [nvarchar](60) NOT NULL,
	[Surname] [nvarchar](60) NOT NULL,
	[DOB] [date] NULL,
	[NINO] [char](9) NULL,
	[AddrLine1] [nvarchar](100) NULL,
	[AddrLine2] [nvarchar](100) NULL,
	[PostTown] [nvarchar](60) NULL,
	[Postcode] [varchar](8) NULL,
	[TelHome] [varchar](20) NULL,
	[TelMob] [varchar](20) NULL,
	[EmailAddr] [nvarchar](254) NULL,
	[EmployerName] [nvarchar](120) NULL,
	[IsDeceased] [bit] NOT NULL,
	[GoneAway] [bit] NOT NULL,
	[rowguid] [uniqueidentifier] ROWGUIDCOL NOT NULL,
	[ModifiedDate] [datetime] NOT NULL,
 CONSTRAINT [PK_Debtor] PRIMARY KEY CLUSTERED ([DebtorID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[DebtAccount](
	[DebtAccountID] [int] IDENTITY(1,1) NOT NULL,
	[DebtorID] [int] NOT NULL,
	[ClientCreditorID] [int] NOT NULL,
	[OurRef] [varchar](12) NOT NULL,
	[OrigAcctNo] [varchar](34) NULL,
	[BalanceOutstanding] [money] NOT NULL,
	[DefaultDate] [date] NULL,
	[StatuteBarredDate] [date] NULL,
	[PlacementDate] [date] NOT NULL,
	[StageCode] [varchar](4) NOT NULL,
 CONSTRAINT [PK_DebtAccount] PRIMARY KEY CLUSTERED ([DebtAccountID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[ContactAttempt](
	[ContactAttemptID] [bigint] IDENTITY(1,1) NOT NULL,
	[DebtAccountID] [int] NOT NULL,
	[AgentID] [int] NULL,
	[Channel] [char](3) NOT NULL,
	[NumberDialled] [varchar](20) NULL,
	[OutcomeCode] [varchar](6) NOT NULL,
	[RPCFlag] [bit] NOT NULL,
	[CallNotes] [nvarchar](max) NULL,
	[RecordingUri] [varchar](300) NULL,
	[AttemptedAt] [datetime2](7) NOT NULL,
 CONSTRAINT [PK_ContactAttempt] PRIMARY KEY CLUSTERED ([ContactAttemptID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[IandE](
	[IandEID] [int] IDENTITY(1,1) NOT NULL,
	[DebtorID] [int] NOT NULL,
	[NetMonthlyWage] [money] NULL,
	[BenefitsIncome] [money] NULL,
	[RentMortgage] [money] NULL,
	[PriorityArrears] [money] NULL,
	[NumAdults] [tinyint] NULL,
	[NumDependants] [tinyint] NULL,
	[HousingTenure] [varchar](10) NULL,
	[SFSVersion] [varchar](6) NULL,
	[CompletedOn] [datetime] NOT NULL,
 CONSTRAINT [PK_IandE] PRIMARY KEY CLUSTERED ([IandEID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Vulnerability](
	[VulnerabilityID] [int] IDENTITY(1,1) NOT NULL,
	[DebtorID] [int] NOT NULL,
	[DriverCode] [varchar](5) NOT NULL,
	[MentalCapacityConcern] [bit] NOT NULL,
	[DisclosedCondition] [nvarchar](500) NULL,
	[BreathingSpaceRef] [varchar](20) NULL,
	[CarerName] [nvarchar](120) NULL,
	[ReviewDue] [date] NULL,
	[RecordedBy] [int] NULL,
 CONSTRAINT [PK_Vulnerability] PRIMARY KEY CLUSTERED ([VulnerabilityID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Arrangement](
	[ArrangementID] [int] IDENTITY(1,1) NOT NULL,
	[DebtAccountID] [int] NOT NULL,
	[InstalmentAmt] [money] NOT NULL,
	[Frequency] [char](1) NOT NULL,
	[PayMethod] [varchar](4) NOT NULL,
	[DDSortCode] [char](6) NULL,
	[DDAccountNo] [char](8) NULL,
	[DDAccountHolder] [nvarchar](70) NULL,
	[MandateRef] [varchar](18) NULL,
	[StartDate] [date] NOT NULL,
	[BrokenFlag] [bit] NOT NULL,
 CONSTRAINT [PK_Arrangement] PRIMARY KEY CLUSTERED ([ArrangementID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Payment](
	[PaymentID] [bigint] IDENTITY(1,1) NOT NULL,
	[DebtAccountID] [int] NOT NULL,
	[Amount] [money] NOT NULL,
	[CardLast4] [char](4) NULL,
	[CardExpiry] [char](4) NULL,
	[PSPTxnRef] [varchar](40) NULL,
	[PayerIP] [varchar](45) NULL,
	[ReceivedAt] [datetime2](7) NOT NULL,
 CONSTRAINT [PK_Payment] PRIMARY KEY CLUSTERED ([PaymentID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[Agent](
	[AgentID] [int] IDENTITY(1,1) NOT NULL,
	[WinLogin] [varchar](40) NOT NULL,
	[DisplayName] [nvarchar](80) NOT NULL,
	[Extn] [varchar](5) NULL,
	[TeamCode] [varchar](6) NULL,
	[CSTLevel] [tinyint] NULL,
	[StartDate] [date] NULL,
	[IsLocked] [bit] NOT NULL,
 CONSTRAINT [PK_Agent] PRIMARY KEY CLUSTERED ([AgentID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[SysSetting](
	[SettingKey] [varchar](64) NOT NULL,
	[SettingValue] [nvarchar](1000) NULL,
	[Description] [nvarchar](200) NULL,
	[UpdatedBy] [varchar](40) NULL,
	[UpdatedAt] [datetime] NULL,
 CONSTRAINT [PK_SysSetting] PRIMARY KEY CLUSTERED ([SettingKey] ASC)
) ON [PRIMARY]
GO
