-- dialect: mysql
-- 血站无偿献血服务平台 (献血者档案 / 预约 / 征询 / 初筛 / 检测 / 用血返还)
-- MySQL 8.0, utf8mb4

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- 采血机构 (血站、献血屋、流动采血车)
-- ----------------------------
DROP TABLE IF EXISTS `bs_org`;
CREATE TABLE `bs_org` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `org_code` varchar(32) NOT NULL COMMENT '机构编码',
  `org_name` varchar(128) NOT NULL COMMENT '机构名称',
  `org_type` tinyint NOT NULL DEFAULT 1 COMMENT '类型 1中心血站 2献血屋 3采血车',
  `address` varchar(255) DEFAULT NULL COMMENT '机构地址',
  `service_phone` varchar(32) DEFAULT NULL COMMENT '服务电话',
  `leader_name` varchar(32) DEFAULT NULL COMMENT '站点负责人姓名',
  `longitude` decimal(10,6) DEFAULT NULL COMMENT '站点经度',
  `latitude` decimal(10,6) DEFAULT NULL COMMENT '站点纬度',
  `status` char(1) NOT NULL DEFAULT '0' COMMENT '状态 0正常 1停用',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_org_code` (`org_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='采血机构';

-- ----------------------------
-- 献血者档案
-- ----------------------------
DROP TABLE IF EXISTS `bs_donor`;
CREATE TABLE `bs_donor` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户(省血液中心)',
  `donor_no` varchar(20) NOT NULL COMMENT '献血者编号(全省唯一,印在献血证上)',
  `name` varchar(32) NOT NULL COMMENT '姓名',
  `gender` tinyint DEFAULT NULL COMMENT '性别 1男 2女',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `cert_type` varchar(4) DEFAULT '01' COMMENT '证件类型 01身份证 02护照 03军官证',
  `cert_no` varchar(32) DEFAULT NULL COMMENT '证件号码(AES加密)',
  `nation` varchar(16) DEFAULT NULL COMMENT '民族',
  `mobile` varchar(16) DEFAULT NULL COMMENT '手机号',
  `abo` char(2) DEFAULT NULL COMMENT 'ABO血型',
  `rhd` char(1) DEFAULT NULL COMMENT 'RhD 血型 +/-',
  `occupation` varchar(32) DEFAULT NULL COMMENT '职业',
  `work_unit` varchar(128) DEFAULT NULL COMMENT '工作单位',
  `edu_level` varchar(8) DEFAULT NULL COMMENT '文化程度',
  `province` varchar(16) DEFAULT NULL COMMENT '常住省份',
  `city` varchar(32) DEFAULT NULL COMMENT '常住城市',
  `addr_detail` varchar(255) DEFAULT NULL COMMENT '详细住址',
  `first_donate_date` date DEFAULT NULL COMMENT '首次献血日期',
  `donate_times` int NOT NULL DEFAULT 0 COMMENT '累计献血次数',
  `donate_volume` int NOT NULL DEFAULT 0 COMMENT '累计献血量(ml)',
  `honor_level` tinyint DEFAULT 0 COMMENT '无偿献血奉献奖等级 0无 1铜 2银 3金',
  `defer_flag` tinyint NOT NULL DEFAULT 0 COMMENT '屏蔽标志 0正常 1暂缓献血 2永久屏蔽',
  `defer_reason` varchar(255) DEFAULT NULL COMMENT '屏蔽原因(如 HBsAg阳性复检确认)',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP,
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志 0存在 2删除',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_donor_no` (`donor_no`),
  KEY `idx_cert_no` (`cert_no`),
  KEY `idx_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='献血者档案';

-- ----------------------------
-- 献血预约
-- ----------------------------
DROP TABLE IF EXISTS `bs_appointment`;
CREATE TABLE `bs_appointment` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `donor_id` bigint NOT NULL COMMENT '献血者ID',
  `org_id` bigint NOT NULL COMMENT '预约站点',
  `appt_date` date NOT NULL COMMENT '预约日期',
  `time_slot` varchar(16) DEFAULT NULL COMMENT '时段 如 10:00-11:00',
  `donate_type` tinyint DEFAULT 1 COMMENT '1全血 2单采血小板 3单采血浆',
  `user_lng` decimal(10,6) DEFAULT NULL COMMENT '预约时用户定位经度',
  `user_lat` decimal(10,6) DEFAULT NULL COMMENT '预约时用户定位纬度',
  `client_ip` varchar(64) DEFAULT NULL COMMENT '提交IP',
  `status` tinyint DEFAULT 0 COMMENT '0待到站 1已签到 2已取消 3爽约',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  KEY `idx_donor` (`donor_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='献血预约';

