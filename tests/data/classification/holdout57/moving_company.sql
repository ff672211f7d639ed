-- dialect: postgres
-- Maple Leaf Van Lines: residential & commercial moving (Ontario / Quebec)
-- schema: ops, PostgreSQL 15

CREATE TABLE ops.branch (
    branch_id          integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_code        varchar(8) NOT NULL UNIQUE,
    legal_name         text NOT NULL,
    street             text,
    city               text,
    province           char(2),
    postal_code        varchar(7),
    switchboard_phone  varchar(20),
    gst_hst_number     varchar(15),
    created_at         timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE ops.customer (
    customer_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_id          integer NOT NULL REFERENCES ops.branch,
    account_type       varchar(12) NOT NULL DEFAULT 'RESIDENTIAL',
    first_name         text,
    last_name          text,
    company_name       text,
    email              citext,
    mobile_phone       varchar(20),
    alt_phone          varchar(20),
    preferred_language char(2) DEFAULT 'en',
    marketing_consent  boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz,
    deleted_at         timestamptz
);

CREATE TABLE ops.move_job (
    job_id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_number         varchar(16) NOT NULL UNIQUE,
    customer_id        bigint NOT NULL REFERENCES ops.customer,
    origin_street      text NOT NULL,
    origin_unit        varchar(10),
    origin_city        text,
    origin_postal_code varchar(7),
    dest_street        text,
    dest_city          text,
    dest_postal_code   varchar(7),
    building_access_code varchar(20),
    move_date          date NOT NULL,
    est_weight_lbs     integer,
    quoted_amount      numeric(10,2),
    status             varchar(12) NOT NULL DEFAULT 'QUOTED',
    special_needs_note text,
    created_by         varchar(40)
);

CREATE TABLE ops.inventory_item (
    item_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id             bigint NOT NULL REFERENCES ops.move_job,
    room_name          varchar(40),
    item_description   text,
    quantity           smallint NOT NULL DEFAULT 1,
    declared_value_cad numeric(10,2),
    fragile_flag       boolean DEFAULT false
);

CREATE TABLE ops.crew_member (
    crew_id            integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_id          integer NOT NULL REFERENCES ops.branch,
    employee_no        varchar(10) NOT NULL,
    full_name          text NOT NULL,
    cell_phone         varchar(20),
    drivers_licence_no varchar(20),
    hourly_wage        numeric(6,2),
    hire_date          date,
    union_local        varchar(20),
    police_check_result varchar(20),
    emergency_contact_name  text,
    emergency_contact_phone varchar(20)
);

CREATE TABLE ops.truck (
    truck_id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_id          integer NOT NULL REFERENCES ops.branch,
    plate_number       varchar(10),
    vin                char(17),
    capacity_cuft      integer,
    last_service_at    date
);

CREATE TABLE ops.crew_assignment (
    assignment_id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id             bigint NOT NULL REFERENCES ops.move_job,
    crew_id            integer NOT NULL REFERENCES ops.crew_member,
    truck_id           integer REFERENCES ops.truck,
    role_code          varchar(8),
    clock_in_at        timestamptz,
    clock_out_at       timestamptz,
    clock_in_lat       numeric(9,6),
    clock_in_lng       numeric(9,6)
);

CREATE TABLE ops.truck_gps_ping (
    ping_id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    truck_id           integer NOT NULL REFERENCES ops.truck,
    recorded_at        timestamptz NOT NULL,
    latitude           double precision,
    longitude          double precision,
    speed_kph          real
);

CREATE TABLE ops.payment (
    payment_id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id             bigint NOT NULL REFERENCES ops.move_job,
    method_code        varchar(10),
    card_last4         char(4),
    cardholder_name    text,
    card_expiry        char(5),
    processor_txn_ref  varchar(40),
    amount_cad         numeric(10,2) NOT NULL,
    paid_at            timestamptz
);

CREATE TABLE ops.damage_claim (
    claim_id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    job_id             bigint NOT NULL REFERENCES ops.move_job,
    claim_number       varchar(16) NOT NULL,
    submitted_at       timestamptz NOT NULL,
    description        text,
    photo_urls         jsonb,
    claimed_amount     numeric(10,2),
    settlement_amount  numeric(10,2),
    adjuster_id        integer,
    status             varchar(12) DEFAULT 'OPEN'
);

COMMENT ON TABLE ops.branch IS 'Depots / franchise branches';
COMMENT ON COLUMN ops.branch.gst_hst_number IS 'CRA business number for GST/HST';
COMMENT ON TABLE ops.customer IS 'Shipper (person or business) booking a move';
COMMENT ON COLUMN ops.customer.account_type IS 'RESIDENTIAL | COMMERCIAL';
COMMENT ON COLUMN ops.customer.company_name IS 'Only for commercial accounts';
COMMENT ON COLUMN ops.customer.marketing_consent IS 'CASL express consent to promotional e-mail';
COMMENT ON COLUMN ops.customer.deleted_at IS 'Soft delete';
COMMENT ON COLUMN ops.move_job.origin_unit IS 'Apt / unit / buzzer';
COMMENT ON COLUMN ops.move_job.building_access_code IS 'Entry / lockbox code given by the customer for move day';
COMMENT ON COLUMN ops.move_job.special_needs_note IS 'Accessibility or care needs communicated by the customer';
COMMENT ON COLUMN ops.crew_member.union_local IS 'Teamsters local, if unionised';
COMMENT ON COLUMN ops.crew_member.police_check_result IS 'CPIC vulnerable-sector check result: CLEAR / RECORD / PENDING';
COMMENT ON COLUMN ops.crew_assignment.clock_in_lat IS 'Latitude reported by the crew app at clock-in';
COMMENT ON COLUMN ops.truck_gps_ping.speed_kph IS 'Telematics speed';
COMMENT ON COLUMN ops.payment.card_expiry IS 'MM/YY';
COMMENT ON COLUMN ops.damage_claim.photo_urls IS 'Array of uploaded photo URLs';
