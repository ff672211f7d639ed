-- dialect: tsql
-- CMS player tracking / surveillance / HR  (legacy, generated from SSMS and hand-edited)
SET ANSI_NULLS ON;

CREATE TABLE [dbo].[tblPlayer](
	[plyrID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[propID] smallint NOT NULL,
	[cardNbr] varchar(16) NULL,
	[fName] varchar(40) NULL,
	[mi] char(1) NULL,
	[lName] varchar(40) NULL,
	[dob] date NULL,
	[gndr] char(1) NULL,
	[addr1] varchar(60) NULL,
	[addr2] varchar(60) NULL,
	[cty] varchar(40) NULL,
	[st] char(2) NULL,
	[zip] varchar(10) NULL,
	[ph1] varchar(20) NULL,
	[emlAddr] varchar(100) NULL,
	[ssn] char(11) NULL,
	[idTyp] char(2) NULL,
	[idNbr] varchar(30) NULL,
	[idExpDt] date NULL,
	[photoPath] varchar(255) NULL,
	[tierCd] char(1) NULL,
	[ptsBal] int NULL,
	[crtDt] datetime NULL,
	[updDt] datetime NULL,
	[updUsr] varchar(20) NULL,
	[actvFlg] bit NULL
);

CREATE TABLE [dbo].[tblPlayerPref](
	[prefID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[plyrID] int NOT NULL,
	[mealPref] varchar(10) NULL,
	[smkFlg] bit NULL,
	[mktgOptIn] bit NULL,
	[hostEmpID] int NULL
);

CREATE TABLE [dbo].[tblSelfExcl](
	[exclID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[plyrID] int NOT NULL,
	[exclStrtDt] date NULL,
	[exclYrs] tinyint NULL,
	[rsnTxt] varchar(500) NULL,
	[cnslRefFlg] bit NULL,
	[enrldBy] varchar(20) NULL
);
-- self exclusion program

CREATE TABLE [dbo].[tblRtgSess](
	[sessID] bigint IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[plyrID] int NULL,
	[tblNbr] varchar(8) NULL,
	[gameCd] varchar(4) NULL,
	[strtTm] datetime NULL,
	[endTm] datetime NULL,
	[avgBet] money NULL,
	[cashIn] money NULL,
	[winLoss] money NULL
);
-- table games rating

CREATE TABLE [dbo].[tblW2G](
	[w2gID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[plyrID] int NOT NULL,
	[frmNbr] varchar(20) NULL,
	[jckptAmt] money NULL,
	[fedWthld] money NULL,
	[tin] varchar(11) NULL,
	[pdDt] datetime NULL
);

CREATE TABLE [dbo].[tblMarker](
	[mrkrID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[plyrID] int NOT NULL,
	[crdLmt] money NULL,
	[bnkNm] varchar(60) NULL,
	[bnkAcctNbr] varchar(20) NULL,
	[rtngNbr] char(9) NULL,
	[issDt] datetime NULL,
	[amt] money NULL,
	[stat] char(1) NULL
);
-- casino credit

CREATE TABLE [dbo].[tblFaceMatch](
	[matchID] bigint IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[camID] int NULL,
	[snapImg] varbinary(max) NULL,
	[faceTmpl] varbinary(2048) NULL,
	[plyrID] int NULL,
	[score] decimal(5,4) NULL,
	[evtTm] datetime NULL
);
-- surveillance

CREATE TABLE [dbo].[tblEmp](
	[empID] int IDENTITY(1,1) NOT NULL PRIMARY KEY,
	[badgeNbr] varchar(10) NULL,
	[fNm] varchar(40) NULL,
	[lNm] varchar(40) NULL,
	[jobCd] varchar(10) NULL,
	[unionLocal] varchar(20) NULL,
	[hireDt] date NULL,
	[hrlyRt] money NULL,
	[gmngLicNbr] varchar(20) NULL,
	[fpTmpl] varbinary(1024) NULL,
	[termDt] date NULL
);

CREATE TABLE [dbo].[tblProp](
	[propID] smallint NOT NULL PRIMARY KEY,
	[propNm] varchar(60) NULL,
	[addr] varchar(100) NULL,
	[cty] varchar(40) NULL,
	[st] char(2) NULL,
	[licNbr] varchar(20) NULL,
	[mainPh] varchar(20) NULL
);

CREATE TABLE [dbo].[tblSysCfg](
	[cfgKey] varchar(50) NOT NULL PRIMARY KEY,
	[cfgVal] varchar(500) NULL,
	[descr] varchar(200) NULL
);
