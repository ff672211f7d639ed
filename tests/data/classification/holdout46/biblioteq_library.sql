-- dialect: postgres
-- source: textbrowser/biblioteq, SQL/postgresql_create_schema.sql, commit 04b3ccc4588e02f831affc24c2c40b80d7fa1c3a (BSD-3-Clause); subset of tables, roles/grants/functions/triggers/views dropped

CREATE TABLE book
(
	author		 TEXT NOT NULL,
	back_cover	 BYTEA,
	binding_type	 VARCHAR(32) NOT NULL,
	callnumber	 VARCHAR(64),
	category	 TEXT NOT NULL,
	condition 	 TEXT,
	description	 TEXT NOT NULL,
	deweynumber	 VARCHAR(64),
	edition		 VARCHAR(8) NOT NULL,
	front_cover	 BYTEA,
	id		 VARCHAR(32) UNIQUE,
	isbn13		 VARCHAR(32) UNIQUE,
	keyword		 TEXT,
	language	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	lccontrolnumber	 VARCHAR(64),
	location	 TEXT NOT NULL,
	marc_tags	 TEXT,
	monetary_units	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	myoid		 BIGSERIAL UNIQUE,
	originality 	 TEXT,
	pdate		 VARCHAR(32) NOT NULL,
	place		 TEXT NOT NULL,
	price		 NUMERIC(10, 2) NOT NULL DEFAULT 0.00,
	publisher	 TEXT NOT NULL,
	quantity	 INTEGER NOT NULL DEFAULT 1,
	title		 TEXT NOT NULL,
	type		 VARCHAR(16) NOT NULL DEFAULT 'Book'
);

CREATE TABLE book_copy_info
(
	condition	 TEXT,
	copy_number	 INTEGER NOT NULL DEFAULT 1,
	copyid		 VARCHAR(64) NOT NULL,
	item_oid	 BIGINT NOT NULL,
	myoid		 BIGSERIAL UNIQUE,
	originality	 TEXT,
	FOREIGN KEY(item_oid) REFERENCES book(myoid) ON DELETE CASCADE,
	PRIMARY KEY(item_oid, copyid)
);

CREATE TABLE cd
(
	artist		 TEXT NOT NULL,
	back_cover	 BYTEA,
	category	 TEXT NOT NULL,
	cdaudio		 VARCHAR(32) NOT NULL DEFAULT 'Mono',
	cddiskcount	 INTEGER NOT NULL DEFAULT 1,
	cdformat	 VARCHAR(128) NOT NULL,
	cdrecording	 VARCHAR(32) NOT NULL DEFAULT 'Live',
	cdruntime	 VARCHAR(32) NOT NULL,
	description	 TEXT NOT NULL,
	front_cover	 BYTEA,
	id		 VARCHAR(32) NOT NULL PRIMARY KEY,
	keyword		 TEXT,
	language	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	location	 TEXT NOT NULL,
	monetary_units	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	myoid		 BIGSERIAL UNIQUE,
	price		 NUMERIC(10, 2) NOT NULL DEFAULT 0.00,
	quantity	 INTEGER NOT NULL DEFAULT 1,
	rdate		 VARCHAR(32) NOT NULL,
	recording_label	 TEXT NOT NULL,
	title		 TEXT NOT NULL,
	type		 VARCHAR(16) NOT NULL DEFAULT 'CD'
);

CREATE TABLE cd_songs
(
	albumnum	 INTEGER NOT NULL DEFAULT 1,
	artist		 TEXT NOT NULL DEFAULT 'UNKNOWN',
	composer	 TEXT NOT NULL DEFAULT 'UNKNOWN',
	item_oid	 BIGINT NOT NULL,
	runtime		 VARCHAR(32) NOT NULL,
	songnum		 INTEGER NOT NULL DEFAULT 1,
	songtitle	 VARCHAR(256) NOT NULL,
	FOREIGN KEY(item_oid) REFERENCES cd(myoid) ON DELETE CASCADE,
	PRIMARY KEY(item_oid, albumnum, songnum)
);

CREATE TABLE dvd
(
	id		 VARCHAR(32) PRIMARY KEY NOT NULL,
	myoid		 BIGSERIAL UNIQUE,
	title		 TEXT NOT NULL,
	studio		 TEXT NOT NULL,
	rdate		 VARCHAR(32) NOT NULL,
	category	 TEXT NOT NULL,
	price		 NUMERIC(10, 2) NOT NULL DEFAULT 0.00,
	description	 TEXT NOT NULL,
	language	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	monetary_units	 VARCHAR(64) NOT NULL DEFAULT 'UNKNOWN',
	quantity	 INTEGER NOT NULL DEFAULT 1,
	location	 TEXT NOT NULL,
	dvdactor	 TEXT NOT NULL,
	dvdformat	 TEXT NOT NULL,
	dvdruntime	 VARCHAR(32) NOT NULL,
	dvdrating	 VARCHAR(64) NOT NULL,
	dvdregion	 VARCHAR(64) NOT NULL,
	dvddiskcount	 INTEGER NOT NULL DEFAULT 1,
	dvddirector	 TEXT NOT NULL,
	dvdaspectratio	 VARCHAR(64) NOT NULL,
	front_cover	 BYTEA,
	back_cover	 BYTEA,
	keyword		 TEXT,
	type		 VARCHAR(16) NOT NULL DEFAULT 'DVD'
);

