-- dialect: ansi
-- privaudit holdout5: library_system.sql (original schema written for evaluation)

-- Library card holders
CREATE TABLE member (
  member_id INTEGER PRIMARY KEY,
  card_number VARCHAR(16) NOT NULL,  -- Barcode on the library card
  first_name VARCHAR(60),
  last_name VARCHAR(60),
  birth_date DATE,  -- Used for junior membership
  street VARCHAR(200),
  town VARCHAR(80),
  postal_code VARCHAR(10),
  phone VARCHAR(30),
  email VARCHAR(200),
  pin_hash VARCHAR(100),  -- Hashed 4-digit PIN for self-checkout
  guardian_name VARCHAR(120),  -- Parent or guardian for junior members
  accessibility_needs VARCHAR(200),  -- Large print, home delivery, etc.
  member_type VARCHAR(10),  -- ADULT, JUNIOR, SENIOR
  joined_on DATE,
  expires_on DATE
);

-- Catalogue records
CREATE TABLE title (
  title_id INTEGER PRIMARY KEY,
  isbn VARCHAR(13),
  title VARCHAR(300),
  author VARCHAR(200),
  publisher VARCHAR(120),
  pub_year SMALLINT,
  subject_heading VARCHAR(120)
);

-- Physical copies
CREATE TABLE copy_item (
  copy_id INTEGER PRIMARY KEY,
  title_id INTEGER,
  barcode VARCHAR(20),
  branch_code VARCHAR(8),
  shelf_mark VARCHAR(30),
  condition_note VARCHAR(200)
);

-- Borrowing history
CREATE TABLE loan (
  loan_id INTEGER PRIMARY KEY,
  copy_id INTEGER,
  member_id INTEGER,
  issued_at TIMESTAMP,
  due_at TIMESTAMP,
  returned_at TIMESTAMP,
  renewals SMALLINT
);

-- Overdue and damage charges
CREATE TABLE fine (
  fine_id INTEGER PRIMARY KEY,
  loan_id INTEGER,
  amount DECIMAL(8,2),
  reason VARCHAR(20),  -- OVERDUE, DAMAGE, LOST
  waived_by VARCHAR(40),  -- staff login
  waiver_note VARCHAR(300),  -- Why the fine was waived, e.g. hardship
  paid_at TIMESTAMP
);

-- OPAC searches
CREATE TABLE search_log (
  search_id INTEGER PRIMARY KEY,
  member_id INTEGER,  -- null when anonymous
  query_text VARCHAR(400),
  client_ip VARCHAR(45),
  searched_at TIMESTAMP
);
