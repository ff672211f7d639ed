-- dialect: mysql
-- 医美连锁 SaaS 客户管理系统（美学中心版） v2.4.1
-- Navicat 导出，已删除 INSERT 数据

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `ym_store`;
CREATE TABLE `ym_store` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL COMMENT '租户ID',
  `store_name` varchar(64) NOT NULL COMMENT '门店名称',
  `address` varchar(255) DEFAULT NULL COMMENT '门店地址',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `service_phone` varchar(20) DEFAULT NULL COMMENT '客服电话',
  `license_no` varchar(64) DEFAULT NULL COMMENT '医疗机构执业许可证登记号',
  `status` tinyint NOT NULL DEFAULT '1' COMMENT '状态 0停业 1营业',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店';

DROP TABLE IF EXISTS `ym_customer`;
CREATE TABLE `ym_customer` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL COMMENT '租户ID',
  `customer_no` varchar(32) NOT NULL COMMENT '客户编号',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名',
  `nick_name` varchar(64) DEFAULT NULL COMMENT '微信昵称',
  `gender` tinyint DEFAULT '0' COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `mp_openid` varchar(64) DEFAULT NULL COMMENT '小程序openid',
  `wx_no` varchar(64) DEFAULT NULL COMMENT '微信号（咨询师加好友用）',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `resident_city` varchar(32) DEFAULT NULL COMMENT '常住城市',
  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证号（分期及术前核验）',
  `occupation` varchar(32) DEFAULT NULL COMMENT '职业',
  `income_range` varchar(16) DEFAULT NULL COMMENT '月收入区间',
  `source_channel` varchar(32) DEFAULT NULL COMMENT '来源渠道：抖音/小红书/转介绍',
  `consultant_id` bigint DEFAULT NULL COMMENT '所属咨询师ID',
  `member_level` tinyint DEFAULT '0' COMMENT '会员等级',
  `points` int DEFAULT '0' COMMENT '积分',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0存在 2删除）',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_tenant_mobile` (`tenant_id`,`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客户档案';

DROP TABLE IF EXISTS `ym_doctor`;
CREATE TABLE `ym_doctor` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `store_id` bigint NOT NULL COMMENT '门店ID',
  `doctor_name` varchar(32) NOT NULL COMMENT '医生姓名',
  `title` varchar(32) DEFAULT NULL COMMENT '职称（主治医师/副主任医师）',
  `practice_cert_no` varchar(32) DEFAULT NULL COMMENT '医师执业证书编码',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `sort` int DEFAULT '0' COMMENT '排序',
  `status` tinyint DEFAULT '1' COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='医生';

DROP TABLE IF EXISTS `ym_project`;
CREATE TABLE `ym_project` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `category_id` bigint DEFAULT NULL COMMENT '分类ID',
  `project_name` varchar(64) NOT NULL COMMENT '项目名称（如：玻尿酸填充）',
  `price` decimal(10,2) NOT NULL COMMENT '标准价',
  `duration_min` int DEFAULT NULL COMMENT '操作时长（分钟）',
  `risk_notice` text COMMENT '风险告知模板',
  `status` tinyint DEFAULT '1' COMMENT '上架状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='项目';

DROP TABLE IF EXISTS `ym_face_assess`;
CREATE TABLE `ym_face_assess` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `doctor_id` bigint DEFAULT NULL COMMENT '面诊医生',
  `assess_time` datetime NOT NULL COMMENT '面诊时间',
  `skin_type` varchar(16) DEFAULT NULL COMMENT '肤质：干性/油性/混合/敏感',
  `face_photo_front` varchar(255) DEFAULT NULL COMMENT '正脸照（AI测肤）',
  `face_3d_model` varchar(255) DEFAULT NULL COMMENT '3D面部扫描文件',
  `demands` varchar(500) DEFAULT NULL COMMENT '求美诉求',
  `allergy_history` varchar(255) DEFAULT NULL COMMENT '过敏史',
  `past_history` varchar(500) DEFAULT NULL COMMENT '既往病史/手术史',
  `is_pregnant` tinyint DEFAULT NULL COMMENT '是否妊娠或哺乳期',
  `doctor_advice` text COMMENT '医生建议方案',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='面诊评估';

