-- dialect: postgres
-- Musikschulverwaltung: Schema ms (Schüler, Eltern, Lehrkräfte, Verträge, SEPA)

CREATE SCHEMA IF NOT EXISTS ms;

CREATE TABLE ms.mandant (
    mandant_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL,
    strasse text,
    plz varchar(5),
    ort text,
    telefon_zentrale varchar(30),
    ust_id varchar(14),
    glaeubiger_id varchar(35),
    angelegt_am timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE ms.mandant IS 'Musikschule (Mandant) mit Stammdaten';
COMMENT ON COLUMN ms.mandant.name IS 'Name der Musikschule';
COMMENT ON COLUMN ms.mandant.strasse IS 'Anschrift der Schule';
COMMENT ON COLUMN ms.mandant.telefon_zentrale IS 'Telefon Sekretariat';
COMMENT ON COLUMN ms.mandant.ust_id IS 'Umsatzsteuer-Identifikationsnummer der Schule';
COMMENT ON COLUMN ms.mandant.glaeubiger_id IS 'SEPA-Gläubiger-Identifikationsnummer';

CREATE TABLE ms.einstellung (
    mandant_id integer NOT NULL,
    schluessel varchar(64) NOT NULL,
    wert jsonb,
    geaendert_am timestamptz DEFAULT now(),
    PRIMARY KEY (mandant_id, schluessel)
);
COMMENT ON TABLE ms.einstellung IS 'Schlüssel/Wert-Einstellungen je Mandant';
COMMENT ON COLUMN ms.einstellung.schluessel IS 'z.B. mahnung.frist_tage';

CREATE TABLE ms.schueler (
    schueler_id bigserial PRIMARY KEY,
    mandant_id integer NOT NULL,
    vorname text NOT NULL,
    nachname text NOT NULL,
    geburtsdatum date,
    geschlecht char(1),
    strasse text,
    plz varchar(5),
    ort text,
    email text,
    handy varchar(30),
    schule_klasse text,
    foerderbedarf text,
    notfallhinweise text,
    fotoerlaubnis boolean NOT NULL DEFAULT false,
    angelegt_am timestamptz NOT NULL DEFAULT now(),
    geloescht boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE ms.schueler IS 'Schülerinnen und Schüler (häufig minderjährig)';
COMMENT ON COLUMN ms.schueler.geschlecht IS 'm/w/d';
COMMENT ON COLUMN ms.schueler.strasse IS 'Wohnanschrift';
COMMENT ON COLUMN ms.schueler.email IS 'E-Mail (bei Volljährigen)';
COMMENT ON COLUMN ms.schueler.schule_klasse IS 'besuchte allgemeinbildende Schule und Klasse';
COMMENT ON COLUMN ms.schueler.foerderbedarf IS 'sonderpädagogischer Förderbedarf / Behinderung';
COMMENT ON COLUMN ms.schueler.notfallhinweise IS 'Allergien, Medikamente, Notfallhinweise';
COMMENT ON COLUMN ms.schueler.fotoerlaubnis IS 'Einwilligung Veröffentlichung Fotos (Website, Konzerte)';

CREATE TABLE ms.erziehungsberechtigter (
    eb_id bigserial PRIMARY KEY,
    schueler_id bigint NOT NULL REFERENCES schueler,
    anrede varchar(10),
    vorname text,
    nachname text,
    beziehung varchar(20),
    telefon_privat varchar(30),
    telefon_dienstlich varchar(30),
    email text,
    angelegt_am timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE ms.erziehungsberechtigter IS 'Eltern bzw. Vormund der minderjährigen Schüler';
COMMENT ON COLUMN ms.erziehungsberechtigter.anrede IS 'Frau/Herr/Divers';
COMMENT ON COLUMN ms.erziehungsberechtigter.beziehung IS 'Mutter, Vater, Vormund';

CREATE TABLE ms.lehrkraft (
    lehrkraft_id serial PRIMARY KEY,
    mandant_id integer NOT NULL,
    personalnummer varchar(10),
    vorname text NOT NULL,
    nachname text NOT NULL,
    steuer_id char(11),
    iban varchar(34),
    honorar_stunde numeric(6,2),
    verdi_mitglied boolean,
    fuehrungszeugnis_datum date,
    fuehrungszeugnis_eintrag boolean,
    eintrittsdatum date,
    instrument_schwerpunkt text,
    aktiv boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE ms.lehrkraft IS 'Honorarkräfte und angestellte Lehrkräfte';
COMMENT ON COLUMN ms.lehrkraft.steuer_id IS 'steuerliche Identifikationsnummer';
COMMENT ON COLUMN ms.lehrkraft.iban IS 'Bankverbindung für Honorarzahlung';
COMMENT ON COLUMN ms.lehrkraft.honorar_stunde IS 'Honorar je Unterrichtsstunde (45 min)';
COMMENT ON COLUMN ms.lehrkraft.verdi_mitglied IS 'Mitglied ver.di (für Tarifanwendung)';
COMMENT ON COLUMN ms.lehrkraft.fuehrungszeugnis_datum IS 'Datum erweitertes Führungszeugnis (§ 72a SGB VIII)';
COMMENT ON COLUMN ms.lehrkraft.fuehrungszeugnis_eintrag IS 'Eintrag vorhanden';
COMMENT ON COLUMN ms.lehrkraft.instrument_schwerpunkt IS 'Hauptfach, z.B. Klavier';

CREATE TABLE ms.unterrichtsfach (
    fach_id serial PRIMARY KEY,
    bezeichnung text NOT NULL,
    unterrichtsform varchar(20),
    dauer_minuten smallint,
    preis_monat numeric(7,2)
);
COMMENT ON TABLE ms.unterrichtsfach IS 'Angebotskatalog';
COMMENT ON COLUMN ms.unterrichtsfach.bezeichnung IS 'z.B. Violine Einzelunterricht';
COMMENT ON COLUMN ms.unterrichtsfach.unterrichtsform IS 'Einzel, Gruppe, Ensemble';

CREATE TABLE ms.vertrag (
    vertrag_id bigserial PRIMARY KEY,
    vertragsnummer varchar(20) NOT NULL,
    schueler_id bigint NOT NULL,
    fach_id integer NOT NULL,
    lehrkraft_id integer,
    beginn date NOT NULL,
    kuendigung_zum date,
    ermaessigung_grund varchar(40),
    monatsbeitrag numeric(7,2),
    status varchar(12) NOT NULL DEFAULT 'aktiv'
);
COMMENT ON TABLE ms.vertrag IS 'Unterrichtsverträge';
COMMENT ON COLUMN ms.vertrag.ermaessigung_grund IS 'Sozialermäßigung (Bürgergeld, BuT), Geschwister';

CREATE TABLE ms.sepa_mandat (
    mandat_id bigserial PRIMARY KEY,
    mandatsreferenz varchar(35) NOT NULL,
    eb_id bigint,
    kontoinhaber text NOT NULL,
    iban varchar(34) NOT NULL,
    bic varchar(11),
    unterschrieben_am date,
    widerrufen boolean DEFAULT false
);
COMMENT ON TABLE ms.sepa_mandat IS 'SEPA-Lastschriftmandate';

CREATE TABLE ms.instrument_leihe (
    leihe_id bigserial PRIMARY KEY,
    inventarnummer varchar(20) NOT NULL,
    instrument text,
    schueler_id bigint,
    ausgabe_am date,
    rueckgabe_am date,
    zustand_bemerkung text,
    kaution numeric(7,2)
);
COMMENT ON TABLE ms.instrument_leihe IS 'Leihinstrumente';
COMMENT ON COLUMN ms.instrument_leihe.zustand_bemerkung IS 'Zustand des Instruments bei Rückgabe';

CREATE TABLE ms.anwesenheit (
    anwesenheit_id bigserial PRIMARY KEY,
    vertrag_id bigint NOT NULL,
    datum date NOT NULL,
    anwesend boolean,
    fehlgrund text,
    erfasst_von varchar(40)
);
COMMENT ON TABLE ms.anwesenheit IS 'Anwesenheit je Unterrichtstermin';
COMMENT ON COLUMN ms.anwesenheit.fehlgrund IS 'Grund des Fehlens, z.B. krank';
