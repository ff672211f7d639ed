-- dialect: mysql
-- 房产经纪业务系统（二手房买卖）表结构
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `fc_store`;
CREATE TABLE `fc_store` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `store_name` varchar(64) NOT NULL COMMENT '门店名称',
  `city_code` varchar(12) DEFAULT NULL COMMENT '城市编码',
  `address` varchar(255) DEFAULT NULL COMMENT '门店地址',
  `tel` varchar(32) DEFAULT NULL COMMENT '门店座机',
  `manager_id` bigint(20) DEFAULT NULL COMMENT '店长经纪人ID',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否删除',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店';

DROP TABLE IF EXISTS `fc_agent`;
CREATE TABLE `fc_agent` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `store_id` bigint(20) NOT NULL COMMENT '所属门店',
  `agent_name` varchar(32) NOT NULL COMMENT '经纪人姓名',
  `mobile` varchar(20) NOT NULL COMMENT '手机号',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `cert_no` varchar(32) DEFAULT NULL COMMENT '房地产经纪人协理/经纪人职业资格证书编号',
  `entry_date` date DEFAULT NULL COMMENT '入职日期',
  `level` varchar(8) DEFAULT NULL COMMENT '职级 A1-M3',
  `commission_rate` decimal(5,4) DEFAULT NULL COMMENT '个人提成比例',
  `status` tinyint(4) DEFAULT '1' COMMENT '状态 1在职 0离职',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='经纪人';

DROP TABLE IF EXISTS `fc_owner`;
CREATE TABLE `fc_owner` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `owner_name` varchar(32) NOT NULL COMMENT '业主姓名',
  `mobile` varchar(20) NOT NULL COMMENT '业主电话',
  `backup_mobile` varchar(20) DEFAULT NULL COMMENT '备用电话',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `property_cert_no` varchar(40) DEFAULT NULL COMMENT '不动产权证书号',
  `marital_status` tinyint(4) DEFAULT NULL COMMENT '婚姻状况 1未婚 2已婚 3离异（判断是否需配偶同意出售）',
  `sell_reason` varchar(255) DEFAULT NULL COMMENT '出售原因',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='业主';

