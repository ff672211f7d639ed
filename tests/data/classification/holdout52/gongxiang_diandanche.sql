-- dialect: mysql
-- 小绿骑 共享电单车 核心库 (bike_core) 导出
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `t_user`;
CREATE TABLE `t_user` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT '0' COMMENT '租户(运营城市公司)',
  `mobile` varchar(11) NOT NULL COMMENT '手机号',
  `nickname` varchar(32) DEFAULT NULL COMMENT '昵称',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `real_name` varchar(32) DEFAULT NULL COMMENT '实名姓名',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号(加密)',
  `id_card_front` varchar(255) DEFAULT NULL COMMENT '身份证人像面照片',
  `face_token` varchar(64) DEFAULT NULL COMMENT '活体人脸比对底图token',
  `gender` tinyint DEFAULT '0' COMMENT '性别 0未知 1男 2女',
  `birthday` date DEFAULT NULL COMMENT '生日(由身份证解析)',
  `is_minor` tinyint(1) DEFAULT '0' COMMENT '是否未满16周岁(禁止骑行)',
  `urgent_name` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `urgent_mobile` varchar(11) DEFAULT NULL COMMENT '紧急联系人电话',
  `credit_score` int NOT NULL DEFAULT '100' COMMENT '骑行信用分',
  `wallet_balance` decimal(10,2) NOT NULL DEFAULT '0.00' COMMENT '钱包余额',
  `deposit_status` tinyint NOT NULL DEFAULT '0' COMMENT '押金状态',
  `reg_ip` varchar(64) DEFAULT NULL COMMENT '注册IP',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信小程序openid',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_mobile` (`mobile`)
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8mb4 COMMENT='骑行用户';

DROP TABLE IF EXISTS `t_student_auth`;
CREATE TABLE `t_student_auth` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `school_name` varchar(64) NOT NULL COMMENT '学校名称',
  `student_no` varchar(32) DEFAULT NULL COMMENT '学号',
  `enroll_year` smallint DEFAULT NULL COMMENT '入学年份',
  `card_img` varchar(255) DEFAULT NULL COMMENT '学生证照片',
  `audit_status` tinyint NOT NULL DEFAULT '0' COMMENT '审核状态',
  `auditor` varchar(32) DEFAULT NULL COMMENT '审核人',
  `audit_time` datetime DEFAULT NULL COMMENT '审核时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学生认证(半价骑行)';

