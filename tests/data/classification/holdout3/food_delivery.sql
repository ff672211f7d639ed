-- dialect: mysql
-- 外卖平台：顾客、骑手、收货地址、订单、骑手定位、评价

CREATE TABLE `fd_customer` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `mobile` varchar(20) NOT NULL COMMENT '手机号',
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称',
  `avatar` varchar(500) DEFAULT NULL COMMENT '头像',
  `gender` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `register_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备号(IMEI/IDFA)',
  `vip_level` tinyint NOT NULL DEFAULT 0 COMMENT '会员等级',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1正常 0冻结',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='顾客';

CREATE TABLE `fd_address` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `customer_id` bigint unsigned NOT NULL COMMENT '顾客ID',
  `contact_name` varchar(32) NOT NULL COMMENT '联系人',
  `contact_gender` tinyint DEFAULT NULL COMMENT '称呼 1先生 2女士',
  `contact_phone` varchar(20) NOT NULL COMMENT '联系电话',
  `province` varchar(20) DEFAULT NULL COMMENT '省',
  `city` varchar(20) DEFAULT NULL COMMENT '市',
  `district` varchar(20) DEFAULT NULL COMMENT '区/县',
  `poi_name` varchar(100) DEFAULT NULL COMMENT '小区/大厦名称',
  `house_number` varchar(64) DEFAULT NULL COMMENT '门牌号，如 3号楼2单元501',
  `tag` varchar(10) DEFAULT NULL COMMENT '标签：家/公司/学校',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否默认',
  PRIMARY KEY (`id`),
  KEY `idx_customer` (`customer_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='收货地址';

CREATE TABLE `fd_merchant` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `shop_name` varchar(100) NOT NULL COMMENT '店铺名称',
  `shop_phone` varchar(20) DEFAULT NULL COMMENT '店铺电话',
  `shop_address` varchar(200) DEFAULT NULL COMMENT '店铺地址',
  `business_license_no` varchar(32) DEFAULT NULL COMMENT '营业执照注册号',
  `legal_person_name` varchar(32) DEFAULT NULL COMMENT '法人姓名',
  `legal_person_id_card` varchar(18) DEFAULT NULL COMMENT '法人身份证号',
  `category_id` int DEFAULT NULL COMMENT '经营品类',
  `min_order_amount` decimal(8,2) DEFAULT 0.00 COMMENT '起送价',
  `avg_score` decimal(2,1) DEFAULT 5.0 COMMENT '店铺评分',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '店铺经度',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '店铺纬度',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='商家';

CREATE TABLE `fd_rider` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `real_name` varchar(32) NOT NULL COMMENT '真实姓名',
  `mobile` varchar(20) NOT NULL COMMENT '手机号',
  `id_card_no` varchar(18) NOT NULL COMMENT '身份证号',
  `id_card_front_url` varchar(500) DEFAULT NULL COMMENT '身份证人像面照片',
  `health_cert_no` varchar(40) DEFAULT NULL COMMENT '健康证编号',
  `emergency_contact` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `emergency_phone` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '收款银行卡号',
  `station_id` int DEFAULT NULL COMMENT '所属站点',
  `vehicle_type` tinyint DEFAULT 1 COMMENT '交通工具 1电动车 2摩托 3自行车',
  `work_status` tinyint NOT NULL DEFAULT 0 COMMENT '接单状态 0休息 1接单中',
  `current_lng` decimal(10,6) DEFAULT NULL COMMENT '当前位置经度',
  `current_lat` decimal(10,6) DEFAULT NULL COMMENT '当前位置纬度',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='骑手';

CREATE TABLE `fd_order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_sn` varchar(32) NOT NULL COMMENT '订单编号',
  `customer_id` bigint unsigned NOT NULL,
  `merchant_id` bigint unsigned NOT NULL,
  `rider_id` bigint unsigned DEFAULT NULL,
  `receiver_name` varchar(32) NOT NULL COMMENT '收货人',
  `receiver_phone` varchar(20) NOT NULL COMMENT '收货人电话',
  `privacy_phone` varchar(20) DEFAULT NULL COMMENT '隐私号(虚拟号)，骑手联系用',
  `receiver_address` varchar(255) NOT NULL COMMENT '收货地址快照',
  `remark` varchar(255) DEFAULT NULL COMMENT '订单备注，如少放辣',
  `tableware_count` tinyint DEFAULT 0 COMMENT '餐具份数',
  `goods_amount` decimal(10,2) NOT NULL COMMENT '商品金额',
  `delivery_fee` decimal(6,2) NOT NULL DEFAULT 0.00 COMMENT '配送费',
  `pay_amount` decimal(10,2) NOT NULL COMMENT '实付金额',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付方式',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '订单状态',
  `expected_arrive_time` datetime DEFAULT NULL COMMENT '预计送达时间',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '下单时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_sn` (`order_sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='外卖订单';

CREATE TABLE `fd_rider_location` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `rider_id` bigint unsigned NOT NULL,
  `order_id` bigint unsigned DEFAULT NULL COMMENT '配送中订单',
  `lng` decimal(10,6) NOT NULL COMMENT '经度',
  `lat` decimal(10,6) NOT NULL COMMENT '纬度',
  `speed` decimal(5,2) DEFAULT NULL COMMENT '速度 km/h',
  `accuracy` smallint DEFAULT NULL COMMENT '定位精度(米)',
  `battery` tinyint DEFAULT NULL COMMENT '手机电量',
  `reported_at` datetime(3) NOT NULL COMMENT '上报时间',
  PRIMARY KEY (`id`),
  KEY `idx_rider_time` (`rider_id`, `reported_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='骑手轨迹点，每10秒上报';

CREATE TABLE `fd_review` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT,
  `order_id` bigint unsigned NOT NULL,
  `customer_id` bigint unsigned NOT NULL,
  `taste_score` tinyint NOT NULL COMMENT '口味评分 1-5',
  `rider_score` tinyint DEFAULT NULL COMMENT '骑手评分 1-5',
  `content` varchar(1000) DEFAULT NULL COMMENT '评价内容',
  `pic_urls` varchar(2000) DEFAULT NULL COMMENT '晒图，逗号分隔',
  `is_anonymous` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否匿名',
  `merchant_reply` varchar(500) DEFAULT NULL COMMENT '商家回复',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单评价';
