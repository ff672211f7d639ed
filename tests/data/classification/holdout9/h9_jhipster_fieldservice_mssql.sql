-- dialect: tsql
-- FieldPro: HVAC / refrigeration field-service app for B2B clients
-- (Spring Boot + JHipster 7 generated entities, Liquibase changelog exported as T-SQL for SQL Server 2019)

CREATE TABLE [dbo].[jhi_user] (
    [id]                  BIGINT          IDENTITY(1,1) NOT NULL,
    [login]               NVARCHAR(50)    NOT NULL,
    [password_hash]       NVARCHAR(60)    NOT NULL,
    [first_name]          NVARCHAR(50)    NULL,
    [last_name]           NVARCHAR(50)    NULL,
    [email]               NVARCHAR(191)   NULL,
    [image_url]           NVARCHAR(256)   NULL,
    [activated]           BIT             NOT NULL,
    [lang_key]            NVARCHAR(10)    NULL,
    [activation_key]      NVARCHAR(20)    NULL,
    [reset_key]           NVARCHAR(20)    NULL,
    [created_by]          NVARCHAR(50)    NOT NULL,
    [created_date]        DATETIME2(6)    NULL,
    [reset_date]          DATETIME2(6)    NULL,
    [last_modified_by]    NVARCHAR(50)    NULL,
    [last_modified_date]  DATETIME2(6)    NULL,
    CONSTRAINT [pk_jhi_user] PRIMARY KEY CLUSTERED ([id] ASC),
    CONSTRAINT [ux_user_login] UNIQUE ([login]),
    CONSTRAINT [ux_user_email] UNIQUE ([email])
);
GO

CREATE TABLE [dbo].[jhi_persistent_audit_event] (
    [event_id]    BIGINT         IDENTITY(1,1) NOT NULL,
    [principal]   NVARCHAR(50)   NOT NULL,
    [event_date]  DATETIME2(6)   NULL,
    [event_type]  NVARCHAR(255)  NULL,
    CONSTRAINT [pk_jhi_persistent_audit_event] PRIMARY KEY ([event_id])
);
GO

CREATE TABLE [dbo].[jhi_persistent_audit_evt_data] (
    [event_id]  BIGINT         NOT NULL,
    [name]      NVARCHAR(150)  NOT NULL,
    [value]     NVARCHAR(255)  NULL,
    CONSTRAINT [pk_jhi_persistent_audit_evt_data] PRIMARY KEY ([event_id], [name]),
    CONSTRAINT [fk_evt_pers_audit_evt_data] FOREIGN KEY ([event_id]) REFERENCES [dbo].[jhi_persistent_audit_event] ([event_id])
);
GO

-- technician profile (1:1 with jhi_user)
CREATE TABLE [dbo].[technician] (
    [id]                 BIGINT          IDENTITY(1,1) NOT NULL,
    [user_id]            BIGINT          NULL,
    [employee_code]      NVARCHAR(12)    NOT NULL,
    [mobile_phone]       NVARCHAR(20)    NULL,
    [trade_specialty]    NVARCHAR(30)    NULL,   -- HVAC, REFRIGERATION, BOILER
    [epa_cert_no]        NVARCHAR(20)    NULL,   -- EPA 608 technician certification
    [hourly_rate]        DECIMAL(8,2)    NULL,
    [home_base_lat]      DECIMAL(9,6)    NULL,   -- where the tech starts the day (home)
    [home_base_lng]      DECIMAL(9,6)    NULL,
    [van_plate]          NVARCHAR(10)    NULL,   -- company van assigned
    [shift_pattern]      NVARCHAR(20)    NULL,
    [hire_date]          DATE            NULL,
    CONSTRAINT [pk_technician] PRIMARY KEY ([id]),
    CONSTRAINT [ux_technician_user_id] UNIQUE ([user_id]),
    CONSTRAINT [fk_technician__user_id] FOREIGN KEY ([user_id]) REFERENCES [dbo].[jhi_user] ([id])
);
GO

