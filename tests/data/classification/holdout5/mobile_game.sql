-- dialect: sqlite
-- privaudit holdout5: mobile_game.sql (original schema written for evaluation)

-- Registered players
CREATE TABLE "player" (
  playerId INTEGER PRIMARY KEY AUTOINCREMENT,
  "accountName" TEXT UNIQUE NOT NULL,  -- login name
  "displayName" TEXT,  -- in-game nickname
  passwordHash TEXT,  -- bcrypt
  email TEXT,
  "birthYear" INTEGER,  -- age gate
  "countryCode" TEXT,  -- from store locale
  "preferredLanguage" TEXT,
  "avatarUrl" TEXT,  -- uploaded selfie or chosen avatar
  level INTEGER DEFAULT 1,
  coins INTEGER DEFAULT 0,  -- soft currency balance
  isBanned INTEGER DEFAULT 0,
  "createdAt" TEXT
);

-- Devices a player has logged in from
CREATE TABLE "device" (
  "deviceRowId" INTEGER PRIMARY KEY,
  playerId INTEGER REFERENCES player(playerId),
  idfa TEXT,  -- advertising id (iOS IDFA / Android GAID)
  "deviceModel" TEXT,  -- e.g. iPhone15,2
  "osVersion" TEXT,
  "pushToken" TEXT,  -- APNs/FCM token
  lastIp TEXT,
  "firstSeen" TEXT
);

-- In-app purchases
CREATE TABLE "purchase" (
  purchaseId INTEGER PRIMARY KEY,
  playerId INTEGER,
  sku TEXT,  -- store product id
  "priceMicros" INTEGER,
  currency TEXT,
  storeReceipt TEXT,  -- raw App Store/Play receipt
  "purchasedAt" TEXT,
  refunded INTEGER
);

-- Guild and private chat
CREATE TABLE "chat_message" (
  "messageId" INTEGER PRIMARY KEY,
  "channelId" INTEGER,
  senderId INTEGER,
  "recipientId" INTEGER,  -- null for guild channel
  body TEXT,  -- message text
  sentAt TEXT,
  flaggedToxic INTEGER  -- moderation result
);

-- Player clans
CREATE TABLE "guild" (
  "guildId" INTEGER PRIMARY KEY,
  "guildName" TEXT,
  motto TEXT,
  leaderId INTEGER,
  "memberCount" INTEGER
);

-- Static level definitions
CREATE TABLE "level_config" (
  "levelId" INTEGER PRIMARY KEY,
  "worldName" TEXT,
  difficulty REAL,
  "rewardCoins" INTEGER
);

-- Gameplay telemetry
CREATE TABLE "session_event" (
  "eventId" INTEGER PRIMARY KEY,
  playerId INTEGER,
  "eventName" TEXT,  -- level_start, level_fail, ad_watched
  sessionLengthSec INTEGER,
  "geoCity" TEXT,  -- city resolved from IP
  occurredAt TEXT
);
