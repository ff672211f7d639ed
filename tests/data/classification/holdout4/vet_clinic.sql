-- dialect: ansi
-- Veterinary clinic practice management: owners (clients), pets (patients), vets, invoices

CREATE TABLE client (
    client_id INTEGER NOT NULL PRIMARY KEY,
    title VARCHAR(10),
    first_nm VARCHAR(60),
    last_nm VARCHAR(60) NOT NULL,
    phone_home VARCHAR(20),
    phone_mobile VARCHAR(20),
    email VARCHAR(254),
    addr_street VARCHAR(200),
    addr_town VARCHAR(80),
    addr_county VARCHAR(80),
    addr_postcode VARCHAR(10),
    acct_balance DECIMAL(10,2),
    reminder_pref VARCHAR(10),
    created_dt TIMESTAMP
);

CREATE TABLE patient (
    patient_id INTEGER NOT NULL PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (client_id),
    pet_name VARCHAR(60) NOT NULL,
    species VARCHAR(30) NOT NULL,
    breed VARCHAR(60),
    sex CHAR(2),
    neutered CHAR(1),
    dob DATE,
    weight_kg DECIMAL(6,2),
    microchip_no VARCHAR(15),
    insured_flag CHAR(1),
    deceased_dt DATE,
    colour VARCHAR(40)
);

CREATE TABLE vet (
    vet_id INTEGER NOT NULL PRIMARY KEY,
    full_nm VARCHAR(120) NOT NULL,
    rcvs_no VARCHAR(12),
    qualification VARCHAR(120),
    mobile VARCHAR(20),
    hire_dt DATE
);

CREATE TABLE visit (
    visit_id INTEGER NOT NULL PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient (patient_id),
    vet_id INTEGER REFERENCES vet (vet_id),
    visit_dt TIMESTAMP NOT NULL,
    reason VARCHAR(200),
    clinical_notes VARCHAR(4000),
    weight DECIMAL(6,2),
    temperature DECIMAL(4,1),
    diagnosis_cd VARCHAR(12),
    owner_comments VARCHAR(1000)
);

CREATE TABLE product (
    item_cd VARCHAR(12) NOT NULL PRIMARY KEY,
    descr VARCHAR(200) NOT NULL,
    category VARCHAR(40),
    unit_price DECIMAL(10,2),
    stock_qty INTEGER,
    controlled_drug CHAR(1)
);

CREATE TABLE invoice (
    inv_no INTEGER NOT NULL PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (client_id),
    inv_dt DATE NOT NULL,
    total_amt DECIMAL(10,2),
    vat_amt DECIMAL(10,2),
    paid_flag CHAR(1),
    card_last4 CHAR(4)
);

CREATE TABLE invoice_line (
    line_id INTEGER NOT NULL PRIMARY KEY,
    inv_no INTEGER NOT NULL REFERENCES invoice (inv_no),
    item_cd VARCHAR(12) REFERENCES product (item_cd),
    descr VARCHAR(200),
    qty DECIMAL(8,2),
    unit_price DECIMAL(10,2)
);

CREATE TABLE pet_insurance_claim (
    claim_id INTEGER NOT NULL PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patient (patient_id),
    insurer_nm VARCHAR(120),
    policy_no VARCHAR(30),
    claim_amt DECIMAL(10,2),
    submitted_dt DATE,
    status VARCHAR(12)
);
