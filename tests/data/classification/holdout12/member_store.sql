-- dialect: mysql
-- 连锁门店会员系统（多租户）

CREATE TABLE `store` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '门店ID',
  `store_code` varchar(20) NOT NULL COMMENT '门店编码',
  `store_name` varchar(64) NOT NULL COMMENT '门店名称',
  `province` varchar(20) DEFAULT NULL COMMENT '省',
  `city` varchar(20) DEFAULT NULL COMMENT '市',
  `district` varchar(20) DEFAULT NULL COMMENT '区',
  `address` varchar(200) DEFAULT NULL COMMENT '门店详细地址',
  `longitude` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `latitude` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `phone` varchar(20) DEFAULT NULL COMMENT '门店电话',
  `manager_name` varchar(32) DEFAULT NULL COMMENT '店长姓名',
  `manager_mobile` varchar(11) DEFAULT NULL COMMENT '店长手机号',
  `business_hours` varchar(50) DEFAULT NULL COMMENT '营业时间',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1营业 0停业',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店';

CREATE TABLE `member` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '会员ID',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户编号',
  `member_no` varchar(20) NOT NULL COMMENT '会员卡号',
  `mobile` varchar(11) NOT NULL COMMENT '手机号',
  `real_name` varchar(32) DEFAULT NULL COMMENT '真实姓名',
  `nickname` varchar(64) DEFAULT NULL COMMENT '微信昵称',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `gender` tinyint DEFAULT 0 COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `wechat_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `union_id` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `register_store_id` bigint DEFAULT NULL COMMENT '开卡门店',
  `register_channel` varchar(16) DEFAULT NULL COMMENT '注册渠道 小程序/收银台/公众号',
  `level_id` bigint DEFAULT NULL COMMENT '会员等级',
  `points` int NOT NULL DEFAULT 0 COMMENT '积分',
  `balance` decimal(12,2) NOT NULL DEFAULT 0.00 COMMENT '储值余额',
  `growth_value` int NOT NULL DEFAULT 0 COMMENT '成长值',
  `status` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1正常 0冻结',
  `last_visit_time` datetime DEFAULT NULL COMMENT '最近到店时间',
  `remark` varchar(255) DEFAULT NULL COMMENT '店员备注（顾客喜好等）',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `deleted` bit(1) NOT NULL DEFAULT b'0' COMMENT '是否删除',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member_no` (`member_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员';

CREATE TABLE `member_level` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `level_name` varchar(32) NOT NULL COMMENT '等级名称',
  `min_growth` int NOT NULL DEFAULT 0 COMMENT '所需成长值',
  `discount_rate` decimal(4,2) NOT NULL DEFAULT 1.00 COMMENT '折扣率',
  `icon` varchar(255) DEFAULT NULL COMMENT '等级图标',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员等级';

CREATE TABLE `member_address` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `receiver_name` varchar(32) NOT NULL COMMENT '收货人',
  `receiver_phone` varchar(20) NOT NULL COMMENT '收货人电话',
  `province` varchar(20) DEFAULT NULL COMMENT '省份',
  `city` varchar(20) DEFAULT NULL COMMENT '城市',
  `district` varchar(20) DEFAULT NULL COMMENT '区县',
  `detail_address` varchar(200) NOT NULL COMMENT '详细地址',
  `post_code` varchar(6) DEFAULT NULL COMMENT '邮编',
  `is_default` tinyint NOT NULL DEFAULT 0 COMMENT '是否默认',
  `tag` varchar(10) DEFAULT NULL COMMENT '标签 家/公司/学校',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员收货地址';

CREATE TABLE `member_points_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `change_type` tinyint NOT NULL COMMENT '变动类型 1消费获得 2兑换 3过期 4手工调整',
  `change_points` int NOT NULL COMMENT '变动积分',
  `balance_after` int NOT NULL COMMENT '变动后积分',
  `biz_no` varchar(32) DEFAULT NULL COMMENT '关联业务单号',
  `operator` varchar(32) DEFAULT NULL COMMENT '操作人',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='积分流水';

CREATE TABLE `store_order` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_no` varchar(32) NOT NULL COMMENT '订单号',
  `store_id` bigint NOT NULL COMMENT '门店ID',
  `member_id` bigint DEFAULT NULL COMMENT '会员ID，散客为空',
  `cashier_id` bigint DEFAULT NULL COMMENT '收银员ID',
  `total_amount` decimal(12,2) NOT NULL COMMENT '订单金额',
  `pay_amount` decimal(12,2) NOT NULL COMMENT '实付金额',
  `pay_type` tinyint NOT NULL COMMENT '支付方式 1微信 2支付宝 3储值 4现金',
  `invoice_title` varchar(100) DEFAULT NULL COMMENT '发票抬头',
  `buyer_tax_no` varchar(20) DEFAULT NULL COMMENT '购买方纳税人识别号',
  `buyer_remark` varchar(255) DEFAULT NULL COMMENT '顾客备注',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '下单时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店订单';

CREATE TABLE `member_feedback` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `store_id` bigint DEFAULT NULL COMMENT '门店ID',
  `content` varchar(1000) NOT NULL COMMENT '反馈内容',
  `images` varchar(1000) DEFAULT NULL COMMENT '反馈图片，逗号分隔',
  `contact_phone` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `reply_content` varchar(1000) DEFAULT NULL COMMENT '回复内容',
  `reply_by` varchar(32) DEFAULT NULL COMMENT '回复人',
  `reply_time` datetime DEFAULT NULL COMMENT '回复时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员意见反馈';

CREATE TABLE `sms_verify_code` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mobile` varchar(11) NOT NULL COMMENT '手机号',
  `code` varchar(6) NOT NULL COMMENT '验证码',
  `scene` tinyint NOT NULL COMMENT '场景 1注册 2登录 3修改手机',
  `expire_time` datetime NOT NULL COMMENT '过期时间',
  `used` tinyint NOT NULL DEFAULT 0 COMMENT '是否已使用',
  `ip` varchar(40) DEFAULT NULL COMMENT '请求IP',
  `create_time` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '发送时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='短信验证码';

CREATE TABLE `sys_config` (
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(200) DEFAULT NULL COMMENT '说明',
  PRIMARY KEY (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统配置';
