-- dialect: mysql
-- 殡葬服务一体化管理平台 建表脚本 v2.3
-- 说明：多馆部署，tenant_id 区分各殡仪馆

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `fh_org_branch`;
CREATE TABLE `fh_org_branch` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户编号',
  `branch_name` varchar(100) NOT NULL COMMENT '馆名称',
  `license_no` varchar(50) DEFAULT NULL COMMENT '殡葬服务许可证号',
  `address` varchar(255) DEFAULT NULL COMMENT '馆址',
  `service_hotline` varchar(20) DEFAULT NULL COMMENT '24小时服务热线',
  `legal_person` varchar(30) DEFAULT NULL COMMENT '法定代表人',
  `longitude` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `latitude` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updated_at` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '删除标志 0否 1是',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='殡仪馆/分馆';

DROP TABLE IF EXISTS `fh_deceased`;
CREATE TABLE `fh_deceased` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户编号',
  `case_no` varchar(32) NOT NULL COMMENT '业务受理编号',
  `deceased_name` varchar(50) NOT NULL COMMENT '逝者姓名',
  `gender` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `age` smallint DEFAULT NULL COMMENT '享年',
  `death_time` datetime DEFAULT NULL COMMENT '死亡时间',
  `death_cause` varchar(200) DEFAULT NULL COMMENT '死亡原因',
  `death_place` varchar(200) DEFAULT NULL COMMENT '死亡地点',
  `ethnicity` varchar(20) DEFAULT NULL COMMENT '民族',
  `religion` varchar(20) DEFAULT NULL COMMENT '宗教信仰(用于安排礼仪)',
  `domicile_address` varchar(255) DEFAULT NULL COMMENT '户籍地址',
  `death_cert_no` varchar(40) DEFAULT NULL COMMENT '居民死亡医学证明书编号',
  `infectious_flag` tinyint(1) DEFAULT '0' COMMENT '是否传染病死亡',
  `body_condition` varchar(50) DEFAULT NULL COMMENT '遗体状况(完整/需整容/高度腐败)',
  `created_by` varchar(64) DEFAULT NULL COMMENT '创建人',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '删除标志',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_case_no` (`case_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='逝者信息';

DROP TABLE IF EXISTS `fh_client`;
CREATE TABLE `fh_client` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户编号',
  `deceased_id` bigint NOT NULL COMMENT '逝者ID',
  `client_name` varchar(50) NOT NULL COMMENT '委托人姓名',
  `relation` varchar(20) DEFAULT NULL COMMENT '与逝者关系',
  `mobile` varchar(11) NOT NULL COMMENT '手机号码',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `address` varchar(255) DEFAULT NULL COMMENT '联系地址',
  `id_card_img` varchar(255) DEFAULT NULL COMMENT '身份证正反面照片URL',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `work_unit` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updated_at` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`),
  KEY `idx_deceased_id` (`deceased_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='委托人(丧属)';

DROP TABLE IF EXISTS `fh_service_item`;
CREATE TABLE `fh_service_item` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `item_code` varchar(20) NOT NULL COMMENT '项目编码',
  `item_name` varchar(100) NOT NULL COMMENT '项目名称',
  `category` varchar(20) NOT NULL COMMENT '类别:接运/防腐/告别/火化/寄存',
  `unit_price` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '单价(元)',
  `unit` varchar(10) DEFAULT '次' COMMENT '计量单位',
  `is_basic` tinyint(1) DEFAULT '0' COMMENT '是否惠民基本殡葬服务',
  `sort_no` int DEFAULT '0' COMMENT '排序',
  `status` tinyint DEFAULT '1' COMMENT '状态 1启用 0停用',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='殡葬服务项目';

DROP TABLE IF EXISTS `fh_order`;
CREATE TABLE `fh_order` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户编号',
  `order_no` varchar(32) NOT NULL COMMENT '订单号',
  `deceased_id` bigint NOT NULL COMMENT '逝者ID',
  `client_id` bigint NOT NULL COMMENT '委托人ID',
  `pickup_address` varchar(255) DEFAULT NULL COMMENT '遗体接运地址',
  `pickup_time` datetime DEFAULT NULL COMMENT '接运时间',
  `farewell_hall` varchar(50) DEFAULT NULL COMMENT '告别厅',
  `total_amount` decimal(12,2) NOT NULL DEFAULT '0.00' COMMENT '订单总金额',
  `subsidy_amount` decimal(12,2) DEFAULT '0.00' COMMENT '惠民减免金额',
  `subsidy_type` varchar(20) DEFAULT NULL COMMENT '减免对象类型:低保/特困/优抚对象/重度残疾',
  `pay_status` tinyint DEFAULT '0' COMMENT '支付状态',
  `handler` varchar(64) DEFAULT NULL COMMENT '经办人',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updated_at` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `idx_order_no` (`order_no`),
  KEY `idx_deceased_id` (`deceased_id`),
  KEY `idx_client_id` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='业务订单';

DROP TABLE IF EXISTS `fh_cremation_record`;
CREATE TABLE `fh_cremation_record` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_id` bigint NOT NULL COMMENT '订单ID',
  `furnace_no` varchar(10) DEFAULT NULL COMMENT '火化炉号',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `operator_name` varchar(30) DEFAULT NULL COMMENT '火化工',
  `cert_no` varchar(40) DEFAULT NULL COMMENT '火化证明编号',
  `pacemaker_removed` tinyint(1) DEFAULT NULL COMMENT '心脏起搏器是否已取出',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`),
  KEY `idx_order_id` (`order_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='火化记录';

DROP TABLE IF EXISTS `fh_niche`;
CREATE TABLE `fh_niche` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `area_code` varchar(10) NOT NULL COMMENT '区域',
  `row_no` int NOT NULL COMMENT '排号',
  `col_no` int NOT NULL COMMENT '列号',
  `niche_type` varchar(20) DEFAULT NULL COMMENT '格位类型',
  `price` decimal(10,2) DEFAULT NULL COMMENT '寄存费/年',
  `status` tinyint DEFAULT '0' COMMENT '0空闲 1已用 2预留',
  `deceased_id` bigint DEFAULT NULL COMMENT '逝者ID',
  `holder_client_id` bigint DEFAULT NULL COMMENT '寄存人ID',
  `expire_date` date DEFAULT NULL COMMENT '寄存到期日',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_deceased_id` (`deceased_id`),
  KEY `idx_holder_client_id` (`holder_client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='骨灰寄存格位';

DROP TABLE IF EXISTS `fh_memorial_message`;
CREATE TABLE `fh_memorial_message` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `deceased_id` bigint NOT NULL COMMENT '逝者ID',
  `visitor_nickname` varchar(50) DEFAULT NULL COMMENT '祭扫人昵称',
  `visitor_avatar` varchar(255) DEFAULT NULL COMMENT '祭扫人头像',
  `visitor_openid` varchar(64) DEFAULT NULL COMMENT '祭扫人openid',
  `content` varchar(1000) DEFAULT NULL COMMENT '留言内容',
  `offering_type` varchar(20) DEFAULT NULL COMMENT '祭品类型:献花/点烛/敬酒',
  `ip_addr` varchar(45) DEFAULT NULL COMMENT '留言IP',
  `audit_status` tinyint DEFAULT '0' COMMENT '审核状态',
  `created_at` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '留言时间',
  PRIMARY KEY (`id`),
  KEY `idx_deceased_id` (`deceased_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='网上祭扫留言';

DROP TABLE IF EXISTS `fh_staff`;
CREATE TABLE `fh_staff` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户编号',
  `branch_id` bigint DEFAULT NULL COMMENT '所属馆ID',
  `staff_no` varchar(20) DEFAULT NULL COMMENT '工号',
  `real_name` varchar(30) NOT NULL COMMENT '姓名',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `post` varchar(30) DEFAULT NULL COMMENT '岗位(礼仪师/遗体整容师/火化工)',
  `qualification_cert_no` varchar(40) DEFAULT NULL COMMENT '殡葬服务职业资格证书编号',
  `hire_date` date DEFAULT NULL COMMENT '入职日期',
  `login_name` varchar(30) NOT NULL COMMENT '登录账号',
  `password` varchar(100) NOT NULL COMMENT '密码(BCrypt)',
  `status` tinyint DEFAULT '1' COMMENT '状态',
  PRIMARY KEY (`id`),
  KEY `idx_branch_id` (`branch_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='员工';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `config_key` varchar(100) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '说明',
  `updated_at` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='系统参数';

