-- dialect: sqlite
-- source: atuinsh/atuin atuin-server-sqlite/migrations/*.sql @ 0c2d83f6d0cd58e327b798de573ee255119a18bc (MIT); the five migrations concatenated in order, CREATE TABLE statements verbatim (indexes and trigger dropped)

-- 20210425153800_create_sessions.sql
-- Add migration script here
create table sessions (
	id integer primary key autoincrement,
	user_id int not null,
	token varchar(128) unique not null,
    foreign key (user_id) references users(id)
);

-- 20230810125757_create_users.sql
create table users (
	id integer primary key autoincrement,               -- also store our own ID
	username varchar(32) not null unique,   -- being able to contact users is useful
	email varchar(128) not null unique,     -- being able to contact users is useful
	password varchar(128) not null unique,
    created_at int not null default (unixepoch())
);

-- 20230810133644_create_history.sql
create table history (
	id integer primary key autoincrement,
	client_id text not null unique, -- the client-generated ID
	user_id int not null,     -- allow multiple users
	hostname text not null,         -- a unique identifier from the client (can be hashed, random, whatever)
	timestamp int not null,   -- one of the few non-encrypted metadatas
	data blob not null,    -- store the actual history data, encrypted. I don't wanna know!
	created_at int not null default (unixepoch()),
    deleted_at int
);

-- 20230810142857_create_total_history_count_user.sql
create table if not exists total_history_count_user(
  id integer primary key autoincrement,
  user_id int unique,
  total int,
  foreign key (user_id) references users(id)
);

-- 20230810152346_records.sql
-- Add migration script here
create table records (
	id blob primary key,            -- remember to use uuidv7 for happy indices <3
    client_id blob not null,        -- I am too uncomfortable with the idea of a client-generated primary key
	host blob not null,             -- a unique identifier for the host
	parent blob default null,       -- the ID of the parent record, bearing in mind this is a linked list
	timestamp int not null,      -- not a timestamp type, as those do not have nanosecond precision
	version text not null,
	tag text not null,              -- what is this? history, kv, whatever. Remember clients get a log per tag per host
	data blob not null,            -- store the actual history data, encrypted. I don't wanna know!
	cek text not null,            
	user_id int not null,        -- allow multiple users
	created_at int not null default (unixepoch()),
    foreign key (user_id) references users(id)
);
