-- dialect: mysql
-- Dating / social app (MySQL, English COMMENTs).
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE `members` (
  `member_id` bigint NOT NULL AUTO_INCREMENT,
  `handle` varchar(30) NOT NULL COMMENT 'public @handle',
  `given_name` varchar(50) DEFAULT NULL COMMENT 'shown on profile card',
  `email` varchar(120) NOT NULL,
  `phone_e164` varchar(16) DEFAULT NULL,
  `pwd_hash` char(60) NOT NULL COMMENT 'bcrypt',
  `dob` date NOT NULL,
  `gender_identity` varchar(20) DEFAULT NULL,
  `interested_in` set('men','women','nonbinary') DEFAULT NULL COMMENT 'genders the member wants to see',
  `sexual_orientation` varchar(20) DEFAULT NULL,
  `last_lat` decimal(9,6) DEFAULT NULL,
  `last_lng` decimal(9,6) DEFAULT NULL,
  `display_city` varchar(60) DEFAULT NULL,
  `max_distance_km` smallint DEFAULT 50 COMMENT 'discovery radius setting',
  `is_premium` tinyint(1) DEFAULT 0,
  `push_token` varchar(255) DEFAULT NULL COMMENT 'FCM/APNs device token',
  `signup_ts` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB;

CREATE TABLE `profiles` (
  `member_id` bigint NOT NULL,
  `bio` varchar(500) DEFAULT NULL,
  `height_cm` smallint DEFAULT NULL,
  `religion` varchar(30) DEFAULT NULL,
  `politics` varchar(20) DEFAULT NULL,
  `ethnicity` varchar(40) DEFAULT NULL,
  `relationship_goal` varchar(20) DEFAULT NULL COMMENT 'long-term, casual, friends',
  `kinks` varchar(300) DEFAULT NULL COMMENT 'opt-in adult section',
  `hiv_status` varchar(12) DEFAULT NULL,
  `smoking` varchar(10) DEFAULT NULL,
  `has_children` tinyint(1) DEFAULT NULL,
  `zodiac` varchar(12) DEFAULT NULL,
  `school` varchar(100) DEFAULT NULL,
  `job` varchar(100) DEFAULT NULL,
  `instagram_handle` varchar(30) DEFAULT NULL,
  PRIMARY KEY (`member_id`)
) ENGINE=InnoDB;

CREATE TABLE `photos` (
  `photo_id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL,
  `cdn_url` varchar(255) NOT NULL,
  `position` tinyint NOT NULL,
  `face_vector` blob COMMENT 'embedding for selfie verification',
  `moderation_state` varchar(12) DEFAULT 'pending',
  `uploaded_ts` datetime DEFAULT NULL,
  PRIMARY KEY (`photo_id`)
) ENGINE=InnoDB;

CREATE TABLE `swipes` (
  `swiper_id` bigint NOT NULL,
  `target_id` bigint NOT NULL,
  `liked` tinyint(1) NOT NULL,
  `swiped_ts` datetime NOT NULL,
  PRIMARY KEY (`swiper_id`, `target_id`)
) ENGINE=InnoDB;

CREATE TABLE `messages` (
  `msg_id` bigint NOT NULL AUTO_INCREMENT,
  `match_id` bigint NOT NULL,
  `sender_id` bigint NOT NULL,
  `body` text,
  `media_url` varchar(255) DEFAULT NULL,
  `sent_ts` datetime NOT NULL,
  `read_ts` datetime DEFAULT NULL,
  `deleted` tinyint(1) DEFAULT 0,
  PRIMARY KEY (`msg_id`)
) ENGINE=InnoDB;

CREATE TABLE `abuse_reports` (
  `report_id` bigint NOT NULL AUTO_INCREMENT,
  `reporter_id` bigint NOT NULL,
  `reported_id` bigint NOT NULL,
  `reason_code` varchar(20) NOT NULL,
  `details` text,
  `resolution` varchar(20) DEFAULT NULL,
  `handled_by` varchar(40) DEFAULT NULL,
  PRIMARY KEY (`report_id`)
) ENGINE=InnoDB;

CREATE TABLE `prompt_catalog` (
  `prompt_id` int NOT NULL AUTO_INCREMENT,
  `prompt_text` varchar(200) NOT NULL COMMENT 'e.g. My ideal Sunday is...',
  `locale` varchar(10) NOT NULL,
  `active` tinyint(1) DEFAULT 1,
  PRIMARY KEY (`prompt_id`)
) ENGINE=InnoDB;
