-- dialect: postgres
-- StayLink channel manager: hotels and holiday rentals, OTA bookings, guest police registration.

CREATE TABLE properties (
    property_id        SERIAL PRIMARY KEY,
    tenant_id          INTEGER NOT NULL,
    property_name      VARCHAR(160) NOT NULL,
    street_address     VARCHAR(200),
    city               VARCHAR(80),
    postal_code        VARCHAR(16),
    country_code       CHAR(2),
    reception_phone    VARCHAR(32),
    reception_email    VARCHAR(160),
    vat_number         VARCHAR(32),
    host_contact_name  VARCHAR(120),
    host_mobile        VARCHAR(32),
);
COMMENT ON COLUMN properties.host_contact_name IS 'Owner or host to call for holiday rentals';
COMMENT ON COLUMN properties.host_mobile IS 'Personal mobile of the host';

CREATE TABLE room_types (
    room_type_id   SERIAL PRIMARY KEY,
    property_id    INTEGER NOT NULL REFERENCES properties(property_id),
    code           VARCHAR(16) NOT NULL,
    name           VARCHAR(80) NOT NULL,
    max_occupancy  SMALLINT NOT NULL,
    base_rate      NUMERIC(10,2) NOT NULL,
    currency       CHAR(3) NOT NULL
);

CREATE TABLE guests (
    guest_id            BIGSERIAL PRIMARY KEY,
    tenant_id           INTEGER NOT NULL,
    first_name          VARCHAR(80),
    last_name           VARCHAR(80),
    email               VARCHAR(160),
    phone               VARCHAR(32),
    date_of_birth       DATE,
    nationality         CHAR(2),
    gender              CHAR(1),
    preferred_language  VARCHAR(8),
    address_line1       VARCHAR(200),
    address_line2       VARCHAR(200),
    city                VARCHAR(80),
    region              VARCHAR(80),
    postal_code         VARCHAR(16),
    country             CHAR(2),
    loyalty_tier        VARCHAR(12),
    marketing_opt_in    BOOLEAN NOT NULL DEFAULT false,
    vip_notes           TEXT,
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
COMMENT ON COLUMN guests.vip_notes IS 'Front desk notes about the guest (preferences, incidents)';

CREATE TABLE reservations (
    reservation_id       BIGSERIAL PRIMARY KEY,
    property_id          INTEGER NOT NULL REFERENCES properties(property_id),
    guest_id             BIGINT REFERENCES guests(guest_id),
    channel_code         VARCHAR(16) NOT NULL,
    channel_booking_ref  VARCHAR(40) NOT NULL,
    check_in_date        DATE NOT NULL,
    check_out_date       DATE NOT NULL,
    adults               SMALLINT NOT NULL DEFAULT 1,
    children             SMALLINT NOT NULL DEFAULT 0,
    total_amount         NUMERIC(12,2) NOT NULL,
    status               VARCHAR(16) NOT NULL,
    special_requests     TEXT,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE police_registrations (
    registration_id           BIGSERIAL PRIMARY KEY,
    reservation_id            BIGINT NOT NULL REFERENCES reservations(reservation_id),
    guest_id                  BIGINT NOT NULL REFERENCES guests(guest_id),
    document_type             VARCHAR(12) NOT NULL,
    document_number           VARCHAR(32) NOT NULL,
    document_issuing_country  CHAR(2),
    document_scan_path        VARCHAR(255),
    place_of_birth            VARCHAR(120),
    citizenship               CHAR(2),
    visa_number               VARCHAR(32),
    submitted_at              TIMESTAMPTZ,
    submission_status         VARCHAR(16) NOT NULL DEFAULT 'pending',
    authority_receipt_no      VARCHAR(40)
);
COMMENT ON COLUMN police_registrations.document_number IS 'Passport or national identity card number as shown on the document';
COMMENT ON COLUMN police_registrations.document_scan_path IS 'Scan of the identity document page';

CREATE TABLE payments (
    payment_id           BIGSERIAL PRIMARY KEY,
    reservation_id       BIGINT NOT NULL REFERENCES reservations(reservation_id),
    amount               NUMERIC(12,2) NOT NULL,
    method               VARCHAR(16) NOT NULL,
    card_brand           VARCHAR(16),
    card_last4           CHAR(4),
    cardholder_name      VARCHAR(120),
    card_expiry          CHAR(5),
    psp_transaction_ref  VARCHAR(64),
    authorization_code   VARCHAR(12),
    refund_iban          VARCHAR(34),
    paid_at              TIMESTAMPTZ
);

CREATE TABLE channel_connections (
    connection_id   SERIAL PRIMARY KEY,
    property_id     INTEGER NOT NULL REFERENCES properties(property_id),
    channel_code    VARCHAR(16) NOT NULL,
    api_key         VARCHAR(128),
    api_secret      VARCHAR(128),
    enabled         BOOLEAN NOT NULL DEFAULT true
);

CREATE TABLE guest_messages (
    message_id      BIGSERIAL PRIMARY KEY,
    reservation_id  BIGINT NOT NULL REFERENCES reservations(reservation_id),
    direction       VARCHAR(8) NOT NULL,
    sender_email    VARCHAR(160),
    body            TEXT NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    read_at         TIMESTAMPTZ
);

CREATE TABLE audit_log (
    log_id          BIGSERIAL PRIMARY KEY,
    actor_username  VARCHAR(64) NOT NULL,
    action          VARCHAR(40) NOT NULL,
    entity_id       BIGINT,
    ip_address      INET,
    user_agent      TEXT,
    occurred_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    payload         JSONB
);
