-- dialect: mysql
/*
 企业 OA 审批平台（基于 jeecg-boot 风格二次开发）
 Navicat 风格导出，整理后仅保留结构
 Target Server Type    : MySQL 8
 File Encoding         : 65001
*/

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- Table structure for sys_user
-- ----------------------------
DROP TABLE IF EXISTS `sys_user`;
CREATE TABLE `sys_user` (
  `id` varchar(32) NOT NULL COMMENT '主键id',
  `username` varchar(100) DEFAULT NULL COMMENT '登录账号',
  `realname` varchar(100) DEFAULT NULL COMMENT '真实姓名',
  `password` varchar(255) DEFAULT NULL COMMENT '密码',
  `salt` varchar(45) DEFAULT NULL COMMENT 'md5密码盐',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `birthday` datetime DEFAULT NULL COMMENT '生日',
  `sex` tinyint(1) DEFAULT NULL COMMENT '性别(0-默认未知,1-男,2-女)',
  `email` varchar(45) DEFAULT NULL COMMENT '电子邮件',
  `phone` varchar(45) DEFAULT NULL COMMENT '手机号',
  `telephone` varchar(45) DEFAULT NULL COMMENT '办公座机',
  `work_no` varchar(100) DEFAULT NULL COMMENT '工号，唯一键',
  `post` varchar(100) DEFAULT NULL COMMENT '职务，关联职务表',
  `org_code` varchar(64) DEFAULT NULL COMMENT '登录会话的机构编码',
  `status` tinyint(1) DEFAULT NULL COMMENT '状态(1-正常,2-冻结)',
  `del_flag` tinyint(1) DEFAULT NULL COMMENT '删除状态(0-正常,1-已删除)',
  `third_id` varchar(100) DEFAULT NULL COMMENT '企业微信/钉钉 userid',
  `create_by` varchar(32) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  `update_by` varchar(32) DEFAULT NULL COMMENT '更新人',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uniq_sys_user_work_no` (`work_no`) USING BTREE,
  UNIQUE KEY `uniq_sys_user_username` (`username`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 ROW_FORMAT=DYNAMIC COMMENT='用户表';

-- ----------------------------
-- Table structure for oa_staff_archive
-- ----------------------------
DROP TABLE IF EXISTS `oa_staff_archive`;
CREATE TABLE `oa_staff_archive` (
  `id` varchar(32) NOT NULL,
  `user_id` varchar(32) NOT NULL COMMENT '用户ID',
  `id_card_no` varchar(32) DEFAULT NULL COMMENT '身份证号',
  `nation` varchar(20) DEFAULT NULL COMMENT '民族',
  `native_place` varchar(100) DEFAULT NULL COMMENT '籍贯',
  `political_status` varchar(20) DEFAULT NULL COMMENT '政治面貌(字典:political_status)',
  `marital_status` varchar(10) DEFAULT NULL COMMENT '婚姻状况',
  `education` varchar(20) DEFAULT NULL COMMENT '最高学历',
  `graduate_school` varchar(100) DEFAULT NULL COMMENT '毕业院校',
  `entry_date` date DEFAULT NULL COMMENT '入职日期',
  `regular_date` date DEFAULT NULL COMMENT '转正日期',
  `emergency_contact` varchar(50) DEFAULT NULL COMMENT '紧急联系人',
  `emergency_phone` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `home_address` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `salary_card_no` varchar(32) DEFAULT NULL COMMENT '工资卡号',
  `bank_name` varchar(100) DEFAULT NULL COMMENT '开户行',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_archive_user_id` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='员工档案';

-- ----------------------------
-- Table structure for sys_depart
-- ----------------------------
DROP TABLE IF EXISTS `sys_depart`;
CREATE TABLE `sys_depart` (
  `id` varchar(32) NOT NULL COMMENT 'ID',
  `parent_id` varchar(32) DEFAULT NULL COMMENT '父机构ID',
  `depart_name` varchar(100) NOT NULL COMMENT '机构/部门名称',
  `org_code` varchar(64) NOT NULL COMMENT '机构编码',
  `address` varchar(100) DEFAULT NULL COMMENT '办公地址',
  `fax` varchar(32) DEFAULT NULL COMMENT '传真',
  `memo` varchar(500) DEFAULT NULL COMMENT '备注',
  `status` varchar(1) DEFAULT NULL COMMENT '状态（1启用，0不启用）',
  `del_flag` varchar(1) DEFAULT NULL COMMENT '删除状态（0，正常，1已删除）',
  `create_by` varchar(32) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建日期',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uniq_depart_org_code` (`org_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='组织机构表';

-- ----------------------------
-- Table structure for oa_leave_apply
-- ----------------------------
DROP TABLE IF EXISTS `oa_leave_apply`;
CREATE TABLE `oa_leave_apply` (
  `id` varchar(36) NOT NULL,
  `apply_user` varchar(100) DEFAULT NULL COMMENT '申请人账号',
  `apply_realname` varchar(100) DEFAULT NULL COMMENT '申请人姓名',
  `depart_id` varchar(32) DEFAULT NULL COMMENT '所属部门',
  `leave_type` varchar(10) DEFAULT NULL COMMENT '请假类型(事假/病假/年假/婚假/产假/丧假)',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `qj_days` decimal(5,1) DEFAULT NULL COMMENT '请假天数',
  `reason` varchar(1000) DEFAULT NULL COMMENT '请假事由',
  `sick_cert_url` varchar(500) DEFAULT NULL COMMENT '病假证明(医院诊断书)附件',
  `process_instance_id` varchar(64) DEFAULT NULL COMMENT '流程实例ID',
  `bpm_status` varchar(10) DEFAULT '1' COMMENT '流程状态',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建日期',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='请假申请';

-- ----------------------------
-- Table structure for oa_expense_claim
-- ----------------------------
DROP TABLE IF EXISTS `oa_expense_claim`;
CREATE TABLE `oa_expense_claim` (
  `id` varchar(36) NOT NULL,
  `claim_no` varchar(32) NOT NULL COMMENT '报销单号',
  `user_id` varchar(32) DEFAULT NULL COMMENT '报销人ID',
  `claim_type` varchar(10) DEFAULT NULL COMMENT '报销类型(差旅/招待/办公)',
  `total_amount` decimal(12,2) DEFAULT NULL COMMENT '报销总金额',
  `trip_reason` varchar(500) DEFAULT NULL COMMENT '出差事由',
  `payee_name` varchar(50) DEFAULT NULL COMMENT '收款人',
  `payee_account` varchar(32) DEFAULT NULL COMMENT '收款账号',
  `payee_bank` varchar(100) DEFAULT NULL COMMENT '收款银行',
  `bpm_status` varchar(10) DEFAULT NULL COMMENT '流程状态',
  `finance_audit_by` varchar(32) DEFAULT NULL COMMENT '财务审核人',
  `audit_opinion` varchar(500) DEFAULT NULL COMMENT '审核意见',
  `create_by` varchar(50) DEFAULT NULL COMMENT '创建人',
  `create_time` datetime DEFAULT NULL COMMENT '创建日期',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `uniq_claim_no` (`claim_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='费用报销单';

-- ----------------------------
-- Table structure for sys_login_log
-- ----------------------------
DROP TABLE IF EXISTS `sys_login_log`;
CREATE TABLE `sys_login_log` (
  `id` varchar(32) NOT NULL,
  `log_type` int(2) DEFAULT NULL COMMENT '日志类型（1登录 2退出）',
  `username` varchar(100) DEFAULT NULL COMMENT '登录账号',
  `ip` varchar(100) DEFAULT NULL COMMENT 'IP',
  `login_location` varchar(255) DEFAULT NULL COMMENT '登录地点',
  `browser` varchar(50) DEFAULT NULL COMMENT '浏览器类型',
  `os` varchar(50) DEFAULT NULL COMMENT '操作系统',
  `msg` varchar(255) DEFAULT NULL COMMENT '提示消息',
  `login_time` datetime DEFAULT NULL COMMENT '访问时间',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_login_log_time` (`login_time`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统登录日志';

-- ----------------------------
-- Table structure for sys_dict_item
-- ----------------------------
DROP TABLE IF EXISTS `sys_dict_item`;
CREATE TABLE `sys_dict_item` (
  `id` varchar(32) NOT NULL,
  `dict_id` varchar(32) DEFAULT NULL COMMENT '字典id',
  `item_text` varchar(100) DEFAULT NULL COMMENT '字典项文本',
  `item_value` varchar(100) DEFAULT NULL COMMENT '字典项值',
  `sort_order` int(10) DEFAULT NULL COMMENT '排序',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='数据字典项';

SET FOREIGN_KEY_CHECKS = 1;
