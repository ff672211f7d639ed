-- dialect: mysql
-- 典当行综合业务管理系统 v3.2  (多门店 SaaS 版)
-- Navicat 导出，已删除数据

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `pawn_shop`;
CREATE TABLE `pawn_shop` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint(20) NOT NULL DEFAULT 0 COMMENT '租户ID',
  `shop_code` varchar(20) NOT NULL COMMENT '门店编码',
  `shop_name` varchar(100) NOT NULL COMMENT '门店名称',
  `license_no` varchar(50) DEFAULT NULL COMMENT '典当经营许可证编号',
  `legal_person` varchar(30) DEFAULT NULL COMMENT '法定代表人',
  `address` varchar(255) DEFAULT NULL COMMENT '经营地址',
  `service_tel` varchar(20) DEFAULT NULL COMMENT '客服电话',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0存在 2删除）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店';

DROP TABLE IF EXISTS `pawn_staff`;
CREATE TABLE `pawn_staff` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '员工ID',
  `shop_id` bigint(20) NOT NULL COMMENT '所属门店',
  `staff_name` varchar(30) NOT NULL COMMENT '员工姓名',
  `login_account` varchar(30) NOT NULL COMMENT '登录账号',
  `pwd` varchar(100) NOT NULL COMMENT '密码',
  `salt` varchar(20) DEFAULT NULL COMMENT '盐值',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `post` varchar(30) DEFAULT NULL COMMENT '岗位（鉴定师/出纳/业务员/店长）',
  `appraiser_cert_no` varchar(40) DEFAULT NULL COMMENT '鉴定师资格证书编号',
  `entry_date` date DEFAULT NULL COMMENT '入职日期',
  `status` tinyint(4) DEFAULT 1 COMMENT '状态 1在职 0离职',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_login_account` (`login_account`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店员工';

DROP TABLE IF EXISTS `pawn_customer`;
CREATE TABLE `pawn_customer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '当户ID',
  `tenant_id` bigint(20) NOT NULL DEFAULT 0 COMMENT '租户ID',
  `shop_id` bigint(20) NOT NULL COMMENT '建档门店',
  `customer_type` tinyint(4) NOT NULL DEFAULT 1 COMMENT '当户类型 1个人 2企业',
  `real_name` varchar(30) DEFAULT NULL COMMENT '姓名（个人当户）',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `id_card_front_url` varchar(255) DEFAULT NULL COMMENT '身份证人像面照片',
  `id_valid_to` varchar(20) DEFAULT NULL COMMENT '证件有效期至（长期）',
  `gender` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `nation` varchar(20) DEFAULT NULL COMMENT '民族',
  `mobile` varchar(11) DEFAULT NULL COMMENT '联系电话',
  `address` varchar(255) DEFAULT NULL COMMENT '户籍地址（读卡器读取）',
  `occupation` varchar(50) DEFAULT NULL COMMENT '职业',
  `hyzk` char(2) DEFAULT NULL COMMENT '婚姻状况（10未婚 20已婚 40离婚）',
  `income_range` varchar(20) DEFAULT NULL COMMENT '月收入区间',
  `work_unit` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `urgent_contact` varchar(30) DEFAULT NULL COMMENT '紧急联系人',
  `urgent_tel` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '小程序openid',
  `face_photo_url` varchar(255) DEFAULT NULL COMMENT '现场人脸照片',
  `face_feature` blob COMMENT '人脸特征值（比对用）',
  `face_score` decimal(5,2) DEFAULT NULL COMMENT '人证比对得分',
  `company_name` varchar(100) DEFAULT NULL COMMENT '企业名称（企业当户）',
  `credit_code` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `blacklist_flag` char(1) DEFAULT '0' COMMENT '黑名单 0否 1是',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  `create_by` varchar(30) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  PRIMARY KEY (`id`),
  KEY `idx_id_card` (`id_card_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='当户信息';

DROP TABLE IF EXISTS `pawn_ticket`;
CREATE TABLE `pawn_ticket` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ticket_no` varchar(32) NOT NULL COMMENT '当票号',
  `customer_id` bigint(20) NOT NULL COMMENT '当户ID',
  `shop_id` bigint(20) NOT NULL COMMENT '门店ID',
  `pawn_type` tinyint(4) NOT NULL COMMENT '业务类型 1动产 2房地产 3财产权利',
  `loan_amount` decimal(14,2) NOT NULL COMMENT '当金',
  `monthly_rate` decimal(6,4) DEFAULT NULL COMMENT '月利率',
  `fee_rate` decimal(6,4) DEFAULT NULL COMMENT '综合费率',
  `start_date` date NOT NULL COMMENT '典当起始日',
  `end_date` date NOT NULL COMMENT '典当到期日',
  `status` tinyint(4) DEFAULT 1 COMMENT '状态 1在当 2已赎 3续当 4绝当',
  `handler` varchar(30) DEFAULT NULL COMMENT '经办人',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_ticket_no` (`ticket_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='当票';

DROP TABLE IF EXISTS `pawn_item`;
CREATE TABLE `pawn_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ticket_id` bigint(20) NOT NULL COMMENT '当票ID',
  `item_name` varchar(100) NOT NULL COMMENT '当物名称',
  `category` varchar(20) DEFAULT NULL COMMENT '品类（黄金/钻石/名表/奢侈品/3C）',
  `brand` varchar(50) DEFAULT NULL COMMENT '品牌',
  `weight_g` decimal(10,3) DEFAULT NULL COMMENT '重量(克)',
  `appraisal_value` decimal(14,2) DEFAULT NULL COMMENT '估价',
  `serial_no` varchar(60) DEFAULT NULL COMMENT '表号/机身序列号',
  `photo_url` varchar(500) DEFAULT NULL COMMENT '当物照片',
  `storage_location` varchar(30) DEFAULT NULL COMMENT '库位',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='当物明细';

DROP TABLE IF EXISTS `pawn_property`;
CREATE TABLE `pawn_property` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ticket_id` bigint(20) NOT NULL COMMENT '当票ID',
  `property_cert_no` varchar(50) DEFAULT NULL COMMENT '不动产权证号',
  `property_address` varchar(255) DEFAULT NULL COMMENT '房屋坐落',
  `area_sqm` decimal(10,2) DEFAULT NULL COMMENT '建筑面积',
  `owner_name` varchar(30) DEFAULT NULL COMMENT '产权人',
  `co_owner_name` varchar(60) DEFAULT NULL COMMENT '共有人',
  `spouse_consent` char(1) DEFAULT NULL COMMENT '是否已签配偶同意书',
  `evaluated_value` decimal(14,2) DEFAULT NULL COMMENT '评估价值',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='房地产抵押物';

DROP TABLE IF EXISTS `pawn_repayment`;
CREATE TABLE `pawn_repayment` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ticket_id` bigint(20) NOT NULL COMMENT '当票ID',
  `biz_type` tinyint(4) NOT NULL COMMENT '1续当 2赎当 3部分还款',
  `amount` decimal(14,2) NOT NULL COMMENT '金额',
  `pay_channel` varchar(10) DEFAULT NULL COMMENT '支付方式',
  `bank_card_no` varchar(30) DEFAULT NULL COMMENT '付款银行卡号',
  `payer_name` varchar(30) DEFAULT NULL COMMENT '付款人',
  `trade_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='续当/赎当记录';

DROP TABLE IF EXISTS `police_report`;
CREATE TABLE `police_report` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint(20) NOT NULL COMMENT '当户ID',
  `ticket_id` bigint(20) DEFAULT NULL COMMENT '当票ID',
  `batch_no` varchar(32) DEFAULT NULL COMMENT '上报批次号',
  `report_status` tinyint(4) DEFAULT 0 COMMENT '上报状态 0待报 1已报 2失败',
  `compare_result` varchar(100) DEFAULT NULL COMMENT '公安比对结果（在逃/违法犯罪前科命中情况）',
  `hit_flag` char(1) DEFAULT '0' COMMENT '是否命中重点人员',
  `reported_at` datetime DEFAULT NULL COMMENT '上报时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='特种行业治安管理信息上报';

DROP TABLE IF EXISTS `sys_login_log`;
CREATE TABLE `sys_login_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `account` varchar(30) DEFAULT NULL COMMENT '登录账号',
  `ip` varchar(64) DEFAULT NULL COMMENT '登录IP',
  `location` varchar(100) DEFAULT NULL COMMENT '登录地点',
  `browser` varchar(50) DEFAULT NULL COMMENT '浏览器',
  `os` varchar(50) DEFAULT NULL COMMENT '操作系统',
  `success` char(1) DEFAULT '1' COMMENT '是否成功',
  `msg` varchar(255) DEFAULT NULL COMMENT '提示消息',
  `login_time` datetime DEFAULT NULL COMMENT '登录时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统登录日志';

DROP TABLE IF EXISTS `pawn_setting`;
CREATE TABLE `pawn_setting` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `shop_id` bigint(20) DEFAULT NULL COMMENT '门店ID（空为全局）',
  `param_code` varchar(50) NOT NULL COMMENT '参数编码',
  `param_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `description` varchar(200) DEFAULT NULL COMMENT '说明',
  `updated_at` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='业务参数（费率、绝当天数等）';

SET FOREIGN_KEY_CHECKS = 1;
