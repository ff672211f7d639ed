-- dialect: tsql
/****** BondTrak 4 - bail bond agency database, scripted from SSMS ******/
USE [BondTrak]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblAgency](
	[agyID] [int] IDENTITY(1,1) NOT NULL,
	[agyName] [varchar](80) NOT NULL,
	[agyLicNo] [varchar](20) NULL,
	[agyAddr1] [varchar](80) NULL,
	[agyCity] [varchar](40) NULL,
	[agySt] [char](2) NULL,
	[agyZip] [varchar](10) NULL,
	[agyPhone] [varchar](20) NULL,
	[agyFax] [varchar](20) NULL,
 CONSTRAINT [PK_tblAgency] PRIMARY KEY CLUSTERED 
(
	[agyID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblAgent](
	[agtID] [int] IDENTITY(1,1) NOT NULL,
	[agyID] [int] NOT NULL,
	[agtFName] [varchar](30) NULL,
	[agtLName] [varchar](40) NULL,
	[agtLicNo] [varchar](20) NULL, -- state Dept of Insurance producer license
	[agtCell] [varchar](20) NULL,
	[agtEmail] [varchar](100) NULL,
	[agtCommPct] [decimal](5, 2) NULL,
	[agtLogin] [varchar](30) NULL,
	[agtPwdHash] [varbinary](64) NULL,
	[agtActive] [bit] NOT NULL,
 CONSTRAINT [PK_tblAgent] PRIMARY KEY CLUSTERED 
(
	[agtID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblDefendant](
	[defID] [int] IDENTITY(1,1) NOT NULL,
	[agyID] [int] NOT NULL,
	[defFName] [varchar](30) NULL,
	[defMName] [varchar](30) NULL,
	[defLName] [varchar](40) NULL,
	[defAKA] [varchar](200) NULL, -- aliases, comma separated
	[defDOB] [datetime] NULL,
	[defSSN] [char](11) NULL,
	[defDLNo] [varchar](25) NULL,
	[defRace] [char](1) NULL, -- W/B/H/A/I/O per booking sheet
	[defSex] [char](1) NULL,
	[defHgt] [varchar](6) NULL,
	[defSMT] [varchar](255) NULL, -- scars/marks/tattoos
	[defAddr] [varchar](80) NULL,
	[defCity] [varchar](40) NULL,
	[defSt] [char](2) NULL,
	[defZip] [varchar](10) NULL,
	[defCellPh] [varchar](20) NULL,
	[defEmplr] [varchar](80) NULL,
	[defPhoto] [varbinary](max) NULL,
	[defCitizen] [bit] NULL,
	[defImmHold] [bit] NULL, -- ICE detainer on file
	[defNotes] [varchar](max) NULL,
	[crtDt] [datetime] NOT NULL,
	[updDt] [datetime] NULL,
	[updUser] [varchar](30) NULL,
 CONSTRAINT [PK_tblDefendant] PRIMARY KEY CLUSTERED 
(
	[defID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblCharge](
	[chgID] [int] IDENTITY(1,1) NOT NULL,
	[bondID] [int] NOT NULL,
	[chgCode] [varchar](20) NULL, -- penal code section
	[chgDesc] [varchar](200) NULL,
	[chgClass] [char](2) NULL, -- F1..F3, M1..M2
	[bookingNo] [varchar](20) NULL,
	[arrestDt] [datetime] NULL,
	[caseNo] [varchar](30) NULL,
	[courtID] [int] NULL,
 CONSTRAINT [PK_tblCharge] PRIMARY KEY CLUSTERED 
(
	[chgID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblBond](
	[bondID] [int] IDENTITY(1,1) NOT NULL,
	[bondNo] [varchar](20) NOT NULL, -- power of attorney no.
	[defID] [int] NOT NULL,
	[agtID] [int] NOT NULL,
	[bondAmt] [money] NOT NULL,
	[premAmt] [money] NULL,
	[collatDesc] [varchar](500) NULL,
	[postDt] [datetime] NULL,
	[exonDt] [datetime] NULL,
	[bondStat] [char](1) NULL, -- A=active E=exonerated F=forfeited
	[forfFlg] [bit] NULL,
	[jailID] [int] NULL,
	[crtDt] [datetime] NOT NULL,
	[crtUser] [varchar](30) NULL,
 CONSTRAINT [PK_tblBond] PRIMARY KEY CLUSTERED 
(
	[bondID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblIndemnitor](
	[indID] [int] IDENTITY(1,1) NOT NULL,
	[bondID] [int] NOT NULL,
	[indName] [varchar](80) NULL,
	[indRel] [varchar](20) NULL,
	[indDOB] [datetime] NULL,
	[indSSN] [char](11) NULL,
	[indPh] [varchar](20) NULL,
	[indAddr] [varchar](120) NULL,
	[indEmplr] [varchar](80) NULL,
	[indMonInc] [money] NULL,
	[indBankAcct] [varchar](20) NULL,
 CONSTRAINT [PK_tblIndemnitor] PRIMARY KEY CLUSTERED 
(
	[indID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblCourtDate](
	[cdID] [int] IDENTITY(1,1) NOT NULL,
	[bondID] [int] NOT NULL,
	[courtID] [int] NULL,
	[hearingDt] [datetime] NULL,
	[hearingType] [varchar](20) NULL,
	[appeared] [char](1) NULL, -- Y/N/P
	[remindSent] [bit] NULL,
 CONSTRAINT [PK_tblCourtDate] PRIMARY KEY CLUSTERED 
(
	[cdID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblCheckIn](
	[ciID] [int] IDENTITY(1,1) NOT NULL,
	[defID] [int] NOT NULL,
	[ciDt] [datetime] NOT NULL,
	[ciLat] [decimal](9, 6) NULL,
	[ciLon] [decimal](9, 6) NULL,
	[ciIP] [varchar](45) NULL,
	[ciDevID] [varchar](64) NULL,
	[ciSelfie] [varchar](255) NULL, -- blob path
	[ciVoiceSmp] [varbinary](max) NULL, -- voice verification sample
	[ciResult] [char](1) NULL,
 CONSTRAINT [PK_tblCheckIn] PRIMARY KEY CLUSTERED 
(
	[ciID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblPayment](
	[payID] [int] IDENTITY(1,1) NOT NULL,
	[bondID] [int] NOT NULL,
	[payDt] [datetime] NULL,
	[payAmt] [money] NULL,
	[payMethod] [varchar](10) NULL,
	[ccLast4] [char](4) NULL,
	[ccExp] [char](4) NULL, -- MMYY
	[payerName] [varchar](80) NULL,
	[rcptNo] [varchar](20) NULL,
 CONSTRAINT [PK_tblPayment] PRIMARY KEY CLUSTERED 
(
	[payID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblCourt](
	[courtID] [int] IDENTITY(1,1) NOT NULL,
	[courtName] [varchar](100) NULL,
	[county] [varchar](40) NULL,
	[addr] [varchar](120) NULL,
	[phone] [varchar](20) NULL,
 CONSTRAINT [PK_tblCourt] PRIMARY KEY CLUSTERED 
(
	[courtID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblJail](
	[jailID] [int] IDENTITY(1,1) NOT NULL,
	[jailName] [varchar](100) NULL,
	[county] [varchar](40) NULL,
	[bookingPh] [varchar](20) NULL,
	[inmateSearchUrl] [varchar](255) NULL,
 CONSTRAINT [PK_tblJail] PRIMARY KEY CLUSTERED 
(
	[jailID] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO
CREATE TABLE [dbo].[tblSysCfg](
	[cfgKey] [varchar](50) NOT NULL,
	[cfgVal] [varchar](500) NULL,
 CONSTRAINT [PK_tblSysCfg] PRIMARY KEY CLUSTERED 
(
	[cfgKey] ASC
)WITH (PAD_INDEX = OFF, STATISTICS_NORECOMPUTE = OFF, IGNORE_DUP_KEY = OFF) ON [PRIMARY]
) ON [PRIMARY]
GO

