-- dialect: sqlite
-- ledenadministratie energiecoöperatie (zonnepark + slimme meters), export van de oude Access-app

CREATE TABLE lid (
  lidId INTEGER PRIMARY KEY AUTOINCREMENT,
  lidNr TEXT NOT NULL UNIQUE,
  voorletters TEXT,
  tussenvoegsel TEXT,
  achternaam TEXT NOT NULL,
  geslacht TEXT CHECK (geslacht IN ('M','V','X')),
  geboorteDatum TEXT,
  straat TEXT,
  huisNr INTEGER,
  huisNrToev TEXT,
  postcode TEXT,
  woonplaats TEXT,
  telNr TEXT,
  mobielNr TEXT,
  email TEXT,
  iban TEXT,
  bsn TEXT, -- alleen nodig voor opgaaf dividendbelasting
  kvkNr TEXT, -- zzp-leden
  lidSinds TEXT,
  aantalCert INTEGER DEFAULT 0,
  uitgeschreven INTEGER DEFAULT 0,
  aangemaaktOp TEXT DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE aansluiting (
  aansluitingId INTEGER PRIMARY KEY,
  lidId INTEGER NOT NULL REFERENCES lid(lidId),
  eanCode TEXT NOT NULL, -- 18 cijfers, EAN van het leveringsadres
  meterSerieNr TEXT,
  netbeheerder TEXT,
  aansluitWaarde TEXT,
  jaarVerbruikKwh INTEGER
);

CREATE TABLE meterstand (
  id INTEGER PRIMARY KEY,
  aansluitingId INTEGER NOT NULL REFERENCES aansluiting(aansluitingId),
  tijdstip TEXT NOT NULL,
  kwhAfname REAL,
  kwhTerug REAL,
  bron TEXT DEFAULT 'P4'
);

CREATE TABLE project (
  projectId INTEGER PRIMARY KEY,
  naam TEXT NOT NULL,
  locatie TEXT,
  vermogenKwp REAL,
  certPrijs REAL,
  startDatum TEXT
);

CREATE TABLE deelname (
  deelnameId INTEGER PRIMARY KEY,
  lidId INTEGER NOT NULL REFERENCES lid(lidId),
  projectId INTEGER NOT NULL REFERENCES project(projectId),
  aantal INTEGER NOT NULL,
  inlegBedrag REAL,
  rendementPct REAL,
  datum TEXT
);

CREATE TABLE uitkering (
  id INTEGER PRIMARY KEY,
  deelnameId INTEGER NOT NULL REFERENCES deelname(deelnameId),
  jaar INTEGER,
  bedragBruto REAL,
  divBelastingIngeh REAL,
  uitbetaaldOp TEXT
);

CREATE TABLE stemming (
  id INTEGER PRIMARY KEY,
  alvId INTEGER NOT NULL,
  lidId INTEGER NOT NULL REFERENCES lid(lidId),
  agendapunt TEXT,
  stem TEXT CHECK (stem IN ('voor','tegen','onthouding')),
  volmachtLidId INTEGER,
  tijdstip TEXT
);

CREATE TABLE portaalAccount (
  accountId INTEGER PRIMARY KEY,
  lidId INTEGER NOT NULL REFERENCES lid(lidId),
  gebruikersnaam TEXT UNIQUE,
  wwHash TEXT,
  totpSecret TEXT,
  laatsteLogin TEXT,
  laatsteIp TEXT,
  nieuwsbriefOptIn INTEGER DEFAULT 0
);

CREATE TABLE contactMoment (
  id INTEGER PRIMARY KEY,
  lidId INTEGER REFERENCES lid(lidId),
  medewerker TEXT,
  kanaal TEXT,
  notitie TEXT,
  datum TEXT
);

CREATE TABLE coachBezoek (
  id INTEGER PRIMARY KEY,
  lidId INTEGER REFERENCES lid(lidId),
  coach TEXT, -- vrijwillige energiecoach
  bezoekDatum TEXT,
  betAchterstand INTEGER, -- 1 = betalingsachterstand energierekening
  huishoudSamenstelling TEXT,
  medApparatuur TEXT, -- bv. thuisdialyse, zuurstof: niet afsluiten!
  opmerkingen TEXT
);

CREATE TABLE instelling (
  sleutel TEXT PRIMARY KEY,
  waarde TEXT
);
