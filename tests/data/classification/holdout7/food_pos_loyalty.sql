-- dialect: mysql
-- Franchise quick-service POS with loyalty programme
CREATE TABLE franchise_store (
  store_id INT AUTO_INCREMENT PRIMARY KEY,
  store_code VARCHAR(16) NOT NULL,
  store_name VARCHAR(120) NOT NULL,
  franchisee_company VARCHAR(160) COMMENT 'legal entity operating the store',
  street_address VARCHAR(200) COMMENT 'store premises',
  city VARCHAR(80),
  postcode VARCHAR(12),
  store_phone VARCHAR(32) COMMENT 'front counter landline',
  opening_hours VARCHAR(120),
  tax_rate DECIMAL(5,3),
  is_active TINYINT(1) DEFAULT 1,
  created_at DATETIME
);
CREATE TABLE cashier (
  cashier_id INT AUTO_INCREMENT PRIMARY KEY,
  store_id INT NOT NULL,
  employee_no VARCHAR(20) COMMENT 'payroll number',
  first_name VARCHAR(60),
  last_name VARCHAR(60),
  pos_pin_hash CHAR(64) COMMENT 'hashed 4-digit till PIN',
  mobile VARCHAR(20),
  hourly_rate DECIMAL(6,2),
  hired_on DATE,
  role_code VARCHAR(16) COMMENT 'CASHIER / SHIFT_LEAD / MANAGER',
  badge_photo_url VARCHAR(255),
  disabled TINYINT(1) DEFAULT 0
);
CREATE TABLE loyalty_member (
  member_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  card_number VARCHAR(19) COMMENT 'printed loyalty card barcode',
  display_name VARCHAR(60),
  email VARCHAR(190),
  phone VARCHAR(20),
  birthday_month TINYINT COMMENT 'for the free birthday dessert',
  birth_date DATE,
  home_store_id INT,
  favourite_item_sku VARCHAR(32) COMMENT 'most ordered item, computed nightly',
  dietary_preferences VARCHAR(200) COMMENT 'e.g. vegan, halal, nut allergy',
  tier_code VARCHAR(10),
  points_balance INT DEFAULT 0,
  marketing_opt_in TINYINT(1) DEFAULT 0,
  joined_at DATETIME,
  last_visit_at DATETIME
);
CREATE TABLE menu_item (
  sku VARCHAR(32) PRIMARY KEY,
  item_name VARCHAR(120),
  category VARCHAR(40),
  base_price DECIMAL(8,2),
  calories INT,
  allergens VARCHAR(200) COMMENT 'allergen declaration for the recipe',
  is_seasonal TINYINT(1)
);
CREATE TABLE pos_order (
  order_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  receipt_no VARCHAR(24),
  store_id INT,
  cashier_id INT,
  member_id BIGINT,
  channel VARCHAR(12) COMMENT 'COUNTER / DRIVE_THRU / APP / KIOSK',
  table_number VARCHAR(8),
  pickup_name VARCHAR(40) COMMENT 'name called out when the order is ready',
  subtotal DECIMAL(10,2),
  discount_total DECIMAL(10,2),
  tip_amount DECIMAL(8,2),
  payment_method VARCHAR(16),
  card_last4 CHAR(4),
  order_note VARCHAR(300) COMMENT 'customer special instructions',
  ordered_at DATETIME,
  status VARCHAR(12)
);
CREATE TABLE order_line (
  line_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  order_id BIGINT,
  sku VARCHAR(32),
  qty INT,
  unit_price DECIMAL(8,2),
  modifiers VARCHAR(200) COMMENT 'no onions, extra cheese'
);
CREATE TABLE coupon (
  coupon_id INT AUTO_INCREMENT PRIMARY KEY,
  coupon_code VARCHAR(20),
  description VARCHAR(200),
  discount_pct DECIMAL(5,2),
  valid_from DATE,
  valid_to DATE,
  max_redemptions INT
);
CREATE TABLE coupon_redemption (
  redemption_id BIGINT AUTO_INCREMENT PRIMARY KEY,
  coupon_id INT,
  member_id BIGINT,
  order_id BIGINT,
  redeemed_at DATETIME,
  redeemed_by_cashier INT COMMENT 'cashier who scanned it'
);
