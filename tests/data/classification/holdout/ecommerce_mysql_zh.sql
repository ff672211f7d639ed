-- dialect: mysql
-- 电商平台（英文列名 + 中文注释）。Written for the privaudit classification hold-out set.

CREATE TABLE `t_customer` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `nick` varchar(32) DEFAULT NULL COMMENT '昵称',
  `mobile_no` varchar(16) NOT NULL COMMENT '手机号',
  `real_name` varchar(32) DEFAULT NULL COMMENT '实名认证姓名',
  `cert_no` varchar(32) DEFAULT NULL COMMENT '证件号码',
  `sex` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `head_img` varchar(255) DEFAULT NULL COMMENT '头像',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `wx_unionid` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `level_code` varchar(8) DEFAULT 'V0' COMMENT '会员等级',
  `points` int DEFAULT 0 COMMENT '积分',
  `reg_ip` varchar(45) DEFAULT NULL COMMENT '注册IP',
  `reg_channel` varchar(16) DEFAULT NULL COMMENT '注册渠道',
  `invite_code` varchar(12) DEFAULT NULL COMMENT '我的邀请码',
  `pay_pwd` varchar(64) DEFAULT NULL COMMENT '支付密码(加密)',
  `del_flag` tinyint DEFAULT 0 COMMENT '删除标志',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客户表';

CREATE TABLE `t_receiver_addr` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `consignee` varchar(32) NOT NULL COMMENT '收货人',
  `contact_tel` varchar(16) NOT NULL COMMENT '收货人电话',
  `province_name` varchar(20) DEFAULT NULL COMMENT '省',
  `city_name` varchar(20) DEFAULT NULL COMMENT '市',
  `district_name` varchar(20) DEFAULT NULL COMMENT '区/县',
  `detail` varchar(200) DEFAULT NULL COMMENT '详细地址',
  `label` varchar(10) DEFAULT NULL COMMENT '地址标签 家/公司/学校',
  `is_default` tinyint DEFAULT 0 COMMENT '是否默认',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='收货地址';

CREATE TABLE `t_order` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_sn` varchar(32) NOT NULL COMMENT '订单编号',
  `customer_id` bigint NOT NULL COMMENT '客户ID',
  `total_amount` decimal(12,2) DEFAULT NULL COMMENT '订单总额',
  `pay_amount` decimal(12,2) DEFAULT NULL COMMENT '实付金额',
  `pay_type` tinyint DEFAULT NULL COMMENT '支付方式 1支付宝 2微信',
  `pay_trade_no` varchar(64) DEFAULT NULL COMMENT '第三方支付流水号',
  `buyer_memo` varchar(255) DEFAULT NULL COMMENT '买家留言',
  `invoice_title` varchar(100) DEFAULT NULL COMMENT '发票抬头',
  `invoice_tax_no` varchar(30) DEFAULT NULL COMMENT '发票税号',
  `client_ip` varchar(45) DEFAULT NULL COMMENT '下单IP',
  `status` tinyint DEFAULT 0 COMMENT '订单状态',
  `create_time` datetime DEFAULT NULL COMMENT '下单时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='订单表';

CREATE TABLE `t_sku` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `sku_code` varchar(32) NOT NULL COMMENT 'SKU编码',
  `spu_name` varchar(100) NOT NULL COMMENT '商品名称',
  `spec_json` varchar(500) DEFAULT NULL COMMENT '规格属性',
  `brand_name` varchar(50) DEFAULT NULL COMMENT '品牌',
  `price` decimal(10,2) NOT NULL COMMENT '售价',
  `stock` int DEFAULT 0 COMMENT '库存',
  `main_pic` varchar(255) DEFAULT NULL COMMENT '主图',
  `status_name` varchar(10) DEFAULT NULL COMMENT '状态名称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='商品SKU';

CREATE TABLE `t_search_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint DEFAULT NULL COMMENT '客户ID',
  `keyword` varchar(100) NOT NULL COMMENT '搜索关键词',
  `result_cnt` int DEFAULT NULL COMMENT '结果数',
  `device_imei` varchar(20) DEFAULT NULL COMMENT '设备IMEI',
  `idfa` varchar(40) DEFAULT NULL COMMENT 'iOS广告标识',
  `create_time` datetime DEFAULT NULL COMMENT '搜索时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='搜索记录';

CREATE TABLE `t_merchant` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `shop_name` varchar(64) NOT NULL COMMENT '店铺名称',
  `company_name` varchar(100) DEFAULT NULL COMMENT '公司名称',
  `uscc` varchar(18) DEFAULT NULL COMMENT '统一社会信用代码',
  `company_addr` varchar(200) DEFAULT NULL COMMENT '公司地址',
  `service_tel` varchar(20) DEFAULT NULL COMMENT '客服电话',
  `legal_person` varchar(32) DEFAULT NULL COMMENT '法定代表人',
  `legal_person_id_no` varchar(18) DEFAULT NULL COMMENT '法人身份证号',
  `settle_account` varchar(32) DEFAULT NULL COMMENT '结算对公账户',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='商家';

CREATE TABLE `t_sys_config` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `table_name` varchar(64) DEFAULT NULL COMMENT '关联表名',
  `file_name` varchar(128) DEFAULT NULL COMMENT '导入文件名',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB COMMENT='系统参数';
