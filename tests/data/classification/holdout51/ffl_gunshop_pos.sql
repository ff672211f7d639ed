-- dialect: tsql
-- GunCounter POS v3 - legacy schema, SQL Server 2012
-- A&D book + 4473 capture

CREATE TABLE [dbo].[tblStore] (
    [storeID] int IDENTITY(1,1) NOT NULL,
    [storeNm] varchar(80) NOT NULL,
    [fflNo] varchar(20) NULL, -- ATF licence 1-23-456-01-2B-12345
    [addr1] varchar(80) NULL,
    [cty] varchar(40) NULL,
    [st] char(2) NULL,
    [zip] varchar(10) NULL,
    [ph] varchar(20) NULL,
    [ein] char(10) NULL,
    [actv] bit NOT NULL DEFAULT 1,
    CONSTRAINT [PK_tblStore] PRIMARY KEY CLUSTERED ([storeID])
);

CREATE TABLE [dbo].[tblCust] (
    [custID] int IDENTITY(1,1) NOT NULL,
    [fNm] varchar(40) NULL,
    [mNm] varchar(40) NULL,
    [lNm] varchar(40) NULL,
    [sfx] varchar(5) NULL,
    [dob] date NULL,
    [pobCty] varchar(40) NULL, -- place of birth - city
    [pobCtry] varchar(40) NULL,
    [htIn] smallint NULL,
    [wtLb] smallint NULL,
    [sex] char(1) NULL,
    [ethn] char(1) NULL, -- H/N
    [race] varchar(10) NULL,
    [addr1] varchar(80) NULL,
    [cty] varchar(40) NULL,
    [st] char(2) NULL,
    [zip] varchar(10) NULL,
    [cnty] varchar(40) NULL,
    [ctzn] char(2) NULL,
    [alienNo] varchar(12) NULL, -- USCIS A-number
    [dlNo] varchar(20) NULL,
    [dlSt] char(2) NULL,
    [upin] varchar(20) NULL,
    [ssn] char(9) NULL,
    [ph] varchar(20) NULL,
    [eml] varchar(120) NULL,
    [crtDt] datetime NOT NULL DEFAULT getdate(),
    [modBy] varchar(20) NULL,
    [updDt] datetime NULL,
    [delFlg] bit NOT NULL DEFAULT 0,
    CONSTRAINT [PK_tblCust] PRIMARY KEY CLUSTERED ([custID])
);

CREATE TABLE [dbo].[tbl4473] (
    [frmID] int IDENTITY(1,1) NOT NULL,
    [custID] int NOT NULL,
    [storeID] int NOT NULL,
    [xferDt] date NULL,
    [frmRev] varchar(10) NULL, -- form revision e.g. 08/2023
    [q21a] bit NULL, -- actual transferee/buyer
    [q21b] bit NULL, -- under indictment
    [q21c] bit NULL,
    [q21d] bit NULL, -- fugitive
    [q21e] bit NULL, -- unlawful user of marijuana/controlled subst
    [q21f] bit NULL, -- adjudicated mental defective / committed
    [q21h] bit NULL,
    [q21i] bit NULL, -- misd. DV conviction
    [certFlg] bit NULL,
    [nicsTxn] varchar(20) NULL,
    [nicsResp] char(1) NULL, -- P=proceed D=denied L=delayed
    [nicsDt] datetime NULL,
    [slsEmpID] int NULL,
    CONSTRAINT [PK_tbl4473] PRIMARY KEY CLUSTERED ([frmID])
);

CREATE TABLE [dbo].[tblItem] (
    [itemID] int IDENTITY(1,1) NOT NULL,
    [mfr] varchar(40) NULL,
    [mdl] varchar(40) NULL,
    [cal] varchar(20) NULL,
    [serNo] varchar(30) NULL,
    [typ] varchar(15) NULL,
    [condCd] char(1) NULL, -- N=new U=used
    [acqDt] date NULL,
    [acqFrm] varchar(80) NULL,
    [acqFFL] varchar(20) NULL,
    [cost] money NULL,
    [retailPrc] money NULL,
    [dispDt] date NULL,
    [dispCustID] int NULL,
    CONSTRAINT [PK_tblItem] PRIMARY KEY CLUSTERED ([itemID])
);

CREATE TABLE [dbo].[tblSale] (
    [saleID] int IDENTITY(1,1) NOT NULL,
    [rcptNo] varchar(12) NULL,
    [regNo] tinyint NULL, -- register #
    [custID] int NOT NULL,
    [storeID] int NOT NULL,
    [saleDt] datetime NULL,
    [subTot] money NULL,
    [tax] money NULL,
    [tot] money NULL,
    [pmtTyp] char(2) NULL,
    [ccLast4] char(4) NULL,
    [ccExp] char(4) NULL, -- MMYY
    [authCd] varchar(10) NULL,
    [empID] int NULL,
    [voidFlg] bit NOT NULL DEFAULT 0,
    CONSTRAINT [PK_tblSale] PRIMARY KEY CLUSTERED ([saleID])
);

CREATE TABLE [dbo].[tblEmp] (
    [empID] int IDENTITY(1,1) NOT NULL,
    [storeID] int NULL,
    [uNm] varchar(20) NOT NULL,
    [pwdHsh] varchar(64) NULL,
    [fNm] varchar(40) NULL,
    [lNm] varchar(40) NULL,
    [hireDt] date NULL,
    [termDt] date NULL,
    [hrlyRt] money NULL,
    [rspPrsn] bit NULL, -- ATF responsible person
    [lastIP] varchar(45) NULL,
    CONSTRAINT [PK_tblEmp] PRIMARY KEY CLUSTERED ([empID])
);

CREATE TABLE [dbo].[tblCCW] (
    [ccwID] int IDENTITY(1,1) NOT NULL,
    [custID] int NOT NULL,
    [prmtNo] varchar(20) NULL,
    [issSt] char(2) NULL,
    [expDt] date NULL,
    CONSTRAINT [PK_tblCCW] PRIMARY KEY CLUSTERED ([ccwID])
);

CREATE TABLE [dbo].[tblLkpSt] (
    [stCd] char(2) NOT NULL,
    [stNm] varchar(30) NULL,
    CONSTRAINT [PK_tblLkpSt] PRIMARY KEY CLUSTERED ([stCd])
);

CREATE TABLE [dbo].[tblAppCfg] (
    [cfgKey] varchar(50) NOT NULL,
    [cfgVal] varchar(500) NULL,
    CONSTRAINT [PK_tblAppCfg] PRIMARY KEY CLUSTERED ([cfgKey])
);

