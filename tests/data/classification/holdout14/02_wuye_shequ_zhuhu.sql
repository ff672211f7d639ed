-- dialect: mysql
-- 智慧社区物业管理平台：小区、房屋、住户、车辆、门禁、缴费、报修
-- 字段命名沿用旧系统拼音首字母规范

DROP TABLE IF EXISTS `wy_xq`;
CREATE TABLE `wy_xq` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xqbm` varchar(20) NOT NULL COMMENT '小区编码',
  `xqmc` varchar(100) NOT NULL COMMENT '小区名称',
  `ssqx` varchar(50) DEFAULT NULL COMMENT '所属区县',
  `xqdz` varchar(200) DEFAULT NULL COMMENT '小区地址',
  `wygsmc` varchar(100) DEFAULT NULL COMMENT '物业公司名称',
  `fwdh` varchar(20) DEFAULT NULL COMMENT '物业服务电话',
  `zhs` int DEFAULT 0 COMMENT '总户数',
  `cjsj` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gxsj` datetime DEFAULT NULL ON UPDATE CURRENT_TIMESTAMP COMMENT '更新时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_xqbm` (`xqbm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='小区信息表';

DROP TABLE IF EXISTS `wy_fw`;
CREATE TABLE `wy_fw` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xq_id` bigint NOT NULL COMMENT '小区ID',
  `ldh` varchar(10) DEFAULT NULL COMMENT '楼栋号',
  `dyh` varchar(10) DEFAULT NULL COMMENT '单元号',
  `fh` varchar(10) DEFAULT NULL COMMENT '房号',
  `hx` varchar(20) DEFAULT NULL COMMENT '户型，如三室两厅',
  `jzmj` decimal(10,2) DEFAULT NULL COMMENT '建筑面积(㎡)',
  `fwzt` tinyint DEFAULT 0 COMMENT '房屋状态 0空置 1自住 2出租',
  `cjsj` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  KEY `idx_xq` (`xq_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='房屋信息表';

