-- dialect: sqlite
-- Team workspace SaaS (project boards), SQLite dev/staging schema.

CREATE TABLE organizations (
  id               TEXT PRIMARY KEY,
  name             TEXT NOT NULL,
  slug             TEXT NOT NULL UNIQUE,
  billingEmail     TEXT,
  plan             TEXT NOT NULL DEFAULT 'free',
  seatLimit        INTEGER NOT NULL DEFAULT 5,
  stripeCustomerId TEXT,
  createdAt        TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE users (
  id                TEXT PRIMARY KEY,
  email             TEXT NOT NULL UNIQUE,
  passwordHash      TEXT,
  fullName          TEXT,
  displayName       TEXT,
  avatarUrl         TEXT,
  locale            TEXT DEFAULT 'en-US',
  timezone          TEXT DEFAULT 'UTC',
  emailVerified     INTEGER NOT NULL DEFAULT 0,
  mfaSecret         TEXT,
  mfaEnabled        INTEGER NOT NULL DEFAULT 0,
  lastLoginAt       TEXT,
  lastLoginIp       TEXT,
  marketingConsent  INTEGER NOT NULL DEFAULT 0,
  createdAt         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP,
  deletedAt         TEXT
);

CREATE TABLE teams (
  id              TEXT PRIMARY KEY,
  organizationId  TEXT NOT NULL REFERENCES organizations(id),
  name            TEXT NOT NULL,
  description     TEXT,
  createdAt       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE memberships (
  id               TEXT PRIMARY KEY,
  teamId           TEXT NOT NULL REFERENCES teams(id),
  userId           TEXT NOT NULL REFERENCES users(id),
  role             TEXT NOT NULL DEFAULT 'member',
  invitedByUserId  TEXT REFERENCES users(id),
  joinedAt         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE invitations (
  id              TEXT PRIMARY KEY,
  organizationId  TEXT NOT NULL REFERENCES organizations(id),
  inviteeEmail    TEXT NOT NULL,
  token           TEXT NOT NULL UNIQUE,
  role            TEXT NOT NULL DEFAULT 'member',
  invitedBy       TEXT REFERENCES users(id),
  expiresAt       TEXT NOT NULL,
  acceptedAt      TEXT
);

CREATE TABLE apiKeys (
  id               TEXT PRIMARY KEY,
  organizationId   TEXT NOT NULL REFERENCES organizations(id),
  createdByUserId  TEXT REFERENCES users(id),
  name             TEXT NOT NULL,
  keyPrefix        TEXT NOT NULL,
  keyHash          TEXT NOT NULL,
  scopes           TEXT NOT NULL DEFAULT 'read',
  lastUsedAt       TEXT,
  revokedAt        TEXT
);

CREATE TABLE sessions (
  id                TEXT PRIMARY KEY,
  userId            TEXT NOT NULL REFERENCES users(id),
  refreshTokenHash  TEXT NOT NULL,
  userAgent         TEXT,
  ipAddress         TEXT,
  deviceName        TEXT,
  expiresAt         TEXT NOT NULL,
  createdAt         TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- who did what, shown in the org admin "Activity" page
CREATE TABLE auditLogs (
  id              INTEGER PRIMARY KEY AUTOINCREMENT,
  organizationId  TEXT NOT NULL,
  actorUserId     TEXT,
  actorEmail      TEXT,
  action          TEXT NOT NULL,
  targetType      TEXT,
  targetId        TEXT,
  metadata        TEXT,
  ipAddress       TEXT,
  userAgent       TEXT,
  occurredAt      TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE webhooks (
  id              TEXT PRIMARY KEY,
  organizationId  TEXT NOT NULL REFERENCES organizations(id),
  url             TEXT NOT NULL,
  secret          TEXT NOT NULL,
  events          TEXT NOT NULL,
  isActive        INTEGER NOT NULL DEFAULT 1,
  createdAt       TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE appSettings (
  key        TEXT PRIMARY KEY,
  value      TEXT,
  updatedAt  TEXT
);
