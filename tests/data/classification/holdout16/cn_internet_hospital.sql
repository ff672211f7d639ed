-- dialect: mysql
-- 康安互联网医院 在线问诊平台 数据库结构
-- 版本 3.1  字符集 utf8mb4

SET NAMES utf8mb4;

DROP TABLE IF EXISTS `ih_user`;
CREATE TABLE `ih_user` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `mobile` varchar(20) NOT NULL COMMENT '登录手机号',
  `password_hash` varchar(100) DEFAULT NULL COMMENT '登录密码(bcrypt)',
  `salt` varchar(32) DEFAULT NULL COMMENT '密码盐',
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信小程序openid',
  `wx_unionid` varchar(64) DEFAULT NULL COMMENT '微信开放平台unionid',
  `register_channel` varchar(20) DEFAULT NULL COMMENT '注册渠道：APP/小程序/H5',
  `last_login_ip` varchar(45) DEFAULT NULL COMMENT '最后登录IP',
  `last_login_time` datetime DEFAULT NULL COMMENT '最后登录时间',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '账号状态 1正常 0冻结',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `is_deleted` tinyint NOT NULL DEFAULT 0 COMMENT '逻辑删除',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='平台用户账号';

DROP TABLE IF EXISTS `ih_patient`;
CREATE TABLE `ih_patient` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '就诊人ID',
  `user_id` bigint NOT NULL COMMENT '所属账号ID',
  `real_name` varchar(32) NOT NULL COMMENT '就诊人真实姓名',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `gender` tinyint DEFAULT NULL COMMENT '性别 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `age` int DEFAULT NULL COMMENT '年龄',
  `relation` varchar(10) DEFAULT NULL COMMENT '与账号本人关系：本人/父母/子女/配偶/其他',
  `phone` varchar(20) DEFAULT NULL COMMENT '就诊人联系电话',
  `province` varchar(20) DEFAULT NULL COMMENT '省',
  `city` varchar(20) DEFAULT NULL COMMENT '市',
  `district` varchar(20) DEFAULT NULL COMMENT '区县',
  `address_detail` varchar(200) DEFAULT NULL COMMENT '详细地址（药品配送）',
  `medical_insurance_no` varchar(32) DEFAULT NULL COMMENT '医保卡号',
  `allergy_history` varchar(500) DEFAULT NULL COMMENT '过敏史',
  `past_history` varchar(1000) DEFAULT NULL COMMENT '既往病史',
  `is_default` tinyint DEFAULT 0 COMMENT '是否默认就诊人',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='就诊人档案';

DROP TABLE IF EXISTS `ih_hospital`;
CREATE TABLE `ih_hospital` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '医院ID',
  `hospital_name` varchar(100) NOT NULL COMMENT '医院名称',
  `address` varchar(200) DEFAULT NULL COMMENT '医院地址',
  `tel` varchar(30) DEFAULT NULL COMMENT '医院总机',
  `license_no` varchar(50) DEFAULT NULL COMMENT '医疗机构执业许可证登记号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='实体医院';

DROP TABLE IF EXISTS `ih_doctor`;
CREATE TABLE `ih_doctor` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '医生ID',
  `hospital_id` int NOT NULL COMMENT '执业医院',
  `dept_id` int DEFAULT NULL COMMENT '科室ID',
  `doctor_name` varchar(32) NOT NULL COMMENT '医生姓名',
  `title` varchar(20) DEFAULT NULL COMMENT '职称：主任医师/副主任医师/主治医师',
  `practice_cert_no` varchar(30) DEFAULT NULL COMMENT '医师执业证书编码',
  `good_at` varchar(300) DEFAULT NULL COMMENT '擅长领域',
  `intro` text COMMENT '医生简介（对外展示）',
  `photo_url` varchar(255) DEFAULT NULL COMMENT '医生照片',
  `consult_fee` decimal(8,2) DEFAULT NULL COMMENT '图文问诊价格',
  `rating_score` decimal(3,2) DEFAULT NULL COMMENT '综合评分',
  `online_status` tinyint DEFAULT 0 COMMENT '在线状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='入驻医生';

