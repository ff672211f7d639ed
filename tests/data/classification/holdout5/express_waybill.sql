-- dialect: mysql
-- privaudit holdout5: express_waybill.sql (original schema written for evaluation)

CREATE TABLE `kd_waybill` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `waybill_no` varchar(32) NOT NULL COMMENT '运单号',
  `sender_name` varchar(64) COMMENT '寄件人姓名',
  `sender_mobile` varchar(20) COMMENT '寄件人手机号',
  `sender_province` varchar(32) COMMENT '寄件人省份',
  `sender_city` varchar(32) COMMENT '寄件人城市',
  `sender_district` varchar(32) COMMENT '寄件人区县',
  `sender_address` varchar(255) COMMENT '寄件人详细地址',
  `receiver_name` varchar(64) COMMENT '收件人姓名',
  `receiver_phone` varchar(20) COMMENT '收件人电话',
  `receiver_province` varchar(32) COMMENT '收件人省',
  `receiver_city` varchar(32) COMMENT '收件人市',
  `receiver_area_code` char(6) COMMENT '收件人行政区划代码',
  `receiver_address` varchar(255) COMMENT '收件人详细地址',
  `receiver_id_card` varchar(18) COMMENT '收件人身份证号（实名收寄）',
  `goods_desc` varchar(200) COMMENT '物品名称',
  `weight_kg` decimal(8,2) COMMENT '重量(千克)',
  `freight_fee` decimal(10,2) COMMENT '运费',
  `pay_type` tinyint COMMENT '付款方式 1寄付 2到付 3月结',
  `customer_code` varchar(32) COMMENT '月结客户编码',
  `status` tinyint DEFAULT 0 COMMENT '状态 0已下单 1已揽收 2运输中 3派送中 4已签收',
  `remark` varchar(500) COMMENT '寄件人备注',
  `create_time` datetime COMMENT '下单时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='快递运单';

CREATE TABLE `kd_track` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `waybill_no` varchar(32) COMMENT '运单号',
  `site_code` varchar(16) COMMENT '网点编码',
  `site_name` varchar(64) COMMENT '网点名称',
  `action` varchar(16) COMMENT '操作类型 揽收/到件/发件/派件/签收',
  `scan_time` datetime COMMENT '扫描时间',
  `operator_code` varchar(16) COMMENT '操作员工号',
  `description` varchar(255) COMMENT '轨迹描述'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='物流轨迹';

CREATE TABLE `kd_courier` (
  `courier_id` int NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '快递员ID',
  `real_name` varchar(32) COMMENT '真实姓名',
  `mobile` varchar(20) COMMENT '手机号',
  `id_card_no` varchar(18) COMMENT '身份证号',
  `face_photo` varchar(255) COMMENT '人脸照片（入职核验）',
  `site_code` varchar(16) COMMENT '所属网点',
  `entry_date` date COMMENT '入职日期',
  `gps_lng` decimal(10,6) COMMENT '当前经度',
  `gps_lat` decimal(10,6) COMMENT '当前纬度',
  `online_status` tinyint COMMENT '在线状态'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='快递员';

CREATE TABLE `kd_sign_record` (
  `id` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `waybill_no` varchar(32) COMMENT '运单号',
  `signer_name` varchar(64) COMMENT '签收人',
  `signer_type` tinyint COMMENT '签收类型 1本人 2代收 3快递柜',
  `sign_photo_url` varchar(255) COMMENT '签收拍照',
  `cabinet_pickup_code` varchar(8) COMMENT '取件码',
  `sign_time` datetime COMMENT '签收时间',
  `courier_id` int COMMENT '派件员'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='签收记录';

CREATE TABLE `kd_price_rule` (
  `id` int NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `from_province` varchar(32) COMMENT '始发省',
  `to_province` varchar(32) COMMENT '目的省',
  `first_weight_price` decimal(8,2) COMMENT '首重价格',
  `extra_weight_price` decimal(8,2) COMMENT '续重价格',
  `effective_date` date COMMENT '生效日期'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='计费规则';