DROP TABLE IF EXISTS `fc_house`;
CREATE TABLE `fc_house` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `house_code` varchar(20) NOT NULL COMMENT '房源编号',
  `community_name` varchar(64) NOT NULL COMMENT '小区名称',
  `detail_address` varchar(128) DEFAULT NULL COMMENT '详细地址（楼栋-单元-门牌号，仅内部可见）',
  `area` decimal(8,2) DEFAULT NULL COMMENT '建筑面积(㎡)',
  `layout` varchar(16) DEFAULT NULL COMMENT '户型 如3室2厅',
  `list_price` decimal(12,2) DEFAULT NULL COMMENT '挂牌价(万元)',
  `orientation` varchar(8) DEFAULT NULL COMMENT '朝向',
  `floor_no` varchar(16) DEFAULT NULL COMMENT '楼层',
  `owner_id` bigint(20) DEFAULT NULL COMMENT '业主ID',
  `lock_password` varchar(16) DEFAULT NULL COMMENT '密码锁密码（钥匙房源）',
  `status` tinyint(4) DEFAULT '1' COMMENT '状态 1在售 2已成交 3暂缓 4无效',
  `create_by` varchar(32) DEFAULT NULL COMMENT '录入人',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '录入时间',
  PRIMARY KEY (`id`),
  KEY `idx_owner` (`owner_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='房源';

DROP TABLE IF EXISTS `fc_customer`;
CREATE TABLE `fc_customer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cust_name` varchar(32) NOT NULL COMMENT '客户姓名',
  `gender` tinyint(4) DEFAULT NULL COMMENT '性别 1先生 2女士',
  `mobile` varchar(20) DEFAULT NULL COMMENT '手机号',
  `wechat` varchar(64) DEFAULT NULL COMMENT '微信号',
  `budget_wan` decimal(10,2) DEFAULT NULL COMMENT '购房预算(万元)',
  `intent_district` varchar(64) DEFAULT NULL COMMENT '意向区域',
  `hukou_type` tinyint(4) DEFAULT NULL COMMENT '户籍 1本市 2外地',
  `shebao_months` int(11) DEFAULT NULL COMMENT '连续社保缴纳月数（外地户籍购房资格）',
  `source` varchar(16) DEFAULT NULL COMMENT '来源渠道',
  `agent_id` bigint(20) DEFAULT NULL COMMENT '维护人',
  `cust_level` char(1) DEFAULT NULL COMMENT '客户等级 A/B/C',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `is_deleted` tinyint(1) NOT NULL DEFAULT '0' COMMENT '是否删除',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='客源（买方客户）';

DROP TABLE IF EXISTS `fc_showing`;
CREATE TABLE `fc_showing` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint(20) NOT NULL COMMENT '客户ID',
  `house_id` bigint(20) NOT NULL COMMENT '房源ID',
  `agent_id` bigint(20) NOT NULL COMMENT '带看经纪人',
  `show_time` datetime NOT NULL COMMENT '带看时间',
  `feedback` varchar(500) DEFAULT NULL COMMENT '客户反馈',
  `sign_lng` decimal(10,6) DEFAULT NULL COMMENT '经纪人签到经度',
  `sign_lat` decimal(10,6) DEFAULT NULL COMMENT '经纪人签到纬度',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='带看记录';

DROP TABLE IF EXISTS `fc_contract`;
CREATE TABLE `fc_contract` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `contract_no` varchar(32) NOT NULL COMMENT '合同编号',
  `house_id` bigint(20) NOT NULL COMMENT '房源ID',
  `buyer_id` bigint(20) NOT NULL COMMENT '买方客户ID',
  `seller_id` bigint(20) NOT NULL COMMENT '卖方业主ID',
  `deal_price` decimal(12,2) NOT NULL COMMENT '成交价(万元)',
  `commission_amt` decimal(12,2) DEFAULT NULL COMMENT '中介佣金',
  `loan_bank` varchar(64) DEFAULT NULL COMMENT '贷款银行',
  `loan_amount` decimal(12,2) DEFAULT NULL COMMENT '买方按揭贷款金额(万元)',
  `buyer_bank_card` varchar(32) DEFAULT NULL COMMENT '买方资金监管账户银行卡号',
  `sign_date` date DEFAULT NULL COMMENT '签约日期',
  `status` tinyint(4) DEFAULT '0' COMMENT '状态 0草签 1网签 2过户 3完成 9解约',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_contract_no` (`contract_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='成交合同';

DROP TABLE IF EXISTS `fc_call_record`;
CREATE TABLE `fc_call_record` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `customer_id` bigint(20) DEFAULT NULL COMMENT '客户ID',
  `agent_id` bigint(20) DEFAULT NULL COMMENT '经纪人ID',
  `virtual_no` varchar(20) DEFAULT NULL COMMENT '隐私小号（平台中间号）',
  `caller_no` varchar(20) DEFAULT NULL COMMENT '主叫真实号码',
  `call_start` datetime DEFAULT NULL COMMENT '通话开始时间',
  `duration_sec` int(11) DEFAULT NULL COMMENT '通话时长(秒)',
  `record_url` varchar(255) DEFAULT NULL COMMENT '通话录音文件地址',
  `asr_text` text COMMENT '录音转写文本',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='隐私号通话记录';

DROP TABLE IF EXISTS `sys_dict_data`;
CREATE TABLE `sys_dict_data` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '字典编码',
  `dict_type` varchar(100) DEFAULT '' COMMENT '字典类型',
  `dict_label` varchar(100) DEFAULT '' COMMENT '字典标签',
  `dict_value` varchar(100) DEFAULT '' COMMENT '字典键值',
  `sort` int(4) DEFAULT '0' COMMENT '排序',
  `status` char(1) DEFAULT '0' COMMENT '状态（0正常 1停用）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='字典数据表';

DROP TABLE IF EXISTS `sys_login_log`;
CREATE TABLE `sys_login_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '访问ID',
  `username` varchar(50) DEFAULT '' COMMENT '登录账号',
  `ip` varchar(128) DEFAULT '' COMMENT '登录IP地址',
  `location` varchar(255) DEFAULT '' COMMENT '登录地点',
  `browser` varchar(50) DEFAULT '' COMMENT '浏览器类型',
  `os` varchar(50) DEFAULT '' COMMENT '操作系统',
  `login_time` datetime DEFAULT NULL COMMENT '访问时间',
  `msg` varchar(255) DEFAULT '' COMMENT '提示消息',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统访问记录';

SET FOREIGN_KEY_CHECKS = 1;
