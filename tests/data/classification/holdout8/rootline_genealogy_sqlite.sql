-- dialect: sqlite
-- RootLine: family-tree builder + consumer DNA ancestry (mobile app local+sync schema)
-- camelCase column names

PRAGMA foreign_keys = ON;

CREATE TABLE accounts (
    accountId        INTEGER PRIMARY KEY AUTOINCREMENT,
    emailAddress     TEXT NOT NULL UNIQUE,
    passwordHash     TEXT NOT NULL,
    displayName      TEXT,
    givenName        TEXT,
    familyName       TEXT,
    birthYear        INTEGER,
    countryCode      TEXT,
    subscriptionPlan TEXT NOT NULL DEFAULT 'free',
    marketingConsent INTEGER NOT NULL DEFAULT 0,
    researchConsent  INTEGER NOT NULL DEFAULT 0,   -- opted in to DNA research programme
    createdAt        TEXT NOT NULL DEFAULT (datetime('now'))
);

CREATE TABLE dnaKits (
    kitId             INTEGER PRIMARY KEY,
    accountId         INTEGER NOT NULL REFERENCES accounts(accountId),
    kitBarcode        TEXT NOT NULL UNIQUE,
    activationCode    TEXT,
    shippingAddress   TEXT,
    labName           TEXT,
    sampleReceivedAt  TEXT,
    kitStatus         TEXT NOT NULL DEFAULT 'shipped',
    rawGenotypeFile   TEXT                            -- path to the customer's raw data export
);

CREATE TABLE genotypeCalls (
    kitId        INTEGER NOT NULL REFERENCES dnaKits(kitId),
    rsid         TEXT NOT NULL,
    chromosome   TEXT NOT NULL,
    position     INTEGER NOT NULL,
    allele1      TEXT,
    allele2      TEXT,
    callQuality  REAL,
    PRIMARY KEY (kitId, rsid)
);

CREATE TABLE ethnicityEstimates (
    estimateId       INTEGER PRIMARY KEY,
    kitId            INTEGER NOT NULL REFERENCES dnaKits(kitId),
    regionCode       TEXT NOT NULL,
    percentage       REAL NOT NULL,
    algorithmVersion TEXT NOT NULL,
    computedAt       TEXT
);

CREATE TABLE dnaMatches (
    matchId               INTEGER PRIMARY KEY,
    kitId                 INTEGER NOT NULL,
    matchedKitId          INTEGER NOT NULL,
    sharedCentimorgans    REAL,
    sharedSegments        INTEGER,
    predictedRelationship TEXT,
    matchNote             TEXT,
    isStarred             INTEGER DEFAULT 0,
    discoveredAt          TEXT
);

CREATE TABLE trees (
    treeId          INTEGER PRIMARY KEY,
    ownerAccountId  INTEGER NOT NULL REFERENCES accounts(accountId),
    treeTitle       TEXT,
    visibility      TEXT NOT NULL DEFAULT 'private',
    createdAt       TEXT
);

CREATE TABLE persons (
    personId     INTEGER PRIMARY KEY,
    treeId       INTEGER NOT NULL REFERENCES trees(treeId),
    givenNames   TEXT,
    surname      TEXT,
    maidenName   TEXT,
    sex          TEXT,
    birthDate    TEXT,
    birthPlace   TEXT,
    deathDate    TEXT,
    causeOfDeath TEXT,
    burialPlace  TEXT,
    occupation   TEXT,
    religion     TEXT,
    isLiving     INTEGER,
    biography    TEXT,
    portraitUri  TEXT
);

CREATE TABLE personRelations (
    relationId       INTEGER PRIMARY KEY,
    personId         INTEGER NOT NULL REFERENCES persons(personId),
    relatedPersonId  INTEGER NOT NULL REFERENCES persons(personId),
    relationType     TEXT NOT NULL,   -- parent, spouse, adoptive_parent
    marriageDate     TEXT
);

CREATE TABLE apiAccessLog (
    logId        INTEGER PRIMARY KEY,
    accountId    INTEGER,
    ipAddress    TEXT,
    userAgent    TEXT,
    endpoint     TEXT,
    httpStatus   INTEGER,
    requestedAt  TEXT
);
