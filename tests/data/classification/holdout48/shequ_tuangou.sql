-- dialect: mysql
-- 社区团购小程序 数据库结构
SET NAMES utf8mb4;

DROP TABLE IF EXISTS `tg_member`;
CREATE TABLE `tg_member` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户ID',
  `mini_openid` varchar(64) NOT NULL COMMENT '小程序openid',
  `unionid` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `nickname` varchar(64) DEFAULT NULL COMMENT '微信昵称',
  `avatar_url` varchar(512) DEFAULT NULL COMMENT '头像',
  `mobile` varchar(20) DEFAULT NULL COMMENT '绑定手机号',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名（实名认证）',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '实名身份证号',
  `gender` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `level_id` int DEFAULT NULL COMMENT '会员等级ID',
  `growth_value` int NOT NULL DEFAULT 0 COMMENT '成长值',
  `invite_code` varchar(16) DEFAULT NULL COMMENT '邀请码',
  `register_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `last_login_time` datetime DEFAULT NULL COMMENT '最后登录时间',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1正常 2冻结',
  `deleted` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否删除',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='社区团购会员';

DROP TABLE IF EXISTS `tg_member_address`;
CREATE TABLE `tg_member_address` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint unsigned NOT NULL COMMENT '会员ID',
  `consignee` varchar(32) NOT NULL COMMENT '收货人',
  `phone` varchar(20) NOT NULL COMMENT '收货人电话',
  `province` varchar(20) DEFAULT NULL COMMENT '省',
  `city` varchar(20) DEFAULT NULL COMMENT '市',
  `district` varchar(20) DEFAULT NULL COMMENT '区/县',
  `detail` varchar(255) NOT NULL COMMENT '详细地址（小区、楼栋、门牌号）',
  `lng` decimal(10,7) DEFAULT NULL COMMENT '经度',
  `lat` decimal(10,7) DEFAULT NULL COMMENT '纬度',
  `is_default` tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否默认地址',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员收货地址（送货上门）';

DROP TABLE IF EXISTS `tg_leader`;
CREATE TABLE `tg_leader` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint unsigned NOT NULL COMMENT '关联会员ID',
  `leader_name` varchar(32) NOT NULL COMMENT '团长姓名',
  `id_card_no` varchar(18) NOT NULL COMMENT '身份证号',
  `id_card_front` varchar(255) DEFAULT NULL COMMENT '身份证人像面照片URL',
  `leader_photo` varchar(255) DEFAULT NULL COMMENT '团长头像',
  `wechat_no` varchar(64) DEFAULT NULL COMMENT '团长微信号',
  `contact_mobile` varchar(20) NOT NULL COMMENT '联系电话',
  `store_name` varchar(64) DEFAULT NULL COMMENT '门店/小区名称',
  `pickup_address` varchar(255) NOT NULL COMMENT '自提点地址',
  `pickup_lng` decimal(10,7) DEFAULT NULL COMMENT '自提点经度',
  `pickup_lat` decimal(10,7) DEFAULT NULL COMMENT '自提点纬度',
  `commission_rate` decimal(5,2) NOT NULL DEFAULT 0.00 COMMENT '佣金比例(%)',
  `settle_bank_card` varchar(32) DEFAULT NULL COMMENT '结算银行卡号',
  `settle_bank_name` varchar(64) DEFAULT NULL COMMENT '开户行',
  `audit_status` tinyint NOT NULL DEFAULT 0 COMMENT '审核状态 0待审 1通过 2驳回',
  `audit_by` varchar(64) DEFAULT NULL COMMENT '审核人',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='团长（自提点）';

DROP TABLE IF EXISTS `tg_supplier`;
CREATE TABLE `tg_supplier` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `company_name` varchar(128) NOT NULL COMMENT '公司名称',
  `credit_code` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `contact_person` varchar(32) DEFAULT NULL COMMENT '联系人',
  `contact_phone` varchar(20) DEFAULT NULL COMMENT '联系人手机',
  `warehouse_address` varchar(255) DEFAULT NULL COMMENT '仓库地址',
  `license_img` varchar(255) DEFAULT NULL COMMENT '营业执照图片',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '合作状态',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='供应商';

DROP TABLE IF EXISTS `tg_product`;
CREATE TABLE `tg_product` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `title` varchar(128) NOT NULL COMMENT '商品标题',
  `category_id` int NOT NULL COMMENT '类目ID',
  `cover_img` varchar(255) DEFAULT NULL COMMENT '封面图',
  `group_price` decimal(10,2) NOT NULL COMMENT '团购价',
  `stock` int NOT NULL DEFAULT 0 COMMENT '库存',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '上架状态',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='团购商品';

DROP TABLE IF EXISTS `tg_order`;
CREATE TABLE `tg_order` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_sn` varchar(32) NOT NULL COMMENT '订单编号',
  `member_id` bigint unsigned NOT NULL COMMENT '下单会员ID',
  `leader_id` bigint unsigned NOT NULL COMMENT '所属团长ID',
  `activity_id` bigint unsigned DEFAULT NULL COMMENT '团购活动ID',
  `pay_amount` decimal(10,2) NOT NULL COMMENT '实付金额',
  `pay_channel` varchar(16) DEFAULT NULL COMMENT '支付渠道 wxpay/balance',
  `pay_trade_no` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `pickup_code` varchar(8) DEFAULT NULL COMMENT '提货码',
  `buyer_remark` varchar(255) DEFAULT NULL COMMENT '买家留言',
  `receiver_name` varchar(32) DEFAULT NULL COMMENT '收货人姓名（快照）',
  `receiver_mobile` varchar(20) DEFAULT NULL COMMENT '收货人手机（快照）',
  `receiver_address` varchar(255) DEFAULT NULL COMMENT '送货地址（送货上门时）',
  `order_status` tinyint NOT NULL DEFAULT 0 COMMENT '订单状态',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '下单时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='团购订单';

