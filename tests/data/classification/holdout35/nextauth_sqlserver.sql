-- dialect: tsql
-- source: nextauthjs/next-auth packages/adapter-sqlserver/schema.sql (commit 26c11e672fb495b6b0477dfb4ecd479348d94cbf); IF NOT EXISTS wrappers, index/PK/FK ALTERs, the inline INDEX clause of authenticators and stored procedures dropped; column definitions verbatim
-- USERS table
    CREATE TABLE [users]
    (
        [id] UNIQUEIDENTIFIER NOT NULL CONSTRAINT [df_users_id] DEFAULT NEWSEQUENTIALID(),
        [name] NVARCHAR(100) NULL,
        [email] NVARCHAR(100) NOT NULL,
        [emailVerified] DATETIME2 NULL,
        [image] VARCHAR(8000) NULL
    );
GO

-- ACCOUNTS table
    CREATE TABLE [accounts]
    (
        [id] UNIQUEIDENTIFIER NOT NULL CONSTRAINT [df_accounts_id] DEFAULT NEWSEQUENTIALID(),
        [userId] UNIQUEIDENTIFIER NOT NULL,
        [type] NVARCHAR(100) NOT NULL,
        [provider] NVARCHAR(100) NOT NULL,
        [providerAccountId] NVARCHAR(100) NOT NULL,
        [refresh_token] VARCHAR(8000) NULL,
        [access_token] VARCHAR(8000) NULL,
        [expires_at] INT NULL,
        [token_type] NVARCHAR(100) NULL,
        [scope] NVARCHAR(100) NULL,
        [id_token] VARCHAR(8000) NULL,
        [session_state] NVARCHAR(100) NULL
    );
GO

-- SESSION table
    CREATE TABLE [sessions]
    (
        [id] UNIQUEIDENTIFIER NOT NULL CONSTRAINT [df_sessions_id] DEFAULT NEWSEQUENTIALID(),
        [expires] DATETIME2 NOT NULL,
        [userId] UNIQUEIDENTIFIER NOT NULL,
        [sessionToken] VARCHAR(8000) NULL
    );
GO

-- VERIFICATION_TOKENS table
    CREATE TABLE [verification_tokens]
    (
        [identifier] NVARCHAR(100) NOT NULL,
        [token] VARCHAR(700) NOT NULL,
        [expires] DATETIME2 NOT NULL
    );
GO

-- AUTHENTICATOR table
    CREATE TABLE [authenticators]
    (
        [credentialID] NVARCHAR(100) NOT NULL,
        [userId] UNIQUEIDENTIFIER NOT NULL
            CONSTRAINT [fk_authenticators_user_id] FOREIGN KEY REFERENCES [dbo].[users]([id]),
        [providerAccountId] NVARCHAR(100) NOT NULL,
        [credentialPublicKey] VARCHAR(1000) NOT NULL,
        [counter] INT NOT NULL,
        [credentialDeviceType] NVARCHAR(100) NOT NULL,
        [credentialBackedUp] BIT NOT NULL,
        [transports] NVARCHAR(1000) NOT NULL
    );
GO
