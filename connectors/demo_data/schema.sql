-- privaudit demo shop (SQLite). Built by `privaudit demo` / connectors.demo.build_demo_database.
-- SQLite keeps no column comments, so the intent of each column is written here as SQL comments;
-- some names are pinyin on purpose (xingming = 姓名, sfzh = 身份证号, shouji = 手机, beizhu = 备注).

CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    xingming    TEXT NOT NULL,           -- full name (Chinese or Western)
    gender      TEXT,                    -- 'M' / 'F'
    sfzh        TEXT UNIQUE,             -- China resident identity card number (GB 11643), NULL for foreigners
    shouji      TEXT,                    -- mobile phone: CN mobiles and international E.164
    email       TEXT UNIQUE,             -- e-mail address
    birth_date  TEXT,                    -- ISO date; some customers are minors under 14
    address     TEXT,                    -- postal address
    country     TEXT NOT NULL,           -- ISO 3166 alpha-2
    created_at  TEXT NOT NULL            -- ISO timestamp
);

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    username       TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,        -- bare unsalted md5 for most (legacy), bcrypt for migrated accounts
    last_login_ip  TEXT                  -- IPv4 address of the last login
);

CREATE TABLE products (                  -- no personal data at all
    id        INTEGER PRIMARY KEY,
    sku       TEXT NOT NULL UNIQUE,
    title     TEXT NOT NULL,
    category  TEXT NOT NULL,
    price     NUMERIC NOT NULL
);

CREATE TABLE orders (
    id                INTEGER PRIMARY KEY,
    customer_id       INTEGER NOT NULL REFERENCES customers(id),
    product_id        INTEGER NOT NULL REFERENCES products(id),
    quantity          INTEGER NOT NULL,
    shipping_address  TEXT NOT NULL,
    beizhu            TEXT,              -- free-text remark; customers write phone numbers and IDs here
    created_at        TEXT NOT NULL
);

CREATE TABLE payments (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL REFERENCES orders(id),
    card_number  TEXT NOT NULL,          -- full PAN stored in clear (Luhn-valid test numbers)
    card_holder  TEXT NOT NULL,
    amount       NUMERIC NOT NULL,
    paid_at      TEXT NOT NULL
);

CREATE TABLE consents (
    id            INTEGER PRIMARY KEY,
    customer_id   INTEGER NOT NULL REFERENCES customers(id),
    purpose       TEXT NOT NULL,         -- 'marketing', 'analytics', 'cross_border_transfer'
    granted_at    TEXT NOT NULL,
    withdrawn_at  TEXT                   -- NULL while the consent stands
);

CREATE VIEW customer_contacts AS         -- what the call centre sees
    SELECT xingming, shouji, email FROM customers;
