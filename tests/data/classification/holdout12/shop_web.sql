-- dialect: mysql
-- Storefront database for a small B2C online shop (home & kitchen goods).

CREATE TABLE customers (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  email           VARCHAR(191) NOT NULL COMMENT 'login e-mail',
  password_hash   VARCHAR(255) NOT NULL,
  password_salt   VARCHAR(64)  NULL,
  first_name      VARCHAR(80)  NOT NULL,
  last_name       VARCHAR(80)  NOT NULL,
  phone           VARCHAR(32)  NULL,
  dob             DATE         NULL COMMENT 'used for birthday voucher',
  gender          ENUM('f','m','x','n/a') NULL,
  newsletter_opt_in TINYINT(1) NOT NULL DEFAULT 0 COMMENT 'marketing e-mail consent',
  email_verified_at DATETIME   NULL,
  last_login_ip   VARCHAR(45)  NULL,
  created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at      DATETIME     NULL ON UPDATE CURRENT_TIMESTAMP,
  deleted_at      DATETIME     NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_customers_email (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE customer_addresses (
  id              BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id     BIGINT UNSIGNED NOT NULL,
  label           VARCHAR(20)  NOT NULL DEFAULT 'home' COMMENT 'home / work / other',
  recipient_name  VARCHAR(160) NOT NULL,
  company         VARCHAR(120) NULL,
  line1           VARCHAR(200) NOT NULL,
  line2           VARCHAR(200) NULL,
  city            VARCHAR(100) NOT NULL,
  region          VARCHAR(100) NULL COMMENT 'state / county',
  postal_code     VARCHAR(20)  NOT NULL,
  country_code    CHAR(2)      NOT NULL,
  phone           VARCHAR(32)  NULL COMMENT 'for the courier',
  is_default      TINYINT(1)   NOT NULL DEFAULT 0,
  created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id),
  KEY idx_addr_customer (customer_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE categories (
  id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
  parent_id   INT UNSIGNED NULL,
  name        VARCHAR(100) NOT NULL,
  slug        VARCHAR(120) NOT NULL,
  sort_order  INT NOT NULL DEFAULT 0,
  is_active   TINYINT(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE products (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  category_id   INT UNSIGNED NOT NULL,
  sku           VARCHAR(40)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  description   TEXT NULL,
  price         DECIMAL(10,2) NOT NULL,
  currency      CHAR(3) NOT NULL DEFAULT 'EUR',
  stock_qty     INT NOT NULL DEFAULT 0,
  weight_grams  INT NULL,
  is_published  TINYINT(1) NOT NULL DEFAULT 0,
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  updated_at    DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_products_sku (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE orders (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_number     VARCHAR(20) NOT NULL COMMENT 'shown to customer, e.g. SH-2024-000123',
  customer_id      BIGINT UNSIGNED NULL COMMENT 'null for guest checkout',
  status           VARCHAR(20) NOT NULL DEFAULT 'pending',
  subtotal         DECIMAL(10,2) NOT NULL,
  shipping_fee     DECIMAL(10,2) NOT NULL DEFAULT 0,
  tax_amount       DECIMAL(10,2) NOT NULL DEFAULT 0,
  total            DECIMAL(10,2) NOT NULL,
  currency         CHAR(3) NOT NULL DEFAULT 'EUR',
  shipping_name    VARCHAR(160) NOT NULL,
  shipping_phone   VARCHAR(32) NULL,
  shipping_address TEXT NOT NULL COMMENT 'full address snapshot at checkout',
  customer_note    VARCHAR(500) NULL COMMENT 'note left by the customer at checkout',
  coupon_code      VARCHAR(30) NULL,
  placed_ip        VARCHAR(45) NULL,
  placed_at        DATETIME NOT NULL,
  updated_at       DATETIME NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_orders_number (order_number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE order_items (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id      BIGINT UNSIGNED NOT NULL,
  product_id    BIGINT UNSIGNED NOT NULL,
  product_name  VARCHAR(200) NOT NULL COMMENT 'snapshot',
  unit_price    DECIMAL(10,2) NOT NULL,
  quantity      INT NOT NULL,
  line_total    DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payments (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  order_id         BIGINT UNSIGNED NOT NULL,
  provider         VARCHAR(30) NOT NULL COMMENT 'stripe, paypal, klarna',
  provider_txn_id  VARCHAR(80) NULL,
  card_brand       VARCHAR(20) NULL,
  card_last4       CHAR(4) NULL,
  card_exp_month   TINYINT NULL,
  card_exp_year    SMALLINT NULL,
  amount           DECIMAL(10,2) NOT NULL,
  status           VARCHAR(20) NOT NULL,
  paid_at          DATETIME NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE product_reviews (
  id                    BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  product_id            BIGINT UNSIGNED NOT NULL,
  customer_id           BIGINT UNSIGNED NOT NULL,
  rating                TINYINT NOT NULL COMMENT '1-5 stars',
  title                 VARCHAR(150) NULL,
  body                  TEXT NULL,
  reviewer_display_name VARCHAR(60) NOT NULL COMMENT 'shown publicly, e.g. "Anna K."',
  is_verified_purchase  TINYINT(1) NOT NULL DEFAULT 0,
  helpful_count         INT NOT NULL DEFAULT 0,
  created_at            DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE store_settings (
  setting_key    VARCHAR(100) NOT NULL,
  setting_value  TEXT NULL,
  updated_at     DATETIME NULL,
  PRIMARY KEY (setting_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
