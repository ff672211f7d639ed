-- dialect: tsql
-- Outpatient clinic scheduling and records (SQL Server)

CREATE TABLE dbo.Patients (
    PatientId       INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    MRN             VARCHAR(20) NOT NULL UNIQUE,
    FirstName       NVARCHAR(60) NOT NULL,
    LastName        NVARCHAR(60) NOT NULL,
    DateOfBirth     DATE NOT NULL,
    Sex             CHAR(1) NULL,
    SSN             CHAR(11) NULL,
    MobilePhone     VARCHAR(20) NULL,
    Email           NVARCHAR(256) NULL,
    AddressLine1    NVARCHAR(120) NULL,
    City            NVARCHAR(60) NULL,
    StateCode       CHAR(2) NULL,
    ZipCode         VARCHAR(10) NULL,
    PreferredLanguage VARCHAR(20) NULL,
    InsuranceMemberId VARCHAR(30) NULL,
    InsurancePayerId INT NULL,
    BloodType       VARCHAR(3) NULL,
    Allergies       NVARCHAR(500) NULL,
    EmergencyContactName NVARCHAR(120) NULL,
    EmergencyContactPhone VARCHAR(20) NULL,
    PortalEnabled   BIT NOT NULL DEFAULT 0,
    CreatedAt       DATETIME2 NOT NULL DEFAULT SYSUTCDATETIME(),
    ModifiedBy      NVARCHAR(50) NULL
);

CREATE TABLE dbo.Payers (
    PayerId     INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PayerName   NVARCHAR(120) NOT NULL,
    PayerCode   VARCHAR(20) NOT NULL,
    ClaimsPhone VARCHAR(20) NULL,
    IsActive    BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Doctors (
    DoctorId        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    DisplayName     NVARCHAR(120) NOT NULL,
    Specialty       NVARCHAR(80) NULL,
    LicenseNumber   VARCHAR(30) NULL,
    NPI             CHAR(10) NULL,
    WorkEmail       NVARCHAR(256) NULL,
    PhotoUrl        NVARCHAR(400) NULL,
    Bio             NVARCHAR(MAX) NULL,
    ConsultFee      DECIMAL(8,2) NULL,
    DepartmentId    INT NULL,
    IsAcceptingNew  BIT NOT NULL DEFAULT 1
);

CREATE TABLE dbo.Appointments (
    AppointmentId   BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PatientId       INT NOT NULL REFERENCES dbo.Patients(PatientId),
    DoctorId        INT NOT NULL REFERENCES dbo.Doctors(DoctorId),
    ScheduledStart  DATETIME2 NOT NULL,
    DurationMinutes SMALLINT NOT NULL DEFAULT 15,
    VisitType       VARCHAR(20) NOT NULL,
    ReasonForVisit  NVARCHAR(400) NULL,
    Status          VARCHAR(12) NOT NULL DEFAULT 'booked',
    RoomCode        VARCHAR(10) NULL,
    CheckedInAt     DATETIME2 NULL,
    BookedVia       VARCHAR(12) NULL,
    CancelReason    NVARCHAR(200) NULL
);

CREATE TABLE dbo.Prescriptions (
    PrescriptionId  BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    AppointmentId   BIGINT NOT NULL REFERENCES dbo.Appointments(AppointmentId),
    PatientId       INT NOT NULL,
    DrugName        NVARCHAR(120) NOT NULL,
    Strength        VARCHAR(40) NULL,
    Dosage          NVARCHAR(120) NULL,
    Frequency       VARCHAR(40) NULL,
    Quantity        INT NULL,
    Refills         TINYINT NOT NULL DEFAULT 0,
    PharmacyNcpdp   CHAR(7) NULL,
    PrescribedAt    DATETIME2 NOT NULL
);

CREATE TABLE dbo.LabResults (
    LabResultId     BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PatientId       INT NOT NULL,
    OrderedByDoctorId INT NULL,
    LoincCode       VARCHAR(10) NOT NULL,
    TestName        NVARCHAR(120) NOT NULL,
    ResultValue     NVARCHAR(60) NULL,
    Units           VARCHAR(20) NULL,
    ReferenceRange  VARCHAR(40) NULL,
    AbnormalFlag    CHAR(1) NULL,
    ResultedAt      DATETIME2 NULL,
    ClinicianNote   NVARCHAR(1000) NULL
);
