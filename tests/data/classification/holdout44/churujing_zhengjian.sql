-- dialect: mysql
-- 出入境证件受理平台（护照 / 往来港澳通行证 / 往来台湾通行证）
-- 导出自 crj_accept 库，2024-03

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `crj_service_hall`;
CREATE TABLE `crj_service_hall` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `hall_code` varchar(16) NOT NULL COMMENT '受理点编码',
  `hall_name` varchar(100) NOT NULL COMMENT '受理点名称',
  `region_code` char(6) NOT NULL COMMENT '所属行政区划代码',
  `address` varchar(255) DEFAULT NULL COMMENT '受理点地址',
  `service_phone` varchar(32) DEFAULT NULL COMMENT '咨询电话',
  `longitude` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `latitude` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `daily_quota` int NOT NULL DEFAULT 200 COMMENT '每日预约号源数',
  `enabled` tinyint(1) NOT NULL DEFAULT 1 COMMENT '是否启用',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_hall_code` (`hall_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='受理点';

DROP TABLE IF EXISTS `crj_applicant`;
CREATE TABLE `crj_applicant` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户（地市）ID',
  `real_name` varchar(50) NOT NULL COMMENT '中文姓名',
  `pinyin_surname` varchar(50) DEFAULT NULL COMMENT '姓（拼音）',
  `pinyin_given_name` varchar(50) DEFAULT NULL COMMENT '名（拼音）',
  `used_name` varchar(50) DEFAULT NULL COMMENT '曾用名',
  `sex` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `nation` varchar(20) DEFAULT NULL COMMENT '民族',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `birth_place` varchar(50) DEFAULT NULL COMMENT '出生地（省市）',
  `id_card_no` varchar(18) NOT NULL COMMENT '公民身份号码',
  `hukou_address` varchar(255) DEFAULT NULL COMMENT '户籍地址',
  `hukou_police_station` varchar(100) DEFAULT NULL COMMENT '户口所在派出所',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号码',
  `email` varchar(100) DEFAULT NULL COMMENT '电子邮箱',
  `occupation` varchar(50) DEFAULT NULL COMMENT '职业',
  `work_unit` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `is_state_staff` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否登记备案国家工作人员',
  `marital_status` varchar(10) DEFAULT NULL COMMENT '婚姻状况',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` char(1) NOT NULL DEFAULT '0' COMMENT '删除标志（0存在 2删除）',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_id_card` (`tenant_id`, `id_card_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='申请人';

DROP TABLE IF EXISTS `crj_application`;
CREATE TABLE `crj_application` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `accept_no` varchar(32) NOT NULL COMMENT '受理编号',
  `applicant_id` bigint NOT NULL COMMENT '申请人ID',
  `hall_id` bigint NOT NULL COMMENT '受理点ID',
  `doc_type` varchar(4) NOT NULL COMMENT '证件类别（字典 crj_doc_type）',
  `apply_reason` varchar(4) NOT NULL COMMENT '申请类别：首次/换发/补发/失效重新申请',
  `travel_purpose` varchar(200) DEFAULT NULL COMMENT '出境事由（申请人填写）',
  `destination_country` varchar(64) DEFAULT NULL COMMENT '前往国家或地区',
  `approval_unit_opinion` varchar(500) DEFAULT NULL COMMENT '登记备案人员所在单位审批意见',
  `express_address` varchar(255) DEFAULT NULL COMMENT '证件邮寄地址',
  `express_receiver_mobile` varchar(20) DEFAULT NULL COMMENT '收件人手机',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '状态 0待受理 1审批中 2已签发 3不予批准',
  `accept_officer` varchar(32) DEFAULT NULL COMMENT '受理民警警号',
  `accept_time` datetime DEFAULT NULL COMMENT '受理时间',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_accept_no` (`accept_no`),
  KEY `idx_applicant` (`applicant_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='证件申请受理单';

DROP TABLE IF EXISTS `crj_biometric`;
CREATE TABLE `crj_biometric` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `application_id` bigint NOT NULL COMMENT '受理单ID',
  `photo_receipt_no` varchar(32) DEFAULT NULL COMMENT '数码照片回执编号',
  `face_image` mediumblob COMMENT '证件照（人像）',
  `fp_left_index` blob COMMENT '左手食指指纹特征',
  `fp_right_index` blob COMMENT '右手食指指纹特征',
  `fp_quality` tinyint DEFAULT NULL COMMENT '指纹质量分',
  `fp_exempt_reason` varchar(100) DEFAULT NULL COMMENT '免采指纹原因（如手指残缺）',
  `device_sn` varchar(40) DEFAULT NULL COMMENT '采集设备序列号',
  `collect_time` datetime DEFAULT NULL COMMENT '采集时间',
  PRIMARY KEY (`id`),
  KEY `idx_app` (`application_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='生物特征采集';

DROP TABLE IF EXISTS `crj_travel_document`;
CREATE TABLE `crj_travel_document` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `application_id` bigint NOT NULL COMMENT '受理单ID',
  `doc_no` varchar(20) NOT NULL COMMENT '证件号码（护照号/通行证号）',
  `issue_date` date NOT NULL COMMENT '签发日期',
  `expiry_date` date NOT NULL COMMENT '有效期至',
  `issue_authority` varchar(100) NOT NULL COMMENT '签发机关',
  `chip_serial` varchar(40) DEFAULT NULL COMMENT '芯片序列号',
  `endorsement_type` varchar(8) DEFAULT NULL COMMENT '签注种类（团队旅游/个人旅游/探亲）',
  `doc_state` varchar(8) NOT NULL DEFAULT 'VALID' COMMENT '证件状态 VALID/LOST/CANCEL',
  `cancel_reason` varchar(200) DEFAULT NULL COMMENT '注销/宣布作废原因',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_doc_no` (`doc_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='已签发出入境证件';

DROP TABLE IF EXISTS `crj_exit_restriction`;
CREATE TABLE `crj_exit_restriction` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `applicant_id` bigint NOT NULL COMMENT '申请人ID',
  `restrict_type` varchar(4) NOT NULL COMMENT '限制类型（刑事案件被告人/未结民事案件/被判处刑罚未执行完毕）',
  `case_summary` varchar(500) DEFAULT NULL COMMENT '案由',
  `decision_org` varchar(100) DEFAULT NULL COMMENT '决定机关',
  `decision_doc_no` varchar(50) DEFAULT NULL COMMENT '决定文书号',
  `start_date` date DEFAULT NULL COMMENT '限制开始日期',
  `end_date` date DEFAULT NULL COMMENT '限制结束日期',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='法定不准出境人员';

DROP TABLE IF EXISTS `crj_appointment`;
CREATE TABLE `crj_appointment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `hall_id` bigint NOT NULL COMMENT '受理点ID',
  `applicant_id` bigint DEFAULT NULL COMMENT '申请人ID（首次申请时为空）',
  `booker_name` varchar(50) DEFAULT NULL COMMENT '预约人姓名',
  `booker_id_no` varchar(18) DEFAULT NULL COMMENT '预约人身份证号',
  `slot_date` date NOT NULL COMMENT '预约日期',
  `slot_period` varchar(16) NOT NULL COMMENT '预约时段',
  `queue_no` varchar(10) DEFAULT NULL COMMENT '取号号码',
  `channel` varchar(16) DEFAULT NULL COMMENT '预约渠道 wx/app/web',
  `openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `sms_code` varchar(6) DEFAULT NULL COMMENT '短信验证码',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '0已预约 1已签到 2已取消 3爽约',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='预约记录';

DROP TABLE IF EXISTS `crj_fee_payment`;
CREATE TABLE `crj_fee_payment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `application_id` bigint NOT NULL COMMENT '受理单ID',
  `fee_item` varchar(32) NOT NULL COMMENT '收费项目',
  `amount` decimal(8,2) NOT NULL COMMENT '金额（元）',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付方式',
  `payer_bank_card` varchar(32) DEFAULT NULL COMMENT '付款银行卡号（POS刷卡）',
  `bill_no` varchar(40) DEFAULT NULL COMMENT '非税收入票据号',
  `trade_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `paid_time` datetime DEFAULT NULL COMMENT '缴费时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='缴费记录';

DROP TABLE IF EXISTS `crj_emergency_contact`;
CREATE TABLE `crj_emergency_contact` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `applicant_id` bigint NOT NULL COMMENT '申请人ID',
  `contact_name` varchar(50) NOT NULL COMMENT '紧急联系人姓名',
  `relation` varchar(20) DEFAULT NULL COMMENT '与申请人关系',
  `contact_phone` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `guardian_flag` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否监护人（未成年人申请时必填）',
  `guardian_id_no` varchar(18) DEFAULT NULL COMMENT '监护人身份证号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='紧急联系人/监护人';

DROP TABLE IF EXISTS `sys_dict_data`;
CREATE TABLE `sys_dict_data` (
  `dict_code` bigint NOT NULL AUTO_INCREMENT COMMENT '字典编码',
  `dict_type` varchar(100) DEFAULT '' COMMENT '字典类型',
  `dict_label` varchar(100) DEFAULT '' COMMENT '字典标签',
  `dict_value` varchar(100) DEFAULT '' COMMENT '字典键值',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`dict_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='字典数据表';

DROP TABLE IF EXISTS `crj_oper_log`;
CREATE TABLE `crj_oper_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '日志主键',
  `oper_police_no` varchar(20) DEFAULT NULL COMMENT '操作民警警号',
  `oper_name` varchar(50) DEFAULT NULL COMMENT '操作民警姓名',
  `business_type` varchar(20) DEFAULT NULL COMMENT '业务类型',
  `request_param` text COMMENT '请求参数',
  `oper_ip` varchar(128) DEFAULT NULL COMMENT '终端IP',
  `terminal_mac` varchar(32) DEFAULT NULL COMMENT '终端MAC地址',
  `oper_time` datetime DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作日志（查询身份信息留痕）';

SET FOREIGN_KEY_CHECKS = 1;
