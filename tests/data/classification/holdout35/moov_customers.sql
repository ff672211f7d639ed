-- dialect: mysql
-- source: moov-io/customers migrations/001..034 *.up.sql (MySQL migrations, applied in order; index-only 013 dropped), commits 42888e1c94022d7927cc3a16edce06b5d4c04db5 / 9d67f87440013c370c0d8a3a0ffcbf53f98c9cef and others
create table if not exists customers (
  customer_id varchar(40), 
  first_name varchar(40), 
  middle_name varchar(40), 
  last_name varchar(40), 
  nick_name varchar(40), 
  suffix varchar(3), 
  birth_date datetime, 
  status varchar(20), 
  email varchar(120), 
  type varchar(25),
  organization varchar(40) not null,
  created_at datetime, 
  last_modified datetime, 
  deleted_at datetime, 
  primary key (customer_id)
);

create table if not exists customers_phones (
  customer_id VARCHAR(40), 
  number VARCHAR(20), 
  valid BOOLEAN, 
  type integer, 
  constraint customer_number unique (customer_id, number)
);

create table customers_addresses(
  address_id varchar(40) primary key, 
  customer_id varchar(40), 
  type varchar(20),
  address1 varchar(120),
  address2 varchar(120), 
  city varchar(50), 
  state varchar(2), 
  postal_code varchar(9), 
  country varchar(3), 
  validated BOOLEAN, 
  deleted_at datetime,
  constraint customer_address unique (customer_id, address1)
);

create table if not exists customer_metadata(
  customer_id varchar(40), 
  meta_key varchar(40), 
  meta_value varchar(512), 
  constraint customer_meta_key_val unique (meta_key, meta_value)
);

create table if not exists customer_status_updates(
  customer_id varchar(40), 
  future_status integer, 
  comment varchar(512), 
  changed_at datetime
);

create table if not exists customer_ofac_searches(
  customer_id varchar(40), 
  entity_id varchar(40), 
  sdn_name varchar(40), 
  sdn_type integer, 
  percentage_match double precision (5, 2), 
  blocked boolean,
  created_at datetime
);

create table if not exists customer_ssn(
  customer_id varchar(40) primary key, 
  ssn BLOB, 
  ssn_masked varchar(9), 
  created_at datetime
);

create table if not exists documents(
  document_id varchar(40) primary key, 
  customer_id varchar(40), 
  type varchar(120), 
  content_type varchar(40), 
  uploaded_at datetime,
  deleted_at datetime
);

create table disclaimers(
  disclaimer_id varchar(40) primary key, 
  text text, 
  document_id varchar(40), 
  created_at datetime(3), 
  deleted_at datetime(3)
);

create table if not exists disclaimer_acceptances(
  disclaimer_id varchar(40), 
  customer_id varchar(40), 
  accepted_at datetime, 
  constraint disclaimer_acceptance_unique_to_customer unique (disclaimer_id, customer_id)
);

create table if not exists accounts(
  account_id varchar(40) primary key, 
  customer_id varchar(40), 
  user_id varchar(40), 
  encrypted_account_number varchar(100), 
  hashed_account_number varchar(40), 
  masked_account_number varchar(15), 
  routing_number varchar(10), 
  holder_name varchar(60) default '',
  status varchar(12), 
  type varchar(12), 
  created_at datetime, 
  deleted_at datetime,
  constraint accounts_unique_to_customer unique (customer_id, hashed_account_number, routing_number)
);

create table if not exists validations(
  validation_id varchar(40) primary key, 
  account_id varchar(40), 
  status varchar(20), 
  strategy varchar(20), 
  vendor varchar(20), 
  created_at datetime, 
  updated_at datetime
);

create table account_ofac_searches(
  account_ofac_search_id varchar(40) primary key, 
  account_id varchar(40), 
  entity_id varchar(40), 
  sdn_name varchar(40), 
  sdn_type integer, 
  percentage_match double precision (5, 2), 
  created_at datetime(3)
);

create table if not exists organization_configuration(
  organization varchar(40) primary key not null, 
  legal_entity varchar(40) not null, 
  primary_account varchar(40) not null
);

ALTER TABLE customers ADD COLUMN business_name varchar(255) default null;
ALTER TABLE customers ADD COLUMN doing_business_as varchar(255) default null;
ALTER TABLE customers ADD COLUMN business_type varchar(50) default null;
ALTER TABLE customers ADD COLUMN ein varchar(40) default null;
ALTER TABLE customers ADD COLUMN duns varchar(40) default null;
ALTER TABLE customers ADD COLUMN sic_code varchar(5) default null;
ALTER TABLE customers ADD COLUMN naics_code varchar(5) default null;
ALTER TABLE customers ADD COLUMN website varchar(255) default null;
ALTER TABLE customers ADD COLUMN date_business_established varchar(40) default null;

CREATE TABLE if not exists representatives (
    representative_id varchar(40) primary key,
    customer_id varchar(40),
    first_name varchar(40),
    last_name varchar(40),
    job_title varchar(50),
    birth_date datetime,
    created_at datetime,
    last_modified datetime,
    deleted_at datetime
);

ALTER TABLE customer_ssn RENAME COLUMN customer_id TO owner_id;
ALTER TABLE customer_ssn ADD COLUMN owner_type varchar(25) NOT NULL default 'customer';
ALTER TABLE customer_ssn RENAME TO ssn;
ALTER TABLE customers_addresses RENAME COLUMN customer_id TO owner_id;
ALTER TABLE customers_addresses ADD COLUMN owner_type varchar(25) NOT NULL default 'customer';
ALTER TABLE customers_addresses RENAME TO addresses;
ALTER TABLE customers_phones RENAME COLUMN customer_id TO owner_id;
ALTER TABLE customers_phones ADD COLUMN owner_type varchar(25) NOT NULL default 'customer';
ALTER TABLE customers_phones RENAME TO phones;
