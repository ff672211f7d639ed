-- dialect: tsql
/* GuardOps  -  security guarding company ops DB (Johannesburg)
   legacy schema from the Access upsizing in 2009, extended since */
USE [GuardOps]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

CREATE TABLE [dbo].[tblClient](
	[ClntID] [int] IDENTITY(1,1) NOT NULL,
	[ClntCode] [varchar](10) NOT NULL,
	[ClntName] [nvarchar](120) NOT NULL,
	[VATNo] [varchar](10) NULL,
	[PhysAddr1] [nvarchar](120) NULL,
	[PhysCity] [nvarchar](60) NULL,
	[SiteContactNm] [nvarchar](80) NULL,
	[SiteContactCell] [varchar](15) NULL,
	[BillEmail] [varchar](120) NULL,
	[CrDt] [datetime] NOT NULL CONSTRAINT [DF_tblClient_CrDt] DEFAULT (getdate()),
	[IsDel] [bit] NOT NULL CONSTRAINT [DF_tblClient_IsDel] DEFAULT ((0)),
 CONSTRAINT [PK_tblClient] PRIMARY KEY CLUSTERED ([ClntID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblSite](
	[SiteID] [int] IDENTITY(1,1) NOT NULL,
	[ClntID] [int] NOT NULL,
	[SiteName] [nvarchar](120) NOT NULL,
	[GPSLat] [decimal](9, 6) NULL,
	[GPSLng] [decimal](9, 6) NULL,
	[ArmedReq] [bit] NOT NULL DEFAULT ((0)),
	[PostCount] [tinyint] NULL,
	[AlarmCd] [varchar](10) NULL,
 CONSTRAINT [PK_tblSite] PRIMARY KEY CLUSTERED ([SiteID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblEmp](
	[EmpNo] [int] NOT NULL,
	[FName] [nvarchar](50) NOT NULL,
	[MName] [nvarchar](50) NULL,
	[SName] [nvarchar](50) NOT NULL,
	[IDNo] [char](13) NULL,
	[PassportNo] [varchar](20) NULL,
	[Natnlty] [char](3) NULL,
	[DOB] [date] NULL,
	[Gndr] [char](1) NULL,
	[RaceCd] [char](1) NULL,
	[HomeLang] [varchar](20) NULL,
	[ResAddr1] [nvarchar](120) NULL,
	[ResSuburb] [nvarchar](60) NULL,
	[ResPCode] [char](4) NULL,
	[CellNo] [varchar](15) NULL,
	[AltCellNo] [varchar](15) NULL,
	[PSIRANo] [varchar](12) NULL,
	[PSIRAGrd] [char](1) NULL,
	[FACertNo] [varchar](20) NULL,
	[UnionMbr] [bit] NULL,
	[UnionCd] [varchar](10) NULL,
	[BankAcc] [varchar](20) NULL,
	[BankBrCd] [char](6) NULL,
	[TaxRefNo] [char](10) NULL,
	[StartDt] [date] NULL,
	[TermDt] [date] NULL,
	[TermRsn] [nvarchar](200) NULL,
	[Photo] [varbinary](max) NULL,
	[Active] [bit] NOT NULL DEFAULT ((1)),
 CONSTRAINT [PK_tblEmp] PRIMARY KEY CLUSTERED ([EmpNo] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblEmpBio](
	[BioID] [int] IDENTITY(1,1) NOT NULL,
	[EmpNo] [int] NOT NULL,
	[FPTmpl] [varbinary](2048) NOT NULL,
	[FPIdx] [tinyint] NOT NULL,
	[EnrolDt] [datetime] NULL,
	[ReaderSN] [varchar](30) NULL,
 CONSTRAINT [PK_tblEmpBio] PRIMARY KEY CLUSTERED ([BioID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblShift](
	[ShiftID] [int] IDENTITY(1,1) NOT NULL,
	[SiteID] [int] NOT NULL,
	[EmpNo] [int] NULL,
	[SchedStart] [datetime] NOT NULL,
	[SchedEnd] [datetime] NOT NULL,
	[ActStart] [datetime] NULL,
	[ActEnd] [datetime] NULL,
	[PayRate] [money] NULL,
	[OTHrs] [decimal](5, 2) NULL,
	[Notes] [nvarchar](500) NULL,
 CONSTRAINT [PK_tblShift] PRIMARY KEY CLUSTERED ([ShiftID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblPatrolPing](
	[PingID] [bigint] IDENTITY(1,1) NOT NULL,
	[ShiftID] [int] NOT NULL,
	[PingTS] [datetime2](0) NOT NULL,
	[Lat] [decimal](9, 6) NOT NULL,
	[Lng] [decimal](9, 6) NOT NULL,
	[BattPct] [tinyint] NULL,
	[DevIMEI] [char](15) NULL,
 CONSTRAINT [PK_tblPatrolPing] PRIMARY KEY CLUSTERED ([PingID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblIncident](
	[IncID] [int] IDENTITY(1,1) NOT NULL,
	[IncNo] [varchar](12) NOT NULL,
	[SiteID] [int] NOT NULL,
	[ReptEmpNo] [int] NULL,
	[IncTS] [datetime] NOT NULL,
	[IncCat] [char](3) NOT NULL,
	[Descr] [nvarchar](max) NULL,
	[SuspectDesc] [nvarchar](500) NULL,
	[SAPSCaseNo] [varchar](20) NULL,
	[BodyCamRef] [varchar](40) NULL,
 CONSTRAINT [PK_tblIncident] PRIMARY KEY CLUSTERED ([IncID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblDiscipline](
	[DiscID] [int] IDENTITY(1,1) NOT NULL,
	[EmpNo] [int] NOT NULL,
	[HearingDt] [date] NULL,
	[Offence] [nvarchar](200) NULL,
	[Outcome] [varchar](20) NULL,
	[UnionRepNm] [nvarchar](80) NULL,
	[CrBy] [varchar](20) NULL,
 CONSTRAINT [PK_tblDiscipline] PRIMARY KEY CLUSTERED ([DiscID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblMedCert](
	[MedID] [int] IDENTITY(1,1) NOT NULL,
	[EmpNo] [int] NOT NULL,
	[FromDt] [date] NOT NULL,
	[ToDt] [date] NOT NULL,
	[DrPracNo] [varchar](10) NULL,
	[Diag] [nvarchar](200) NULL,
	[ScanPath] [varchar](260) NULL,
 CONSTRAINT [PK_tblMedCert] PRIMARY KEY CLUSTERED ([MedID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[sysLookup](
	[LkpType] [varchar](20) NOT NULL,
	[LkpCode] [varchar](10) NOT NULL,
	[LkpDesc] [nvarchar](100) NOT NULL,
	[SortOrd] [smallint] NULL,
 CONSTRAINT [PK_sysLookup] PRIMARY KEY CLUSTERED ([LkpType] ASC, [LkpCode] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[appUser](
	[userId] [int] IDENTITY(1,1) NOT NULL,
	[loginName] [varchar](50) NOT NULL,
	[pwdHash] [varbinary](64) NOT NULL,
	[lastLoginIp] [varchar](45) NULL,
	[empNo] [int] NULL,
	[isLocked] [bit] NOT NULL DEFAULT ((0)),
 CONSTRAINT [PK_appUser] PRIMARY KEY CLUSTERED ([userId] ASC)
) ON [PRIMARY]
GO

EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'PSIRA registration number of the security officer' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'tblEmp', @level2type=N'COLUMN',@level2name=N'PSIRANo'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'Firearm competency certificate (SAPS)' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'tblEmp', @level2type=N'COLUMN',@level2name=N'FACertNo'
GO
EXEC sys.sp_addextendedproperty @name=N'MS_Description', @value=N'EE report race code A/C/I/W' , @level0type=N'SCHEMA',@level0name=N'dbo', @level1type=N'TABLE',@level1name=N'tblEmp', @level2type=N'COLUMN',@level2name=N'RaceCd'
GO