-- client premises (B2B: supermarkets, data centres, office buildings)
CREATE TABLE [dbo].[client_site] (
    [id]                  BIGINT          IDENTITY(1,1) NOT NULL,
    [account_name]        NVARCHAR(120)   NOT NULL,
    [site_contact_name]   NVARCHAR(80)    NULL,
    [site_contact_phone]  NVARCHAR(20)    NULL,
    [site_contact_email]  NVARCHAR(120)   NULL,
    [street_line_1]       NVARCHAR(120)   NULL,
    [city]                NVARCHAR(60)    NULL,
    [state_province]      NVARCHAR(40)    NULL,
    [postal_code]         NVARCHAR(12)    NULL,
    [country]             NVARCHAR(2)     NULL,
    [latitude]            DECIMAL(9,6)    NULL,
    [longitude]           DECIMAL(9,6)    NULL,
    [access_notes]        NVARCHAR(MAX)   NULL,   -- loading dock, key safe code
    [site_type]           NVARCHAR(20)    NULL,
    CONSTRAINT [pk_client_site] PRIMARY KEY ([id])
);
GO

CREATE TABLE [dbo].[work_order] (
    [id]                   BIGINT          IDENTITY(1,1) NOT NULL,
    [wo_number]            NVARCHAR(16)    NOT NULL,
    [site_id]              BIGINT          NOT NULL,
    [technician_id]        BIGINT          NULL,
    [priority]             NVARCHAR(10)    NOT NULL,
    [status]               NVARCHAR(20)    NOT NULL,
    [problem_description]  NVARCHAR(2000)  NULL,   -- e.g. "walk-in freezer 3 alarming at -12C"
    [scheduled_start]      DATETIME2(6)    NULL,
    [scheduled_end]        DATETIME2(6)    NULL,
    [sla_due]              DATETIME2(6)    NULL,
    [created_by]           NVARCHAR(50)    NOT NULL,
    [created_date]         DATETIME2(6)    NULL,
    CONSTRAINT [pk_work_order] PRIMARY KEY ([id]),
    CONSTRAINT [ux_work_order_wo_number] UNIQUE ([wo_number]),
    CONSTRAINT [fk_work_order__site_id] FOREIGN KEY ([site_id]) REFERENCES [dbo].[client_site] ([id]),
    CONSTRAINT [fk_work_order__technician_id] FOREIGN KEY ([technician_id]) REFERENCES [dbo].[technician] ([id])
);
GO

CREATE TABLE [dbo].[gps_ping] (
    [id]             BIGINT          IDENTITY(1,1) NOT NULL,
    [technician_id]  BIGINT          NOT NULL,
    [device_imei]    NVARCHAR(16)    NULL,
    [latitude]       DECIMAL(9,6)    NOT NULL,
    [longitude]      DECIMAL(9,6)    NOT NULL,
    [accuracy_m]     REAL            NULL,
    [speed_kmh]      REAL            NULL,
    [battery_pct]    TINYINT         NULL,
    [recorded_at]    DATETIME2(3)    NOT NULL,
    CONSTRAINT [pk_gps_ping] PRIMARY KEY ([id])
);
GO
CREATE INDEX [ix_gps_ping_tech_time] ON [dbo].[gps_ping] ([technician_id], [recorded_at]);
GO

CREATE TABLE [dbo].[service_report] (
    [id]                  BIGINT           IDENTITY(1,1) NOT NULL,
    [work_order_id]       BIGINT           NOT NULL,
    [completed_at]        DATETIME2(6)     NULL,
    [labour_minutes]      INT              NULL,
    [parts_cost]          DECIMAL(10,2)    NULL,
    [technician_notes]    NVARCHAR(MAX)    NULL,
    [signed_by_name]      NVARCHAR(80)     NULL,
    [customer_signature]  VARBINARY(MAX)   NULL,   -- PNG of the on-screen signature
    [customer_rating]     TINYINT          NULL,
    CONSTRAINT [pk_service_report] PRIMARY KEY ([id]),
    CONSTRAINT [fk_service_report__work_order_id] FOREIGN KEY ([work_order_id]) REFERENCES [dbo].[work_order] ([id])
);
GO

CREATE TABLE [dbo].[spare_part] (
    [id]              BIGINT          IDENTITY(1,1) NOT NULL,
    [sku]             NVARCHAR(40)    NOT NULL,
    [description]     NVARCHAR(200)   NULL,
    [unit_cost]       DECIMAL(10,2)   NULL,
    [qty_on_hand]     INT             NULL,
    [warehouse_code]  NVARCHAR(8)     NULL,
    CONSTRAINT [pk_spare_part] PRIMARY KEY ([id])
);
GO
