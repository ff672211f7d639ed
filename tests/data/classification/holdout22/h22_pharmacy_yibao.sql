-- dialect: mysql
-- 康宁大药房连锁 会员/处方/医保结算 数据库

CREATE TABLE `yd_store` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '门店ID',
  `store_code` varchar(20) NOT NULL COMMENT '门店编码',
  `store_name` varchar(100) NOT NULL COMMENT '门店名称',
  `province` varchar(32) DEFAULT NULL COMMENT '所在省份',
  `city` varchar(32) DEFAULT NULL COMMENT '所在城市',
  `address` varchar(255) DEFAULT NULL COMMENT '门店地址',
  `phone` varchar(32) DEFAULT NULL COMMENT '门店座机',
  `license_no` varchar(64) DEFAULT NULL COMMENT '药品经营许可证号',
  `pharmacist_in_charge` varchar(32) DEFAULT NULL COMMENT '驻店执业药师姓名',
  `pharmacist_cert_no` varchar(64) DEFAULT NULL COMMENT '执业药师注册证编号',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店表';

CREATE TABLE `yd_member` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '会员ID',
  `member_no` varchar(32) NOT NULL COMMENT '会员卡号',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名',
  `mobile` varchar(20) NOT NULL COMMENT '手机号',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `gender` tinyint DEFAULT '0' COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `age` int DEFAULT NULL COMMENT '年龄',
  `province` varchar(32) DEFAULT NULL COMMENT '省',
  `city` varchar(32) DEFAULT NULL COMMENT '市',
  `district` varchar(32) DEFAULT NULL COMMENT '区县',
  `address` varchar(255) DEFAULT NULL COMMENT '详细地址',
  `avatar_url` varchar(255) DEFAULT NULL COMMENT '头像',
  `wechat_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `points` int NOT NULL DEFAULT '0' COMMENT '积分',
  `level_id` int DEFAULT NULL COMMENT '会员等级ID',
  `register_store_id` bigint DEFAULT NULL COMMENT '开卡门店',
  `chronic_flag` tinyint DEFAULT '0' COMMENT '是否慢病会员(高血压/糖尿病)',
  `allergy_history` varchar(500) DEFAULT NULL COMMENT '药物过敏史',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员表';

CREATE TABLE `yb_card` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `card_no` varchar(32) NOT NULL COMMENT '医保卡号/医保电子凭证号',
  `insured_type` varchar(16) DEFAULT NULL COMMENT '参保类型:职工医保/城乡居民',
  `insured_region` varchar(16) DEFAULT NULL COMMENT '参保地统筹区编码',
  `personal_account_balance` decimal(10,2) DEFAULT NULL COMMENT '个人账户余额',
  `bind_time` datetime DEFAULT NULL COMMENT '绑定时间',
  `status` tinyint DEFAULT '1' COMMENT '状态 1正常 0解绑',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='医保卡绑定';

CREATE TABLE `rx_prescription` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `rx_no` varchar(32) NOT NULL COMMENT '处方编号',
  `member_id` bigint DEFAULT NULL COMMENT '会员ID',
  `patient_name` varchar(32) NOT NULL COMMENT '患者姓名',
  `patient_age` int DEFAULT NULL COMMENT '患者年龄',
  `patient_gender` tinyint DEFAULT NULL COMMENT '患者性别',
  `diagnosis` varchar(255) DEFAULT NULL COMMENT '临床诊断',
  `hospital_name` varchar(100) DEFAULT NULL COMMENT '开方医院',
  `doctor_name` varchar(32) DEFAULT NULL COMMENT '开方医师',
  `rx_image_url` varchar(255) DEFAULT NULL COMMENT '处方照片',
  `audit_pharmacist_id` bigint DEFAULT NULL COMMENT '审方药师ID',
  `audit_status` tinyint DEFAULT '0' COMMENT '审方状态 0待审 1通过 2驳回',
  `audit_time` datetime DEFAULT NULL COMMENT '审方时间',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '上传时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='处方';

CREATE TABLE `rx_item` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `rx_id` bigint NOT NULL COMMENT '处方ID',
  `drug_id` bigint NOT NULL COMMENT '药品ID',
  `drug_name` varchar(100) NOT NULL COMMENT '药品名称',
  `dosage` varchar(100) DEFAULT NULL COMMENT '用法用量',
  `quantity` int NOT NULL COMMENT '数量',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='处方明细';

CREATE TABLE `drug_catalog` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '药品ID',
  `drug_code` varchar(32) NOT NULL COMMENT '药品编码',
  `generic_name` varchar(100) NOT NULL COMMENT '通用名',
  `spec` varchar(64) DEFAULT NULL COMMENT '规格',
  `manufacturer` varchar(100) DEFAULT NULL COMMENT '生产企业',
  `approval_no` varchar(32) DEFAULT NULL COMMENT '批准文号(国药准字)',
  `yb_code` varchar(32) DEFAULT NULL COMMENT '医保目录编码',
  `otc_flag` tinyint DEFAULT '0' COMMENT '是否OTC',
  `retail_price` decimal(10,2) DEFAULT NULL COMMENT '零售价',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='药品目录';

CREATE TABLE `purchase_record` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_no` varchar(32) NOT NULL COMMENT '销售单号',
  `member_id` bigint DEFAULT NULL COMMENT '会员ID',
  `store_id` bigint NOT NULL COMMENT '门店ID',
  `total_amount` decimal(10,2) NOT NULL COMMENT '订单总额',
  `yb_pay_amount` decimal(10,2) DEFAULT '0.00' COMMENT '医保统筹支付金额',
  `personal_pay_amount` decimal(10,2) DEFAULT '0.00' COMMENT '个人自付金额',
  `pay_method` varchar(16) DEFAULT NULL COMMENT '支付方式',
  `cashier` varchar(32) DEFAULT NULL COMMENT '收银员',
  `buyer_mobile` varchar(20) DEFAULT NULL COMMENT '购药人手机号',
  `purchase_time` datetime NOT NULL COMMENT '购药时间',
  `remark` varchar(255) DEFAULT NULL COMMENT '顾客备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='购药记录';

CREATE TABLE `sys_config` (
  `config_id` int NOT NULL AUTO_INCREMENT COMMENT '参数主键',
  `config_key` varchar(100) NOT NULL COMMENT '参数键名',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数键值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`config_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参数配置表';

CREATE TABLE `sms_log` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `mobile` varchar(20) NOT NULL COMMENT '接收手机号',
  `template_code` varchar(32) NOT NULL COMMENT '短信模板编码',
  `content` varchar(500) DEFAULT NULL COMMENT '短信内容',
  `verify_code` varchar(8) DEFAULT NULL COMMENT '验证码',
  `send_status` tinyint DEFAULT '0' COMMENT '发送状态',
  `send_time` datetime DEFAULT NULL COMMENT '发送时间',
  `fail_reason` varchar(255) DEFAULT NULL COMMENT '失败原因',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信发送日志';
