-- dialect: sqlite
-- Smart parking and EV charging app
CREATE TABLE driver (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    username TEXT NOT NULL UNIQUE,
    full_name TEXT,
    email TEXT NOT NULL,
    phone TEXT,
    licence_number TEXT,        -- driving licence, checked for fleet accounts
    home_zip TEXT,
    push_token TEXT,             -- FCM/APNs push token
    auto_pay INTEGER NOT NULL DEFAULT 1,
    created_at TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE vehicle (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    driver_id INTEGER NOT NULL REFERENCES driver(id),
    plate TEXT NOT NULL,
    plate_region TEXT,
    make TEXT,
    model TEXT,
    colour TEXT,
    connector_type TEXT,
    battery_kwh REAL,
    vin TEXT
);

CREATE TABLE charger (
    id INTEGER PRIMARY KEY,
    site_name TEXT NOT NULL,
    operator TEXT,
    lat REAL NOT NULL,
    lng REAL NOT NULL,
    max_kw REAL,
    price_per_kwh REAL,
    firmware_version TEXT
);

CREATE TABLE charging_session (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    vehicle_id INTEGER NOT NULL,
    charger_id INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    energy_kwh REAL,
    cost REAL,
    start_lat REAL,   -- phone GPS when the driver tapped Start
    start_lon REAL,
    stop_reason TEXT
);

CREATE TABLE parking_event (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    lot_id INTEGER NOT NULL,
    plate_read TEXT,          -- ANPR camera read
    anpr_image_path TEXT,
    entry_time TEXT NOT NULL,
    exit_time TEXT,
    fee_cents INTEGER,
    gate_id TEXT
);

CREATE TABLE gps_ping (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    driver_id INTEGER NOT NULL,
    recorded_at TEXT NOT NULL,
    latitude REAL NOT NULL,
    longitude REAL NOT NULL,
    accuracy_m REAL,
    device_uuid TEXT
);

CREATE TABLE app_setting (
    key TEXT PRIMARY KEY,
    value TEXT,
    updated_at TEXT
);
