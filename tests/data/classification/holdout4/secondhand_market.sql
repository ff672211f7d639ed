-- dialect: mysql
-- 二手闲置交易平台：用户、商品、聊天、订单、评价、举报、提现

CREATE TABLE `mk_user` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `nickname` varchar(40) NOT NULL COMMENT '昵称',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `mobile` varchar(20) NOT NULL COMMENT '绑定手机号',
  `real_name` varchar(40) DEFAULT NULL COMMENT '实名姓名',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `zhima_score` smallint DEFAULT NULL COMMENT '芝麻信用分（授权获取）',
  `seller_rating` decimal(3,2) DEFAULT NULL COMMENT '卖家综合评分',
  `deal_count` int NOT NULL DEFAULT 0 COMMENT '成交次数',
  `register_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `last_login_city` varchar(40) DEFAULT NULL COMMENT '最近登录城市',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1正常 2封禁',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户';

CREATE TABLE `mk_category` (
  `id` int NOT NULL AUTO_INCREMENT,
  `parent_id` int NOT NULL DEFAULT 0 COMMENT '上级分类',
  `name` varchar(40) NOT NULL COMMENT '分类名称',
  `sort` int NOT NULL DEFAULT 0 COMMENT '排序',
  `icon` varchar(255) DEFAULT NULL COMMENT '图标',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='商品分类';

CREATE TABLE `mk_listing` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `seller_id` bigint unsigned NOT NULL COMMENT '卖家',
  `title` varchar(100) NOT NULL COMMENT '标题',
  `description` text COMMENT '宝贝描述',
  `price` decimal(10,2) NOT NULL COMMENT '售价',
  `category_id` int NOT NULL COMMENT '分类',
  `condition_grade` varchar(10) DEFAULT NULL COMMENT '成色 全新/九成新',
  `images` json DEFAULT NULL COMMENT '商品图片',
  `location_city` varchar(40) DEFAULT NULL COMMENT '发布城市',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '发布时定位纬度',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '发布时定位经度',
  `view_count` int NOT NULL DEFAULT 0 COMMENT '浏览量',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '1在售 2已售 3下架',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='闲置商品';

CREATE TABLE `mk_chat_message` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `conversation_id` bigint unsigned NOT NULL COMMENT '会话',
  `sender_id` bigint unsigned NOT NULL COMMENT '发送人',
  `receiver_id` bigint unsigned NOT NULL COMMENT '接收人',
  `msg_type` tinyint NOT NULL DEFAULT 1 COMMENT '1文本 2图片 3出价',
  `content` varchar(2000) DEFAULT NULL COMMENT '消息内容',
  `image_url` varchar(255) DEFAULT NULL COMMENT '聊天图片',
  `read_flag` tinyint NOT NULL DEFAULT 0 COMMENT '已读',
  `sent_at` datetime NOT NULL,
  `risk_hit` varchar(100) DEFAULT NULL COMMENT '风控命中词',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='买卖双方聊天消息';

CREATE TABLE `mk_trade_order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_sn` varchar(32) NOT NULL COMMENT '订单编号',
  `listing_id` bigint unsigned NOT NULL,
  `buyer_id` bigint unsigned NOT NULL,
  `amount` decimal(10,2) NOT NULL COMMENT '成交金额',
  `pay_channel` varchar(10) DEFAULT NULL COMMENT '支付渠道',
  `pickup_type` tinyint NOT NULL COMMENT '1快递 2面交',
  `receiver_name` varchar(40) DEFAULT NULL COMMENT '收货人',
  `receiver_phone` varchar(20) DEFAULT NULL COMMENT '收货人电话',
  `receiver_address` varchar(255) DEFAULT NULL COMMENT '收货地址',
  `pickup_spot` varchar(255) DEFAULT NULL COMMENT '面交地点',
  `status` tinyint NOT NULL DEFAULT 0,
  `paid_at` datetime DEFAULT NULL,
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sn` (`order_sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='交易订单';

CREATE TABLE `mk_rating` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `rater_id` bigint unsigned NOT NULL COMMENT '评价人',
  `ratee_id` bigint unsigned NOT NULL COMMENT '被评价人',
  `score` tinyint NOT NULL COMMENT '1-5星',
  `comment` varchar(500) DEFAULT NULL COMMENT '评价内容（公开）',
  `tags` varchar(200) DEFAULT NULL COMMENT '印象标签 如 发货快,好沟通',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='交易互评';

CREATE TABLE `mk_report` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `reporter_id` bigint unsigned NOT NULL COMMENT '举报人',
  `target_user_id` bigint unsigned NOT NULL COMMENT '被举报人',
  `reason_code` varchar(20) NOT NULL COMMENT '举报类型',
  `detail` varchar(1000) DEFAULT NULL COMMENT '举报描述',
  `evidence_urls` varchar(1000) DEFAULT NULL COMMENT '证据截图',
  `handler` varchar(40) DEFAULT NULL COMMENT '处理人',
  `result` varchar(20) DEFAULT NULL COMMENT '处理结果',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='举报';

CREATE TABLE `mk_withdraw_account` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `user_id` bigint unsigned NOT NULL,
  `alipay_account` varchar(64) DEFAULT NULL COMMENT '支付宝账号',
  `account_name` varchar(40) DEFAULT NULL COMMENT '账户实名',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '银行卡号',
  `bank_name` varchar(60) DEFAULT NULL COMMENT '开户行',
  `created_at` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='提现账户';
