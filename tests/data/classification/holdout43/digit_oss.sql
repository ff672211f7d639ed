-- dialect: postgres
-- source: egovernments/DIGIT-OSS (MIT) -- core-services/egov-user/src/main/resources/db/migration/ddl/*.sql and municipal-services/birth-death-services/src/main/resources/db/migration/main/*.sql; commits noted per block. CREATE TABLE / ALTER TABLE ADD COLUMN kept verbatim; sequences, indexes, constraints-only ALTERs, triggers, functions and the *_audit copies of the birth/death tables dropped.

-- core-services/egov-user/.../V20170223150524__create_eg_user_table.sql @ 2713420cb4f5af5c8ca2c0fa37eac6e286b09fb0
CREATE TABLE eg_user (
    id bigint NOT NULL,
    title character varying(8),
    salutation character varying(5),
    dob timestamp,
    locale character varying(16),
    username character varying(64) NOT NULL,
    password character varying(64) NOT NULL,
    pwdexpirydate timestamp DEFAULT CURRENT_TIMESTAMP,
    mobilenumber character varying(50),
    altcontactnumber character varying(50),
    emailid character varying(128),
    createddate timestamp,
    lastmodifieddate timestamp,
    createdby bigint,
    lastmodifiedby bigint,
    active boolean,
    name character varying(100),
    gender smallint,
    pan character varying(10),
    aadhaarnumber character varying(20),
    type character varying(50),
    version numeric DEFAULT 0,
    guardian character varying(100),
    guardianrelation character varying(32),
    signature character varying(36),
    accountlocked boolean DEFAULT false,
    bloodgroup character varying(32),
    photo character varying(36),
    identificationmark character varying(300),
    tenantid character varying(256) not null
);

-- V20180313150524__added_uuid_user_table.sql @ 2713420cb4f5af5c8ca2c0fa37eac6e286b09fb0
alter table eg_user add column uuid character(36);

-- V20190222121612__create_eg_user_failed_login_attempts.sql @ b8667859af18b1a15b5b5a26a1579327f12faedf
ALTER TABLE eg_user ADD COLUMN accountlockeddate bigint;
CREATE TABLE IF NOT EXISTS eg_user_login_failed_attempts (
    user_uuid character varying(64) NOT NULL,
    ip character varying(46),
    attempt_date bigint NOT NULL,
	active boolean
);

-- V20210814004556__alter_eg_user_verification.sql @ 7987931af30114ca3af440f7f49b58dc0a3c26f6
ALTER TABLE eg_user
  ADD COLUMN isverified BOOLEAN DEFAULT FALSE;

-- V20210908231720__alter_table_eg_user_alternate_number.sql @ 36a7d2c12897ef13a759c273541f8c655646eaee
ALTER TABLE eg_user ADD alternatemobilenumber character varying (50) DEFAULT NULL;

-- V20170428175632__recreate_user_address_table.sql @ b8667859af18b1a15b5b5a26a1579327f12faedf
CREATE TABLE eg_user_address (
     id bigint NOT NULL,
     version numeric DEFAULT 0,
     createddate timestamp NOT NULL,
     lastmodifieddate timestamp,
     createdby bigint NOT NULL,
     lastmodifiedby bigint,
     type VARCHAR (50) NOT NULL,
     address VARCHAR(300),
     city VARCHAR(300),
     pincode VARCHAR(10),
     userid bigint NOT NULL,
     tenantid VARCHAR(256) NOT NULL
  );

-- V20211001001240__create_table_alternate_audit.sql @ 29cfef2a8a98ec50ec7fad12d560a5122f5a69b3
CREATE TABLE eg_user_alternate_audit(
    uuid character varying (50) not null,
    createdby bigint,
    createdtime timestamp,
    lastmodifiedby bigint,
    lastmodifiedtime timestamp,
    mobilenumber character varying(50)

);

-- V20220705150524__create_privacy_audit_table.sql @ 192804a3054667dac58c846a3d60f60735c288dd
CREATE TABLE eg_privacy_userinfo_access_audit (
    id character varying(128),
    userid character varying(128),
    accesstime bigint,
    purpose character varying(128),
    model character varying(128),
    entityids character varying(256),
    plainaccessrequest JSONB,
    additionalinfo JSONB
);

-- municipal-services/birth-death-services/.../V20210223101852__birth_death_services_ddl.sql @ 36a7d2c12897ef13a759c273541f8c655646eaee
CREATE TABLE public.eg_birth_death_hospitals
(
    id character varying(64)  NOT NULL,
    hospitalname character varying(500)  NOT NULL,
    tenantid character varying(50)  NOT NULL,
    CONSTRAINT eg_birth_death_hospitals_pkey PRIMARY KEY (id)
);

CREATE TABLE public.eg_birth_dtls
(
    id character varying(64)  NOT NULL,
    registrationno character varying(64)  NOT NULL,
    hospitalname character varying(500) ,
    dateofreport timestamp without time zone,
    dateofbirth timestamp without time zone NOT NULL,
    firstname character varying(200) ,
    middlename character varying(200) ,
    lastname character varying(200) ,
    placeofbirth character varying(1000) ,
    informantsname character varying(200) ,
    informantsaddress character varying(1000) ,
    createdtime bigint,
    createdby character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    counter smallint,
    tenantid character varying(50)  NOT NULL,
    gender smallint NOT NULL,
    remarks character varying(1000) ,
    hospitalid character varying(64) ,
    CONSTRAINT eg_birth_dtls_pkey PRIMARY KEY (id),
    CONSTRAINT eg_birth_dtls_ukey1 UNIQUE (registrationno, tenantid),
    CONSTRAINT eg_birth_dtls_fkey1 FOREIGN KEY (hospitalid)
        REFERENCES public.eg_birth_death_hospitals (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_birth_father_info
(
    id character varying(64)  NOT NULL,
    firstname character varying(200) ,
    middlename character varying(200) ,
    lastname character varying(200) ,
    aadharno character varying(150) ,
    emailid character varying(300) ,
    mobileno character varying(150) ,
    education character varying(100) ,
    proffession character varying(100) ,
    nationality character varying(100) ,
    religion character varying(100) ,
    createdtime bigint,
    createdby character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    birthdtlid character varying(64)  NOT NULL,
    CONSTRAINT eg_birth_father_info_pkey PRIMARY KEY (id),
    CONSTRAINT eg_birth_father_info_fkey1 FOREIGN KEY (birthdtlid)
        REFERENCES public.eg_birth_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_birth_mother_info
(
    id character varying(64)  NOT NULL,
    firstname character varying(200) ,
    middlename character varying(200) ,
    lastname character varying(200) ,
    aadharno character varying(150) ,
    emailid character varying(300) ,
    mobileno character varying(150) ,
    education character varying(100) ,
    proffession character varying(100) ,
    nationality character varying(100) ,
    religion character varying(100) ,
    createdtime bigint,
    createdby character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    birthdtlid character varying(64)  NOT NULL,
    CONSTRAINT eg_birth_mother_info_pkey PRIMARY KEY (id),
    CONSTRAINT eg_birth_mother_info_fkey1 FOREIGN KEY (birthdtlid)
        REFERENCES public.eg_birth_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_birth_permaddr
(
    id character varying(64)  NOT NULL,
    buildingno character varying(1000) ,
    houseno character varying(1000) ,
    streetname character varying(1000) ,
    locality character varying(1000) ,
    tehsil character varying(1000) ,
    district character varying(100) ,
    city character varying(100) ,
    state character varying(100) ,
    pinno character varying(100) ,
    country character varying(100) ,
    createdby character varying(64) ,
    createdtime bigint,
    lastmodifiedby character varying(64) ,
    lastmodifiedtime bigint,
    birthdtlid character varying(64) ,
    CONSTRAINT eg_birth_permaddr_pkey PRIMARY KEY (id),
    CONSTRAINT eg_birth_permaddr_fkey1 FOREIGN KEY (birthdtlid)
        REFERENCES public.eg_birth_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_birth_cert_request
(
    id character varying(64)  NOT NULL,
    birthcertificateno character varying(25) ,
    createdby character varying(64) ,
    createdtime bigint,
    birthdtlid character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    filestoreid character varying(256) ,
    status character varying(25) ,
    additionaldetail jsonb,
    embeddedurl character varying(64) ,
    dateofissue bigint,
    CONSTRAINT eg_birth_cert_request_pkey PRIMARY KEY (id),
    CONSTRAINT eg_birth_cert_request_fkey1 FOREIGN KEY (birthdtlid)
        REFERENCES public.eg_birth_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

-- V20210303142510__birth_death_services_ddl.sql @ 14a731968219a9c747ca40f669dc21dba779dc63
CREATE TABLE public.eg_death_dtls
(
    id character varying(64)  NOT NULL,
    registrationno character varying(64)  NOT NULL,
    hospitalname character varying(500) ,
    dateofreport timestamp without time zone,
    dateofdeath timestamp without time zone NOT NULL,
    firstname character varying(200) ,
    middlename character varying(200) ,
    lastname character varying(200) ,
    placeofdeath character varying(1000) ,
    informantsname character varying(200) ,
    informantsaddress character varying(1000) ,
    createdtime bigint,
    createdby character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    counter smallint,
    tenantid character varying(50)  NOT NULL,
    gender smallint NOT NULL,
    remarks character varying(1000) ,
    hospitalid character varying(64) ,
    eidno character varying(100) ,
    aadharno character varying(150) ,
    nationality character varying(100) ,
    religion character varying(100) ,
    icdcode character varying(300) ,
    age character varying(100) ,
    CONSTRAINT eg_death_dtls_pkey PRIMARY KEY (id),
    CONSTRAINT eg_death_dtls_ukey1 UNIQUE (registrationno, tenantid),
    CONSTRAINT eg_death_dtls_fkey1 FOREIGN KEY (hospitalid)
        REFERENCES public.eg_birth_death_hospitals (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_death_presentaddr
(
    id character varying(64)  NOT NULL,
    buildingno character varying(1000) ,
    houseno character varying(1000) ,
    streetname character varying(1000) ,
    locality character varying(1000) ,
    tehsil character varying(1000) ,
    district character varying(100) ,
    city character varying(100) ,
    state character varying(100) ,
    pinno character varying(100) ,
    country character varying(100) ,
    createdby character varying(64) ,
    createdtime bigint,
    lastmodifiedby character varying(64) ,
    lastmodifiedtime bigint,
    deathdtlid character varying(64) ,
    CONSTRAINT eg_death_presentaddr_pkey PRIMARY KEY (id),
    CONSTRAINT eg_death_presentaddr_fkey1 FOREIGN KEY (deathdtlid)
        REFERENCES public.eg_death_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_death_spouse_info
(
    id character varying(64)  NOT NULL,
    firstname character varying(200) ,
    middlename character varying(200) ,
    lastname character varying(200) ,
    aadharno character varying(150) ,
    emailid character varying(300) ,
    mobileno character varying(150) ,
    createdtime bigint,
    createdby character varying(64) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    deathdtlid character varying(64) ,
    CONSTRAINT eg_death_spouse_info_pkey PRIMARY KEY (id),
    CONSTRAINT eg_death_spouse_info_fkey1 FOREIGN KEY (deathdtlid)
        REFERENCES public.eg_death_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

CREATE TABLE public.eg_death_cert_request
(
    id character varying(64)  NOT NULL,
    deathcertificateno character varying(25)  NOT NULL,
    createdby character varying(64)  NOT NULL,
    createdtime bigint NOT NULL,
    deathdtlid character varying(64) ,
    filestoreid character varying(256) ,
    lastmodifiedtime bigint,
    lastmodifiedby character varying(64) ,
    status character varying(25) ,
    additionaldetail jsonb,
    embeddedurl character varying(64) ,
    dateofissue bigint,
    CONSTRAINT eg_death_cert_request_pkey PRIMARY KEY (id),
    CONSTRAINT eg_death_cert_request_fkey1 FOREIGN KEY (deathdtlid)
        REFERENCES public.eg_death_dtls (id) MATCH SIMPLE
        ON UPDATE CASCADE
        ON DELETE CASCADE
);

-- V20210922125210__birth_death_services_add_source.sql @ 36a7d2c12897ef13a759c273541f8c655646eaee (audit-table lines dropped)
ALTER TABLE public.eg_birth_cert_request ADD COLUMN source character varying(64) ;

ALTER TABLE public.eg_death_cert_request ADD COLUMN source character varying(64) ;

-- V20220627125211__birth_death_services_add_islegacy.sql @ 637cba460f0cfba9e93c2c41b0311dabb7514d5f
ALTER TABLE eg_birth_dtls
ADD COLUMN IF NOT EXISTS islegacyrecord boolean;

ALTER TABLE eg_death_dtls
ADD COLUMN IF NOT EXISTS islegacyrecord boolean;
