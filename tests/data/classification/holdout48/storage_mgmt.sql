-- dialect: tsql
USE [StorMgr]
GO
SET ANSI_NULLS ON
GO
SET QUOTED_IDENTIFIER ON
GO

-- tenants
CREATE TABLE [dbo].[tblTenant](
	[tntID] int IDENTITY(1,1) NOT NULL,
	[siteID] int NOT NULL,
	[tntFName] varchar(30) NULL,
	[tntLName] varchar(40) NULL,
	[tntMI] char(1) NULL,
	[tntCo] varchar(60) NULL,  -- business renters only
	[tntAddr1] varchar(60) NULL,
	[tntAddr2] varchar(60) NULL,
	[tntCity] varchar(40) NULL,
	[tntSt] char(2) NULL,
	[tntZip] varchar(10) NULL,
	[tntHPh] varchar(14) NULL,
	[tntCPh] varchar(14) NULL,
	[tntEml] varchar(80) NULL,
	[tntDOB] smalldatetime NULL,
	[tntDLNo] varchar(20) NULL,
	[tntDLSt] char(2) NULL,
	[tntSSN4] char(4) NULL,
	[tntMilFlg] bit NOT NULL,  -- active duty, SCRA
	[tntEmpl] varchar(60) NULL,
	[altNm] varchar(60) NULL,  -- alternate contact for lien notices
	[altPh] varchar(14) NULL,
	[gateCd] varchar(10) NULL,
	[webPwd] varchar(100) NULL,
	[tntStat] char(1) NOT NULL,
	[dtCrt] datetime NOT NULL,
	[uid] varchar(20) NULL,
 CONSTRAINT [PK_tblTenant] PRIMARY KEY CLUSTERED ([tntID] ASC)
) ON [PRIMARY]
GO

-- facilities
CREATE TABLE [dbo].[tblSite](
	[siteID] int IDENTITY(1,1) NOT NULL,
	[siteCd] varchar(6) NOT NULL,
	[siteNm] varchar(60) NOT NULL,
	[addr] varchar(80) NULL,
	[city] varchar(40) NULL,
	[st] char(2) NULL,
	[zip] varchar(10) NULL,
	[ph] varchar(14) NULL,
	[mgrNm] varchar(60) NULL,
	[taxRt] decimal(6,4) NULL,
 CONSTRAINT [PK_tblSite] PRIMARY KEY CLUSTERED ([siteID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblUnit](
	[unitID] int IDENTITY(1,1) NOT NULL,
	[siteID] int NOT NULL,
	[unitNo] varchar(8) NOT NULL,
	[w] decimal(5,1) NULL,
	[l] decimal(5,1) NULL,
	[climCtl] bit NOT NULL,
	[rateStd] money NULL,
	[stat] char(1) NOT NULL,  -- V=vacant R=rented L=overlocked
 CONSTRAINT [PK_tblUnit] PRIMARY KEY CLUSTERED ([unitID] ASC)
) ON [PRIMARY]
GO

-- rental agreements
CREATE TABLE [dbo].[tblLease](
	[lsID] int IDENTITY(1,1) NOT NULL,
	[tntID] int NOT NULL,
	[unitID] int NOT NULL,
	[lsNo] varchar(12) NOT NULL,
	[moveIn] smalldatetime NULL,
	[moveOut] smalldatetime NULL,
	[rentAmt] money NULL,
	[insCov] money NULL,
	[storedGoods] varchar(255) NULL,  -- contents declared by tenant
	[lienFlg] bit NOT NULL,  -- delinquent, lien filed
	[dtCrt] datetime NOT NULL,
 CONSTRAINT [PK_tblLease] PRIMARY KEY CLUSTERED ([lsID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblPmt](
	[pmtID] int IDENTITY(1,1) NOT NULL,
	[lsID] int NOT NULL,
	[pmtDt] datetime NOT NULL,
	[amt] money NOT NULL,
	[pmtTyp] char(2) NOT NULL,  -- CA CK CC AC
	[ccLast4] char(4) NULL,
	[ccExp] char(4) NULL,  -- MMYY
	[achRtg] char(9) NULL,
	[achAcct] varchar(17) NULL,
	[authCd] varchar(10) NULL,
	[batchNo] int NULL,
	[clerk] varchar(20) NULL,
 CONSTRAINT [PK_tblPmt] PRIMARY KEY CLUSTERED ([pmtID] ASC)
) ON [PRIMARY]
GO

-- lien sales
CREATE TABLE [dbo].[tblAuction](
	[aucID] int IDENTITY(1,1) NOT NULL,
	[lsID] int NOT NULL,
	[noticeDt] smalldatetime NULL,
	[pubNm] varchar(60) NULL,  -- newspaper of record
	[aucDt] smalldatetime NULL,
	[winBidNm] varchar(60) NULL,
	[winBidPh] varchar(14) NULL,
	[saleAmt] money NULL,
	[surplusDue] money NULL,
 CONSTRAINT [PK_tblAuction] PRIMARY KEY CLUSTERED ([aucID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblGateLog](
	[logID] bigint IDENTITY(1,1) NOT NULL,
	[siteID] int NOT NULL,
	[tntID] int NULL,
	[kpdNo] tinyint NULL,
	[evtTm] datetime NOT NULL,
	[evtCd] char(2) NOT NULL,
	[camSnap] varchar(200) NULL,  -- still from entry cam
	[lprPlate] varchar(10) NULL,
 CONSTRAINT [PK_tblGateLog] PRIMARY KEY CLUSTERED ([logID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblNote](
	[noteID] int IDENTITY(1,1) NOT NULL,
	[tntID] int NOT NULL,
	[noteTxt] varchar(max) NULL,
	[callRes] char(2) NULL,
	[usr] varchar(20) NULL,
	[dtCrt] datetime NOT NULL,
 CONSTRAINT [PK_tblNote] PRIMARY KEY CLUSTERED ([noteID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[tblUsr](
	[usrID] int IDENTITY(1,1) NOT NULL,
	[usrNm] varchar(20) NOT NULL,
	[pwdHash] varbinary(64) NULL,
	[fullNm] varchar(60) NULL,
	[siteID] int NULL,
	[lastLogin] datetime NULL,
	[lastIP] varchar(45) NULL,
	[active] bit NOT NULL,
 CONSTRAINT [PK_tblUsr] PRIMARY KEY CLUSTERED ([usrID] ASC)
) ON [PRIMARY]
GO

CREATE TABLE [dbo].[sysSetting](
	[setKey] varchar(40) NOT NULL,
	[setVal] varchar(255) NULL,
	[siteID] int NULL,
 CONSTRAINT [PK_sysSetting] PRIMARY KEY CLUSTERED ([setKey] ASC)
) ON [PRIMARY]
GO

