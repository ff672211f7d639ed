-- dialect: mysql
-- 电动车充电运营平台 (会员/车辆/站点/充电桩/订单/钱包/发票)
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `cd_user`;
CREATE TABLE `cd_user` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `mobile` varchar(20) NOT NULL COMMENT '手机号（登录账号）',
  `nickname` varchar(64) DEFAULT NULL COMMENT '昵称',
  `real_name` varchar(32) DEFAULT NULL COMMENT '实名认证姓名',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号（实名）',
  `gender` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日（生日券）',
  `email` varchar(128) DEFAULT NULL COMMENT '邮箱',
  `register_ip` varchar(64) DEFAULT NULL COMMENT '注册IP',
  `register_channel` varchar(16) DEFAULT NULL COMMENT '注册渠道 app/mini/h5',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1正常 0冻结',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='充电会员';

DROP TABLE IF EXISTS `cd_vehicle`;
CREATE TABLE `cd_vehicle` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '会员ID',
  `plate_no` varchar(16) NOT NULL COMMENT '车牌号',
  `owner_name` varchar(32) DEFAULT NULL COMMENT '行驶证所有人',
  `vin` varchar(17) DEFAULT NULL COMMENT '车架号',
  `brand` varchar(32) DEFAULT NULL COMMENT '品牌',
  `model_name` varchar(64) DEFAULT NULL COMMENT '车型',
  `battery_kwh` decimal(6,1) DEFAULT NULL COMMENT '电池容量kWh',
  `driving_license_img` varchar(255) DEFAULT NULL COMMENT '行驶证照片',
  `is_default` tinyint DEFAULT 0 COMMENT '是否默认车辆',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员车辆';

DROP TABLE IF EXISTS `cd_operator`;
CREATE TABLE `cd_operator` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `company_name` varchar(128) NOT NULL COMMENT '运营商公司名称',
  `credit_code` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `legal_person` varchar(32) DEFAULT NULL COMMENT '法定代表人',
  `contact_name` varchar(32) DEFAULT NULL COMMENT '对接人姓名',
  `contact_mobile` varchar(20) DEFAULT NULL COMMENT '对接人手机',
  `settle_bank_account` varchar(32) DEFAULT NULL COMMENT '结算对公账户',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='运营商';

DROP TABLE IF EXISTS `cd_station`;
CREATE TABLE `cd_station` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `operator_id` bigint NOT NULL COMMENT '运营商ID',
  `station_name` varchar(128) NOT NULL COMMENT '站点名称',
  `address` varchar(255) DEFAULT NULL COMMENT '站点地址',
  `longitude` decimal(10,6) DEFAULT NULL COMMENT '站点经度',
  `latitude` decimal(10,6) DEFAULT NULL COMMENT '站点纬度',
  `service_phone` varchar(20) DEFAULT NULL COMMENT '客服电话',
  `open_hours` varchar(64) DEFAULT NULL COMMENT '营业时间',
  `parking_fee_desc` varchar(255) DEFAULT NULL COMMENT '停车费说明',
  `status` tinyint DEFAULT 1 COMMENT '状态',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='充电站';

DROP TABLE IF EXISTS `cd_pile`;
CREATE TABLE `cd_pile` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `station_id` bigint NOT NULL COMMENT '站点ID',
  `pile_code` varchar(32) NOT NULL COMMENT '桩编号',
  `power_kw` decimal(6,1) DEFAULT NULL COMMENT '额定功率',
  `gun_count` tinyint DEFAULT 1 COMMENT '枪数量',
  `firmware_ver` varchar(32) DEFAULT NULL COMMENT '固件版本',
  `status` tinyint DEFAULT 0 COMMENT '桩状态 0空闲 1充电中 2故障 3离线',
  `last_heartbeat` datetime DEFAULT NULL COMMENT '最后心跳时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='充电桩';

DROP TABLE IF EXISTS `cd_charge_order`;
CREATE TABLE `cd_charge_order` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `order_no` varchar(32) NOT NULL COMMENT '订单号',
  `user_id` bigint NOT NULL COMMENT '会员ID',
  `pile_id` bigint NOT NULL COMMENT '充电桩ID',
  `plate_no` varchar(16) DEFAULT NULL COMMENT '充电车牌（减免停车费）',
  `start_time` datetime DEFAULT NULL COMMENT '开始充电时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束充电时间',
  `start_soc` tinyint DEFAULT NULL COMMENT '开始SOC%',
  `end_soc` tinyint DEFAULT NULL COMMENT '结束SOC%',
  `kwh` decimal(8,3) DEFAULT 0.000 COMMENT '充电量',
  `elec_fee` decimal(10,2) DEFAULT 0.00 COMMENT '电费',
  `service_fee` decimal(10,2) DEFAULT 0.00 COMMENT '服务费',
  `pay_amount` decimal(10,2) DEFAULT 0.00 COMMENT '实付金额',
  `stop_reason` varchar(32) DEFAULT NULL COMMENT '停止原因码',
  `user_lng` decimal(10,6) DEFAULT NULL COMMENT '扫码时用户经度',
  `user_lat` decimal(10,6) DEFAULT NULL COMMENT '扫码时用户纬度',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='充电订单';

DROP TABLE IF EXISTS `cd_wallet`;
CREATE TABLE `cd_wallet` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '会员ID',
  `balance` decimal(12,2) DEFAULT 0.00 COMMENT '可用余额（元）',
  `frozen_amount` decimal(12,2) DEFAULT 0.00 COMMENT '冻结金额（预授权）',
  `bank_card_no` varchar(32) DEFAULT NULL COMMENT '提现银行卡号',
  `bank_card_holder` varchar(32) DEFAULT NULL COMMENT '持卡人姓名',
  `version` int DEFAULT 0 COMMENT '乐观锁版本',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员钱包';

DROP TABLE IF EXISTS `cd_invoice`;
CREATE TABLE `cd_invoice` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `order_no` varchar(32) NOT NULL COMMENT '关联订单号',
  `user_id` bigint NOT NULL COMMENT '会员ID',
  `title_type` tinyint DEFAULT 1 COMMENT '抬头类型 1个人 2企业',
  `invoice_title` varchar(128) DEFAULT NULL COMMENT '发票抬头',
  `tax_no` varchar(32) DEFAULT NULL COMMENT '税号',
  `receive_email` varchar(128) DEFAULT NULL COMMENT '接收邮箱',
  `amount` decimal(10,2) DEFAULT NULL COMMENT '开票金额',
  `status` tinyint DEFAULT 0 COMMENT '开票状态',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '申请时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子发票申请';

DROP TABLE IF EXISTS `cd_login_log`;
CREATE TABLE `cd_login_log` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `user_id` bigint DEFAULT NULL COMMENT '会员ID',
  `login_ip` varchar(64) DEFAULT NULL COMMENT '登录IP',
  `device_id` varchar(64) DEFAULT NULL COMMENT '设备号',
  `user_agent` varchar(512) DEFAULT NULL COMMENT 'UA',
  `login_city` varchar(32) DEFAULT NULL COMMENT '登录城市（IP解析）',
  `login_time` datetime DEFAULT NULL COMMENT '登录时间',
  `result` tinyint DEFAULT NULL COMMENT '结果 0失败 1成功'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='登录日志';

DROP TABLE IF EXISTS `sys_config`;
CREATE TABLE `sys_config` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `config_key` varchar(100) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';
