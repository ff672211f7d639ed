-- dialect: postgres
-- B2C marketplace: buyers, saved addresses, orders, payments, returns, reviews.
CREATE TABLE customer (
    customer_id     BIGSERIAL PRIMARY KEY,
    public_handle   VARCHAR(40) NOT NULL UNIQUE,
    given_name      VARCHAR(80),
    family_name     VARCHAR(80),
    email           VARCHAR(254) NOT NULL,
    mobile          VARCHAR(32),
    pwd_hash        VARCHAR(128) NOT NULL,
    birthday        DATE,
    preferred_locale VARCHAR(10) DEFAULT 'en-GB',
    marketing_opt_in BOOLEAN NOT NULL DEFAULT FALSE,
    loyalty_tier    VARCHAR(16) DEFAULT 'bronze',
    signup_ip       INET,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    is_deleted      BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE customer_address (
    address_id      BIGSERIAL PRIMARY KEY,
    customer_id     BIGINT NOT NULL REFERENCES customer(customer_id),
    label           VARCHAR(30),
    recipient_name  VARCHAR(120) NOT NULL,
    line1           VARCHAR(200) NOT NULL,
    line2           VARCHAR(200),
    town            VARCHAR(100),
    county          VARCHAR(100),
    postcode        VARCHAR(16),
    country_code    CHAR(2) NOT NULL,
    delivery_phone  VARCHAR(32),
    is_default      BOOLEAN DEFAULT FALSE
);
COMMENT ON COLUMN customer_address.label IS 'user chosen label, e.g. Home, Work';

CREATE TABLE seller (
    seller_id       SERIAL PRIMARY KEY,
    shop_name       VARCHAR(120) NOT NULL,
    company_reg_no  VARCHAR(32),
    support_email   VARCHAR(254),
    warehouse_city  VARCHAR(100),
    commission_rate NUMERIC(5,4) NOT NULL
);

CREATE TABLE purchase_order (
    order_id        BIGSERIAL PRIMARY KEY,
    order_ref       VARCHAR(24) NOT NULL UNIQUE,
    customer_id     BIGINT NOT NULL REFERENCES customer(customer_id),
    ship_address_id BIGINT REFERENCES customer_address(address_id),
    status          VARCHAR(20) NOT NULL,
    subtotal        NUMERIC(12,2),
    shipping_fee    NUMERIC(12,2),
    currency        CHAR(3) NOT NULL,
    gift_message    TEXT,
    placed_at       TIMESTAMPTZ NOT NULL
);

CREATE TABLE payment (
    payment_id      BIGSERIAL PRIMARY KEY,
    order_id        BIGINT NOT NULL REFERENCES purchase_order(order_id),
    psp_reference   VARCHAR(64),
    card_last4      CHAR(4),
    card_brand      VARCHAR(16),
    cardholder_name VARCHAR(120),
    billing_postcode VARCHAR(16),
    amount          NUMERIC(12,2) NOT NULL,
    captured_at     TIMESTAMPTZ
);

CREATE TABLE return_request (
    return_id       BIGSERIAL PRIMARY KEY,
    order_id        BIGINT NOT NULL,
    reason_code     VARCHAR(20),
    customer_comment TEXT,
    photo_url       VARCHAR(400),
    rma_number      VARCHAR(20),
    refund_amount   NUMERIC(12,2),
    approved_by     VARCHAR(60),
    created_at      TIMESTAMPTZ DEFAULT now()
);
COMMENT ON COLUMN return_request.photo_url IS 'photo of the damaged item uploaded by the buyer';

CREATE TABLE product_review (
    review_id       BIGSERIAL PRIMARY KEY,
    product_sku     VARCHAR(40) NOT NULL,
    customer_id     BIGINT NOT NULL,
    stars           SMALLINT CHECK (stars BETWEEN 1 AND 5),
    headline        VARCHAR(150),
    body            TEXT,
    reviewer_display_name VARCHAR(60),
    helpful_votes   INTEGER DEFAULT 0,
    published_at    TIMESTAMPTZ
);
