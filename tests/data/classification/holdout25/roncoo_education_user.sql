-- dialect: mysql
-- source: roncoo/roncoo-education doc/education_user.sql (MySQL-Front dump dated 2020-05-07; stored-version id 35216504738, commit not recorded; latest listed commit 299f9508b171adff0d8908facfc7c4a4cf942650); INSERT data dropped

#
# Structure for table "lecturer"
#

CREATE TABLE `lecturer` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `lecturer_name` varchar(50) NOT NULL DEFAULT '' COMMENT '讲师名称',
  `lecturer_mobile` char(11) NOT NULL DEFAULT '' COMMENT '讲师手机',
  `lecturer_email` varchar(100) DEFAULT NULL COMMENT '讲师邮箱',
  `position` varchar(50) DEFAULT NULL COMMENT '职位',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `introduce` varchar(2048) DEFAULT NULL COMMENT '简介',
  `lecturer_proportion` decimal(5,4) NOT NULL DEFAULT '0.0000' COMMENT '讲师分成比例',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师信息';

#
# Structure for table "lecturer_audit"
#

CREATE TABLE `lecturer_audit` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `audit_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '审核状态(0:待审核,1:审核通过,2:审核不通过)',
  `audit_opinion` varchar(1024) DEFAULT NULL COMMENT '审核意见',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `lecturer_name` varchar(50) NOT NULL DEFAULT '' COMMENT '讲师名称',
  `lecturer_mobile` char(11) NOT NULL DEFAULT '' COMMENT '讲师手机',
  `lecturer_email` varchar(100) NOT NULL DEFAULT '' COMMENT '讲师邮箱',
  `position` varchar(50) DEFAULT NULL COMMENT '职位',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `introduce` varchar(2048) DEFAULT NULL COMMENT '简介',
  `lecturer_proportion` decimal(5,4) NOT NULL DEFAULT '0.0000' COMMENT '讲师分成比例',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师信息-审核';

#
# Structure for table "lecturer_ext"
#

CREATE TABLE `lecturer_ext` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `total_income` decimal(11,2) NOT NULL COMMENT '总收入',
  `history_money` decimal(11,2) NOT NULL COMMENT '已提金额',
  `enable_balances` decimal(11,2) NOT NULL COMMENT '可提余额',
  `freeze_balances` decimal(11,2) NOT NULL COMMENT '冻结金额',
  `sign` char(32) NOT NULL COMMENT 'sign',
  `bank_card_no` varchar(255) DEFAULT NULL COMMENT '银行卡号',
  `bank_name` varchar(255) DEFAULT NULL COMMENT '银行名称',
  `bank_branch_name` varchar(255) DEFAULT NULL COMMENT '银行支行名称',
  `bank_user_name` varchar(255) DEFAULT NULL COMMENT '银行开户名',
  `bank_id_card_no` varchar(255) DEFAULT NULL COMMENT '银行身份证号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师账户信息表';

#
# Structure for table "lecturer_profit"
#

CREATE TABLE `lecturer_profit` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `lecturer_user_no` bigint(20) NOT NULL COMMENT '讲师用户编号',
  `bank_card_no` varchar(255) NOT NULL COMMENT '银行卡号',
  `bank_name` varchar(255) NOT NULL COMMENT '银行名称',
  `bank_branch_name` varchar(255) NOT NULL COMMENT '银行支行名称',
  `bank_user_name` varchar(255) NOT NULL COMMENT '银行开户名',
  `bank_id_card_no` varchar(255) NOT NULL COMMENT '银行身份证号',
  `lecturer_profit` decimal(11,2) DEFAULT NULL COMMENT '讲师收入',
  `platform_profit` decimal(11,2) DEFAULT NULL COMMENT '平台收入',
  `profit_status` tinyint(3) unsigned NOT NULL DEFAULT '0' COMMENT '分润状态（1确认中，2成功，3失败）',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='讲师提现日志表';

#
# Structure for table "platform"
#

CREATE TABLE `platform` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `sort` int(11) NOT NULL DEFAULT '1' COMMENT '排序',
  `client_id` char(34) NOT NULL DEFAULT '' COMMENT '客户端ID',
  `client_secret` char(32) NOT NULL DEFAULT '' COMMENT '客户端密匙',
  `client_name` varchar(50) NOT NULL DEFAULT '' COMMENT '客户端名称',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_client_id` (`client_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='平台信息';

#
# Structure for table "region"
#

CREATE TABLE `region` (
  `id` bigint(20) unsigned NOT NULL COMMENT '主键',
  `parent_id` bigint(10) unsigned NOT NULL DEFAULT '0' COMMENT '父id',
  `level` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '级别',
  `province_code` varchar(9) NOT NULL DEFAULT '' COMMENT '区域编码（国标）',
  `center_lng` decimal(12,9) NOT NULL COMMENT '中心经度',
  `center_lat` decimal(12,9) NOT NULL COMMENT '中心维度',
  `province_id` int(11) NOT NULL COMMENT '省Id',
  `province_name` varchar(50) NOT NULL COMMENT '省名称',
  `city_id` int(11) NOT NULL COMMENT '市Id',
  `city_code` varchar(50) NOT NULL DEFAULT '' COMMENT '城市编码',
  `city_name` varchar(50) NOT NULL DEFAULT '' COMMENT '市名称',
  `region_name` varchar(50) NOT NULL DEFAULT '' COMMENT '区域名称',
  `district_name` varchar(50) NOT NULL DEFAULT '' COMMENT '区名称',
  `merger_name` varchar(100) NOT NULL DEFAULT '' COMMENT '全路径名称',
  PRIMARY KEY (`id`),
  KEY `parent_id` (`parent_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=COMPACT COMMENT='行政区域表';

#
# Structure for table "send_sms_log"
#

CREATE TABLE `send_sms_log` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `template` varchar(36) NOT NULL COMMENT '短信模板',
  `mobile` char(11) NOT NULL COMMENT '手机号码',
  `sms_code` varchar(12) NOT NULL COMMENT '验证码',
  `is_success` tinyint(3) NOT NULL DEFAULT '0' COMMENT '是否发送成功(1发送成功，0:发送失败)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户发送短信日志';

#
# Structure for table "user"
#

CREATE TABLE `user` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `user_no` bigint(20) unsigned NOT NULL DEFAULT '0' COMMENT '用户编号',
  `mobile` varchar(11) NOT NULL COMMENT '手机号码',
  `mobile_salt` varchar(36) NOT NULL COMMENT '密码盐',
  `mobile_psw` varchar(255) NOT NULL COMMENT '登录密码',
  `user_source` varchar(255) DEFAULT NULL COMMENT '用户来源(client_id)',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`),
  UNIQUE KEY `uk_user_no` (`user_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户基本信息';

#
# Structure for table "user_ext"
#

CREATE TABLE `user_ext` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gmt_modified` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '修改时间',
  `status_id` tinyint(3) unsigned NOT NULL DEFAULT '1' COMMENT '状态(1:正常，0:禁用)',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `user_type` tinyint(3) NOT NULL DEFAULT '1' COMMENT '用户类型(1用户，2讲师)',
  `mobile` varchar(11) NOT NULL DEFAULT '' COMMENT '用户手机',
  `sex` tinyint(3) unsigned DEFAULT '3' COMMENT '性别(1男，2女，3保密)',
  `age` int(11) DEFAULT NULL COMMENT '年龄',
  `nickname` varchar(50) DEFAULT NULL COMMENT '昵称',
  `head_img_url` varchar(255) DEFAULT NULL COMMENT '头像地址',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`),
  UNIQUE KEY `uk_user_no` (`user_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户教育信息';

#
# Structure for table "user_log_login"
#

CREATE TABLE `user_log_login` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `client_id` char(34) NOT NULL DEFAULT '' COMMENT '客户端ID',
  `login_status` tinyint(3) NOT NULL DEFAULT '1' COMMENT '登录状态(1成功，0失败)',
  `login_ip` varchar(255) DEFAULT NULL COMMENT '登录IP',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户错误登录日志';

#
# Structure for table "user_log_modified"
#

CREATE TABLE `user_log_modified` (
  `id` bigint(20) NOT NULL COMMENT '主键',
  `gmt_create` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `user_no` bigint(20) NOT NULL COMMENT '用户编号',
  `mobile_old` char(11) NOT NULL DEFAULT '' COMMENT '原手机号',
  `mobile_new` char(11) NOT NULL DEFAULT '' COMMENT '新手机',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='用户修改日志';
