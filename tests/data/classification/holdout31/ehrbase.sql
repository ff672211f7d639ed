-- dialect: postgres
-- source: ehrbase/ehrbase base/src/main/resources/db/migration/V2__ehr.sql @ 296a1693d01fc3069e20b7c5621d2478798a7828 (Apache-2.0); CREATE TABLE and COMMENT ON TABLE statements verbatim; CREATE TYPE, triggers, indexes, views and the "(like ...)" *_history copies dropped

-- storeComposition common_im entities
-- CREATE TABLE "system" ---------------------------------------
CREATE TABLE ehr.system (
	id UUid PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
	description TEXT NOT NULL,
	settings TEXT NOT NULL
 );

COMMENT ON TABLE  ehr.system IS 'system table for reference';

CREATE TABLE ehr.territory (
	code int unique primary key, -- numeric code
	twoLetter char(2),
	threeLetter char(3),
	text TEXT NOT NULL
 );

COMMENT ON TABLE  ehr.territory IS 'ISO 3166-1 countries codeset';

CREATE TABLE ehr.language (
	code varchar(5) unique primary key,
	description TEXT NOT NULL
 );

COMMENT ON TABLE  ehr.language IS 'ISO 639-1 language codeset';

CREATE TABLE ehr.terminology_provider (
	code TEXT unique primary key,
	source TEXT NOT NULL,
	authority TEXT
 );

COMMENT ON TABLE  ehr.terminology_provider IS 'openEHR identified terminology provider';

CREATE TABLE ehr.concept (
  id UUID unique primary key DEFAULT ext.uuid_generate_v4(),
	conceptID int,
	language varchar(5) references ehr.language(code),
	description TEXT
 );

COMMENT ON TABLE  ehr.concept IS 'openEHR common concepts (e.g. terminology) used in the system';

create table ehr.party_identified (
	id UUID primary key DEFAULT ext.uuid_generate_v4(),
	name TEXT,
  -- optional party ref attributes
  party_ref_value TEXT,
  party_ref_scheme TEXT,
  party_ref_namespace TEXT,
  party_ref_type TEXT
);

-- list of identifiers for a party identified
create table ehr.identifier (
	id_value TEXT, -- identifier value
	issuer TEXT, -- authority responsible for the identification (ex. France ASIP, LDAP server etc.)
  assigner TEXT, -- assigner of the identifier
	type_name TEXT, -- coding origin f.ex. INS-C, INS-A, NHS etc.
	party UUID not null references ehr.party_identified(id) -- entity identified with this identifier (normally a person, patient etc.)
);

COMMENT ON TABLE ehr.identifier IS 'specifies an identifier for a party identified, more than one identifier is possible';

-- defines the modality for accessing an com.ethercisrcis.ehr
create table ehr.access (
	id UUID PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
	settings TEXT,
	scheme TEXT -- name of access control scheme
 );

COMMENT ON TABLE ehr.access IS 'defines the modality for accessing an com.ethercis.ehr (security strategy implementation)';
--

-- storeComposition ehr_im entities
-- EHR Class emr_im 4.7.1
create table ehr.ehr (
    id UUID NOT NULL PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
    date_created timestamp default CURRENT_DATE,
    date_created_tzid TEXT, -- timezone id: GMT+/-hh:mm
    access UUID references ehr.access(id), -- access decision support (f.e. consent)
--    status UUID references ehr.status(id),
    system_id UUID references ehr.system(id),
    directory UUID null
);
COMMENT ON TABLE ehr.ehr IS 'EHR itself';

create table ehr.status (
  id UUID NOT NULL PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
  ehr_id UUID references ehr.ehr(id) ON DELETE CASCADE,
  is_queryable boolean default true,
  is_modifiable boolean default true,
  party UUID not null references ehr.party_identified(id),  -- subject (e.g. patient)
  other_details JSONB,
  sys_transaction TIMESTAMP NOT NULL,
  sys_period tstzrange NOT NULL -- temporal table
);

COMMENT ON TABLE ehr.status IS 'specifies an ehr modality and ownership (patient)';

-- COMMON IM
-- change control

create table ehr.contribution (
	id UUID primary key DEFAULT ext.uuid_generate_v4(),
  ehr_id UUID references ehr.ehr(id) ON DELETE CASCADE ,
  contribution_type ehr.contribution_data_type, -- specifies the type of data it contains
  state ehr.contribution_state, -- current state in lifeCycleState
  signature TEXT,
	system_id UUID references ehr.system(id),
	committer UUID references ehr.party_identified(id),
	time_committed timestamp default NOW(),
  time_committed_tzid TEXT, -- timezone id
	change_type ehr.contribution_change_type,
	description TEXT, -- is a DvCodedText
  sys_transaction TIMESTAMP NOT NULL,
  sys_period tstzrange NOT NULL -- temporal table
);

create table ehr.attestation (
  id UUID PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
  contribution_id UUID REFERENCES ehr.contribution(id) ON DELETE CASCADE ,
  proof TEXT,
  reason TEXT,
  is_pending BOOLEAN
);

