-- dialect: tsql
-- source: https://github.com/sifriger-msft/sql-server-samples/blob/578aac7cfd9f997b1649ec9cb2a3b43fbeacc5e2/samples/databases/northwind-pubs/instpubs.sql (MIT; fork of microsoft/sql-server-samples, same path; file header: Copyright Microsoft, Inc. 1994 - 2000)
-- subset: the contiguous "create table section" of the file (11 CREATE TABLE statements, authors .. employee, with their GO separators), verbatim; the database setup preamble, triggers, INSERT data, indexes and views are omitted.
CREATE TABLE authors (
    au_id          CHAR(11) CHECK (au_id LIKE '[0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][0-9][0-9]')
                    CONSTRAINT UPKCL_auidind PRIMARY KEY CLUSTERED,
    au_lname       VARCHAR(40) NOT NULL,
    au_fname       VARCHAR(20) NOT NULL,
    phone          CHAR(12) NOT NULL DEFAULT ('UNKNOWN'),
    address        VARCHAR(40) NULL,
    city           VARCHAR(20) NULL,
    state          CHAR(2) NULL,
    zip            CHAR(5) NULL CHECK (zip LIKE '[0-9][0-9][0-9][0-9][0-9]'),
    contract       BIT NOT NULL
);

GO

CREATE TABLE publishers (
    pub_id         CHAR(4) NOT NULL 
                    CONSTRAINT UPKCL_pubind PRIMARY KEY CLUSTERED 
                    CHECK (pub_id IN ('1389', '0736', '0877', '1622', '1756') OR pub_id LIKE '99[0-9][0-9]'),
    pub_name       VARCHAR(40) NULL,
    city           VARCHAR(20) NULL,
    state          CHAR(2) NULL,
    country        VARCHAR(30) NULL DEFAULT('USA')
);

GO

CREATE TABLE titles (
    title_id       CHAR(6) CONSTRAINT UPKCL_titleidind PRIMARY KEY CLUSTERED,
    title          VARCHAR(80) NOT NULL,
    type           CHAR(12) NOT NULL DEFAULT ('UNDECIDED'),
    pub_id         CHAR(4) NULL REFERENCES publishers(pub_id),
    price          MONEY NULL,
    advance        MONEY NULL,
    royalty        INT NULL,
    ytd_sales      INT NULL,
    notes          VARCHAR(200) NULL,
    pubdate        DATETIME NOT NULL DEFAULT (GETDATE())
);

GO

CREATE TABLE titleauthor (
    au_id          CHAR(11) REFERENCES authors(au_id),
    title_id       CHAR(6) REFERENCES titles(title_id),
    au_ord         TINYINT NULL,
    royaltyper     INT NULL,
    CONSTRAINT UPKCL_taind PRIMARY KEY CLUSTERED(au_id, title_id)
);

GO

CREATE TABLE stores (
    stor_id        CHAR(4) NOT NULL CONSTRAINT UPK_storeid PRIMARY KEY CLUSTERED,
    stor_name      VARCHAR(40) NULL,
    stor_address   VARCHAR(40) NULL,
    city           VARCHAR(20) NULL,
    state          CHAR(2) NULL,
    zip            CHAR(5) NULL
);

GO

CREATE TABLE sales (
    stor_id        CHAR(4) NOT NULL REFERENCES stores(stor_id),
    ord_num        VARCHAR(20) NOT NULL,
    ord_date       DATETIME NOT NULL,
    qty            SMALLINT NOT NULL,
    payterms       VARCHAR(12) NOT NULL,
    title_id       CHAR(6) REFERENCES titles(title_id),
    CONSTRAINT UPKCL_sales PRIMARY KEY CLUSTERED (stor_id, ord_num, title_id)
);

GO

CREATE TABLE roysched (
    title_id       CHAR(6) REFERENCES titles(title_id),
    lorange        INT NULL,
    hirange        INT NULL,
    royalty        INT NULL
);

GO

CREATE TABLE discounts (
    discounttype   VARCHAR(40) NOT NULL,
    stor_id        CHAR(4) NULL REFERENCES stores(stor_id),
    lowqty         SMALLINT NULL,
    highqty        SMALLINT NULL,
    discount       DECIMAL(4,2) NOT NULL
);

GO

CREATE TABLE jobs (
    job_id         SMALLINT IDENTITY(1,1) PRIMARY KEY CLUSTERED,
    job_desc       VARCHAR(50) NOT NULL DEFAULT 'New Position - title not formalized yet',
    min_lvl        TINYINT NOT NULL CHECK (min_lvl >= 10),
    max_lvl        TINYINT NOT NULL CHECK (max_lvl <= 250)
);

GO

CREATE TABLE pub_info (
    pub_id         CHAR(4) NOT NULL REFERENCES publishers(pub_id) CONSTRAINT UPKCL_pubinfo PRIMARY KEY CLUSTERED,
    logo           IMAGE NULL,
    pr_info        TEXT NULL
);

GO

CREATE TABLE employee (
    emp_id         CHAR(10) CONSTRAINT PK_emp_id PRIMARY KEY NONCLUSTERED CHECK (
                    emp_id LIKE '[A-Z][A-Z][A-Z][1-9][0-9][0-9][0-9][0-9][FM]' OR 
                    emp_id LIKE '[A-Z]-[A-Z][1-9][0-9][0-9][0-9][0-9][FM]'),
    fname          VARCHAR(20) NOT NULL,
    minit          CHAR(1) NULL,
    lname          VARCHAR(30) NOT NULL,
    job_id         SMALLINT NOT NULL DEFAULT 1 REFERENCES jobs(job_id),
    job_lvl        TINYINT DEFAULT 10,
    pub_id         CHAR(4) NOT NULL DEFAULT ('9952') REFERENCES publishers(pub_id),
    hire_date      DATETIME NOT NULL DEFAULT (GETDATE())
);

GO
