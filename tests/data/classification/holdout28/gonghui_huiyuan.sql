-- dialect: mysql
-- ----------------------------------------------------------
-- 智慧工会 会员服务平台  (MySQL 8.0, utf8mb4)
-- 导出自 Navicat, 已删除数据
-- ----------------------------------------------------------
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- Table structure for gh_union_org
-- ----------------------------
DROP TABLE IF EXISTS `gh_union_org`;
CREATE TABLE `gh_union_org` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `parent_id` bigint DEFAULT NULL COMMENT '上级工会',
  `org_code` varchar(32) DEFAULT NULL COMMENT '统一社会信用代码',
  `org_name` varchar(128) NOT NULL COMMENT '工会名称',
  `chairman_name` varchar(32) DEFAULT NULL COMMENT '工会主席姓名',
  `chairman_mobile` varchar(20) DEFAULT NULL COMMENT '工会主席手机',
  `office_address` varchar(255) DEFAULT NULL COMMENT '办公地址',
  `member_count` int DEFAULT 0 COMMENT '会员人数',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` tinyint(1) DEFAULT 0 COMMENT '删除标志(0存在 1删除)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工会组织';

-- ----------------------------
-- Table structure for gh_member
-- ----------------------------
DROP TABLE IF EXISTS `gh_member`;
CREATE TABLE `gh_member` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `org_id` bigint NOT NULL COMMENT '所属基层工会',
  `member_no` varchar(32) DEFAULT NULL COMMENT '会员证号',
  `real_name` varchar(32) NOT NULL COMMENT '姓名',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `gender` char(1) DEFAULT NULL COMMENT '性别(1男 2女)',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `nation` varchar(16) DEFAULT NULL COMMENT '民族',
  `political_status` varchar(16) DEFAULT NULL COMMENT '政治面貌(中共党员/共青团员/群众)',
  `education` varchar(16) DEFAULT NULL COMMENT '学历',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号码',
  `work_unit` varchar(128) DEFAULT NULL COMMENT '工作单位',
  `post` varchar(64) DEFAULT NULL COMMENT '岗位',
  `skill_grade` varchar(16) DEFAULT NULL COMMENT '职业技能等级',
  `hukou_addr` varchar(255) DEFAULT NULL COMMENT '户籍所在地',
  `home_addr` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `join_date` date DEFAULT NULL COMMENT '入会日期',
  `member_status` char(1) DEFAULT '0' COMMENT '会籍状态(0正常 1停会 2退会 3转出)',
  `is_model_worker` tinyint(1) DEFAULT 0 COMMENT '是否劳模',
  `photo_url` varchar(255) DEFAULT NULL COMMENT '会员照片',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `del_flag` tinyint(1) DEFAULT 0 COMMENT '删除标志',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_idcard` (`tenant_id`, `id_card_no`),
  KEY `idx_org` (`org_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工会会员';

DROP TABLE IF EXISTS `gh_dues_payment`;
CREATE TABLE `gh_dues_payment` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `period` char(6) NOT NULL COMMENT '缴费月份 yyyyMM',
  `wage_base` decimal(10,2) DEFAULT NULL COMMENT '工资基数',
  `dues_amount` decimal(10,2) DEFAULT NULL COMMENT '会费金额(工资基数×0.5%)',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '缴费渠道(代扣/微信/支付宝)',
  `pay_time` datetime DEFAULT NULL COMMENT '缴费时间',
  `serial_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会费缴纳记录';

DROP TABLE IF EXISTS `gh_hardship_file`;
CREATE TABLE `gh_hardship_file` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `hardship_type` varchar(16) DEFAULT NULL COMMENT '致困原因(因病/因残/因灾/单亲/子女就学)',
  `disease_name` varchar(128) DEFAULT NULL COMMENT '患病名称',
  `disability_level` varchar(8) DEFAULT NULL COMMENT '残疾等级',
  `family_size` int DEFAULT NULL COMMENT '家庭人口数',
  `family_income_mo` decimal(10,2) DEFAULT NULL COMMENT '家庭月收入',
  `per_capita_income` decimal(10,2) DEFAULT NULL COMMENT '人均月收入',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '帮扶资金发放银行卡号',
  `bank_name` varchar(64) DEFAULT NULL COMMENT '开户银行',
  `apply_status` char(1) DEFAULT '0' COMMENT '审核状态',
  `audit_opinion` varchar(500) DEFAULT NULL COMMENT '审核意见',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '建档时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='困难职工档案';

DROP TABLE IF EXISTS `gh_assist_record`;
CREATE TABLE `gh_assist_record` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `file_id` bigint NOT NULL COMMENT '困难档案ID',
  `assist_type` varchar(16) DEFAULT NULL COMMENT '帮扶类型(送温暖/金秋助学/医疗救助)',
  `amount` decimal(10,2) DEFAULT NULL COMMENT '帮扶金额',
  `assist_date` date DEFAULT NULL COMMENT '帮扶日期',
  `handler` varchar(32) DEFAULT NULL COMMENT '经办人',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='帮扶记录';

DROP TABLE IF EXISTS `gh_activity`;
CREATE TABLE `gh_activity` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `title` varchar(128) NOT NULL COMMENT '活动名称',
  `content` text COMMENT '活动内容',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `place` varchar(255) DEFAULT NULL COMMENT '活动地点',
  `quota` int DEFAULT NULL COMMENT '名额',
  `status` char(1) DEFAULT '0' COMMENT '状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工会活动';

DROP TABLE IF EXISTS `gh_activity_signup`;
CREATE TABLE `gh_activity_signup` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `activity_id` bigint NOT NULL COMMENT '活动ID',
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `emergency_contact` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `emergency_phone` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `signin_lng` decimal(10,6) DEFAULT NULL COMMENT '签到经度',
  `signin_lat` decimal(10,6) DEFAULT NULL COMMENT '签到纬度',
  `signup_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '报名时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='活动报名';

DROP TABLE IF EXISTS `gh_admin`;
CREATE TABLE `gh_admin` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `account` varchar(32) NOT NULL COMMENT '登录账号(工号)',
  `show_name` varchar(32) DEFAULT NULL COMMENT '显示名称',
  `pwd` char(64) NOT NULL COMMENT '密码(SM3)',
  `pwd_salt` char(16) DEFAULT NULL COMMENT '密码盐',
  `last_ip` varchar(45) DEFAULT NULL COMMENT '上次登录IP',
  `last_time` datetime DEFAULT NULL COMMENT '上次登录时间',
  `enabled` tinyint(1) DEFAULT 1 COMMENT '是否启用',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_account` (`account`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='平台管理员';

DROP TABLE IF EXISTS `gh_op_log`;
CREATE TABLE `gh_op_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `module` varchar(32) DEFAULT NULL COMMENT '功能模块',
  `operator` varchar(32) DEFAULT NULL COMMENT '操作人账号',
  `action` varchar(16) DEFAULT NULL COMMENT '操作类型(新增/修改/导出)',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '客户端IP',
  `ip_region` varchar(64) DEFAULT NULL COMMENT 'IP归属地(省市)',
  `detail_json` json DEFAULT NULL COMMENT '变更明细',
  `op_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作审计日志';

DROP TABLE IF EXISTS `gh_setting`;
CREATE TABLE `gh_setting` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `cfg_key` varchar(64) NOT NULL COMMENT '参数键(如 dues.rate)',
  `cfg_value` varchar(255) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '说明',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

SET FOREIGN_KEY_CHECKS = 1;
