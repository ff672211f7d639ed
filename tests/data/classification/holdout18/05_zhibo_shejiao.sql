-- dialect: mysql
-- 星河直播 App 数据库 (MySQL 8.0)
-- 用户、主播、公会、关注、礼物打赏、充值、弹幕

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `lv_user`;
CREATE TABLE `lv_user` (
  `user_id` bigint NOT NULL AUTO_INCREMENT COMMENT '用户ID',
  `show_no` varchar(16) NOT NULL COMMENT '星河号(对外展示的用户号,可修改一次)',
  `nickname` varchar(32) NOT NULL COMMENT '昵称',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `gender` tinyint DEFAULT '0' COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `signature` varchar(128) DEFAULT NULL COMMENT '个性签名',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `password` varchar(64) DEFAULT NULL COMMENT '登录密码(加密)',
  `salt` varchar(16) DEFAULT NULL COMMENT '密码盐',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `wx_unionid` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `province` varchar(20) DEFAULT NULL COMMENT '所在省份',
  `city` varchar(20) DEFAULT NULL COMMENT '所在城市',
  `reg_ip` varchar(64) DEFAULT NULL COMMENT '注册IP',
  `device_id` varchar(64) DEFAULT NULL COMMENT '注册设备号(IMEI/OAID)',
  `user_level` int DEFAULT '1' COMMENT '财富等级',
  `diamond_balance` bigint DEFAULT '0' COMMENT '钻石余额',
  `is_anchor` tinyint DEFAULT '0' COMMENT '是否主播',
  `status` tinyint DEFAULT '0' COMMENT '状态 0正常 1封禁',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `deleted` tinyint DEFAULT '0' COMMENT '逻辑删除',
  PRIMARY KEY (`user_id`),
  UNIQUE KEY `uk_show_no` (`show_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='用户表';

DROP TABLE IF EXISTS `lv_realname_auth`;
CREATE TABLE `lv_realname_auth` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `real_name` varchar(32) NOT NULL COMMENT '真实姓名',
  `id_card_no` varchar(18) NOT NULL COMMENT '身份证号',
  `id_card_front` varchar(255) DEFAULT NULL COMMENT '身份证人像面',
  `id_card_back` varchar(255) DEFAULT NULL COMMENT '身份证国徽面',
  `face_image` varchar(255) DEFAULT NULL COMMENT '活体检测人脸照片',
  `verify_channel` varchar(20) DEFAULT NULL COMMENT '核验渠道(阿里云/腾讯云)',
  `verify_result` tinyint DEFAULT '0' COMMENT '认证结果 0待审 1通过 2驳回',
  `reject_reason` varchar(200) DEFAULT NULL COMMENT '驳回原因',
  `verify_time` datetime DEFAULT NULL COMMENT '认证时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='实名认证';

DROP TABLE IF EXISTS `lv_guild`;
CREATE TABLE `lv_guild` (
  `guild_id` int NOT NULL AUTO_INCREMENT COMMENT '公会ID',
  `guild_name` varchar(64) NOT NULL COMMENT '公会名称',
  `company_name` varchar(128) DEFAULT NULL COMMENT '运营公司名称',
  `credit_code` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `legal_person` varchar(32) DEFAULT NULL COMMENT '法定代表人',
  `contact_mobile` varchar(11) DEFAULT NULL COMMENT '公会负责人手机号',
  `office_address` varchar(255) DEFAULT NULL COMMENT '办公地址',
  `status` tinyint DEFAULT '1' COMMENT '状态',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`guild_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='公会';

DROP TABLE IF EXISTS `lv_anchor`;
CREATE TABLE `lv_anchor` (
  `anchor_id` bigint NOT NULL AUTO_INCREMENT COMMENT '主播ID',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `guild_id` int DEFAULT NULL COMMENT '所属公会',
  `stage_name` varchar(32) DEFAULT NULL COMMENT '艺名',
  `room_no` varchar(12) DEFAULT NULL COMMENT '直播间号',
  `share_ratio` decimal(4,2) DEFAULT '0.50' COMMENT '礼物分成比例',
  `bank_name` varchar(64) DEFAULT NULL COMMENT '结算开户行',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '结算银行卡号',
  `bank_account_name` varchar(32) DEFAULT NULL COMMENT '开户人姓名',
  `settled_income` decimal(14,2) DEFAULT '0.00' COMMENT '累计已结算收入(元)',
  `fans_count` int DEFAULT '0' COMMENT '粉丝数',
  `sign_time` datetime DEFAULT NULL COMMENT '签约时间',
  PRIMARY KEY (`anchor_id`),
  KEY `idx_user` (`user_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='主播信息';

DROP TABLE IF EXISTS `lv_follow`;
CREATE TABLE `lv_follow` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `fan_user_id` bigint NOT NULL COMMENT '粉丝用户ID',
  `anchor_id` bigint NOT NULL COMMENT '被关注主播ID',
  `remark_name` varchar(32) DEFAULT NULL COMMENT '粉丝给主播设置的备注名',
  `intimacy` int DEFAULT '0' COMMENT '亲密度',
  `follow_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '关注时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='粉丝关注关系';

DROP TABLE IF EXISTS `lv_gift`;
CREATE TABLE `lv_gift` (
  `gift_id` int NOT NULL AUTO_INCREMENT COMMENT '礼物ID',
  `gift_name` varchar(32) NOT NULL COMMENT '礼物名称',
  `icon` varchar(255) DEFAULT NULL COMMENT '礼物图标',
  `price_diamond` int NOT NULL COMMENT '价格(钻石)',
  `effect_url` varchar(255) DEFAULT NULL COMMENT '特效动画地址',
  `sort` int DEFAULT '0' COMMENT '排序',
  PRIMARY KEY (`gift_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='礼物配置';

DROP TABLE IF EXISTS `lv_reward`;
CREATE TABLE `lv_reward` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '打赏单号',
  `sender_user_id` bigint NOT NULL COMMENT '打赏用户ID',
  `anchor_id` bigint NOT NULL COMMENT '主播ID',
  `gift_id` int NOT NULL COMMENT '礼物ID',
  `gift_count` int DEFAULT '1' COMMENT '数量',
  `diamond_amount` bigint NOT NULL COMMENT '消耗钻石',
  `message` varchar(100) DEFAULT NULL COMMENT '打赏留言(在直播间公屏展示)',
  `client_ip` varchar(64) DEFAULT NULL COMMENT '客户端IP',
  `device_model` varchar(64) DEFAULT NULL COMMENT '手机型号',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '打赏时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='礼物打赏记录';

DROP TABLE IF EXISTS `lv_recharge`;
CREATE TABLE `lv_recharge` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '充值订单号',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `amount` decimal(10,2) NOT NULL COMMENT '充值金额(元)',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付渠道 alipay/wxpay/iap',
  `trade_no` varchar(64) DEFAULT NULL COMMENT '第三方支付流水号',
  `payer_account` varchar(64) DEFAULT NULL COMMENT '付款人支付宝账号',
  `status` tinyint DEFAULT '0' COMMENT '0待支付 1成功 2关闭',
  `pay_time` datetime DEFAULT NULL COMMENT '支付时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='充值订单';

DROP TABLE IF EXISTS `lv_danmaku`;
CREATE TABLE `lv_danmaku` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `room_no` varchar(12) NOT NULL COMMENT '直播间号',
  `user_id` bigint NOT NULL COMMENT '发送者',
  `content` varchar(200) NOT NULL COMMENT '弹幕内容',
  `ip_location` varchar(20) DEFAULT NULL COMMENT 'IP属地(省份)',
  `is_blocked` tinyint DEFAULT '0' COMMENT '是否被屏蔽',
  `send_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '发送时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='弹幕记录';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(1000) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

SET FOREIGN_KEY_CHECKS = 1;
