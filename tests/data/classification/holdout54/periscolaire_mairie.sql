-- dialect: mysql
-- Portail Famille : restauration scolaire, accueil périscolaire et centre de loisirs (mairie)
SET NAMES utf8mb4;

CREATE TABLE `famille` (
  `id_famille` int unsigned NOT NULL AUTO_INCREMENT,
  `id_collectivite` smallint unsigned NOT NULL COMMENT 'commune / syndicat intercommunal',
  `nom_resp` varchar(80) NOT NULL COMMENT 'nom du responsable légal 1',
  `prenom_resp` varchar(80) NOT NULL COMMENT 'prénom du responsable légal 1',
  `lien_parente` varchar(20) DEFAULT NULL COMMENT 'mère, père, tuteur, famille d''accueil',
  `adresse` varchar(200) DEFAULT NULL COMMENT 'n° et voie',
  `code_postal` char(5) DEFAULT NULL,
  `commune` varchar(80) DEFAULT NULL,
  `tel_portable` varchar(20) DEFAULT NULL,
  `courriel` varchar(150) DEFAULT NULL,
  `num_allocataire_caf` varchar(10) DEFAULT NULL COMMENT 'numéro allocataire CAF/MSA',
  `quotient_familial` decimal(7,2) DEFAULT NULL COMMENT 'QF calculé par la CAF, sert à la tranche tarifaire',
  `iban_prelevement` varchar(34) DEFAULT NULL COMMENT 'IBAN pour le prélèvement automatique',
  `rum_sepa` varchar(35) DEFAULT NULL COMMENT 'référence unique du mandat SEPA',
  `date_creation` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  `supprime` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id_famille`),
  KEY `idx_famille_nom` (`nom_resp`,`prenom_resp`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='Foyers inscrits au portail famille';

CREATE TABLE `enfant` (
  `id_enfant` int unsigned NOT NULL AUTO_INCREMENT,
  `id_famille` int unsigned NOT NULL,
  `nom` varchar(80) NOT NULL,
  `prenom` varchar(80) NOT NULL,
  `date_naissance` date NOT NULL,
  `sexe` enum('F','M') DEFAULT NULL,
  `classe` varchar(10) DEFAULT NULL COMMENT 'PS, MS, GS, CP ... CM2',
  `id_ecole` int unsigned DEFAULT NULL,
  `allergies` varchar(255) DEFAULT NULL COMMENT 'allergies alimentaires déclarées',
  `pai` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'Projet d''Accueil Individualisé (trouble de santé)',
  `regime_repas` varchar(20) DEFAULT NULL COMMENT 'standard, sans porc, sans viande, végétarien',
  `droit_image` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'autorisation de photographier l''enfant',
  `medecin_traitant` varchar(120) DEFAULT NULL COMMENT 'nom du médecin traitant',
  `date_maj` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_enfant`),
  KEY `fk_enfant_famille` (`id_famille`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `personne_autorisee` (
  `id` int unsigned NOT NULL AUTO_INCREMENT,
  `id_enfant` int unsigned NOT NULL,
  `nom_complet` varchar(160) NOT NULL COMMENT 'personne autorisée à venir chercher l''enfant',
  `telephone` varchar(20) DEFAULT NULL,
  `lien` varchar(40) DEFAULT NULL COMMENT 'grand-parent, voisin, nounou...',
  `interdiction_judiciaire` tinyint(1) NOT NULL DEFAULT 0 COMMENT '1 = décision de justice : NE PAS remettre l''enfant à cette personne',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `ecole` (
  `id_ecole` int unsigned NOT NULL AUTO_INCREMENT,
  `code_uai` char(8) NOT NULL COMMENT 'code UAI (ex-RNE) de l''établissement',
  `nom_ecole` varchar(120) NOT NULL,
  `adresse_ecole` varchar(200) DEFAULT NULL,
  `tel_ecole` varchar(20) DEFAULT NULL,
  `nom_directeur` varchar(120) DEFAULT NULL COMMENT 'directeur/directrice',
  `actif` tinyint(1) NOT NULL DEFAULT 1,
  PRIMARY KEY (`id_ecole`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `activite` (
  `id_activite` int unsigned NOT NULL AUTO_INCREMENT,
  `libelle` varchar(120) NOT NULL COMMENT 'cantine, garderie matin, étude, ALSH mercredi',
  `tranche_age` varchar(20) DEFAULT NULL,
  `tarif_base` decimal(6,2) NOT NULL,
  `places_max` smallint DEFAULT NULL,
  `periode` varchar(20) DEFAULT NULL COMMENT 'année scolaire ou vacances',
  PRIMARY KEY (`id_activite`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `inscription` (
  `id_inscription` int unsigned NOT NULL AUTO_INCREMENT,
  `id_enfant` int unsigned NOT NULL,
  `id_activite` int unsigned NOT NULL,
  `date_debut` date NOT NULL,
  `date_fin` date DEFAULT NULL,
  `jours_semaine` set('lun','mar','mer','jeu','ven') DEFAULT NULL,
  `statut` varchar(12) NOT NULL DEFAULT 'attente',
  `cree_par` varchar(40) DEFAULT NULL COMMENT 'agent ayant saisi',
  `cree_le` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id_inscription`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `pointage` (
  `id_pointage` bigint unsigned NOT NULL AUTO_INCREMENT,
  `id_enfant` int unsigned NOT NULL,
  `horodatage` datetime NOT NULL,
  `type_mvt` char(1) NOT NULL COMMENT 'A = arrivée, D = départ',
  `badge_uid` varchar(20) DEFAULT NULL COMMENT 'UID de la carte sans contact de l''enfant',
  `saisi_par` varchar(40) DEFAULT NULL COMMENT 'animateur (tablette)',
  `commentaire_animateur` varchar(500) DEFAULT NULL COMMENT 'observation sur l''enfant (comportement, incident)',
  PRIMARY KEY (`id_pointage`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `facture` (
  `id_facture` int unsigned NOT NULL AUTO_INCREMENT,
  `num_facture` varchar(20) NOT NULL,
  `id_famille` int unsigned NOT NULL,
  `mois` char(7) NOT NULL COMMENT 'AAAA-MM',
  `montant_ttc` decimal(8,2) NOT NULL,
  `tranche_qf` tinyint DEFAULT NULL COMMENT 'tranche tarifaire appliquée (1 à 8)',
  `statut_paiement` varchar(12) NOT NULL DEFAULT 'emise',
  `date_emission` date NOT NULL,
  PRIMARY KEY (`id_facture`),
  UNIQUE KEY `uk_num_facture` (`num_facture`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `compte_portail` (
  `id_compte` int unsigned NOT NULL AUTO_INCREMENT,
  `id_famille` int unsigned NOT NULL,
  `identifiant` varchar(60) NOT NULL,
  `mot_de_passe` varchar(255) NOT NULL COMMENT 'bcrypt',
  `jeton_reinit` char(64) DEFAULT NULL COMMENT 'jeton de réinitialisation du mot de passe',
  `derniere_connexion` datetime DEFAULT NULL,
  `ip_derniere_connexion` varchar(45) DEFAULT NULL,
  `consentement_rgpd` datetime DEFAULT NULL COMMENT 'date d''acceptation de la politique de confidentialité',
  `langue` char(2) DEFAULT 'fr',
  PRIMARY KEY (`id_compte`),
  UNIQUE KEY `uk_identifiant` (`identifiant`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `parametre` (
  `cle` varchar(60) NOT NULL,
  `valeur` text,
  `description` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`cle`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='paramètres (date limite réservation, délai annulation...)';
