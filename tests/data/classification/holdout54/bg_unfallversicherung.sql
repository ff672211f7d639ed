-- dialect: postgres
-- Berufsgenossenschaft: Unfallanzeigen, D-Arzt-Berichte und Leistungen (Fachverfahren "UV-Akte")
-- Schema: uv

CREATE TABLE uv.unternehmen (
    unternehmen_id      bigserial PRIMARY KEY,
    mandant_id          integer      NOT NULL,
    mitgliedsnummer     varchar(20)  NOT NULL UNIQUE,
    firmenname          varchar(200) NOT NULL,
    rechtsform          varchar(30),
    strasse             varchar(120),
    plz                 char(5),
    ort                 varchar(80),
    betriebsnummer      char(8),
    gefahrtarifstelle   varchar(10),
    angelegt_am         timestamptz  NOT NULL DEFAULT now(),
    geloescht           boolean      NOT NULL DEFAULT false
);
COMMENT ON TABLE uv.unternehmen IS 'Mitgliedsunternehmen der BG';
COMMENT ON COLUMN uv.unternehmen.mitgliedsnummer IS 'Mitgliedsnummer des Unternehmens bei der BG';
COMMENT ON COLUMN uv.unternehmen.betriebsnummer IS 'Betriebsnummer der Bundesagentur für Arbeit';
COMMENT ON COLUMN uv.unternehmen.gefahrtarifstelle IS 'Gefahrtarifstelle (Beitragsberechnung)';

CREATE TABLE uv.versicherte_person (
    person_id           bigserial PRIMARY KEY,
    unternehmen_id      bigint REFERENCES uv.unternehmen(unternehmen_id),
    vorname             varchar(80)  NOT NULL,
    nachname            varchar(80)  NOT NULL,
    geburtsname         varchar(80),
    geburtsdatum        date         NOT NULL,
    geschlecht          char(1),
    staatsangehoerigkeit char(3),
    sv_nummer           char(12),
    steuer_id           char(11),
    strasse_hausnr      varchar(120),
    plz                 char(5),
    wohnort             varchar(80),
    telefon_privat      varchar(30),
    email               varchar(150),
    iban                varchar(34),
    taetigkeit          varchar(120),
    eintrittsdatum      date,
    gdb                 smallint,
    angelegt_am         timestamptz  NOT NULL DEFAULT now(),
    geaendert_von       varchar(30)
);
COMMENT ON TABLE uv.versicherte_person IS 'Versicherte (Beschäftigte der Mitgliedsunternehmen)';
COMMENT ON COLUMN uv.versicherte_person.geburtsname IS 'Geburtsname, falls abweichend';
COMMENT ON COLUMN uv.versicherte_person.geschlecht IS 'm/w/d';
COMMENT ON COLUMN uv.versicherte_person.staatsangehoerigkeit IS 'ISO-3166 alpha-3';
COMMENT ON COLUMN uv.versicherte_person.sv_nummer IS 'Rentenversicherungsnummer';
COMMENT ON COLUMN uv.versicherte_person.steuer_id IS 'Steuerliche Identifikationsnummer';
COMMENT ON COLUMN uv.versicherte_person.iban IS 'Konto für Auszahlung Verletztengeld';
COMMENT ON COLUMN uv.versicherte_person.taetigkeit IS 'ausgeübte Tätigkeit im Unternehmen';
COMMENT ON COLUMN uv.versicherte_person.eintrittsdatum IS 'Beschäftigt seit';
COMMENT ON COLUMN uv.versicherte_person.gdb IS 'Grad der Behinderung (Schwerbehindertenausweis)';
COMMENT ON COLUMN uv.versicherte_person.geaendert_von IS 'Kürzel Sachbearbeiter';

