-- dialect: postgres
-- source: github.com/damingerdai/hoteler  migration/db/migrations/20210708233428_add_user_table.up.sql (commit 7cdb3ce9f828399ca96d698da769232c7124098a) and 20210709225024_add_customers.up.sql (commit bec8dc3edc0aedc0f0288f88ce043f734616d6f0) (MIT). Table definitions verbatim; a terminating ';' added after each.
CREATE TABLE users (
    id bigint primary key not null,
    username varchar(100) not null,
    password varchar(100) not null,
    create_dt timestamp not null,
    create_user varchar(50) not null,
    update_dt timestamp not null,
    update_user varchar(50) not null
);

CREATE TABLE customers (
    id bigint primary key not null,
    name varchar(100) not null,
    gender char(1) default 'N',
    card_id char(18) not null ,
    phone bigint,
    create_dt timestamp,
    create_user varchar(50),
    update_dt timestamp,
    update_user varchar(50)
);
