-- dialect: tsql
-- HR and payroll database (in-house HRIS)

CREATE TABLE dbo.Department (
    DepartmentID        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    DepartmentName      NVARCHAR(100) NOT NULL,
    CostCenterCode      VARCHAR(10) NOT NULL,
    ParentDepartmentID  INT NULL,
    ManagerEmployeeID   INT NULL,
    CreatedAt           DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.JobPosition (
    PositionID     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PositionTitle  NVARCHAR(120) NOT NULL,
    JobGrade       VARCHAR(5) NOT NULL,
    MinSalary      DECIMAL(12,2) NULL,
    MaxSalary      DECIMAL(12,2) NULL,
    IsActive       BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Employee (
    EmployeeID               INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    EmployeeNumber           VARCHAR(12) NOT NULL UNIQUE,
    FirstName                NVARCHAR(60) NOT NULL,
    MiddleName               NVARCHAR(60) NULL,
    LastName                 NVARCHAR(80) NOT NULL,
    PreferredName            NVARCHAR(60) NULL,
    WorkEmail                NVARCHAR(200) NOT NULL,
    PersonalEmail            NVARCHAR(200) NULL,
    MobilePhone              VARCHAR(25) NULL,
    HomeAddressLine1         NVARCHAR(200) NULL,
    HomeCity                 NVARCHAR(80) NULL,
    HomeStateProvince        NVARCHAR(80) NULL,
    HomePostalCode           VARCHAR(15) NULL,
    HomeCountry              NVARCHAR(60) NULL,
    BirthDate                DATE NOT NULL,
    Gender                   CHAR(1) NULL,
    MaritalStatus            CHAR(1) NULL,
    NationalInsuranceNumber  VARCHAR(13) NULL,
    HireDate                 DATE NOT NULL,
    TerminationDate          DATE NULL,
    DepartmentID             INT NOT NULL REFERENCES dbo.Department(DepartmentID),
    PositionID               INT NOT NULL REFERENCES dbo.JobPosition(PositionID),
    ManagerID                INT NULL,
    EmploymentType           VARCHAR(10) NOT NULL,
    PhotoUrl                 NVARCHAR(400) NULL,
    IsActive                 BIT NOT NULL DEFAULT 1,
    CreatedAt                DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME(),
    ModifiedAt               DATETIME2 NULL,
    ModifiedBy               NVARCHAR(50) NULL
);

CREATE TABLE dbo.EmergencyContact (
    EmergencyContactID  INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    EmployeeID          INT NOT NULL REFERENCES dbo.Employee(EmployeeID),
    ContactName         NVARCHAR(120) NOT NULL,
    Relationship        NVARCHAR(30) NULL,
    PhoneNumber         VARCHAR(25) NOT NULL,
    AlternatePhone      VARCHAR(25) NULL,
    IsPrimary           BIT NOT NULL DEFAULT 0
);

CREATE TABLE dbo.EmployeeBankAccount (
    BankAccountID      INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    EmployeeID         INT NOT NULL REFERENCES dbo.Employee(EmployeeID),
    BankName           NVARCHAR(100) NULL,
    AccountHolderName  NVARCHAR(120) NOT NULL,
    IBAN               VARCHAR(34) NOT NULL,
    SortCode           VARCHAR(8) NULL,
    IsPrimary          BIT NOT NULL DEFAULT 1,
    CreatedAt          DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.LeaveType (
    LeaveTypeID         INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    Code                VARCHAR(10) NOT NULL,
    Description         NVARCHAR(100) NOT NULL,
    DefaultDaysPerYear  DECIMAL(5,1) NULL,
    IsPaid              BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.LeaveRequest (
    LeaveRequestID  INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    EmployeeID      INT NOT NULL REFERENCES dbo.Employee(EmployeeID),
    LeaveTypeID     INT NOT NULL REFERENCES dbo.LeaveType(LeaveTypeID),
    StartDate       DATE NOT NULL,
    EndDate         DATE NOT NULL,
    DaysRequested   DECIMAL(5,1) NOT NULL,
    Reason          NVARCHAR(500) NULL,
    Status          VARCHAR(12) NOT NULL DEFAULT 'Pending',
    ApprovedBy      INT NULL,
    ApprovedAt      DATETIME2 NULL,
    SubmittedAt     DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.LeaveBalance (
    EmployeeID       INT NOT NULL,
    LeaveTypeID      INT NOT NULL,
    BalanceYear      SMALLINT NOT NULL,
    EntitledDays     DECIMAL(5,1) NOT NULL,
    TakenDays        DECIMAL(5,1) NOT NULL DEFAULT 0,
    CarriedOverDays  DECIMAL(5,1) NOT NULL DEFAULT 0,
    CONSTRAINT PK_LeaveBalance PRIMARY KEY (EmployeeID, LeaveTypeID, BalanceYear)
);

CREATE TABLE dbo.PayrollRun (
    PayrollRunID  INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PeriodStart   DATE NOT NULL,
    PeriodEnd     DATE NOT NULL,
    PayDate       DATE NOT NULL,
    Status        VARCHAR(12) NOT NULL,
    CreatedBy     NVARCHAR(50) NOT NULL
);

CREATE TABLE dbo.Payslip (
    PayslipID            INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PayrollRunID         INT NOT NULL REFERENCES dbo.PayrollRun(PayrollRunID),
    EmployeeID           INT NOT NULL REFERENCES dbo.Employee(EmployeeID),
    GrossPay             DECIMAL(12,2) NOT NULL,
    TaxWithheld          DECIMAL(12,2) NOT NULL,
    PensionContribution  DECIMAL(12,2) NOT NULL DEFAULT 0,
    BonusAmount          DECIMAL(12,2) NOT NULL DEFAULT 0,
    NetPay               DECIMAL(12,2) NOT NULL,
    CurrencyCode         CHAR(3) NOT NULL DEFAULT 'GBP',
    TaxCode              VARCHAR(10) NULL,
    GeneratedAt          DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME()
);
