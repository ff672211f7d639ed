-- dialect: tsql
-- privaudit holdout5: payroll_timesheet.sql (original schema written for evaluation)

-- Employees paid through payroll
CREATE TABLE dbo.[Employee] (
  [EmployeeID] INT IDENTITY(1,1) PRIMARY KEY,
  [EmployeeNumber] NVARCHAR(12) NOT NULL,  -- Payroll number printed on payslips
  [FirstName] NVARCHAR(60),
  [LastName] NVARCHAR(60),
  [PreferredName] NVARCHAR(60),
  [BirthDate] DATE,
  [NationalInsuranceNo] NVARCHAR(13),  -- NI number / SSN used for tax reporting
  [HomeAddress] NVARCHAR(300),
  [PersonalEmail] NVARCHAR(200),
  [HireDate] DATE,
  [TerminationDate] DATE,
  [DepartmentID] INT,
  [JobTitle] NVARCHAR(100),
  [UnionMember] BIT,  -- Deduct union dues
  [IsActive] BIT DEFAULT 1,
  [ModifiedDate] DATETIME2
);
GO

-- Where net pay is sent
CREATE TABLE dbo.[EmployeeBankAccount] (
  [BankAccountID] INT IDENTITY PRIMARY KEY,
  [EmployeeID] INT NOT NULL,
  [AccountHolder] NVARCHAR(120),  -- Name on the account
  [SortCode] CHAR(6),
  [AccountNumber] NVARCHAR(20),
  [SplitPercent] DECIMAL(5,2)  -- Share of net pay to this account
);
GO

-- One payroll cycle
CREATE TABLE dbo.[PayRun] (
  [PayRunID] INT IDENTITY PRIMARY KEY,
  [PeriodStart] DATE,
  [PeriodEnd] DATE,
  [PayDate] DATE,
  [Status] NVARCHAR(12),  -- Draft, Approved, Paid
  [ApprovedBy] NVARCHAR(60)
);
GO

-- Pay per employee per run
CREATE TABLE dbo.[Payslip] (
  [PayslipID] BIGINT IDENTITY PRIMARY KEY,
  [PayRunID] INT,
  [EmployeeID] INT,
  [GrossPay] DECIMAL(12,2),
  [TaxDeducted] DECIMAL(12,2),  -- Income tax withheld
  [PensionEmployee] DECIMAL(12,2),  -- Employee pension contribution
  [StudentLoanDeduction] DECIMAL(12,2),
  [NetPay] DECIMAL(12,2),
  [TaxCode] NVARCHAR(10),  -- e.g. 1257L
  [PayslipPdfPath] NVARCHAR(260)
);
GO

-- Hours worked per day
CREATE TABLE dbo.[Timesheet] (
  [TimesheetID] BIGINT IDENTITY PRIMARY KEY,
  [EmployeeID] INT,
  [WorkDate] DATE,
  [HoursWorked] DECIMAL(4,2),
  [OvertimeHours] DECIMAL(4,2),
  [ProjectCode] NVARCHAR(20),
  [AbsenceReason] NVARCHAR(40),  -- Sick, Holiday, Parental, Bereavement
  [ClockInIp] VARCHAR(45),
  [ManagerComment] NVARCHAR(500),
  [ApprovedAt] DATETIME2
);
GO

-- Organisation units
CREATE TABLE dbo.[Department] (
  [DepartmentID] INT IDENTITY PRIMARY KEY,
  [Name] NVARCHAR(100),
  [CostCentre] NVARCHAR(20),
  [ManagerEmployeeID] INT
);
GO
