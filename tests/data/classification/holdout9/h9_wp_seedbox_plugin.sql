-- dialect: mysql
-- Tables created by the "SeedBox Subscriptions" WordPress/WooCommerce add-on
-- (dbDelta() output, prefix wp_sbx_). Monthly boxes of seeds and bulbs,
-- sold as subscriptions or as gifts.

CREATE TABLE `wp_sbx_customer_lookup` (
  `customer_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned DEFAULT NULL,
  `username` varchar(60) NOT NULL DEFAULT '',
  `first_name` varchar(255) NOT NULL,
  `last_name` varchar(255) NOT NULL,
  `email` varchar(100) DEFAULT NULL,
  `date_last_active` timestamp NULL DEFAULT NULL,
  `date_registered` timestamp NULL DEFAULT NULL,
  `country` char(2) NOT NULL DEFAULT '',
  `postcode` varchar(20) NOT NULL DEFAULT '',
  `city` varchar(100) NOT NULL DEFAULT '',
  `state` varchar(100) NOT NULL DEFAULT '',
  PRIMARY KEY (`customer_id`),
  UNIQUE KEY `user_id` (`user_id`),
  KEY `email` (`email`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_customermeta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `sbx_customer_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext,
  PRIMARY KEY (`meta_id`),
  KEY `sbx_customer_id` (`sbx_customer_id`),
  KEY `meta_key` (`meta_key`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_plans` (
  `plan_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `sku` varchar(100) NOT NULL DEFAULT '',
  `plan_name` varchar(200) NOT NULL DEFAULT '',
  `box_size` varchar(20) NOT NULL DEFAULT 'standard',
  `price` decimal(19,4) NOT NULL DEFAULT '0.0000',
  `currency` char(3) NOT NULL DEFAULT 'GBP',
  `interval_count` tinyint(3) unsigned NOT NULL DEFAULT '1',
  `stock_status` varchar(100) NOT NULL DEFAULT 'instock',
  `menu_order` int(11) NOT NULL DEFAULT '0',
  `post_status` varchar(20) NOT NULL DEFAULT 'publish',
  PRIMARY KEY (`plan_id`),
  KEY `sku` (`sku`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_planmeta` (
  `meta_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `sbx_plan_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `meta_key` varchar(255) DEFAULT NULL,
  `meta_value` longtext,
  PRIMARY KEY (`meta_id`),
  KEY `sbx_plan_id` (`sbx_plan_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_subscriptions` (
  `subscription_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint(20) unsigned NOT NULL,
  `plan_id` bigint(20) unsigned NOT NULL,
  `status` varchar(20) NOT NULL DEFAULT 'wc-pending',
  `billing_interval` tinyint(3) unsigned NOT NULL DEFAULT '1',
  `billing_period` varchar(10) NOT NULL DEFAULT 'month',
  `next_payment_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `trial_end_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `payment_method_title` varchar(100) DEFAULT NULL,
  `payment_token_id` bigint(20) unsigned DEFAULT NULL,
  `date_created_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `date_modified_gmt` datetime NOT NULL DEFAULT '0000-00-00 00:00:00',
  `cancelled_reason` text COMMENT 'free text the subscriber typed in the cancel survey',
  PRIMARY KEY (`subscription_id`),
  KEY `customer_id` (`customer_id`),
  KEY `status` (`status`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_payment_tokens` (
  `token_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `gateway_id` varchar(200) NOT NULL,
  `token` text NOT NULL,
  `user_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `type` varchar(200) NOT NULL,
  `is_default` tinyint(1) NOT NULL DEFAULT '0',
  `card_last4` char(4) DEFAULT NULL,
  `card_expiry_month` char(2) DEFAULT NULL,
  `card_expiry_year` char(4) DEFAULT NULL,
  `card_brand` varchar(20) DEFAULT NULL,
  PRIMARY KEY (`token_id`),
  KEY `user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_order_addresses` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint(20) unsigned NOT NULL,
  `address_type` varchar(20) DEFAULT NULL,
  `first_name` text,
  `last_name` text,
  `company` text,
  `address_1` text,
  `address_2` text,
  `city` text,
  `state` text,
  `postcode` text,
  `country` text,
  `email` varchar(320) DEFAULT NULL,
  `phone` varchar(100) DEFAULT NULL,
  `delivery_instructions` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `address_type_order_id` (`address_type`,`order_id`),
  KEY `email` (`email`(191))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_gift_messages` (
  `gift_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint(20) unsigned NOT NULL,
  `recipient_name` varchar(200) NOT NULL,
  `recipient_email` varchar(200) DEFAULT NULL,
  `sender_display_name` varchar(200) DEFAULT NULL,
  `message` text,
  `send_on` date DEFAULT NULL,
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`gift_id`),
  KEY `order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE `wp_sbx_activity_log` (
  `log_id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint(20) unsigned NOT NULL DEFAULT '0',
  `user_login` varchar(60) NOT NULL DEFAULT '',
  `user_role` varchar(50) NOT NULL DEFAULT '',
  `action` varchar(100) NOT NULL,
  `object_type` varchar(50) NOT NULL,
  `object_id` bigint(20) unsigned DEFAULT NULL,
  `ip` varchar(45) NOT NULL DEFAULT '',
  `user_agent` varchar(255) NOT NULL DEFAULT '',
  `created` int(11) NOT NULL DEFAULT '0',
  PRIMARY KEY (`log_id`),
  KEY `user_id` (`user_id`),
  KEY `created` (`created`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