DROP TABLE IF EXISTS `ih_consultation`;
CREATE TABLE `ih_consultation` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `consult_no` varchar(32) NOT NULL COMMENT '问诊单号',
  `patient_id` bigint NOT NULL COMMENT '就诊人ID',
  `doctor_id` bigint NOT NULL COMMENT '接诊医生ID',
  `consult_type` tinyint NOT NULL COMMENT '问诊类型 1图文 2电话 3视频 4复诊续方',
  `chief_complaint` varchar(500) DEFAULT NULL COMMENT '主诉',
  `illness_desc` text COMMENT '病情描述',
  `symptom_images` varchar(2000) DEFAULT NULL COMMENT '患处/检查报告照片，逗号分隔',
  `duration_of_illness` varchar(20) DEFAULT NULL COMMENT '患病时长',
  `is_pregnant` tinyint DEFAULT NULL COMMENT '是否怀孕/备孕',
  `pay_amount` decimal(10,2) DEFAULT NULL COMMENT '实付金额',
  `pay_status` tinyint DEFAULT 0 COMMENT '支付状态',
  `status` tinyint DEFAULT 0 COMMENT '问诊状态 0待接诊 1进行中 2已结束 3已退款',
  `start_time` datetime DEFAULT NULL COMMENT '接诊时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_consult_no` (`consult_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='问诊单';

DROP TABLE IF EXISTS `ih_chat_message`;
CREATE TABLE `ih_chat_message` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `consult_id` bigint NOT NULL COMMENT '问诊单ID',
  `sender_type` tinyint NOT NULL COMMENT '发送方 1患者 2医生 3系统',
  `sender_id` bigint DEFAULT NULL COMMENT '发送方ID',
  `msg_type` tinyint NOT NULL COMMENT '消息类型 1文本 2图片 3语音',
  `content` text COMMENT '消息内容',
  `media_url` varchar(255) DEFAULT NULL COMMENT '图片/语音地址',
  `read_flag` tinyint DEFAULT 0 COMMENT '是否已读',
  `send_time` datetime NOT NULL COMMENT '发送时间',
  PRIMARY KEY (`id`),
  KEY `idx_consult` (`consult_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='医患聊天记录';

DROP TABLE IF EXISTS `ih_prescription`;
CREATE TABLE `ih_prescription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rx_no` varchar(32) NOT NULL COMMENT '处方编号',
  `consult_id` bigint NOT NULL COMMENT '问诊单ID',
  `patient_id` bigint NOT NULL COMMENT '就诊人ID',
  `doctor_id` bigint NOT NULL COMMENT '开方医生ID',
  `diagnosis` varchar(500) DEFAULT NULL COMMENT '临床诊断',
  `doctor_advice` varchar(1000) DEFAULT NULL COMMENT '医嘱',
  `audit_status` tinyint DEFAULT 0 COMMENT '审方状态 0待审 1通过 2驳回',
  `pharmacist_id` bigint DEFAULT NULL COMMENT '审方药师ID',
  `sign_time` datetime DEFAULT NULL COMMENT '医生签名时间',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子处方';

DROP TABLE IF EXISTS `ih_prescription_item`;
CREATE TABLE `ih_prescription_item` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rx_id` bigint NOT NULL COMMENT '处方ID',
  `drug_code` varchar(32) NOT NULL COMMENT '药品编码',
  `drug_name` varchar(100) NOT NULL COMMENT '药品通用名',
  `spec` varchar(60) DEFAULT NULL COMMENT '规格',
  `dosage` varchar(40) DEFAULT NULL COMMENT '单次用量',
  `frequency` varchar(40) DEFAULT NULL COMMENT '用法频次，如 每日三次 饭后',
  `days` int DEFAULT NULL COMMENT '用药天数',
  `quantity` int DEFAULT NULL COMMENT '开药数量（盒）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='处方明细';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `config_key` varchar(100) NOT NULL COMMENT '参数键名',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数键值',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参数配置表';

INSERT INTO `sys_config` VALUES (1, 'consult.timeout.minutes', '30', '医生超时未接诊自动退款', 'admin', '2024-03-01 10:00:00');