CREATE TABLE grey_literature
(
	author		TEXT NOT NULL,
	client		TEXT,
	document_code_a	TEXT NOT NULL,
	document_code_b TEXT NOT NULL,
	document_date	TEXT NOT NULL,
	document_id	TEXT NOT NULL PRIMARY KEY,
	document_status TEXT,
	document_title	TEXT NOT NULL,
	document_type	TEXT NOT NULL,
	job_number	TEXT NOT NULL,
	location	TEXT,
	myoid		BIGSERIAL UNIQUE,
	notes		TEXT,
	type		VARCHAR(16) NOT NULL DEFAULT 'Grey Literature'
);

CREATE TABLE photograph_collection
(
	about		 TEXT,
	id		 TEXT PRIMARY KEY NOT NULL,
	image		 BYTEA,
	image_scaled	 BYTEA,
	location	 TEXT NOT NULL,
	myoid		 BIGSERIAL UNIQUE,
	notes		 TEXT,
	title		 TEXT NOT NULL,
	type		 VARCHAR(32) NOT NULL DEFAULT 'Photograph Collection'
);

CREATE TABLE photograph
(
	callnumber		  VARCHAR(64),
	collection_oid		  BIGINT NOT NULL,
	copyright		  TEXT NOT NULL,
	creators		  TEXT NOT NULL,
	format			  TEXT,
	id			  TEXT NOT NULL,
	image			  BYTEA,
	image_scaled		  BYTEA,
	medium			  TEXT NOT NULL,
	myoid			  BIGSERIAL UNIQUE,
	notes			  TEXT,
	other_number		  TEXT,
	pdate			  VARCHAR(32) NOT NULL,
	quantity		  INTEGER NOT NULL DEFAULT 1,
	reproduction_number  	  TEXT NOT NULL,
	subjects		  TEXT,
	title			  TEXT NOT NULL,
	FOREIGN KEY(collection_oid) REFERENCES photograph_collection(myoid) ON
				    DELETE CASCADE,
	PRIMARY KEY(id, collection_oid)
);

CREATE TABLE member
(
	city		 VARCHAR(256) NOT NULL,
	comments	 TEXT,
	dob		 VARCHAR(32) NOT NULL,
	email		 VARCHAR(128),
	expiration_date	 VARCHAR(32) NOT NULL,
	first_name	 VARCHAR(128) NOT NULL,
	general_registration_number	 TEXT,
	last_name	 VARCHAR(128) NOT NULL,
	memberclass	 TEXT,
	memberid	 VARCHAR(16) NOT NULL PRIMARY KEY,
	membersince	 VARCHAR(32) NOT NULL,
	middle_init	 VARCHAR(1),
	overdue_fees	 NUMERIC(10, 2) NOT NULL DEFAULT 0.00,
	sex		 VARCHAR(32) NOT NULL DEFAULT 'Private',
	state_abbr	 VARCHAR(16) NOT NULL DEFAULT 'N/A',
	street		 VARCHAR(256) NOT NULL,
	telephone_num	 VARCHAR(32),
	zip		 VARCHAR(16) NOT NULL DEFAULT 'N/A'
);

CREATE TABLE member_history
(
	copyid		 VARCHAR(64) NOT NULL,
	duedate		 VARCHAR(32) NOT NULL,
	item_oid	 BIGINT NOT NULL,
	memberid	 VARCHAR(16) NOT NULL,
	myoid		 BIGSERIAL PRIMARY KEY,
	reserved_by	 VARCHAR(128) NOT NULL,
	reserved_date	 VARCHAR(32) NOT NULL,
	returned_date	 VARCHAR(32) NOT NULL,
	type		 VARCHAR(16) NOT NULL,
	FOREIGN KEY(memberid) REFERENCES member(memberid) ON DELETE CASCADE
);

CREATE TABLE member_history_dnt
(
	dnt		INTEGER NOT NULL DEFAULT 1,
	memberid	VARCHAR(16) NOT NULL PRIMARY KEY,
	FOREIGN KEY(memberid) REFERENCES member(memberid) ON DELETE CASCADE
);

CREATE TABLE item_borrower
(
	copy_number	 INTEGER NOT NULL DEFAULT 1,
	copyid		 VARCHAR(64) NOT NULL,
	duedate		 VARCHAR(32) NOT NULL,
	item_oid	 BIGINT NOT NULL,
	memberid	 VARCHAR(16) NOT NULL,
	myoid		 BIGSERIAL PRIMARY KEY,
	reserved_by	 VARCHAR(128) NOT NULL,
	reserved_date	 VARCHAR(32) NOT NULL,
	type		 VARCHAR(16) NOT NULL,
	FOREIGN KEY(memberid) REFERENCES member ON DELETE RESTRICT
);

CREATE TABLE item_request
(
	item_oid	 BIGINT NOT NULL,
	memberid	 VARCHAR(16) NOT NULL,
	myoid		 BIGSERIAL NOT NULL,
	requestdate	 VARCHAR(32) NOT NULL,
	type		 VARCHAR(16) NOT NULL,
	PRIMARY KEY(item_oid, memberid, type),
	FOREIGN KEY(memberid) REFERENCES member(memberid) ON DELETE CASCADE
);

CREATE TABLE admin
(
	roles		 TEXT NOT NULL,
	username	 VARCHAR(128) NOT NULL PRIMARY KEY
);

CREATE TABLE locations
(
	location	 TEXT NOT NULL,
	type		 VARCHAR(32) NOT NULL,
	PRIMARY KEY(location, type)
);

CREATE TABLE minimum_days
(
	days		 INTEGER NOT NULL,
	type		 VARCHAR(16) NOT NULL PRIMARY KEY
);
