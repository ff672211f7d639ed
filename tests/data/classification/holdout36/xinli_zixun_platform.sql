-- dialect: mysql
-- 心理咨询服务平台（小程序 + 咨询师工作台）  v2.3  建表脚本
-- 字符集统一 utf8mb4；逻辑删除字段 deleted；多机构 SaaS 以 tenant_id 区分

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- 来访者用户
-- ----------------------------
DROP TABLE IF EXISTS `psy_user`;
CREATE TABLE `psy_user` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `mobile` varchar(20) NOT NULL COMMENT '手机号（登录账号）',
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称（咨询中对咨询师展示）',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名（实名认证后回填）',
  `gender` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女 3不愿透露',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号（AES加密存储）',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像地址',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信小程序 openid',
  `wx_unionid` varchar(64) DEFAULT NULL COMMENT '微信开放平台 unionid',
  `password` varchar(100) DEFAULT NULL COMMENT '密码（bcrypt）',
  `register_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '账号状态 1正常 2冻结',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_tenant_mobile` (`tenant_id`, `mobile`),
  KEY `idx_openid` (`wx_openid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='来访者用户表';

-- ----------------------------
-- 咨询机构
-- ----------------------------
DROP TABLE IF EXISTS `psy_org`;
CREATE TABLE `psy_org` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '机构ID',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `org_name` varchar(128) NOT NULL COMMENT '机构名称',
  `credit_code` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `address` varchar(255) DEFAULT NULL COMMENT '机构地址',
  `hotline` varchar(32) DEFAULT NULL COMMENT '服务热线',
  `legal_person` varchar(32) DEFAULT NULL COMMENT '法定代表人',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='入驻咨询机构';

-- ----------------------------
-- 咨询师
-- ----------------------------
DROP TABLE IF EXISTS `psy_counselor`;
CREATE TABLE `psy_counselor` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '咨询师ID',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `org_id` bigint DEFAULT NULL COMMENT '所属机构ID',
  `name` varchar(32) NOT NULL COMMENT '咨询师姓名',
  `gender` tinyint DEFAULT NULL COMMENT '性别',
  `avatar` varchar(255) DEFAULT NULL COMMENT '形象照',
  `cert_no` varchar(40) DEFAULT NULL COMMENT '心理咨询师职业资格证书编号',
  `qualification_level` varchar(20) DEFAULT NULL COMMENT '资质等级：二级/三级/注册督导',
  `specialties` varchar(255) DEFAULT NULL COMMENT '擅长领域，逗号分隔',
  `intro` text COMMENT '个人简介（前台展示）',
  `price_per_session` decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT '单次咨询价格(元/50分钟)',
  `years_of_practice` int DEFAULT NULL COMMENT '从业年限',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '结算银行卡号',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '0待审核 1上架 2下架',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`),
  KEY `idx_org` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='咨询师';

