-- dialect: mysql
-- source: https://github.com/ming-soft/MCMS/blob/1104f2b4e4dc5daf5f4486153574d12d4bf09f32/doc/mcms-5.2.sql (MIT)
-- ----------------------------
-- Table structure for model
-- ----------------------------
DROP TABLE IF EXISTS `model`;
CREATE TABLE `model` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `model_id` int(22) DEFAULT NULL COMMENT '模块的父模块id',
  `manager_id` int(11) DEFAULT NULL COMMENT '模块关联的关联员id',
  `model_parent_ids` varchar(300) DEFAULT NULL COMMENT '父级编号集合，从小到大排序',
  `model_code` varchar(255) DEFAULT NULL COMMENT '模块编码',
  `model_title` varchar(150) DEFAULT NULL COMMENT '模块标题',
  `model_url` varchar(255) DEFAULT NULL COMMENT '模块连接地址',
  `model_icon` varchar(120) DEFAULT NULL COMMENT '模块图标',
  `model_sort` int(11) DEFAULT NULL COMMENT '模块的排序',
  `model_ismenu` int(1) DEFAULT '0' COMMENT '模块是否是菜单',
  `IS_CHILD` varchar(300) DEFAULT NULL COMMENT '扩展字段',
  `model_datetime` datetime DEFAULT NULL,
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_model_id` (`model_id`) USING BTREE,
  CONSTRAINT `fk_model_id` FOREIGN KEY (`model_id`) REFERENCES `model` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB AUTO_INCREMENT=1668 DEFAULT CHARSET=utf8 COMMENT='模块表';

-- ----------------------------
-- Table structure for msend_log
-- ----------------------------
DROP TABLE IF EXISTS `msend_log`;
CREATE TABLE `msend_log` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `log_datetime` datetime DEFAULT NULL COMMENT '时间',
  `log_content` varchar(1000) DEFAULT NULL COMMENT '接收内容',
  `log_receive` varchar(100) DEFAULT NULL COMMENT '接收人',
  `log_type` int(1) DEFAULT NULL COMMENT '日志类型0邮件1短信',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COMMENT='发送日志';

-- ----------------------------
-- Table structure for msend_mail
-- ----------------------------
DROP TABLE IF EXISTS `msend_mail`;
CREATE TABLE `msend_mail` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `mail_type` varchar(255) COLLATE utf8_bin DEFAULT NULL COMMENT '邮件类型',
  `mail_name` varchar(255) COLLATE utf8_bin DEFAULT NULL COMMENT '账号',
  `mail_password` varchar(255) COLLATE utf8_bin DEFAULT NULL,
  `mail_port` int(11) DEFAULT NULL COMMENT '端口号',
  `mail_server` varchar(255) COLLATE utf8_bin DEFAULT NULL COMMENT '服务器',
  `mail_form` varchar(255) COLLATE utf8_bin DEFAULT NULL,
  `mail_form_name` varchar(255) COLLATE utf8_bin DEFAULT NULL,
  `mail_enable` int(11) DEFAULT '0' COMMENT '0启用 1禁用',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=MyISAM AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

-- ----------------------------
-- Table structure for msend_sms
-- ----------------------------
DROP TABLE IF EXISTS `msend_sms`;
CREATE TABLE `msend_sms` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `sms_type` varchar(150) COLLATE utf8_bin DEFAULT NULL COMMENT '短信接口类型',
  `sms_username` varchar(20) COLLATE utf8_bin DEFAULT NULL COMMENT '账号',
  `sms_password` varchar(60) COLLATE utf8_bin DEFAULT NULL COMMENT '密码',
  `sms_send_url` varchar(500) COLLATE utf8_bin DEFAULT NULL COMMENT '发送地址',
  `sms_account_url` varchar(500) COLLATE utf8_bin DEFAULT NULL,
  `sms_manager_url` varchar(120) COLLATE utf8_bin DEFAULT NULL COMMENT '短信平台后台管理地址',
  `sms_signature` varchar(20) COLLATE utf8_bin DEFAULT NULL COMMENT '签名',
  `sms_enable` int(11) DEFAULT '0' COMMENT '0启用 1禁用',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8 COLLATE=utf8_bin;

-- ----------------------------
-- Table structure for msend_template
-- ----------------------------
DROP TABLE IF EXISTS `msend_template`;
CREATE TABLE `msend_template` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `model_id` int(11) DEFAULT '0' COMMENT '模块编号',
  `template_title` varchar(100) COLLATE utf8_bin NOT NULL COMMENT '标题',
  `template_mail` varchar(5000) COLLATE utf8_bin DEFAULT NULL,
  `template_sms` varchar(5000) COLLATE utf8_bin DEFAULT NULL,
  `template_code` varchar(50) COLLATE utf8_bin NOT NULL COMMENT '邮件模块代码',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=MyISAM AUTO_INCREMENT=26 DEFAULT CHARSET=utf8 COLLATE=utf8_bin COMMENT='发送消息模板表';

-- ----------------------------
-- Table structure for people
-- ----------------------------
DROP TABLE IF EXISTS `people`;
CREATE TABLE `people` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `people_name` varchar(30) DEFAULT NULL COMMENT '账号',
  `people_password` varchar(50) DEFAULT NULL COMMENT '密码',
  `people_ip` varchar(100) DEFAULT NULL COMMENT '用户登录ip',
  `people_phone` varchar(30) DEFAULT NULL COMMENT '手机号码',
  `people_phonecheck` int(1) DEFAULT '0' COMMENT '1手机验证通过',
  `people_mail` varchar(120) DEFAULT NULL COMMENT '用户邮箱',
  `people_maillcheck` int(1) DEFAULT '0' COMMENT '1邮箱验证通过',
  `people_state` int(2) DEFAULT '0' COMMENT '用户状态',
  `people_code` varchar(15) DEFAULT NULL COMMENT '随机验证码',
  `people_codesenddate` datetime DEFAULT NULL COMMENT '发送验证码时间',
  `people_datetime` timestamp NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8 COMMENT='户用基础表';

-- ----------------------------
-- Table structure for people_address
-- ----------------------------
DROP TABLE IF EXISTS `people_address`;
CREATE TABLE `people_address` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `PEOPLE_ID` int(11) NOT NULL COMMENT '对应用户基础信息拓展表的id',
  `PA_CONSIGNEE_NAME` varchar(30) DEFAULT NULL COMMENT '用户收货人姓名',
  `PA_PHONE` varchar(40) DEFAULT NULL COMMENT '收货人手机',
  `PA_MAIL` varchar(40) DEFAULT NULL COMMENT '收货人邮箱',
  `PA_ADDRESS` varchar(200) DEFAULT NULL COMMENT '收货人的详细收货地址',
  `PA_PROVINCE` varchar(10) DEFAULT NULL COMMENT '收货人所在的省',
  `PA_PROVINCE_ID` bigint(11) DEFAULT '0' COMMENT '省份编号',
  `PA_CITY` varchar(10) DEFAULT NULL COMMENT '收货人所在的市',
  `PA_CITY_ID` bigint(11) DEFAULT '0' COMMENT '城市编号',
  `PA_DISTRICT` varchar(10) DEFAULT NULL COMMENT '收货人所在区(县)',
  `PA_DISTRICT_ID` bigint(11) DEFAULT '0' COMMENT '区编号',
  `PA_STREET` varchar(255) DEFAULT NULL COMMENT '街道',
  `PA_STREET_ID` bigint(11) DEFAULT '0' COMMENT '街道编号',
  `PA_DEFAULT` int(1) DEFAULT '0' COMMENT '是否是收货人最终收货地址。1代表是，0代表不是，默认为0',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `PA_PEOPLE_ID` (`PEOPLE_ID`) USING BTREE,
  CONSTRAINT `fk_pa_people_id` FOREIGN KEY (`PEOPLE_ID`) REFERENCES `people` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户地址';

-- ----------------------------
-- Table structure for people_user
-- ----------------------------
DROP TABLE IF EXISTS `people_user`;
CREATE TABLE `people_user` (
  `people_id` int(11) NOT NULL COMMENT '用户id关联people表的（people_id）',
  `pu_real_name` varchar(50) DEFAULT NULL COMMENT '用户真实名称',
  `pu_address` varchar(200) DEFAULT NULL COMMENT '用户地址',
  `pu_level` varchar(200) DEFAULT NULL COMMENT '用户等级',
  `pu_level_name` varchar(200) DEFAULT NULL COMMENT '用户等级名称',
  `pu_icon` varchar(200) DEFAULT NULL COMMENT '用户头像图标地址',
  `pu_nickname` varchar(50) DEFAULT NULL COMMENT '用户昵称',
  `pu_sex` int(2) DEFAULT NULL COMMENT '用户性别(0.未知、1.男、2.女)',
  `pu_birthday` date DEFAULT NULL COMMENT '用户出生年月日',
  `pu_card` varchar(255) DEFAULT NULL COMMENT '身份证',
  `province_id` bigint(20) DEFAULT NULL COMMENT '省编号',
  `province_name` varchar(255) DEFAULT NULL COMMENT '省',
  `city_id` bigint(20) DEFAULT NULL COMMENT '城市编号',
  `city_name` varchar(255) DEFAULT NULL COMMENT '城市',
  `county_id` bigint(20) DEFAULT NULL COMMENT '县编号',
  `county_name` varchar(255) DEFAULT NULL COMMENT '县',
  PRIMARY KEY (`people_id`) USING BTREE,
  KEY `inx_people_id` (`people_id`) USING BTREE,
  CONSTRAINT `fk_pu_people_id` FOREIGN KEY (`people_id`) REFERENCES `people` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='用户基础信息表';

-- ----------------------------
-- Table structure for role
-- ----------------------------
DROP TABLE IF EXISTS `role`;
CREATE TABLE `role` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT 'id主键',
  `manager_id` int(11) DEFAULT '0' COMMENT '角色管理员编号',
  `role_name` varchar(30) DEFAULT NULL COMMENT '角色名',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `inx_role_manage_id` (`manager_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=49 DEFAULT CHARSET=utf8 COMMENT='角色表';

-- ----------------------------
-- Table structure for role_model
-- ----------------------------
DROP TABLE IF EXISTS `role_model`;
CREATE TABLE `role_model` (
  `model_id` int(22) DEFAULT NULL COMMENT '模块编号',
  `role_id` int(22) DEFAULT NULL COMMENT '角色编号',
  KEY `fk_model_id` (`model_id`) USING BTREE,
  KEY `fk_role_id` (`role_id`) USING BTREE,
  CONSTRAINT `fk_rm_model_id` FOREIGN KEY (`model_id`) REFERENCES `model` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION,
  CONSTRAINT `fk_rm_role_id` FOREIGN KEY (`role_id`) REFERENCES `role` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='角色模块关联表';

SET FOREIGN_KEY_CHECKS = 1;
