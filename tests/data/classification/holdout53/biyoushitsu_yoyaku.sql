-- dialect: sqlite
-- 美容室予約アプリ backend (SQLite)
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS salons (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  salonName TEXT NOT NULL,  -- 店舗名
  prefecture TEXT,
  address TEXT,
  tel TEXT,
  openHours TEXT,  -- JSON
  createdAt TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE IF NOT EXISTS customers (  -- 顧客
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  salonId INTEGER NOT NULL REFERENCES salons(id),
  lastName TEXT NOT NULL,  -- 姓
  firstName TEXT,  -- 名
  lastNameKana TEXT,  -- セイ
  firstNameKana TEXT,  -- メイ
  birthday TEXT,
  gender INTEGER,
  mobile TEXT,
  email TEXT,
  zip TEXT,
  pref TEXT,  -- 都道府県
  addr1 TEXT,
  lineUserId TEXT,  -- LINE連携
  pushToken TEXT,
  referralCode TEXT,
  rank INTEGER DEFAULT 0,
  points INTEGER DEFAULT 0,
  memo TEXT,  -- スタッフ用メモ
  createdAt TEXT DEFAULT CURRENT_TIMESTAMP,
  deletedAt TEXT
);

CREATE TABLE IF NOT EXISTS karte (  -- カルテ
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customerId INTEGER NOT NULL,
  reservationId INTEGER,
  scalpCondition TEXT,  -- 頭皮状態
  allergyNote TEXT,
  isPregnant INTEGER DEFAULT 0,
  patchTestResult TEXT,
  photoBefore TEXT,
  photoAfter TEXT,
  colorFormula TEXT,
  updatedAt TEXT
);

CREATE TABLE IF NOT EXISTS staff (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  salonId INTEGER NOT NULL,
  displayName TEXT,
  fullName TEXT,
  role TEXT,  -- stylist/assistant/manager
  hireDate TEXT,
  instagram TEXT,
  profileImg TEXT,
  commissionRate REAL,
  passwordHash TEXT,
  isActive INTEGER DEFAULT 1
);

CREATE TABLE IF NOT EXISTS menus (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  salonId INTEGER NOT NULL,
  menuName TEXT NOT NULL,
  category TEXT,
  durationMin INTEGER,
  price INTEGER,  -- 税抜
  taxRate REAL
);

CREATE TABLE IF NOT EXISTS reservations (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reservationNo TEXT UNIQUE,
  customerId INTEGER NOT NULL,
  staffId INTEGER,
  menuId INTEGER,
  startAt TEXT NOT NULL,
  endAt TEXT,
  status TEXT,
  channel TEXT,  -- web/line/hotpepper/tel
  requestNote TEXT,  -- ご要望
  cancelCode INTEGER
);

CREATE TABLE IF NOT EXISTS payments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reservationId INTEGER NOT NULL,
  amount INTEGER,
  method TEXT,
  cardLast4 TEXT,
  approvalCode TEXT,
  paidAt TEXT
);

CREATE TABLE IF NOT EXISTS reviews (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  reservationId INTEGER,
  rating INTEGER,
  body TEXT,
  nickname TEXT,
  isPublished INTEGER DEFAULT 0,
  createdAt TEXT
);

CREATE TABLE IF NOT EXISTS app_settings (
  key TEXT PRIMARY KEY,
  value TEXT,
  updatedAt TEXT
);

CREATE TABLE IF NOT EXISTS devices (  -- アプリ端末
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  customerId INTEGER,
  deviceModel TEXT,
  osVersion TEXT,
  appVersion TEXT,
  ipAddr TEXT,
  lastSeenAt TEXT
);