CREATE TABLE uv.unfallanzeige (
    anzeige_id              bigserial PRIMARY KEY,
    aktenzeichen            varchar(24) NOT NULL UNIQUE,
    person_id               bigint NOT NULL REFERENCES uv.versicherte_person(person_id),
    unternehmen_id          bigint NOT NULL REFERENCES uv.unternehmen(unternehmen_id),
    unfall_zeitpunkt        timestamp NOT NULL,
    wegeunfall              boolean NOT NULL DEFAULT false,
    unfallort_text          varchar(300),
    unfallort_lat           numeric(9,6),
    unfallort_lon           numeric(9,6),
    hergang                 text,
    verletzte_koerperteile  varchar(200),
    verletzungsart          varchar(200),
    arbeitsunfaehig_ab      date,
    zeuge_name              varchar(120),
    zeuge_telefon           varchar(30),
    alkohol_verdacht        boolean,
    status                  varchar(12) NOT NULL DEFAULT 'NEU',
    eingegangen_am          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE uv.unfallanzeige IS 'Unfallanzeige nach § 193 SGB VII';
COMMENT ON COLUMN uv.unfallanzeige.aktenzeichen IS 'Aktenzeichen der BG';
COMMENT ON COLUMN uv.unfallanzeige.wegeunfall IS 'Unfall auf dem Arbeitsweg';
COMMENT ON COLUMN uv.unfallanzeige.unfallort_text IS 'Unfallort (Freitext)';
COMMENT ON COLUMN uv.unfallanzeige.hergang IS 'Ausführliche Schilderung des Unfallhergangs';
COMMENT ON COLUMN uv.unfallanzeige.arbeitsunfaehig_ab IS 'Beginn der Arbeitsunfähigkeit';
COMMENT ON COLUMN uv.unfallanzeige.alkohol_verdacht IS 'Verdacht auf Alkohol-/Drogeneinfluss';
COMMENT ON COLUMN uv.unfallanzeige.status IS 'NEU, PRUEF, ANERK, ABGEL';

CREATE TABLE uv.darzt_bericht (
    bericht_id          bigserial PRIMARY KEY,
    anzeige_id          bigint NOT NULL REFERENCES uv.unfallanzeige(anzeige_id),
    arzt_lanr           char(9),
    arzt_name           varchar(120),
    praxis_name         varchar(200),
    diagnose_icd10      varchar(10),
    befund              text,
    erstversorgung      text,
    au_bis              date,
    heilverfahren       char(3),
    erstellt_am         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE uv.darzt_bericht IS 'Durchgangsarztbericht (F1000)';
COMMENT ON COLUMN uv.darzt_bericht.arzt_lanr IS 'Lebenslange Arztnummer';
COMMENT ON COLUMN uv.darzt_bericht.befund IS 'Befund / Röntgenergebnis';
COMMENT ON COLUMN uv.darzt_bericht.au_bis IS 'voraussichtlich arbeitsunfähig bis';
COMMENT ON COLUMN uv.darzt_bericht.heilverfahren IS 'AHB = allgemeine, BHB = besondere Heilbehandlung, VAV, SAV';

CREATE TABLE uv.icd10_katalog (
    icd_code            varchar(10) PRIMARY KEY,
    bezeichnung         varchar(300) NOT NULL,
    kapitel             varchar(5),
    gueltig_ab          date
);

CREATE TABLE uv.leistung (
    leistung_id         bigserial PRIMARY KEY,
    person_id           bigint NOT NULL REFERENCES uv.versicherte_person(person_id),
    leistungsart        varchar(10) NOT NULL,
    jav                 numeric(12,2),
    verletztengeld_tag  numeric(8,2),
    mde_prozent         smallint,
    rente_monat         numeric(10,2),
    bescheid_nr         varchar(24),
    bewilligt_am        date,
    sachbearbeiter      varchar(30)
);
COMMENT ON COLUMN uv.leistung.leistungsart IS 'VG = Verletztengeld, REN = Rente, REHA';
COMMENT ON COLUMN uv.leistung.jav IS 'Jahresarbeitsverdienst';
COMMENT ON COLUMN uv.leistung.verletztengeld_tag IS 'Verletztengeld pro Kalendertag';
COMMENT ON COLUMN uv.leistung.mde_prozent IS 'Minderung der Erwerbsfähigkeit in %';
COMMENT ON COLUMN uv.leistung.rente_monat IS 'monatlicher Rentenbetrag';

CREATE TABLE uv.sachbearbeiter (
    sb_id               serial PRIMARY KEY,
    kuerzel             varchar(30) NOT NULL UNIQUE,
    vorname             varchar(80),
    nachname            varchar(80),
    dienst_email        varchar(150),
    durchwahl           varchar(10),
    passwort_hash       varchar(200),
    letzte_ip           inet,
    rolle               varchar(20),
    aktiv               boolean DEFAULT true
);
COMMENT ON COLUMN uv.sachbearbeiter.durchwahl IS 'Telefon-Durchwahl';

CREATE TABLE uv.zugriffsprotokoll (
    log_id              bigserial PRIMARY KEY,
    sb_kuerzel          varchar(30) NOT NULL,
    aktion              varchar(20) NOT NULL,
    objekt_typ          varchar(40),
    objekt_id           bigint,
    zeitpunkt           timestamptz NOT NULL DEFAULT now(),
    client_ip           inet,
    user_agent          varchar(400)
);
COMMENT ON TABLE uv.zugriffsprotokoll IS 'Protokoll der Aktenzugriffe (Datenschutz)';

CREATE TABLE uv.einstellung (
    schluessel          varchar(60) PRIMARY KEY,
    wert                text,
    beschreibung        varchar(300),
    geaendert_am        timestamptz
);