CREATE TABLE ehr.attested_view (
  id UUID PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
  attestation_id UUID REFERENCES ehr.attestation(id) ON DELETE CASCADE,
  --  DvMultimedia
  alternate_text TEXT,
  compression_algorithm TEXT,
  media_type TEXT,
  data BYTEA,
  integrity_check BYTEA,
  integrity_check_algorithm TEXT,
  thumbnail UUID, -- another multimedia holding the thumbnail
  uri TEXT
);

COMMENT ON TABLE ehr.contribution IS 'Contribution table, compositions reference this table';

create table ehr.composition (
    id UUID PRIMARY KEY DEFAULT ext.uuid_generate_v4(),
    ehr_id UUID references ehr.ehr(id) ON DELETE CASCADE,
--    version UUID references ehr.versioned(id),
    in_contribution UUID references ehr.contribution(id) ON DELETE CASCADE , -- in contribution version
    active boolean default true, -- true if this composition is still valid (e.g. not replaced yet)
    is_persistent boolean default true,
    language varchar(5) references ehr.language(code), -- pointer to the language codeset. Indicates what broad category this Composition is belogs to, e.g. �persistent� - of longitudinal validity, �event�, �process� etc.
    territory int references ehr.territory(code), -- Name of territory in which this Composition was written. Coded fromBinder openEHR �countries� code set, which is an expression of the ISO 3166 standard.
    composer UUID not null references ehr.party_identified(id), -- points to the PARTY_PROXY who has created the composition
    sys_transaction TIMESTAMP NOT NULL,
    sys_period tstzrange NOT NULL -- temporal table
    -- item UUID not null, -- point to the first section in composition
);

COMMENT ON TABLE ehr.composition IS 'Composition table';

create table ehr.event_context (
  id UUID primary key DEFAULT ext.uuid_generate_v4(),
  composition_id UUID references ehr.composition(id) ON DELETE CASCADE , -- belong to composition
  start_time TIMESTAMP not null,
  start_time_tzid TEXT, -- time zone id: format GMT +/- hh:mm
  end_time TIMESTAMP null,
  end_time_tzid TEXT, -- time zone id: format GMT +/- hh:mm
  facility UUID references ehr.party_identified(id), -- points to a party identified
  location TEXT,
  other_context JSONB, -- supports a cluster for other context definition
  setting UUID references ehr.concept(id), -- codeset setting, see ehr_im section 5
--	program UUID references ehr.program(id), -- the program defined for this context (only in full ddl version)
  sys_transaction TIMESTAMP NOT NULL,
  sys_period tstzrange NOT NULL -- temporal table
);

COMMENT ON TABLE ehr.event_context IS 'defines the context of an event (time, who, where... see openEHR IM 5.2';

create table ehr.participation (
  id UUID primary key DEFAULT ext.uuid_generate_v4(),
  event_context UUID NOT NULL REFERENCES ehr.event_context(id) ON DELETE CASCADE,
  performer UUID references ehr.party_identified(id),
  function TEXT,
  mode TEXT,
  start_time timestamp,
  start_time_tzid TEXT, -- timezone id
  sys_transaction TIMESTAMP NOT NULL,
  sys_period tstzrange NOT NULL -- temporal table
);

COMMENT ON TABLE ehr.participation IS 'define a participating party for an event f.ex.';

create table ehr.entry (
	id UUID primary key DEFAULT ext.uuid_generate_v4(),
	composition_id UUID references ehr.composition(id) ON DELETE CASCADE , -- belong to composition
	sequence int, -- ordering sequence number
	item_type ehr.entry_type,
  template_id TEXT, -- operational template to rebuild the structure entry
  template_uuid UUID, -- optional, used with operational template for consistency
  archetype_id TEXT, -- ROOT archetype id (not sure still in use...)
  category UUID null references ehr.concept(id), -- used to specify the type of content: Evaluation, Instruction, Observation, Action with different languages
  entry JSONB,            -- actual content version dependent (9.3: json, 9.4: jsonb). entry is either CARE_ENTRY or ADMIN_ENTRY
  sys_transaction TIMESTAMP NOT NULL,
  sys_period tstzrange NOT NULL -- temporal table
);

COMMENT ON TABLE ehr.entry IS 'this table hold the actual archetyped data values (fromBinder a template)';

-- CONTAINMENT "pseudo" index for CONTAINS clause resolution
create TABLE ehr.containment (
  comp_id UUID,
  label ltree,
  path text
);

-- meta data
CREATE TABLE ehr.template_meta (
  template_id TEXT,
  array_path TEXT[] -- list of paths containing an item list with list size > 1
);

-- simple cross reference table to link INSTRUCTIONS with ACTIONS or other COMPOSITION
CREATE TABLE ehr.compo_xref (
  master_uuid UUID REFERENCES ehr.composition(id),
  child_uuid UUID REFERENCES ehr.composition(id),
  sys_transaction TIMESTAMP NOT NULL
);

-- log user sessions with logon id, session id and other parameters
CREATE TABLE ehr.session_log (
  id UUID primary key DEFAULT uuid_generate_v4(),
  subject_id TEXT NOT NULL,
  node_id TEXT,
  session_id TEXT,
  session_name TEXT,
  session_time TIMESTAMP,
  ip_address TEXT
);