-- ----------------------------
-- 献血记录
-- ----------------------------
DROP TABLE IF EXISTS `bs_donation`;
CREATE TABLE `bs_donation` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tenant_id` bigint NOT NULL DEFAULT 0,
  `donation_no` varchar(24) NOT NULL COMMENT '献血流水号',
  `donor_id` bigint NOT NULL,
  `org_id` bigint NOT NULL COMMENT '采血地点',
  `bag_code` varchar(20) DEFAULT NULL COMMENT '血袋条码(ISBT 128)',
  `volume_ml` smallint DEFAULT NULL COMMENT '采集量 200/300/400',
  `collect_start` datetime DEFAULT NULL COMMENT '采血开始时间',
  `collect_end` datetime DEFAULT NULL COMMENT '采血结束时间',
  `adverse_reaction` varchar(128) DEFAULT NULL COMMENT '献血不良反应(晕针、血肿等)',
  `nurse_id` bigint DEFAULT NULL COMMENT '采血护士',
  `status` tinyint DEFAULT 0 COMMENT '0采集中 1完成 2中止 3报废',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_donation_no` (`donation_no`),
  UNIQUE KEY `uk_bag_code` (`bag_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='献血记录';

-- ----------------------------
-- 献血前健康征询表
-- ----------------------------
DROP TABLE IF EXISTS `bs_health_inquiry`;
CREATE TABLE `bs_health_inquiry` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `donation_id` bigint NOT NULL,
  `q_medication` varchar(128) DEFAULT NULL COMMENT '近期服用药物',
  `q_tattoo` tinyint DEFAULT NULL COMMENT '近12个月是否纹身、文眉、穿耳洞',
  `q_msm` tinyint DEFAULT NULL COMMENT '是否有男男性行为',
  `q_multi_partner` tinyint DEFAULT NULL COMMENT '近12个月是否有多个性伴侣',
  `q_malaria_area` tinyint DEFAULT NULL COMMENT '近3年是否到过疟疾流行区',
  `q_pregnant` tinyint DEFAULT NULL COMMENT '是否妊娠或哺乳期(女性)',
  `sign_img` varchar(255) DEFAULT NULL COMMENT '献血者手写签名图片',
  `sign_time` datetime DEFAULT NULL COMMENT '签名时间',
  `reviewer` varchar(32) DEFAULT NULL COMMENT '征询医生',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_donation` (`donation_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='献血前健康征询';

-- ----------------------------
-- 体检及初筛
-- ----------------------------
DROP TABLE IF EXISTS `bs_screening`;
CREATE TABLE `bs_screening` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `donation_id` bigint NOT NULL,
  `weight_kg` decimal(4,1) DEFAULT NULL COMMENT '体重',
  `bp_sys` smallint DEFAULT NULL COMMENT '收缩压',
  `bp_dia` smallint DEFAULT NULL COMMENT '舒张压',
  `pulse` smallint DEFAULT NULL COMMENT '脉搏',
  `hb` decimal(4,1) DEFAULT NULL COMMENT '血红蛋白 g/L',
  `conclusion` tinyint DEFAULT NULL COMMENT '初筛结论 1合格 0不合格',
  `doctor_id` bigint DEFAULT NULL COMMENT '体检医生',
  `exam_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='体检初筛';

-- ----------------------------
-- 血液检测结果 (按血袋)
-- ----------------------------
DROP TABLE IF EXISTS `bs_lab_result`;
CREATE TABLE `bs_lab_result` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `bag_code` varchar(20) NOT NULL COMMENT '血袋条码',
  `hbsag` char(1) DEFAULT NULL COMMENT '乙肝表面抗原 +/-',
  `anti_hcv` char(1) DEFAULT NULL COMMENT '丙肝抗体',
  `anti_hiv` char(1) DEFAULT NULL COMMENT '艾滋病抗体',
  `anti_tp` char(1) DEFAULT NULL COMMENT '梅毒抗体',
  `nat_result` varchar(16) DEFAULT NULL COMMENT '核酸检测结果',
  `final_result` tinyint DEFAULT NULL COMMENT '最终判定 1合格 2不合格报废',
  `tested_by` varchar(32) DEFAULT NULL COMMENT '检测人',
  `tested_at` datetime DEFAULT NULL COMMENT '检测时间',
  PRIMARY KEY (`id`),
  KEY `idx_bag` (`bag_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='血液检测结果';

-- ----------------------------
-- 用血费用返还申请 (献血者本人及直系亲属临床用血)
-- ----------------------------
DROP TABLE IF EXISTS `bs_refund_apply`;
CREATE TABLE `bs_refund_apply` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `apply_no` varchar(24) NOT NULL COMMENT '申请单号',
  `donor_id` bigint NOT NULL COMMENT '献血者',
  `patient_name` varchar(32) NOT NULL COMMENT '用血人姓名',
  `relation` varchar(8) DEFAULT NULL COMMENT '与献血者关系 本人/配偶/父母/子女',
  `patient_cert_no` varchar(32) DEFAULT NULL COMMENT '用血人身份证号',
  `hospital_name` varchar(128) DEFAULT NULL COMMENT '用血医院',
  `diagnosis` varchar(255) DEFAULT NULL COMMENT '临床诊断',
  `refund_amount` decimal(10,2) DEFAULT NULL COMMENT '返还金额',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '收款银行卡号',
  `bank_name` varchar(64) DEFAULT NULL COMMENT '开户行',
  `audit_status` tinyint DEFAULT 0 COMMENT '0待审 1通过 2驳回',
  `auditor` varchar(32) DEFAULT NULL COMMENT '审核人',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_apply_no` (`apply_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用血返还申请';

-- ----------------------------
-- 短信发送记录
-- ----------------------------
DROP TABLE IF EXISTS `bs_sms_log`;
CREATE TABLE `bs_sms_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mobile` varchar(16) NOT NULL COMMENT '接收手机号',
  `template_code` varchar(32) DEFAULT NULL COMMENT '模板编码',
  `content` varchar(500) DEFAULT NULL COMMENT '短信内容(已渲染,如检测结果通知)',
  `send_status` tinyint DEFAULT NULL COMMENT '0失败 1成功',
  `send_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信记录';

-- ----------------------------
-- 参数配置
-- ----------------------------
DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `config_id` int NOT NULL AUTO_INCREMENT COMMENT '参数主键',
  `config_key` varchar(100) DEFAULT '' COMMENT '参数键名 如 donate.interval.whole_blood',
  `config_value` varchar(500) DEFAULT '' COMMENT '参数键值',
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参数配置表';

SET FOREIGN_KEY_CHECKS = 1;
