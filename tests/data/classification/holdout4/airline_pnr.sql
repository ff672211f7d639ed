-- dialect: oracle
-- Airline reservations: PNR, passengers, APIS travel documents, seats, SSRs, frequent flyer

create table flight (
    flight_id      number(12) primary key,
    carrier_code   char(2) not null,
    flight_no      varchar2(5) not null,
    dep_airport    char(3) not null,
    arr_airport    char(3) not null,
    sched_dep_utc  timestamp not null,
    aircraft_type  varchar2(4)
);

create table pnr (
    record_locator     char(6) primary key,
    created_utc        timestamp not null,
    agency_iata        varchar2(8),
    contact_phone      varchar2(30),
    contact_email      varchar2(254),
    ticketing_deadline timestamp,
    total_fare         number(10,2),
    currency           char(3),
    form_of_payment    varchar2(60)
);
comment on column pnr.contact_phone is 'CTCM: passenger mobile for disruption notices';
comment on column pnr.form_of_payment is 'FOP element, card masked e.g. CCVI4111XXXXXXXX1111/0927';

create table passenger (
    pax_id            number(14) primary key,
    record_locator    char(6) not null references pnr(record_locator),
    surname           varchar2(60) not null,
    given_name        varchar2(60) not null,
    title             varchar2(6),
    pax_type          char(3),
    date_of_birth     date,
    gender            char(1),
    ff_program        char(2),
    ff_number         varchar2(20),
    ff_tier           varchar2(10),
    known_traveler_no varchar2(15),
    redress_no        varchar2(15)
);
comment on column passenger.pax_type is 'ADT adult, CHD child, INF infant';

create table travel_document (
    doc_id           number(14) primary key,
    pax_id           number(14) not null references passenger(pax_id),
    doc_type         char(1) not null,
    doc_number       varchar2(20) not null,
    issuing_country  char(3),
    nationality      char(3),
    expiry_date      date,
    resident_country char(3)
);
comment on column travel_document.doc_type is 'P passport, I national ID card, V visa';

create table segment_pax (
    seg_id       number(14) primary key,
    pax_id       number(14) not null references passenger(pax_id),
    flight_id    number(12) not null references flight(flight_id),
    seat_no      varchar2(4),
    fare_class   char(1),
    meal_code    char(4),
    checked_in   char(1),
    boarding_seq number(4),
    bag_count    number(2)
);
comment on column segment_pax.meal_code is 'Special meal: VGML, KSML, MOML, HNML, DBML, GFML';

create table ssr (
    ssr_id        number(14) primary key,
    pax_id        number(14) not null references passenger(pax_id),
    ssr_code      char(4) not null,
    free_text     varchar2(200),
    status        char(2),
    requested_utc timestamp
);
comment on column ssr.ssr_code is 'WCHR, WCHC, BLND, DEAF, MEDA, DPNA, PETC ...';

create table ff_member (
    member_id        number(14) primary key,
    ff_number        varchar2(20) not null unique,
    name_on_card     varchar2(120),
    email            varchar2(254),
    home_airport     char(3),
    tier_code        varchar2(10),
    miles_balance    number(12),
    enrolled_utc     timestamp,
    password_hash    varchar2(128),
    marketing_opt_in char(1)
);

create table apis_transmission (
    tx_id       number(14) primary key,
    flight_id   number(12) not null references flight(flight_id),
    sent_utc    timestamp not null,
    authority   varchar2(20),
    msg_ref     varchar2(40),
    ack_status  varchar2(10)
);
