-- dialect: postgres
-- HR and payroll (PostgreSQL). Written for the privaudit classification hold-out set.

CREATE TABLE hr.employee (
    employee_id        integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employee_number    varchar(12) NOT NULL UNIQUE,
    legal_first_name   varchar(60) NOT NULL,
    legal_last_name    varchar(60) NOT NULL,
    preferred_name     varchar(60),
    pronouns           varchar(20),
    work_email         varchar(120),
    personal_email     varchar(120),
    home_phone         varchar(25),
    home_address_line1 varchar(120),
    home_city          varchar(60),
    home_region        varchar(60),
    home_postcode      varchar(12),
    date_of_birth      date,
    ssn_last4          char(4),
    national_insurance_no varchar(13),
    ethnicity_code     varchar(10),
    veteran_status     varchar(20),
    disability_declared boolean,
    union_member       boolean,
    work_permit_expiry date,
    hire_date          date NOT NULL,
    termination_date   date,
    termination_reason text,
    department_id      integer,
    manager_id         integer,
    cost_center        varchar(10),
    job_code           varchar(10),
    created_at         timestamptz DEFAULT now(),
    updated_at         timestamptz
);

CREATE TABLE hr.emergency_contact (
    contact_id      serial PRIMARY KEY,
    employee_id     integer NOT NULL,
    full_name       varchar(120) NOT NULL,
    relationship    varchar(30),
    phone_primary   varchar(25),
    phone_alt       varchar(25),
    priority        smallint DEFAULT 1
);

CREATE TABLE payroll.compensation (
    comp_id         serial PRIMARY KEY,
    employee_id     integer NOT NULL,
    effective_from  date NOT NULL,
    base_salary     numeric(12,2),
    currency        char(3) DEFAULT 'USD',
    pay_grade       varchar(5),
    bonus_target_pct numeric(5,2),
    equity_units    integer,
    reason_code     varchar(20),
    approved_by     varchar(60)
);

CREATE TABLE payroll.bank_detail (
    bank_detail_id  serial PRIMARY KEY,
    employee_id     integer NOT NULL,
    account_holder  varchar(120),
    iban            varchar(34),
    routing_number  varchar(9),
    bank_name       varchar(100),
    split_percent   numeric(5,2) DEFAULT 100
);

CREATE TABLE payroll.payslip_line (
    line_id         bigserial PRIMARY KEY,
    payslip_id      bigint NOT NULL,
    pay_period_end  date NOT NULL,
    earning_code    varchar(10),
    hours           numeric(7,2),
    gross_amount    numeric(12,2),
    tax_withheld    numeric(12,2),
    garnishment_amt numeric(12,2),
    net_amount      numeric(12,2)
);

CREATE TABLE hr.leave_request (
    leave_id        serial PRIMARY KEY,
    employee_id     integer NOT NULL,
    leave_type      varchar(20),
    start_date      date,
    end_date        date,
    medical_certificate_url text,
    comment         text,
    status          varchar(12)
);

CREATE TABLE hr.department (
    department_id   serial PRIMARY KEY,
    name            varchar(80) NOT NULL,
    office_address  varchar(200),
    headcount_budget integer,
    parent_id       integer
);

CREATE TABLE hr.job_catalog (
    job_code        varchar(10) PRIMARY KEY,
    title           varchar(80) NOT NULL,
    flsa_exempt     boolean,
    min_salary      numeric(12,2),
    max_salary      numeric(12,2)
);

COMMENT ON COLUMN hr.employee.ssn_last4 IS 'Last four digits of the US Social Security number';
COMMENT ON COLUMN hr.employee.union_member IS 'Member of a recognised trade union (for dues check-off)';
COMMENT ON COLUMN hr.employee.ethnicity_code IS 'EEO-1 race/ethnicity category, self-identified';
COMMENT ON COLUMN payroll.payslip_line.garnishment_amt IS 'Court-ordered wage garnishment';
COMMENT ON COLUMN hr.leave_request.medical_certificate_url IS 'Scan of the doctor''s note for sick leave';