DROP TABLE IF EXISTS `tg_after_sale`;
CREATE TABLE `tg_after_sale` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_id` bigint unsigned NOT NULL COMMENT '订单ID',
  `after_sale_sn` varchar(32) NOT NULL COMMENT '售后单号',
  `reason_type` tinyint NOT NULL COMMENT '原因类型 1少件 2变质 3其他',
  `description` varchar(500) DEFAULT NULL COMMENT '问题描述（用户填写）',
  `proof_imgs` json DEFAULT NULL COMMENT '凭证图片',
  `refund_amount` decimal(10,2) DEFAULT NULL COMMENT '退款金额',
  `handle_by` varchar(64) DEFAULT NULL COMMENT '处理人',
  `handle_note` varchar(255) DEFAULT NULL COMMENT '处理说明',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '状态',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '申请时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='售后申请';

DROP TABLE IF EXISTS `tg_leader_settlement`;
CREATE TABLE `tg_leader_settlement` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `leader_id` bigint unsigned NOT NULL COMMENT '团长ID',
  `period` char(7) NOT NULL COMMENT '结算周期 yyyy-MM',
  `order_count` int NOT NULL DEFAULT 0 COMMENT '订单数',
  `commission_amount` decimal(12,2) NOT NULL COMMENT '佣金金额',
  `tax_withheld` decimal(12,2) NOT NULL DEFAULT 0.00 COMMENT '代扣个人所得税',
  `status` tinyint NOT NULL DEFAULT 0 COMMENT '结算状态',
  `settle_time` datetime DEFAULT NULL COMMENT '结算时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='团长佣金结算';

DROP TABLE IF EXISTS `tg_search_log`;
CREATE TABLE `tg_search_log` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint unsigned DEFAULT NULL COMMENT '会员ID',
  `keyword` varchar(64) NOT NULL COMMENT '搜索关键词',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '客户端IP',
  `device_model` varchar(64) DEFAULT NULL COMMENT '手机型号',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '搜索时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='搜索记录';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(1000) DEFAULT NULL COMMENT '参数值',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

