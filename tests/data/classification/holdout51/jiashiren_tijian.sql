-- dialect: mysql
-- 机动车驾驶人体检预约与结果上传系统 (体检机构端)
-- MySQL 8.0
SET NAMES utf8mb4;

DROP TABLE IF EXISTS `tj_org`;
CREATE TABLE `tj_org` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `org_code` varchar(32) NOT NULL COMMENT '机构编码',
  `org_name` varchar(128) NOT NULL COMMENT '机构名称',
  `uscc` char(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `org_address` varchar(255) DEFAULT NULL COMMENT '机构地址',
  `service_tel` varchar(32) DEFAULT NULL COMMENT '服务电话',
  `legal_person` varchar(64) DEFAULT NULL COMMENT '法定代表人',
  `med_license_no` varchar(64) DEFAULT NULL COMMENT '医疗机构执业许可证号',
  `status` tinyint NOT NULL DEFAULT '1' COMMENT '状态 1启用 0停用',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updated_at` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='驾驶人体检机构';

DROP TABLE IF EXISTS `tj_doctor`;
CREATE TABLE `tj_doctor` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `org_id` bigint unsigned NOT NULL COMMENT '所属机构ID',
  `doctor_name` varchar(32) NOT NULL COMMENT '医生姓名',
  `gender` tinyint DEFAULT NULL COMMENT '性别 1男 2女',
  `practice_cert_no` varchar(32) DEFAULT NULL COMMENT '医师执业证书编码',
  `title` varchar(32) DEFAULT NULL COMMENT '职称 主治医师/副主任医师',
  `dept_name` varchar(32) DEFAULT NULL COMMENT '所在科室 眼科/外科/内科',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',
  `is_deleted` tinyint NOT NULL DEFAULT '0' COMMENT '删除标记',
  `create_by` varchar(64) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='体检医生';

DROP TABLE IF EXISTS `tj_examinee`;
CREATE TABLE `tj_examinee` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `org_id` bigint unsigned NOT NULL COMMENT '首次登记机构',
  `real_name` varchar(32) NOT NULL COMMENT '姓名',
  `id_type` char(1) NOT NULL DEFAULT 'A' COMMENT '证件类型 A身份证 B护照 C军官证',
  `id_no` varchar(32) NOT NULL COMMENT '证件号码',
  `gender` char(1) DEFAULT NULL COMMENT '性别',
  `birth_date` date DEFAULT NULL COMMENT '出生日期',
  `nation` varchar(16) DEFAULT NULL COMMENT '民族',
  `mobile` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `contact_addr` varchar(255) DEFAULT NULL COMMENT '联系住址',
  `domicile_region` char(6) DEFAULT NULL COMMENT '户籍所在地行政区划代码',
  `photo_url` varchar(255) DEFAULT NULL COMMENT '本人一寸白底证件照',
  `face_feature` blob COMMENT '人脸特征值(核验用)',
  `finger_tpl` blob COMMENT '指纹模板',
  `dl_file_no` varchar(20) DEFAULT NULL COMMENT '驾驶证档案编号',
  `allowed_class` varchar(16) DEFAULT NULL COMMENT '准驾车型 C1/A2/B2',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `updated_at` datetime DEFAULT NULL COMMENT '更新时间',
  `deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '逻辑删除',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='受检驾驶人';

DROP TABLE IF EXISTS `tj_appointment`;
CREATE TABLE `tj_appointment` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `appt_no` varchar(32) NOT NULL COMMENT '预约单号',
  `examinee_id` bigint unsigned NOT NULL COMMENT '受检人ID',
  `org_id` bigint unsigned NOT NULL COMMENT '体检机构ID',
  `appt_date` date NOT NULL COMMENT '预约日期',
  `time_slot` varchar(16) DEFAULT NULL COMMENT '时段 08:00-09:00',
  `exam_reason` tinyint DEFAULT NULL COMMENT '体检原因 1初领 2换证 3增驾 4七十周岁以上年度提交',
  `channel` varchar(16) DEFAULT NULL COMMENT '预约渠道 交管12123/小程序/现场',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '状态 0待体检 1已体检 2已取消',
  `fee` decimal(8,2) DEFAULT NULL COMMENT '体检费用',
  `pay_trade_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `created_at` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='体检预约';

DROP TABLE IF EXISTS `tj_health_declare`;
CREATE TABLE `tj_health_declare` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `appt_id` bigint unsigned NOT NULL COMMENT '预约ID',
  `heart_disease` tinyint(1) DEFAULT NULL COMMENT '有无器质性心脏病',
  `epilepsy` tinyint(1) DEFAULT NULL COMMENT '有无癫痫病、美尼尔氏症、眩晕症',
  `mental_illness` tinyint(1) DEFAULT NULL COMMENT '有无精神病、痴呆、癔病',
  `drug_abuse` tinyint(1) DEFAULT NULL COMMENT '三年内有无吸食注射毒品',
  `psychotropic_med` tinyint(1) DEFAULT NULL COMMENT '是否长期服用依赖性精神药品',
  `declare_ip` varchar(45) DEFAULT NULL COMMENT '申告提交IP',
  `declared_at` datetime DEFAULT NULL COMMENT '申告时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='驾驶人身体条件申告';

DROP TABLE IF EXISTS `tj_report`;
CREATE TABLE `tj_report` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `appt_id` bigint unsigned NOT NULL COMMENT '预约ID',
  `height_cm` smallint DEFAULT NULL COMMENT '身高(cm)',
  `vision_left` decimal(3,1) DEFAULT NULL COMMENT '左眼视力',
  `vision_right` decimal(3,1) DEFAULT NULL COMMENT '右眼视力',
  `corrected` tinyint(1) DEFAULT NULL COMMENT '是否矫正',
  `color_vision` varchar(16) DEFAULT NULL COMMENT '辨色力 正常/红绿色盲',
  `hearing` varchar(16) DEFAULT NULL COMMENT '听力',
  `limbs` varchar(64) DEFAULT NULL COMMENT '上肢/下肢检查情况',
  `assistive_device` varchar(32) DEFAULT NULL COMMENT '残疾人专用辅助装置类型',
  `conclusion` char(1) DEFAULT NULL COMMENT '体检结论 1合格 2不合格',
  `doctor_remark` varchar(500) DEFAULT NULL COMMENT '医生意见',
  `doctor_id` bigint unsigned DEFAULT NULL COMMENT '主检医生ID',
  `cert_no` varchar(32) DEFAULT NULL COMMENT '身体条件证明编号',
  `signed_at` datetime DEFAULT NULL COMMENT '签发时间',
  `upload_status` tinyint NOT NULL DEFAULT '0' COMMENT '上传交管状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='体检结果';

DROP TABLE IF EXISTS `tj_payment`;
CREATE TABLE `tj_payment` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `appt_id` bigint unsigned NOT NULL COMMENT '预约ID',
  `amount` decimal(8,2) NOT NULL COMMENT '金额',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付渠道 WX/ALI/CASH',
  `trade_no` varchar(64) DEFAULT NULL COMMENT '第三方交易号',
  `payer_openid` varchar(64) DEFAULT NULL COMMENT '付款人微信openid',
  `paid_at` datetime DEFAULT NULL COMMENT '支付时间',
  `refunded` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否已退款',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='缴费记录';

DROP TABLE IF EXISTS `tj_push_log`;
CREATE TABLE `tj_push_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `report_id` bigint unsigned NOT NULL COMMENT '体检结果ID',
  `req_body` json DEFAULT NULL COMMENT '请求报文',
  `resp_code` varchar(8) DEFAULT NULL COMMENT '返回码',
  `retry_cnt` int NOT NULL DEFAULT '0' COMMENT '重试次数',
  `pushed_at` datetime DEFAULT NULL COMMENT '推送时间',
  `operator` varchar(64) DEFAULT NULL COMMENT '操作员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='上传公安交管平台日志';

DROP TABLE IF EXISTS `tj_sms_log`;
CREATE TABLE `tj_sms_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `mobile` varchar(20) NOT NULL COMMENT '接收手机号',
  `template_code` varchar(32) DEFAULT NULL COMMENT '模板编码',
  `content` varchar(500) DEFAULT NULL COMMENT '短信内容',
  `verify_code` varchar(8) DEFAULT NULL COMMENT '验证码',
  `send_status` tinyint DEFAULT NULL COMMENT '发送状态',
  `sent_at` datetime DEFAULT NULL COMMENT '发送时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信发送记录';

DROP TABLE IF EXISTS `sys_dict`;
CREATE TABLE `sys_dict` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `dict_type` varchar(64) NOT NULL COMMENT '字典类型',
  `dict_code` varchar(32) NOT NULL COMMENT '字典编码',
  `dict_label` varchar(64) NOT NULL COMMENT '字典标签',
  `sort_no` int DEFAULT '0' COMMENT '排序',
  `status` tinyint DEFAULT '1' COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='数据字典';

