-- dialect: postgres
-- privaudit holdout5: rental_platform.sql (original schema written for evaluation)

CREATE TABLE landlord (
  landlord_id bigserial PRIMARY KEY,
  full_name varchar(120) NOT NULL,
  email varchar(200),
  mobile varchar(32),
  letting_company varchar(200),
  kyc_document_no varchar(40),
  payout_iban varchar(34),
  is_verified boolean DEFAULT false,
  created_at timestamptz DEFAULT now()
);
COMMENT ON TABLE landlord IS 'Property owners who list homes on the platform';
COMMENT ON COLUMN landlord.full_name IS 'Landlord legal name';
COMMENT ON COLUMN landlord.email IS 'Login and contact email';
COMMENT ON COLUMN landlord.letting_company IS 'Registered letting company, if the landlord trades through one';
COMMENT ON COLUMN landlord.kyc_document_no IS 'Passport or national ID number checked at onboarding';
COMMENT ON COLUMN landlord.payout_iban IS 'Account that receives rent';

CREATE TABLE tenant (
  tenant_id uuid PRIMARY KEY,
  given_name varchar(80),
  family_name varchar(80),
  date_of_birth date,
  email varchar(200),
  phone varchar(32),
  employer varchar(160),
  annual_income numeric(12,2),
  previous_address text,
  referencing_passed boolean,
  household_size smallint,
  marketing_opt_in boolean DEFAULT false,
  created_at timestamptz
);
COMMENT ON TABLE tenant IS 'Renters and applicants';
COMMENT ON COLUMN tenant.employer IS 'Current employer as declared on application';
COMMENT ON COLUMN tenant.annual_income IS 'Declared gross income';
COMMENT ON COLUMN tenant.previous_address IS 'Last residential address';
COMMENT ON COLUMN tenant.referencing_passed IS 'Outcome of the credit and reference check';
COMMENT ON COLUMN tenant.household_size IS 'Number of people who will live in the home';

CREATE TABLE property (
  property_id serial PRIMARY KEY,
  landlord_id bigint REFERENCES landlord(landlord_id),
  headline varchar(160),
  address_line varchar(255),
  city varchar(80),
  postcode varchar(12),
  latitude numeric(9,6),
  longitude numeric(9,6),
  bedrooms smallint,
  monthly_rent numeric(10,2),
  energy_rating char(1),
  listing_status varchar(16),
  listed_at timestamptz
);
COMMENT ON TABLE property IS 'Listed homes';
COMMENT ON COLUMN property.headline IS 'Listing title';
COMMENT ON COLUMN property.address_line IS 'Street address of the listed home';
COMMENT ON COLUMN property.monthly_rent IS 'Asking rent';
COMMENT ON COLUMN property.energy_rating IS 'EPC band';
COMMENT ON COLUMN property.listing_status IS 'draft/live/let/archived';

CREATE TABLE lease (
  lease_id bigserial PRIMARY KEY,
  property_id int NOT NULL,
  tenant_id uuid NOT NULL,
  start_date date,
  end_date date,
  rent_amount numeric(10,2),
  deposit_certificate_no varchar(40),
  tenant_signature bytea,
  special_terms text,
  guarantor_name varchar(120),
  guarantor_phone varchar(32),
  signed_at timestamptz
);
COMMENT ON TABLE lease IS 'Signed tenancy agreements';
COMMENT ON COLUMN lease.deposit_certificate_no IS 'Deposit protection scheme certificate';
COMMENT ON COLUMN lease.tenant_signature IS 'Scanned handwritten signature of the tenant';
COMMENT ON COLUMN lease.special_terms IS 'Clauses negotiated with the tenant';

CREATE TABLE viewing (
  viewing_id bigserial PRIMARY KEY,
  property_id int,
  applicant_name varchar(120),
  applicant_phone varchar(32),
  scheduled_for timestamptz,
  agent_id int,
  no_show boolean,
  applicant_feedback text,
  rating smallint CHECK (rating BETWEEN 1 AND 5)
);
COMMENT ON TABLE viewing IS 'Appointments to see a property';
COMMENT ON COLUMN viewing.applicant_name IS 'Name of the person booking the viewing';
COMMENT ON COLUMN viewing.applicant_feedback IS 'What the applicant said after the visit';
COMMENT ON COLUMN viewing.rating IS 'Applicant''s star rating of the home';

CREATE TABLE rent_payment (
  payment_id bigserial PRIMARY KEY,
  lease_id bigint,
  amount numeric(10,2),
  due_date date,
  paid_at timestamptz,
  method varchar(16),
  card_last4 char(4),
  psp_reference varchar(64)
);
COMMENT ON TABLE rent_payment IS 'Rent instalments';
COMMENT ON COLUMN rent_payment.method IS 'card/direct_debit/transfer';
COMMENT ON COLUMN rent_payment.card_last4 IS 'Last four digits of the paying card';
COMMENT ON COLUMN rent_payment.psp_reference IS 'Payment provider transaction id';

CREATE TABLE maintenance_request (
  request_id bigserial PRIMARY KEY,
  property_id int,
  reported_by uuid,
  category varchar(32),
  description text,
  photo_url varchar(500),
  technician_name varchar(120),
  technician_mobile varchar(32),
  priority smallint,
  resolved_at timestamptz
);
COMMENT ON TABLE maintenance_request IS 'Repairs reported by tenants';
COMMENT ON COLUMN maintenance_request.reported_by IS 'tenant_id of the reporter';
COMMENT ON COLUMN maintenance_request.category IS 'plumbing/electrical/heating';
COMMENT ON COLUMN maintenance_request.description IS 'Tenant''s description of the problem';
COMMENT ON COLUMN maintenance_request.photo_url IS 'Photo of the damage uploaded by the tenant';
COMMENT ON COLUMN maintenance_request.technician_name IS 'Contractor''s technician assigned';
