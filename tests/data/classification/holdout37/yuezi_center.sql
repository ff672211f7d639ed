-- dialect: mysql
-- 月子中心（母婴护理会所）管理系统 v2.3

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `mc_member`;
CREATE TABLE `mc_member` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户（门店集团）ID',
  `member_no` varchar(32) NOT NULL COMMENT '会员编号',
  `real_name` varchar(32) NOT NULL COMMENT '产妇姓名',
  `mobile` varchar(16) DEFAULT NULL COMMENT '手机号',
  `id_card_no` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `birthday` date DEFAULT NULL COMMENT '出生日期',
  `nation` varchar(16) DEFAULT NULL COMMENT '民族',
  `census_addr` varchar(255) DEFAULT NULL COMMENT '户籍地址',
  `live_addr` varchar(255) DEFAULT NULL COMMENT '现居住地址',
  `husband_name` varchar(32) DEFAULT NULL COMMENT '丈夫姓名',
  `husband_mobile` varchar(16) DEFAULT NULL COMMENT '丈夫手机号',
  `work_unit` varchar(128) DEFAULT NULL COMMENT '工作单位',
  `due_date` date DEFAULT NULL COMMENT '预产期',
  `delivery_hospital` varchar(64) DEFAULT NULL COMMENT '分娩医院',
  `contraception` varchar(32) DEFAULT NULL COMMENT '产后避孕方式',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `source_channel` tinyint DEFAULT NULL COMMENT '来源渠道：1转介绍 2美团 3小红书 4地推',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志（0存在 2删除）',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_member_no` (`member_no`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员（产妇）档案';

DROP TABLE IF EXISTS `mc_baby`;
CREATE TABLE `mc_baby` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `member_id` bigint NOT NULL COMMENT '产妇ID',
  `baby_name` varchar(32) DEFAULT NULL COMMENT '宝宝姓名/小名',
  `gender` tinyint DEFAULT NULL COMMENT '性别 1男 2女',
  `birth_time` datetime DEFAULT NULL COMMENT '出生时间',
  `birth_weight` int DEFAULT NULL COMMENT '出生体重(g)',
  `gest_weeks` decimal(3,1) DEFAULT NULL COMMENT '孕周',
  `delivery_mode` tinyint DEFAULT NULL COMMENT '分娩方式 1顺产 2剖宫产',
  `apgar` tinyint DEFAULT NULL COMMENT 'Apgar评分',
  `blood_type` varchar(4) DEFAULT NULL COMMENT '血型',
  `jaundice_val` decimal(4,1) DEFAULT NULL COMMENT '经皮黄疸值',
  `footprint_img` varchar(255) DEFAULT NULL COMMENT '足印图片',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_member` (`member_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='新生儿档案';

DROP TABLE IF EXISTS `mc_room`;
CREATE TABLE `mc_room` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `room_no` varchar(16) NOT NULL COMMENT '房间号',
  `room_type` varchar(16) DEFAULT NULL COMMENT '房型',
  `floor` tinyint DEFAULT NULL COMMENT '楼层',
  `day_price` decimal(10,2) DEFAULT NULL COMMENT '日单价',
  `camera_sn` varchar(32) DEFAULT NULL COMMENT '婴儿房摄像头序列号',
  `status` tinyint DEFAULT 0 COMMENT '0空闲 1入住 2清洁 3维修',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='房间';

DROP TABLE IF EXISTS `mc_package`;
CREATE TABLE `mc_package` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `package_name` varchar(64) NOT NULL COMMENT '套餐名称',
  `days` int NOT NULL COMMENT '天数',
  `price` decimal(10,2) NOT NULL COMMENT '价格',
  `intro` text COMMENT '套餐介绍',
  `on_sale` tinyint DEFAULT 1 COMMENT '是否上架',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='护理套餐';

