-- dialect: mysql
-- 生源地信用助学贷款业务系统 (县级学生资助管理中心 / 经办银行 / 高校), MySQL 8.0
-- 注意：身份证号、银行卡号在应用层 SM4 加密后入库

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `zz_center`;
CREATE TABLE `zz_center` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `center_code` varchar(12) NOT NULL COMMENT '中心编码(行政区划码+序号)',
  `center_name` varchar(100) NOT NULL COMMENT '中心名称',
  `province` varchar(20) DEFAULT NULL COMMENT '所在省份',
  `address` varchar(200) DEFAULT NULL COMMENT '办公地址',
  `office_tel` varchar(20) DEFAULT NULL COMMENT '办公电话',
  `director_name` varchar(30) DEFAULT NULL COMMENT '中心负责人',
  `director_mobile` varchar(11) DEFAULT NULL COMMENT '负责人手机',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='县级学生资助管理中心';

DROP TABLE IF EXISTS `zz_student`;
CREATE TABLE `zz_student` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '学生ID',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户(资助中心)ID',
  `stu_name` varchar(30) NOT NULL COMMENT '学生姓名',
  `id_card_no` varchar(64) NOT NULL COMMENT '身份证号(密文)',
  `sex` tinyint DEFAULT NULL COMMENT '性别 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `nation` varchar(20) DEFAULT NULL COMMENT '民族',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `email` varchar(64) DEFAULT NULL COMMENT '邮箱',
  `hukou_type` char(1) DEFAULT NULL COMMENT '户口性质 1农业 2非农业',
  `hukou_province` varchar(20) DEFAULT NULL COMMENT '户籍所在省',
  `home_address` varchar(200) DEFAULT NULL COMMENT '家庭详细住址',
  `school_name` varchar(100) DEFAULT NULL COMMENT '就读高校',
  `major` varchar(60) DEFAULT NULL COMMENT '所学专业',
  `student_no` varchar(30) DEFAULT NULL COMMENT '学号',
  `enroll_year` smallint DEFAULT NULL COMMENT '入学年份',
  `edu_level` tinyint DEFAULT NULL COMMENT '学历层次 1专科 2本科 3硕士 4博士',
  `poverty_flag` tinyint DEFAULT 0 COMMENT '是否建档立卡贫困户/低保家庭',
  `disabled_flag` tinyint DEFAULT 0 COMMENT '是否残疾学生',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志 0存在 2删除',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_idcard` (`id_card_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='借款学生';

DROP TABLE IF EXISTS `zz_co_borrower`;
CREATE TABLE `zz_co_borrower` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `name` varchar(30) NOT NULL COMMENT '姓名',
  `relation` varchar(10) DEFAULT NULL COMMENT '与学生关系 父亲/母亲/其他',
  `id_card_no` varchar(64) DEFAULT NULL COMMENT '身份证号(密文)',
  `mobile` varchar(11) DEFAULT NULL COMMENT '联系电话',
  `work_unit` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `annual_income` decimal(12,2) DEFAULT NULL COMMENT '家庭年收入(元)',
  `health_status` varchar(20) DEFAULT NULL COMMENT '健康状况 健康/患病/残疾/丧失劳动能力',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_student` (`student_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='共同借款人(父母或其他法定监护人)';

