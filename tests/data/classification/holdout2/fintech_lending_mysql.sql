-- dialect: mysql
-- Consumer cash-loan app: borrower KYC, contacts, device fingerprints,
-- applications, repayment schedules, collections. Terse abbreviated names,
-- English COMMENTs.

CREATE TABLE `brw_borrower` (
  `brw_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `brw_nm` varchar(64) NOT NULL COMMENT 'name as on ID card',
  `id_no` varchar(32) NOT NULL COMMENT 'ID number (encrypted at rest)',
  `id_front_img` varchar(255) DEFAULT NULL COMMENT 'OSS key of ID card front',
  `id_back_img` varchar(255) DEFAULT NULL COMMENT 'OSS key of ID card back',
  `live_img` varchar(255) DEFAULT NULL COMMENT 'liveness-check selfie used for face compare',
  `mob_no` varchar(20) NOT NULL,
  `edu_lvl` tinyint DEFAULT NULL COMMENT '1 primary .. 6 postgraduate',
  `marital_st` tinyint DEFAULT NULL,
  `mthly_inc` decimal(12,2) DEFAULT NULL COMMENT 'self-declared monthly income',
  `inc_proof_key` varchar(255) DEFAULT NULL COMMENT 'payslip / bank statement upload',
  `emp_nm` varchar(128) DEFAULT NULL COMMENT 'employer name',
  `emp_tel` varchar(20) DEFAULT NULL COMMENT 'employer landline for verification',
  `home_addr` varchar(255) DEFAULT NULL,
  `home_prov` varchar(32) DEFAULT NULL,
  `gps_lat` decimal(10,7) DEFAULT NULL COMMENT 'location at application',
  `gps_lng` decimal(10,7) DEFAULT NULL,
  `int_score` smallint DEFAULT NULL COMMENT 'internal risk score',
  `bureau_score` smallint DEFAULT NULL COMMENT 'score from the credit bureau report',
  `bl_hit` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'hit on the industry defaulter blacklist',
  `reg_ts` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`brw_id`),
  UNIQUE KEY `uk_mob` (`mob_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `brw_contact` (
  `ct_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `brw_id` bigint unsigned NOT NULL,
  `ct_nm` varchar(64) DEFAULT NULL,
  `ct_mob` varchar(20) NOT NULL,
  `ct_rel` tinyint DEFAULT NULL COMMENT '1 parent 2 spouse 3 sibling 4 colleague 5 friend',
  `is_emerg` tinyint(1) NOT NULL DEFAULT 0,
  `src` varchar(12) NOT NULL COMMENT 'manual | address_book',
  PRIMARY KEY (`ct_id`)
) ENGINE=InnoDB;

CREATE TABLE `dev_fp` (
  `fp_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `brw_id` bigint unsigned NOT NULL,
  `fp_hash` char(64) NOT NULL COMMENT 'device fingerprint from the risk SDK',
  `imei` varchar(20) DEFAULT NULL,
  `android_id` varchar(20) DEFAULT NULL,
  `idfa` char(36) DEFAULT NULL,
  `wifi_mac` varchar(17) DEFAULT NULL,
  `ip` varchar(45) DEFAULT NULL,
  `os_ver` varchar(32) DEFAULT NULL,
  `app_list_md5` char(32) DEFAULT NULL COMMENT 'digest of the installed-app list',
  `is_emu` tinyint(1) NOT NULL DEFAULT 0 COMMENT 'emulator detected',
  `is_root` tinyint(1) NOT NULL DEFAULT 0,
  `coll_ts` datetime NOT NULL,
  PRIMARY KEY (`fp_id`)
) ENGINE=InnoDB;

CREATE TABLE `ln_app` (
  `app_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `brw_id` bigint unsigned NOT NULL,
  `prod_cd` varchar(16) NOT NULL,
  `req_amt` decimal(12,2) NOT NULL,
  `term_m` tinyint NOT NULL COMMENT 'term in months',
  `purpose_cd` tinyint DEFAULT NULL,
  `decision` char(1) DEFAULT NULL COMMENT 'A approve R reject M manual',
  `rej_rsn_cd` varchar(8) DEFAULT NULL,
  `appr_amt` decimal(12,2) DEFAULT NULL,
  `model_ver` varchar(16) DEFAULT NULL,
  `app_ts` datetime NOT NULL,
  PRIMARY KEY (`app_id`)
) ENGINE=InnoDB;

CREATE TABLE `ln_repay_plan` (
  `plan_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `app_id` bigint unsigned NOT NULL,
  `inst_no` tinyint NOT NULL,
  `due_dt` date NOT NULL,
  `due_prin` decimal(12,2) NOT NULL,
  `due_int` decimal(12,2) NOT NULL,
  `paid_amt` decimal(12,2) NOT NULL DEFAULT 0.00,
  `ovd_days` smallint NOT NULL DEFAULT 0,
  `st` tinyint NOT NULL DEFAULT 0,
  PRIMARY KEY (`plan_id`)
) ENGINE=InnoDB;

CREATE TABLE `coll_call_log` (
  `log_id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `app_id` bigint unsigned NOT NULL,
  `agent_id` int NOT NULL,
  `call_ts` datetime NOT NULL,
  `dialed_no` varchar(20) NOT NULL,
  `rec_url` varchar(255) DEFAULT NULL COMMENT 'call recording',
  `ptp_amt` decimal(12,2) DEFAULT NULL COMMENT 'promise-to-pay amount',
  `note_txt` varchar(1000) DEFAULT NULL,
  PRIMARY KEY (`log_id`)
) ENGINE=InnoDB;

CREATE TABLE `risk_rule` (
  `rule_id` int NOT NULL AUTO_INCREMENT,
  `rule_cd` varchar(16) NOT NULL,
  `rule_desc` varchar(255) DEFAULT NULL,
  `threshold` decimal(10,4) DEFAULT NULL,
  `weight` decimal(6,3) DEFAULT NULL,
  `enabled` tinyint(1) NOT NULL DEFAULT 1,
  `upd_by` varchar(32) DEFAULT NULL,
  `upd_ts` datetime DEFAULT NULL,
  PRIMARY KEY (`rule_id`)
) ENGINE=InnoDB;