-- ----------------------------
-- 心理测评量表（字典）
-- ----------------------------
DROP TABLE IF EXISTS `psy_assessment_scale`;
CREATE TABLE `psy_assessment_scale` (
  `id` int NOT NULL AUTO_INCREMENT,
  `scale_code` varchar(20) NOT NULL COMMENT '量表编码 PHQ9/GAD7/SCL90',
  `scale_name` varchar(64) NOT NULL COMMENT '量表名称',
  `question_count` int NOT NULL DEFAULT 0 COMMENT '题目数',
  `scoring_rule` json DEFAULT NULL COMMENT '计分规则',
  `is_enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT '是否启用',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='测评量表';

-- ----------------------------
-- 测评记录
-- ----------------------------
DROP TABLE IF EXISTS `psy_assessment_record`;
CREATE TABLE `psy_assessment_record` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT '来访者ID',
  `scale_id` int NOT NULL COMMENT '量表ID',
  `answers` json DEFAULT NULL COMMENT '逐题作答 [{q:1,a:2},...]',
  `total_score` int DEFAULT NULL COMMENT '总分',
  `risk_level` varchar(10) DEFAULT NULL COMMENT '风险等级：低/中/高/危机',
  `suicide_item_flag` tinyint(1) DEFAULT 0 COMMENT 'PHQ-9 第9题（自伤/自杀念头）阳性',
  `finish_time` datetime DEFAULT NULL COMMENT '完成时间',
  `report_url` varchar(255) DEFAULT NULL COMMENT 'PDF报告地址',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='测评记录';

-- ----------------------------
-- 咨询预约
-- ----------------------------
DROP TABLE IF EXISTS `psy_appointment`;
CREATE TABLE `psy_appointment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `appointment_no` varchar(32) NOT NULL COMMENT '预约单号',
  `user_id` bigint NOT NULL COMMENT '来访者ID',
  `counselor_id` bigint NOT NULL COMMENT '咨询师ID',
  `service_type` tinyint NOT NULL DEFAULT 1 COMMENT '1视频 2语音 3面询',
  `start_time` datetime NOT NULL COMMENT '开始时间',
  `end_time` datetime NOT NULL COMMENT '结束时间',
  `fee` decimal(10,2) NOT NULL COMMENT '费用',
  `pay_status` tinyint NOT NULL DEFAULT 0 COMMENT '支付状态',
  `consult_topic` varchar(64) DEFAULT NULL COMMENT '咨询议题：情绪/婚恋情感/性心理/家庭/职场',
  `is_first_visit` tinyint(1) DEFAULT 1 COMMENT '是否首次咨询',
  `emergency_contact_name` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `emergency_contact_phone` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `cancel_reason` varchar(255) DEFAULT NULL COMMENT '取消原因（来访者填写）',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime DEFAULT NULL,
  `deleted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_no` (`appointment_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='咨询预约';

-- ----------------------------
-- 咨询记录（仅咨询师本人及督导可见）
-- ----------------------------
DROP TABLE IF EXISTS `psy_session_note`;
CREATE TABLE `psy_session_note` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `appointment_id` bigint NOT NULL COMMENT '预约ID',
  `counselor_id` bigint NOT NULL COMMENT '咨询师ID',
  `session_index` int NOT NULL DEFAULT 1 COMMENT '第几次咨询',
  `chief_complaint` varchar(500) DEFAULT NULL COMMENT '主诉',
  `session_summary` text COMMENT '咨询过程摘要',
  `diagnosis_impression` varchar(255) DEFAULT NULL COMMENT '初步评估印象（非医学诊断）',
  `family_history` varchar(500) DEFAULT NULL COMMENT '家族精神疾病史',
  `sexual_history` varchar(500) DEFAULT NULL COMMENT '性心理/性生活相关情况',
  `substance_use` varchar(255) DEFAULT NULL COMMENT '烟酒及物质使用情况',
  `self_harm_risk` tinyint DEFAULT 0 COMMENT '自伤风险评估 0无 1低 2中 3高',
  `intervention_plan` varchar(500) DEFAULT NULL COMMENT '干预计划/家庭作业',
  `crisis_reported` tinyint(1) DEFAULT 0 COMMENT '是否已启动危机干预上报',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_appt` (`appointment_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='咨询记录';

-- ----------------------------
-- 咨询即时消息
-- ----------------------------
DROP TABLE IF EXISTS `psy_chat_message`;
CREATE TABLE `psy_chat_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `conversation_id` varchar(64) NOT NULL COMMENT '会话ID',
  `sender_id` bigint NOT NULL COMMENT '发送方ID',
  `sender_type` tinyint NOT NULL COMMENT '1来访者 2咨询师 3系统',
  `msg_type` tinyint NOT NULL DEFAULT 1 COMMENT '1文本 2图片 3语音',
  `content` text COMMENT '消息内容',
  `media_url` varchar(255) DEFAULT NULL COMMENT '图片/语音文件地址',
  `read_flag` tinyint(1) DEFAULT 0 COMMENT '已读',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '发送端IP',
  `send_time` datetime(3) NOT NULL COMMENT '发送时间',
  PRIMARY KEY (`id`),
  KEY `idx_conv` (`conversation_id`, `send_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='咨询消息';

-- ----------------------------
-- 支付流水
-- ----------------------------
DROP TABLE IF EXISTS `psy_pay_order`;
CREATE TABLE `psy_pay_order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '支付单号',
  `appointment_id` bigint NOT NULL COMMENT '预约ID',
  `user_id` bigint NOT NULL COMMENT '付款用户',
  `amount` decimal(10,2) NOT NULL COMMENT '实付金额',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT 'wx_lite/alipay',
  `third_trade_no` varchar(64) DEFAULT NULL COMMENT '第三方交易号',
  `paid_time` datetime DEFAULT NULL COMMENT '支付时间',
  `refund_amount` decimal(10,2) DEFAULT 0.00 COMMENT '退款金额',
  `invoice_title` varchar(100) DEFAULT NULL COMMENT '发票抬头',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_no` (`order_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='支付流水';

-- ----------------------------
-- 系统参数
-- ----------------------------
DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `config_key` varchar(100) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `update_by` varchar(64) DEFAULT NULL COMMENT '更新者',
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

SET FOREIGN_KEY_CHECKS = 1;