DROP TABLE IF EXISTS `zz_contract`;
CREATE TABLE `zz_contract` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contract_no` varchar(32) NOT NULL COMMENT '合同编号',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `bank_code` varchar(10) DEFAULT 'CDB' COMMENT '经办银行编码',
  `loan_amount` decimal(10,2) NOT NULL COMMENT '本学年贷款金额',
  `term_years` tinyint DEFAULT NULL COMMENT '贷款期限(年)',
  `annual_rate` decimal(6,4) DEFAULT NULL COMMENT '执行年利率',
  `repay_card_no` varchar(64) DEFAULT NULL COMMENT '还款借记卡号(密文)',
  `sign_time` datetime DEFAULT NULL COMMENT '签约时间',
  `status` tinyint DEFAULT 0 COMMENT '状态 0待审核 1已签约 2已放款 3结清 9作废',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_contract_no` (`contract_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='贷款合同';

DROP TABLE IF EXISTS `zz_disbursement`;
CREATE TABLE `zz_disbursement` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contract_id` bigint NOT NULL COMMENT '合同ID',
  `batch_no` varchar(32) DEFAULT NULL COMMENT '放款批次号',
  `tuition_amount` decimal(10,2) DEFAULT NULL COMMENT '划入学费账户金额',
  `lodging_amount` decimal(10,2) DEFAULT NULL COMMENT '划入住宿费金额',
  `school_account` varchar(40) DEFAULT NULL COMMENT '高校收款账户',
  `disburse_date` date DEFAULT NULL COMMENT '放款日期',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='放款记录';

DROP TABLE IF EXISTS `zz_repayment`;
CREATE TABLE `zz_repayment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contract_id` bigint NOT NULL COMMENT '合同ID',
  `period_no` smallint NOT NULL COMMENT '期次',
  `due_date` date DEFAULT NULL COMMENT '应还日期',
  `principal_due` decimal(10,2) DEFAULT NULL COMMENT '应还本金',
  `interest_due` decimal(10,2) DEFAULT NULL COMMENT '应还利息',
  `overdue_days` int DEFAULT 0 COMMENT '逾期天数',
  `paid_time` datetime DEFAULT NULL COMMENT '实还时间',
  `status` tinyint DEFAULT 0 COMMENT '0未还 1已还 2逾期 3代偿',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='还款计划与实还';

DROP TABLE IF EXISTS `zz_credit_query`;
CREATE TABLE `zz_credit_query` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '被查询人ID',
  `query_reason` char(2) DEFAULT '02' COMMENT '查询原因 02贷款审批',
  `auth_letter_url` varchar(255) DEFAULT NULL COMMENT '征信查询授权书扫描件',
  `credit_score` smallint DEFAULT NULL COMMENT '征信评分',
  `overdue_json` json DEFAULT NULL COMMENT '征信报告逾期明细',
  `query_time` datetime DEFAULT NULL COMMENT '查询时间',
  `operator` varchar(64) DEFAULT NULL COMMENT '查询操作员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='人行征信查询记录';

DROP TABLE IF EXISTS `zz_face_verify`;
CREATE TABLE `zz_face_verify` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `face_img` varchar(255) DEFAULT NULL COMMENT '活体检测抓拍照片',
  `liveness_score` decimal(5,2) DEFAULT NULL COMMENT '活体分数',
  `verify_result` tinyint DEFAULT NULL COMMENT '核验结果 1通过 0不通过',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备号',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '客户端IP',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '签约时经度',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '签约时纬度',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '核验时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='线上续贷人脸核身记录';

DROP TABLE IF EXISTS `sys_sms_log`;
CREATE TABLE `sys_sms_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `mobile` varchar(11) NOT NULL COMMENT '接收手机号',
  `template_code` varchar(32) DEFAULT NULL COMMENT '模板编码',
  `content` varchar(500) DEFAULT NULL COMMENT '短信内容',
  `verify_code` varchar(6) DEFAULT NULL COMMENT '验证码',
  `send_status` tinyint DEFAULT NULL COMMENT '发送状态',
  `send_time` datetime DEFAULT NULL COMMENT '发送时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='短信发送日志';

DROP TABLE IF EXISTS `sys_dict_data`;
CREATE TABLE `sys_dict_data` (
  `dict_code` bigint NOT NULL AUTO_INCREMENT COMMENT '字典编码',
  `dict_type` varchar(100) DEFAULT '' COMMENT '字典类型',
  `dict_label` varchar(100) DEFAULT '' COMMENT '字典标签',
  `dict_value` varchar(100) DEFAULT '' COMMENT '字典键值',
  `dict_sort` int DEFAULT 0 COMMENT '排序',
  `status` char(1) DEFAULT '0' COMMENT '状态',
  PRIMARY KEY (`dict_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='字典数据';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `config_id` int NOT NULL AUTO_INCREMENT COMMENT '参数主键',
  `config_key` varchar(100) DEFAULT '' COMMENT '参数键名',
  `config_value` varchar(500) DEFAULT '' COMMENT '参数键值',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='参数配置';