DROP TABLE IF EXISTS `mc_contract`;
CREATE TABLE `mc_contract` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `contract_no` varchar(32) NOT NULL COMMENT '合同编号',
  `member_id` bigint NOT NULL COMMENT '会员ID',
  `package_id` bigint NOT NULL COMMENT '套餐ID',
  `room_id` bigint DEFAULT NULL COMMENT '房间ID',
  `checkin_date` date DEFAULT NULL COMMENT '入住日期',
  `checkout_date` date DEFAULT NULL COMMENT '离店日期',
  `total_amount` decimal(10,2) DEFAULT NULL COMMENT '合同金额',
  `deposit` decimal(10,2) DEFAULT NULL COMMENT '定金',
  `pay_status` tinyint DEFAULT 0 COMMENT '支付状态',
  `sales_id` bigint DEFAULT NULL COMMENT '顾问（销售）ID',
  `remark` varchar(500) DEFAULT NULL COMMENT '备注（客户特殊要求）',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `update_by` varchar(64) DEFAULT '' COMMENT '更新者',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='入住合同';

DROP TABLE IF EXISTS `mc_nursing_record`;
CREATE TABLE `mc_nursing_record` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL COMMENT '产妇ID',
  `nurse_id` bigint DEFAULT NULL COMMENT '护理师ID',
  `record_date` date NOT NULL COMMENT '记录日期',
  `temperature` decimal(3,1) DEFAULT NULL COMMENT '体温',
  `blood_pressure` varchar(16) DEFAULT NULL COMMENT '血压',
  `lochia` varchar(64) DEFAULT NULL COMMENT '恶露（量/色/味）',
  `breast` varchar(64) DEFAULT NULL COMMENT '乳房情况/泌乳',
  `wound` varchar(64) DEFAULT NULL COMMENT '伤口愈合情况',
  `epds_score` tinyint DEFAULT NULL COMMENT 'EPDS产后抑郁量表得分',
  `diet_note` varchar(255) DEFAULT NULL COMMENT '饮食禁忌与过敏',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP,
  `update_time` datetime DEFAULT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='产妇每日护理记录';

DROP TABLE IF EXISTS `mc_staff`;
CREATE TABLE `mc_staff` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `tenant_id` bigint NOT NULL DEFAULT 0 COMMENT '租户ID',
  `staff_name` varchar(32) NOT NULL COMMENT '员工姓名',
  `sex` char(1) DEFAULT NULL COMMENT '性别',
  `phone` varchar(16) DEFAULT NULL COMMENT '联系电话',
  `id_card` varchar(18) DEFAULT NULL COMMENT '身份证',
  `cert_no` varchar(32) DEFAULT NULL COMMENT '母婴护理师/护士执业证书编号',
  `post` varchar(32) DEFAULT NULL COMMENT '岗位',
  `entry_date` date DEFAULT NULL COMMENT '入职日期',
  `base_salary` decimal(10,2) DEFAULT NULL COMMENT '基本工资',
  `health_cert_expire` date DEFAULT NULL COMMENT '健康证到期日',
  `status` char(1) DEFAULT '0' COMMENT '状态（0在职 1离职）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='员工';

DROP TABLE IF EXISTS `mc_visitor_log`;
CREATE TABLE `mc_visitor_log` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `member_id` bigint NOT NULL COMMENT '探视的产妇',
  `visitor_name` varchar(32) DEFAULT NULL COMMENT '访客姓名',
  `visitor_mobile` varchar(16) DEFAULT NULL COMMENT '访客手机',
  `relation` varchar(16) DEFAULT NULL COMMENT '与产妇关系',
  `body_temp` decimal(3,1) DEFAULT NULL COMMENT '入馆体温',
  `in_time` datetime DEFAULT NULL COMMENT '进入时间',
  `out_time` datetime DEFAULT NULL COMMENT '离开时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='访客登记';

DROP TABLE IF EXISTS `mc_dish`;
CREATE TABLE `mc_dish` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dish_name` varchar(64) NOT NULL COMMENT '菜品名称',
  `stage` tinyint DEFAULT NULL COMMENT '适用阶段 1排 2调 3补 4养',
  `kcal` int DEFAULT NULL COMMENT '热量',
  `allergen` varchar(64) DEFAULT NULL COMMENT '过敏原标签',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='月子餐菜品库';

DROP TABLE IF EXISTS `mc_config`;
CREATE TABLE `mc_config` (
  `id` int NOT NULL AUTO_INCREMENT,
  `config_key` varchar(100) NOT NULL COMMENT '参数键名',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数键值',
  `remark` varchar(255) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

SET FOREIGN_KEY_CHECKS = 1;
