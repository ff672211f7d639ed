-- dialect: mysql
-- 医院预约挂号小程序
CREATE TABLE `patient_account` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `wx_openid` varchar(64) NOT NULL COMMENT '微信openid',
  `wx_nickname` varchar(64) DEFAULT NULL COMMENT '微信昵称',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `phone` varchar(20) DEFAULT NULL COMMENT '绑定手机号',
  `session_key` varchar(128) DEFAULT NULL COMMENT '微信会话密钥',
  `register_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `status` tinyint DEFAULT 1 COMMENT '状态 1正常 0停用',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='患者账号';

CREATE TABLE `visit_person` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '就诊人ID',
  `account_id` bigint NOT NULL COMMENT '所属账号',
  `real_name` varchar(32) NOT NULL COMMENT '就诊人姓名',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `sex` char(1) DEFAULT NULL COMMENT '性别 M/F',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `mobile` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `relation` varchar(16) DEFAULT NULL COMMENT '与本人关系 本人/父母/子女/配偶',
  `medical_card_no` varchar(32) DEFAULT NULL COMMENT '就诊卡号',
  `si_card_no` varchar(32) DEFAULT NULL COMMENT '医保卡号',
  `province` varchar(20) DEFAULT NULL COMMENT '现住址省份',
  `address_detail` varchar(200) DEFAULT NULL COMMENT '详细住址',
  `allergy_history` varchar(500) DEFAULT NULL COMMENT '过敏史',
  `is_default` tinyint DEFAULT 0 COMMENT '是否默认就诊人',
  `del_flag` tinyint DEFAULT 0 COMMENT '删除标志',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='就诊人';

CREATE TABLE `doctor` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dept_id` bigint NOT NULL COMMENT '科室ID',
  `name` varchar(32) NOT NULL COMMENT '医生姓名',
  `title` varchar(32) DEFAULT NULL COMMENT '职称 主任医师/副主任医师',
  `photo` varchar(255) DEFAULT NULL COMMENT '医生照片',
  `expertise` varchar(500) DEFAULT NULL COMMENT '擅长',
  `consult_fee` decimal(8,2) DEFAULT NULL COMMENT '挂号费',
  `sort` int DEFAULT 0 COMMENT '排序',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='医生';

CREATE TABLE `department` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dept_name` varchar(64) NOT NULL COMMENT '科室名称',
  `floor_location` varchar(64) DEFAULT NULL COMMENT '楼层位置',
  `intro` text COMMENT '科室简介',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='科室';

CREATE TABLE `appointment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `appt_no` varchar(32) NOT NULL COMMENT '预约单号',
  `visit_person_id` bigint NOT NULL COMMENT '就诊人ID',
  `doctor_id` bigint NOT NULL COMMENT '医生ID',
  `schedule_date` date NOT NULL COMMENT '出诊日期',
  `time_slot` varchar(16) DEFAULT NULL COMMENT '时段 上午/下午',
  `queue_no` int DEFAULT NULL COMMENT '排队序号',
  `symptom_desc` varchar(500) DEFAULT NULL COMMENT '病情描述',
  `pay_status` tinyint DEFAULT 0 COMMENT '支付状态',
  `cancel_reason` varchar(200) DEFAULT NULL COMMENT '取消原因',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='预约挂号';

CREATE TABLE `prescription` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `rx_no` varchar(32) NOT NULL COMMENT '处方编号',
  `appointment_id` bigint NOT NULL COMMENT '预约ID',
  `diagnosis` varchar(255) DEFAULT NULL COMMENT '诊断',
  `drug_name` varchar(128) DEFAULT NULL COMMENT '药品名称',
  `dosage` varchar(64) DEFAULT NULL COMMENT '用法用量',
  `doctor_advice` varchar(500) DEFAULT NULL COMMENT '医嘱',
  `total_price` decimal(10,2) DEFAULT NULL COMMENT '金额',
  `create_by` varchar(64) DEFAULT NULL COMMENT '开方人',
  `create_time` datetime DEFAULT NULL COMMENT '开方时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='处方';
