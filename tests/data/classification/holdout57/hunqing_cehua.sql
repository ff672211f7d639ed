-- dialect: mysql
-- 喜事汇 婚庆策划 SaaS（多门店）

SET NAMES utf8mb4;

CREATE TABLE `wp_tenant` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '门店ID',
  `tenant_name` varchar(100) NOT NULL COMMENT '门店名称',
  `license_no` varchar(32) DEFAULT NULL COMMENT '统一社会信用代码',
  `legal_person` varchar(32) DEFAULT NULL COMMENT '法定代表人',
  `contact_phone` varchar(20) DEFAULT NULL COMMENT '门店座机',
  `address` varchar(255) DEFAULT NULL COMMENT '门店地址',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='租户/门店';

CREATE TABLE `wp_customer` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL COMMENT '租户ID',
  `groom_name` varchar(32) DEFAULT NULL COMMENT '新郎姓名',
  `groom_mobile` varchar(20) DEFAULT NULL COMMENT '新郎手机',
  `groom_id_card` varchar(18) DEFAULT NULL COMMENT '新郎身份证号（签合同用）',
  `bride_name` varchar(32) DEFAULT NULL COMMENT '新娘姓名',
  `bride_mobile` varchar(20) DEFAULT NULL COMMENT '新娘手机',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '小程序openid',
  `source_channel` varchar(20) DEFAULT NULL COMMENT '来源渠道：抖音/婚博会/转介绍',
  `budget_range` varchar(20) DEFAULT NULL COMMENT '预算区间（如5-8万）',
  `wedding_date` date DEFAULT NULL COMMENT '婚期',
  `hometown` varchar(64) DEFAULT NULL COMMENT '籍贯（用于婚俗习惯）',
  `remark` varchar(500) DEFAULT NULL COMMENT '客户需求备注',
  `del_flag` tinyint(1) DEFAULT '0' COMMENT '删除标志',
  `create_by` varchar(64) DEFAULT NULL COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_tenant` (`tenant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客户（新人）';

CREATE TABLE `wp_package` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `name` varchar(64) NOT NULL COMMENT '套餐名称',
  `price` decimal(10,2) NOT NULL COMMENT '套餐价格',
  `description` text COMMENT '套餐说明',
  `cover_img` varchar(255) DEFAULT NULL COMMENT '封面图',
  `sort` int DEFAULT '0' COMMENT '排序',
  `status` tinyint DEFAULT '1' COMMENT '0下架 1上架',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='婚礼套餐';

CREATE TABLE `wp_order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tenant_id` bigint NOT NULL COMMENT '租户ID',
  `order_sn` varchar(32) NOT NULL COMMENT '合同编号',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `package_id` bigint DEFAULT NULL COMMENT '套餐ID',
  `venue_name` varchar(100) DEFAULT NULL COMMENT '酒店/场地名称',
  `banquet_tables` int DEFAULT NULL COMMENT '桌数',
  `total_amount` decimal(10,2) DEFAULT NULL COMMENT '合同总额',
  `deposit_amount` decimal(10,2) DEFAULT NULL COMMENT '定金',
  `status` tinyint DEFAULT '0' COMMENT '0意向 1签约 2执行中 3完成 4取消',
  `planner_id` bigint DEFAULT NULL COMMENT '策划师ID',
  `contract_url` varchar(255) DEFAULT NULL COMMENT '电子合同文件',
  `ext_json` json DEFAULT NULL COMMENT '扩展字段',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `deleted` bit(1) DEFAULT b'0',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sn` (`order_sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='婚礼订单/合同';

CREATE TABLE `wp_guest` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL COMMENT '订单ID',
  `guest_name` varchar(32) NOT NULL COMMENT '宾客姓名',
  `relation` varchar(20) DEFAULT NULL COMMENT '与新人关系',
  `phone` varchar(20) DEFAULT NULL COMMENT '手机号（发电子请柬）',
  `table_no` varchar(8) DEFAULT NULL COMMENT '桌号',
  `diet_note` varchar(100) DEFAULT NULL COMMENT '忌口/过敏/清真',
  `rsvp_status` tinyint DEFAULT '0' COMMENT '回执状态',
  `companions` tinyint DEFAULT '0' COMMENT '随行人数',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='宾客名单';

CREATE TABLE `wp_staff` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tenant_id` bigint NOT NULL,
  `username` varchar(32) NOT NULL COMMENT '登录账号',
  `password` varchar(100) NOT NULL COMMENT '密码',
  `salt` varchar(20) DEFAULT NULL COMMENT '盐',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `role` varchar(16) DEFAULT NULL COMMENT '角色：策划/主持/摄影/化妆',
  `commission_rate` decimal(5,2) DEFAULT NULL COMMENT '提成比例%',
  `salary_card_no` varchar(32) DEFAULT NULL COMMENT '工资卡号',
  `status` tinyint DEFAULT '1' COMMENT '状态',
  `last_login_ip` varchar(64) DEFAULT NULL COMMENT '最后登录IP',
  `last_login_time` datetime DEFAULT NULL COMMENT '最后登录时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='员工（策划师/主持人/摄影师）';

CREATE TABLE `wp_payment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付渠道',
  `trade_no` varchar(64) DEFAULT NULL COMMENT '第三方交易号',
  `amount` decimal(10,2) NOT NULL COMMENT '金额',
  `payer_name` varchar(32) DEFAULT NULL COMMENT '付款人姓名',
  `payer_account` varchar(64) DEFAULT NULL COMMENT '付款账号（对公转账时为公司账户）',
  `pay_time` datetime DEFAULT NULL COMMENT '支付时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='收款流水';

CREATE TABLE `wp_photo` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `file_url` varchar(255) NOT NULL COMMENT '婚纱照/跟拍原片地址',
  `face_feature` blob COMMENT '人脸特征值（AI选片用）',
  `shoot_spot` varchar(100) DEFAULT NULL COMMENT '拍摄景点',
  `taken_at` datetime DEFAULT NULL COMMENT '拍摄时间',
  `allow_showcase` tinyint DEFAULT '0' COMMENT '是否授权门店作为样片展示',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='照片素材';

CREATE TABLE `wp_review` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `customer_id` bigint NOT NULL,
  `star` tinyint DEFAULT '5' COMMENT '评分',
  `content` varchar(1000) DEFAULT NULL COMMENT '评价内容',
  `images` varchar(1000) DEFAULT NULL COMMENT '评价图片',
  `reply` varchar(500) DEFAULT NULL COMMENT '商家回复',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='评价';

CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';