DROP TABLE IF EXISTS `t_bike`;
CREATE TABLE `t_bike` (
  `bike_no` varchar(16) NOT NULL COMMENT '车辆编号',
  `imei` varchar(20) NOT NULL COMMENT '中控IMEI',
  `lock_mac` varchar(17) DEFAULT NULL COMMENT '蓝牙锁MAC',
  `battery_pct` tinyint DEFAULT NULL COMMENT '电量%',
  `lng` decimal(10,7) DEFAULT NULL COMMENT '当前经度',
  `lat` decimal(10,7) DEFAULT NULL COMMENT '当前纬度',
  `city_code` varchar(6) NOT NULL COMMENT '城市编码',
  `status` tinyint NOT NULL DEFAULT '0' COMMENT '0空闲 1骑行中 2故障 3调度中',
  `update_time` datetime DEFAULT NULL COMMENT '最近上报时间',
  PRIMARY KEY (`bike_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='车辆';

DROP TABLE IF EXISTS `t_ride_order`;
CREATE TABLE `t_ride_order` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `order_no` varchar(32) NOT NULL COMMENT '订单号',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `bike_no` varchar(16) NOT NULL COMMENT '车辆编号',
  `start_lng` decimal(10,7) DEFAULT NULL COMMENT '开锁经度',
  `start_lat` decimal(10,7) DEFAULT NULL COMMENT '开锁纬度',
  `end_lng` decimal(10,7) DEFAULT NULL COMMENT '还车经度',
  `end_lat` decimal(10,7) DEFAULT NULL COMMENT '还车纬度',
  `start_time` datetime NOT NULL COMMENT '开锁时间',
  `end_time` datetime DEFAULT NULL COMMENT '还车时间',
  `distance_m` int DEFAULT NULL COMMENT '骑行距离(米)',
  `fee` decimal(8,2) DEFAULT NULL COMMENT '应付金额',
  `coupon_id` bigint DEFAULT NULL COMMENT '骑行券',
  `helmet_worn` tinyint(1) DEFAULT NULL COMMENT '是否佩戴头盔(智能头盔检测)',
  `status` tinyint NOT NULL COMMENT '订单状态',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_order_no` (`order_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='骑行订单';

DROP TABLE IF EXISTS `t_ride_track`;
CREATE TABLE `t_ride_track` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `order_id` bigint NOT NULL,
  `seq` int NOT NULL,
  `lng` decimal(10,7) NOT NULL,
  `lat` decimal(10,7) NOT NULL,
  `speed_kmh` decimal(4,1) DEFAULT NULL,
  `gps_time` datetime NOT NULL,
  PRIMARY KEY (`id`),
  KEY `idx_order` (`order_id`,`seq`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='骑行轨迹点';

DROP TABLE IF EXISTS `t_login_device`;
CREATE TABLE `t_login_device` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `oaid` varchar(64) DEFAULT NULL COMMENT '设备标识OAID/IDFA',
  `os` varchar(32) DEFAULT NULL COMMENT '系统版本',
  `app_ver` varchar(16) DEFAULT NULL COMMENT 'APP版本',
  `wifi_mac` varchar(17) DEFAULT NULL COMMENT '手机MAC地址',
  `ip` varchar(64) DEFAULT NULL COMMENT '登录IP',
  `login_city` varchar(32) DEFAULT NULL COMMENT '登录城市',
  `login_time` datetime DEFAULT NULL COMMENT '登录时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='登录设备记录';

DROP TABLE IF EXISTS `t_feedback`;
CREATE TABLE `t_feedback` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `type` tinyint DEFAULT NULL COMMENT '类型 1车辆故障 2扣费异议 3违停申诉',
  `content` varchar(500) DEFAULT NULL COMMENT '反馈内容',
  `images` json DEFAULT NULL COMMENT '图片',
  `contact` varchar(32) DEFAULT NULL COMMENT '联系方式',
  `reply` varchar(500) DEFAULT NULL COMMENT '客服回复',
  `reply_by` varchar(32) DEFAULT NULL COMMENT '回复人',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='意见反馈';

DROP TABLE IF EXISTS `t_violation`;
CREATE TABLE `t_violation` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `user_id` bigint NOT NULL COMMENT '用户ID',
  `order_id` bigint DEFAULT NULL COMMENT '关联订单',
  `vio_type` tinyint NOT NULL COMMENT '违规类型 1违停 2载人 3闯红灯(交警推送)',
  `jj_jds_no` varchar(32) DEFAULT NULL COMMENT '交警处罚决定书编号',
  `snap_img` varchar(255) DEFAULT NULL COMMENT '路口抓拍骑行人照片',
  `penalty_amt` decimal(8,2) DEFAULT NULL COMMENT '调度费/罚款',
  `appeal_reason` varchar(500) DEFAULT NULL COMMENT '申诉理由',
  `handle_status` tinyint DEFAULT '0' COMMENT '处理状态',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='违规记录';

DROP TABLE IF EXISTS `t_city`;
CREATE TABLE `t_city` (
  `city_code` varchar(6) NOT NULL COMMENT '行政区划代码',
  `city_name` varchar(32) NOT NULL COMMENT '城市名称',
  `province` varchar(16) NOT NULL COMMENT '省份',
  `start_price` decimal(6,2) NOT NULL COMMENT '起步价',
  `fence_geojson` json DEFAULT NULL COMMENT '运营区电子围栏',
  PRIMARY KEY (`city_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='运营城市';

DROP TABLE IF EXISTS `t_sys_config`;
CREATE TABLE `t_sys_config` (
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(1000) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  `update_by` varchar(32) DEFAULT NULL COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';
SET FOREIGN_KEY_CHECKS = 1;
