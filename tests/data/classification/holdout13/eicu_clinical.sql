-- dialect: postgres
-- source: https://github.com/MIT-LCP/eicu-code/blob/4d35e556f6579638e7e059addf8abdacba83683f/build-db/postgres/postgres_create_tables.sql (MIT)
-- subset note: contiguous run of 9 whole CREATE TABLE statements (MEDICATION .. PHYSICALEXAM, incl. PATIENT), verbatim;
-- the tables before (admissiondrug .. lab) and after (respiratorycare .. vitalperiodic) are not included.
--------------------------------------------------------
--  DDL for Table MEDICATION
--------------------------------------------------------

DROP TABLE IF EXISTS medication CASCADE;
CREATE TABLE medication
(
    medicationid INT NOT NULL,
    patientunitstayid INT NOT NULL,
    drugorderoffset INT NOT NULL,
    drugstartoffset INT NOT NULL,
    drugivadmixture VARCHAR(6) NOT NULL,
    drugordercancelled VARCHAR(6) NOT NULL,
    drugname VARCHAR(220),
    drughiclseqno INT,
    dosage VARCHAR(60),
    routeadmin VARCHAR(120),
    frequency VARCHAR(255),
    loadingdose VARCHAR(120) NOT NULL,
    prn VARCHAR(6) NOT NULL,
    drugstopoffset INT NOT NULL,
    gtc INT NOT NULL
) ;

--------------------------------------------------------
--  DDL for Table MICROLAB
--------------------------------------------------------

DROP TABLE IF EXISTS microlab CASCADE;
CREATE TABLE microlab
(
    microlabid INT NOT NULL,
    patientunitstayid INT NOT NULL,
  	culturetakenoffset INT NOT NULL,
  	culturesite VARCHAR(255) NOT NULL,
  	organism VARCHAR(255) NOT NULL,
  	antibiotic VARCHAR(255),
  	sensitivitylevel VARCHAR(255)
) ;

--------------------------------------------------------
--  DDL for Table NOTE
--------------------------------------------------------

DROP TABLE IF EXISTS note CASCADE;
CREATE TABLE note
(
	NOTEID INT NOT NULL,
	patientunitstayid INT NOT NULL,
	NOTEOFFSET INT NOT NULL,
	NOTEENTEREDOFFSET INT NOT NULL,
	NOTETYPE VARCHAR(50) NOT NULL,
	NOTEPATH VARCHAR(255) NOT NULL,
	NOTEVALUE VARCHAR(150),
	NOTETEXT VARCHAR(500)
) ;

--------------------------------------------------------
--  DDL for Table NURSEASSESSMENT
--------------------------------------------------------

DROP TABLE IF EXISTS NURSEASSESSMENT CASCADE;
CREATE TABLE NURSEASSESSMENT
(
	nurseassessid INT NOT NULL,
	patientunitstayid INT NOT NULL,
	NURSEASSESSOFFSET INT NOT NULL,
	NURSEASSESSENTRYOFFSET INT NOT NULL,
	CELLATTRIBUTEPATH VARCHAR(255) NOT NULL,
	CELLLABEL VARCHAR(255) NOT NULL,
	CELLATTRIBUTE VARCHAR(255) NOT NULL,
	CELLATTRIBUTEVALUE VARCHAR(4000)
) ;

--------------------------------------------------------
--  DDL for Table NURSECARE
--------------------------------------------------------

DROP TABLE IF EXISTS NURSECARE CASCADE;
CREATE TABLE NURSECARE
(
  nursecareid INT NOT NULL,
	patientunitstayid INT NOT NULL,
	CELLLABEL VARCHAR(255) NOT NULL,
	NURSECAREOFFSET INT NOT NULL,
	NURSECAREENTRYOFFSET INT NOT NULL,
	CELLATTRIBUTEPATH VARCHAR(255) NOT NULL,
	CELLATTRIBUTE VARCHAR(255) NOT NULL,
	CELLATTRIBUTEVALUE VARCHAR(4000)
) ;

--------------------------------------------------------
--  DDL for Table NURSECHARTING
--------------------------------------------------------

DROP TABLE IF EXISTS NURSECHARTING CASCADE;
CREATE TABLE NURSECHARTING
(
  nursingchartid BIGINT NOT NULL,
	patientunitstayid INT NOT NULL,
	NURSINGCHARTOFFSET INT NOT NULL,
	NURSINGCHARTENTRYOFFSET INT NOT NULL,
	NURSINGCHARTCELLTYPECAT VARCHAR(255) NOT NULL,
	NURSINGCHARTCELLTYPEVALLABEL VARCHAR(255),
	NURSINGCHARTCELLTYPEVALNAME VARCHAR(255),
	NURSINGCHARTVALUE VARCHAR(255)
) ;

--------------------------------------------------------
--  DDL for Table PASTHISTORY
--------------------------------------------------------

DROP TABLE IF EXISTS pasthistory CASCADE;
CREATE TABLE pasthistory
(
	pasthistoryid INT NOT NULL,
	patientunitstayid INT NOT NULL,
	pasthistoryoffset INT NOT NULL,
	pasthistoryenteredoffset INT NOT NULL,
	pasthistorynotetype VARCHAR(40),
	pasthistorypath VARCHAR(255) NOT NULL,
	pasthistoryvalue VARCHAR(100),
	pasthistoryvaluetext VARCHAR(255)
) ;
--------------------------------------------------------
--  DDL for Table PATIENT
--------------------------------------------------------

DROP TABLE IF EXISTS patient CASCADE;
CREATE TABLE patient
(
	patientunitstayid INT,
	patienthealthsystemstayid INT,
	gender VARCHAR(25),
	age VARCHAR(10),
	ethnicity VARCHAR(50),
	hospitalid INT,
	wardid INT,
	apacheadmissiondx VARCHAR(1000),
	admissionheight NUMERIC(10,2),
	hospitaladmittime24 VARCHAR(8),
	hospitaladmitoffset INT,
	hospitaladmitsource VARCHAR(30),
	hospitaldischargeyear SMALLINT,
	hospitaldischargetime24 VARCHAR(8),
	hospitaldischargeoffset INT,
	hospitaldischargelocation VARCHAR(100),
	hospitaldischargestatus VARCHAR(10),
	unittype VARCHAR(50),
	unitadmittime24 VARCHAR(8),
	unitadmitsource VARCHAR(100),
	unitvisitnumber INT,
	unitstaytype VARCHAR(15),
	admissionweight NUMERIC(10,2),
	dischargeweight NUMERIC(10,2),
	unitdischargetime24 VARCHAR(8),
	unitdischargeoffset INT,
	unitdischargelocation VARCHAR(100),
	unitdischargestatus VARCHAR(10),
	uniquepid VARCHAR(10)
) ;

--------------------------------------------------------
--  DDL for Table PHYSICALEXAM
--------------------------------------------------------

DROP TABLE IF EXISTS physicalexam CASCADE;
CREATE TABLE physicalexam
(
	physicalexamid INT,
	patientunitstayid INT NOT NULL,
	physicalexamoffset INT NOT NULL,
	physicalexampath VARCHAR(255) NOT NULL,
	physicalexamvalue VARCHAR(100),
	physicalexamtext VARCHAR(500)
) ;
