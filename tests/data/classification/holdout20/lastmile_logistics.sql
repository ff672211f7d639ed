-- dialect: tsql
-- LastMile dispatch & warehouse staff database (SQL Server 2019)
SET ANSI_NULLS ON
GO

CREATE TABLE [dbo].[Depot] (
    [DepotID]        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [DepotCode]      NVARCHAR(10) NOT NULL,
    [DepotName]      NVARCHAR(100) NOT NULL,
    [AddressLine1]   NVARCHAR(200) NULL,
    [PostalCode]     NVARCHAR(12) NULL,
    [Latitude]       DECIMAL(9,6) NULL,
    [Longitude]      DECIMAL(9,6) NULL,
    [ManagerName]    NVARCHAR(100) NULL,
    [DockCount]      SMALLINT NULL
)
GO

CREATE TABLE [dbo].[Employee] (
    [EmployeeID]        INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [DepotID]           INT NOT NULL REFERENCES [dbo].[Depot]([DepotID]),
    [PayrollNumber]     NVARCHAR(20) NULL,
    [FirstName]         NVARCHAR(50) NOT NULL,
    [LastName]          NVARCHAR(50) NOT NULL,
    [Role]              NVARCHAR(30) NULL,
    [MobileNumber]      NVARCHAR(20) NULL,
    [PersonalEmail]     NVARCHAR(150) NULL,
    [HomePostcode]      NVARCHAR(12) NULL,
    [NationalInsuranceNo] NVARCHAR(13) NULL,
    [DateOfBirth]       DATE NULL,
    [StartDate]         DATE NULL,
    [HourlyWage]        MONEY NULL,
    [BankSortCode]      CHAR(6) NULL,
    [BankAccountNo]     NVARCHAR(12) NULL,
    [RightToWorkStatus] NVARCHAR(30) NULL,
    [BadgePhoto]        VARBINARY(MAX) NULL,
    [IsActive]          BIT NOT NULL DEFAULT 1,
    [RowVersion]        ROWVERSION
)
GO

CREATE TABLE [dbo].[DriverLicence] (
    [EmployeeID]      INT NOT NULL PRIMARY KEY REFERENCES [dbo].[Employee]([EmployeeID]),
    [LicenceNumber]   NVARCHAR(20) NOT NULL,
    [LicenceCategories] NVARCHAR(30) NULL,
    [PenaltyPoints]   TINYINT NULL,
    [ExpiryDate]      DATE NULL,
    [LastCheckedAt]   DATETIME2 NULL,
    [CheckedBy]       NVARCHAR(50) NULL
)
GO

CREATE TABLE [dbo].[Vehicle] (
    [VehicleID]       INT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [DepotID]         INT NOT NULL,
    [Registration]    NVARCHAR(10) NOT NULL,
    [Make]            NVARCHAR(40) NULL,
    [Model]           NVARCHAR(40) NULL,
    [PayloadKg]       INT NULL,
    [MotDueDate]      DATE NULL,
    [TelematicsUnitID] NVARCHAR(32) NULL
)
GO

CREATE TABLE [dbo].[Route] (
    [RouteID]         BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [RouteCode]       NVARCHAR(20) NOT NULL,
    [RouteDate]       DATE NOT NULL,
    [DriverID]        INT NULL REFERENCES [dbo].[Employee]([EmployeeID]),
    [VehicleID]       INT NULL REFERENCES [dbo].[Vehicle]([VehicleID]),
    [PlannedStops]    INT NULL,
    [PlannedKm]       DECIMAL(7,1) NULL,
    [DepartedAt]      DATETIME2 NULL,
    [ReturnedAt]      DATETIME2 NULL,
    [Status]          NVARCHAR(15) NULL
)
GO

CREATE TABLE [dbo].[DeliveryStop] (
    [StopID]          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [RouteID]         BIGINT NOT NULL REFERENCES [dbo].[Route]([RouteID]),
    [Sequence]        SMALLINT NOT NULL,
    [ConsignmentNo]   NVARCHAR(24) NOT NULL,
    [RecipientName]   NVARCHAR(120) NULL,
    [RecipientPhone]  NVARCHAR(20) NULL,
    [DeliveryAddress] NVARCHAR(300) NULL,
    [DeliveryPostcode] NVARCHAR(12) NULL,
    [SafePlaceInstructions] NVARCHAR(400) NULL,
    [ParcelCount]     SMALLINT NULL,
    [WeightKg]        DECIMAL(7,2) NULL,
    [EtaWindowStart]  DATETIME2 NULL
)
GO

CREATE TABLE [dbo].[ProofOfDelivery] (
    [PodID]           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [StopID]          BIGINT NOT NULL REFERENCES [dbo].[DeliveryStop]([StopID]),
    [Outcome]         NVARCHAR(20) NOT NULL,
    [ReceivedByName]  NVARCHAR(100) NULL,
    [SignatureImage]  VARBINARY(MAX) NULL,
    [DoorstepPhotoUrl] NVARCHAR(400) NULL,
    [GpsLat]          DECIMAL(9,6) NULL,
    [GpsLon]          DECIMAL(9,6) NULL,
    [AgeVerified]     BIT NULL,
    [CapturedAt]      DATETIME2 NOT NULL
)
GO

CREATE TABLE [dbo].[TelematicsPing] (
    [PingID]          BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    [VehicleID]       INT NOT NULL,
    [DriverID]        INT NULL,
    [RecordedAt]      DATETIME2 NOT NULL,
    [Lat]             DECIMAL(9,6) NOT NULL,
    [Lon]             DECIMAL(9,6) NOT NULL,
    [SpeedKph]        SMALLINT NULL,
    [HarshBrakeFlag]  BIT NULL
)
GO

CREATE TABLE [dbo].[AppSetting] (
    [SettingKey]      NVARCHAR(64) NOT NULL PRIMARY KEY,
    [SettingValue]    NVARCHAR(MAX) NULL,
    [ModifiedUtc]     DATETIME2 NULL
)
GO

EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'UK driving licence number (DVLA)', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'DriverLicence', @level2type = N'COLUMN', @level2name = N'LicenceNumber';
GO
EXEC sp_addextendedproperty @name = N'MS_Description', @value = N'Where to leave the parcel, written by the recipient', @level0type = N'SCHEMA', @level0name = N'dbo', @level1type = N'TABLE', @level1name = N'DeliveryStop', @level2type = N'COLUMN', @level2name = N'SafePlaceInstructions';
GO