DROP TABLE IF EXISTS `ym_order`;
CREATE TABLE `ym_order` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL COMMENT '租户ID',
  `order_sn` varchar(32) NOT NULL COMMENT '订单编号',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `project_id` bigint NOT NULL COMMENT '项目ID',
  `total_amount` decimal(10,2) NOT NULL COMMENT '订单金额',
  `pay_amount` decimal(10,2) DEFAULT NULL COMMENT '实付金额',
  `pay_type` tinyint DEFAULT NULL COMMENT '支付方式 1微信 2支付宝 3分期',
  `pay_time` datetime DEFAULT NULL COMMENT '支付时间',
  `order_status` tinyint DEFAULT '0' COMMENT '订单状态',
  `buyer_remark` varchar(255) DEFAULT NULL COMMENT '客户备注',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '下单时间',
  `create_by` varchar(64) DEFAULT NULL COMMENT '开单人',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_sn` (`order_sn`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='订单';

DROP TABLE IF EXISTS `ym_treatment`;
CREATE TABLE `ym_treatment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_id` bigint NOT NULL COMMENT '订单ID',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `doctor_id` bigint DEFAULT NULL COMMENT '操作医生',
  `treat_time` datetime DEFAULT NULL COMMENT '治疗时间',
  `anesthesia` varchar(32) DEFAULT NULL COMMENT '麻醉方式',
  `dosage` varchar(64) DEFAULT NULL COMMENT '注射剂量（U/ml）',
  `product_batch_no` varchar(32) DEFAULT NULL COMMENT '产品批号',
  `before_photo` varchar(500) DEFAULT NULL COMMENT '术前照片',
  `after_photo` varchar(500) DEFAULT NULL COMMENT '术后照片',
  `complication` varchar(255) DEFAULT NULL COMMENT '不良反应/并发症',
  `nurse_name` varchar(32) DEFAULT NULL COMMENT '配台护士',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='治疗记录';

DROP TABLE IF EXISTS `ym_consent`;
CREATE TABLE `ym_consent` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `treatment_id` bigint NOT NULL COMMENT '治疗记录ID',
  `template_version` varchar(16) DEFAULT NULL COMMENT '知情同意书版本',
  `sign_image` varchar(255) DEFAULT NULL COMMENT '手写签名图片',
  `portrait_authorized` tinyint DEFAULT '0' COMMENT '是否授权案例照片用于宣传',
  `sign_ip` varchar(64) DEFAULT NULL COMMENT '签署IP',
  `signed_at` datetime DEFAULT NULL COMMENT '签署时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子知情同意书';

DROP TABLE IF EXISTS `ym_installment`;
CREATE TABLE `ym_installment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_id` bigint NOT NULL COMMENT '订单ID',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `loan_amount` decimal(10,2) NOT NULL COMMENT '分期金额',
  `periods` tinyint NOT NULL COMMENT '期数',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '还款银行卡号',
  `credit_score` int DEFAULT NULL COMMENT '征信评分',
  `emergency_name` varchar(32) DEFAULT NULL COMMENT '紧急联系人姓名',
  `emergency_mobile` varchar(11) DEFAULT NULL COMMENT '紧急联系人电话',
  `apply_status` tinyint DEFAULT '0' COMMENT '审核状态',
  `apply_time` datetime DEFAULT NULL COMMENT '申请时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='医美分期';

DROP TABLE IF EXISTS `ym_setting`;
CREATE TABLE `ym_setting` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户ID，0为平台级',
  `setting_key` varchar(100) NOT NULL COMMENT '配置项',
  `setting_value` json DEFAULT NULL COMMENT '配置值',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统配置（短信模板、分期费率等）';

DROP TABLE IF EXISTS `ym_oper_log`;
CREATE TABLE `ym_oper_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `module` varchar(50) DEFAULT '' COMMENT '功能模块',
  `operator` varchar(50) DEFAULT '' COMMENT '操作人账号',
  `req_params` text COMMENT '请求参数',
  `ip` varchar(128) DEFAULT '' COMMENT '操作IP',
  `ip_region` varchar(255) DEFAULT '' COMMENT 'IP归属地',
  `oper_time` datetime DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作日志';

SET FOREIGN_KEY_CHECKS = 1;