DROP TABLE IF EXISTS `wy_zh`;
CREATE TABLE `wy_zh` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '住户ID',
  `xq_id` bigint NOT NULL COMMENT '小区ID',
  `fw_id` bigint DEFAULT NULL COMMENT '房屋ID',
  `xm` varchar(30) NOT NULL COMMENT '姓名',
  `xb` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `sfzh` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `sjh` varchar(11) DEFAULT NULL COMMENT '手机号',
  `mz` varchar(10) DEFAULT NULL COMMENT '民族',
  `jg` varchar(50) DEFAULT NULL COMMENT '籍贯',
  `hjdz` varchar(200) DEFAULT NULL COMMENT '户籍地址',
  `gzdw` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `zzmm` varchar(10) DEFAULT NULL COMMENT '政治面貌',
  `hyzk` char(1) DEFAULT NULL COMMENT '婚姻状况',
  `yhzgx` varchar(10) DEFAULT NULL COMMENT '与户主关系',
  `zhlx` tinyint DEFAULT 1 COMMENT '住户类型 1业主 2家属 3租客',
  `rzrq` date DEFAULT NULL COMMENT '入住日期',
  `rlzp` varchar(255) DEFAULT NULL COMMENT '人脸照片（门禁人脸识别底库）',
  `tsrq` varchar(20) DEFAULT NULL COMMENT '特殊人群：独居老人/残疾人/低保户',
  `jjlxr` varchar(30) DEFAULT NULL COMMENT '紧急联系人',
  `jjlxrdh` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `wxopenid` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `bz` varchar(500) DEFAULT NULL COMMENT '备注',
  `sfsc` tinyint DEFAULT 0 COMMENT '是否删除 0否 1是',
  `cjr` varchar(30) DEFAULT NULL COMMENT '创建人',
  `cjsj` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gxsj` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`),
  KEY `idx_fw` (`fw_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='住户信息表';

DROP TABLE IF EXISTS `wy_cl`;
CREATE TABLE `wy_cl` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zh_id` bigint NOT NULL COMMENT '车主住户ID',
  `cph` varchar(10) NOT NULL COMMENT '车牌号',
  `cwh` varchar(20) DEFAULT NULL COMMENT '车位号',
  `tcklx` tinyint DEFAULT NULL COMMENT '停车卡类型 1月卡 2年卡 3临停',
  `yxqz` date DEFAULT NULL COMMENT '有效期至',
  `cjsj` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='住户车辆表';

DROP TABLE IF EXISTS `wy_mjjl`;
CREATE TABLE `wy_mjjl` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zh_id` bigint DEFAULT NULL COMMENT '住户ID（识别成功时）',
  `sbbh` varchar(32) DEFAULT NULL COMMENT '门禁设备编号',
  `kmfs` tinyint DEFAULT NULL COMMENT '开门方式 1人脸 2刷卡 3二维码',
  `crfx` tinyint DEFAULT NULL COMMENT '出入方向 1进 2出',
  `zpdz` varchar(255) DEFAULT NULL COMMENT '抓拍人脸照片地址',
  `tw` decimal(4,1) DEFAULT NULL COMMENT '体温(℃)',
  `kmsj` datetime NOT NULL COMMENT '开门时间',
  PRIMARY KEY (`id`),
  KEY `idx_zh_sj` (`zh_id`, `kmsj`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门禁通行记录';

DROP TABLE IF EXISTS `wy_jfjl`;
CREATE TABLE `wy_jfjl` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `fw_id` bigint NOT NULL COMMENT '房屋ID',
  `jfxm` varchar(20) DEFAULT NULL COMMENT '缴费项目：物业费/水费/电费/停车费',
  `ysje` decimal(10,2) DEFAULT NULL COMMENT '应收金额',
  `ssje` decimal(10,2) DEFAULT NULL COMMENT '实收金额',
  `zffs` tinyint DEFAULT NULL COMMENT '支付方式 1微信 2支付宝 3现金',
  `jylsh` varchar(64) DEFAULT NULL COMMENT '交易流水号',
  `jfr` varchar(30) DEFAULT NULL COMMENT '缴费人姓名',
  `jfsj` datetime DEFAULT NULL COMMENT '缴费时间',
  `sfy` varchar(30) DEFAULT NULL COMMENT '收费员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='缴费记录表';

DROP TABLE IF EXISTS `wy_bxd`;
CREATE TABLE `wy_bxd` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `bxdh` varchar(32) NOT NULL COMMENT '报修单号',
  `zh_id` bigint NOT NULL COMMENT '报修住户ID',
  `bxnr` varchar(1000) DEFAULT NULL COMMENT '报修内容描述',
  `bxtp` varchar(1000) DEFAULT NULL COMMENT '报修现场图片，多张逗号分隔',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `yysmsj` datetime DEFAULT NULL COMMENT '预约上门时间',
  `clzt` tinyint DEFAULT 0 COMMENT '处理状态 0待派单 1处理中 2已完成',
  `wxry` varchar(30) DEFAULT NULL COMMENT '维修人员',
  `pjxj` tinyint DEFAULT NULL COMMENT '评价星级 1-5',
  `pjnr` varchar(500) DEFAULT NULL COMMENT '住户评价内容',
  `cjsj` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_bxdh` (`bxdh`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='报修工单表';

DROP TABLE IF EXISTS `xt_zd`;
CREATE TABLE `xt_zd` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zdlx` varchar(50) NOT NULL COMMENT '字典类型',
  `zdbm` varchar(50) NOT NULL COMMENT '字典编码',
  `zdmc` varchar(100) NOT NULL COMMENT '字典名称',
  `px` int DEFAULT 0 COMMENT '排序',
  `zt` char(1) DEFAULT '0' COMMENT '状态 0正常 1停用',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统数据字典';
