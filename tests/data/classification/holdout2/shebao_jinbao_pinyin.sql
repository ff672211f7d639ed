-- dialect: mysql
-- 社会保险经办系统（示意）：个人基本信息沿用金保工程式数据项编码（aac001…），
-- 业务表使用拼音首字母缩写，字段含义只在中文注释里。

CREATE TABLE `ac01` (
  `aac001` bigint NOT NULL COMMENT '个人编号',
  `aac002` varchar(18) NOT NULL COMMENT '公民身份号码',
  `aac003` varchar(50) NOT NULL COMMENT '姓名',
  `aac004` char(1) DEFAULT NULL COMMENT '性别',
  `aac005` char(2) DEFAULT NULL COMMENT '民族',
  `aac006` date DEFAULT NULL COMMENT '出生日期',
  `aac007` date DEFAULT NULL COMMENT '参加工作日期',
  `aac008` char(1) DEFAULT NULL COMMENT '人员状态(1在职 2退休 3终止)',
  `aac009` char(2) DEFAULT NULL COMMENT '户口性质',
  `aac010` varchar(200) DEFAULT NULL COMMENT '户口所在地',
  `aac011` char(2) DEFAULT NULL COMMENT '文化程度',
  `aac017` char(1) DEFAULT NULL COMMENT '婚姻状况',
  `aac024` char(2) DEFAULT NULL COMMENT '政治面貌',
  `aac058` char(2) DEFAULT NULL COMMENT '证件类型',
  `aac147` varchar(30) DEFAULT NULL COMMENT '证件号码',
  `aab001` bigint DEFAULT NULL COMMENT '单位编号',
  `aae005` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `aae006` varchar(200) DEFAULT NULL COMMENT '地址',
  `aae007` char(6) DEFAULT NULL COMMENT '邮政编码',
  `aae011` varchar(20) DEFAULT NULL COMMENT '经办人',
  `aae036` datetime DEFAULT NULL COMMENT '经办时间',
  PRIMARY KEY (`aac001`),
  UNIQUE KEY `uk_ac01_aac002` (`aac002`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='个人基本信息';

CREATE TABLE `cb_cbdj` (
  `djid` bigint NOT NULL AUTO_INCREMENT COMMENT '登记ID',
  `grbh` bigint NOT NULL COMMENT '个人编号',
  `dwbh` bigint DEFAULT NULL COMMENT '单位编号',
  `xzlx` char(3) NOT NULL COMMENT '险种类型(110养老 310医疗 210失业 410工伤 510生育)',
  `cbrq` date NOT NULL COMMENT '参保日期',
  `cbzt` char(1) NOT NULL COMMENT '参保状态',
  `jfjs` decimal(12,2) DEFAULT NULL COMMENT '缴费基数',
  `sbkh` varchar(20) DEFAULT NULL COMMENT '社会保障卡号',
  `zzrq` date DEFAULT NULL COMMENT '终止日期',
  `jbr` varchar(20) DEFAULT NULL COMMENT '经办人',
  `bz` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`djid`),
  KEY `idx_cbdj_grbh` (`grbh`)
) ENGINE=InnoDB COMMENT='参保登记';

CREATE TABLE `jf_jfmx` (
  `mxid` bigint NOT NULL AUTO_INCREMENT COMMENT '明细ID',
  `grbh` bigint NOT NULL COMMENT '个人编号',
  `ssq` char(6) NOT NULL COMMENT '费款所属期(YYYYMM)',
  `jfjs` decimal(12,2) NOT NULL COMMENT '缴费基数',
  `grjfje` decimal(12,2) NOT NULL COMMENT '个人缴费金额',
  `dwjfje` decimal(12,2) NOT NULL COMMENT '单位缴费金额',
  `jfbz` char(1) NOT NULL COMMENT '缴费标志(0欠缴 1已缴)',
  `dzrq` date DEFAULT NULL COMMENT '到账日期',
  `jfpzh` varchar(30) DEFAULT NULL COMMENT '缴费凭证号',
  PRIMARY KEY (`mxid`)
) ENGINE=InnoDB COMMENT='个人缴费明细';

CREATE TABLE `dy_ylffmx` (
  `ffid` bigint NOT NULL AUTO_INCREMENT COMMENT '发放ID',
  `grbh` bigint NOT NULL COMMENT '个人编号',
  `ffny` char(6) NOT NULL COMMENT '发放年月',
  `ylj` decimal(10,2) NOT NULL COMMENT '月养老金金额',
  `yhzh` varchar(30) DEFAULT NULL COMMENT '银行账号',
  `khyh` varchar(60) DEFAULT NULL COMMENT '开户银行',
  `lqrxm` varchar(50) DEFAULT NULL COMMENT '领取人姓名',
  `lqrsfz` varchar(18) DEFAULT NULL COMMENT '领取人身份证号',
  `rlzp` mediumblob COMMENT '生存认证人脸照片',
  `rzsj` datetime DEFAULT NULL COMMENT '生存认证时间',
  `ffzt` char(1) NOT NULL DEFAULT '0' COMMENT '发放状态',
  PRIMARY KEY (`ffid`)
) ENGINE=InnoDB COMMENT='养老金发放明细';

CREATE TABLE `yb_jsmx` (
  `jsid` bigint NOT NULL AUTO_INCREMENT COMMENT '结算ID',
  `grbh` bigint NOT NULL COMMENT '个人编号',
  `yljgbm` varchar(20) NOT NULL COMMENT '定点医疗机构编码',
  `yljgmc` varchar(100) DEFAULT NULL COMMENT '定点医疗机构名称',
  `jzlx` char(2) NOT NULL COMMENT '就诊类型(11门诊 21住院)',
  `zdbm` varchar(20) DEFAULT NULL COMMENT '出院诊断编码(ICD-10)',
  `zdmc` varchar(200) DEFAULT NULL COMMENT '出院诊断名称',
  `ylfze` decimal(12,2) NOT NULL COMMENT '医疗费总额',
  `tcjjzf` decimal(12,2) NOT NULL COMMENT '统筹基金支付',
  `grzf` decimal(12,2) NOT NULL COMMENT '个人自付',
  `ryrq` date DEFAULT NULL COMMENT '入院日期',
  `jssj` datetime NOT NULL COMMENT '结算时间',
  PRIMARY KEY (`jsid`)
) ENGINE=InnoDB COMMENT='医保结算明细';

CREATE TABLE `dw_jbxx` (
  `dwbh` bigint NOT NULL COMMENT '单位编号',
  `dwmc` varchar(200) NOT NULL COMMENT '单位名称',
  `tyshxydm` char(18) NOT NULL COMMENT '统一社会信用代码',
  `fddbr` varchar(50) DEFAULT NULL COMMENT '法定代表人',
  `fddbrsfzh` varchar(18) DEFAULT NULL COMMENT '法定代表人身份证号',
  `dwdz` varchar(200) DEFAULT NULL COMMENT '单位地址',
  `lxr` varchar(50) DEFAULT NULL COMMENT '社保专管员姓名',
  `lxrsj` varchar(20) DEFAULT NULL COMMENT '社保专管员手机',
  `dwdh` varchar(20) DEFAULT NULL COMMENT '单位总机电话',
  `hylb` char(4) DEFAULT NULL COMMENT '行业类别',
  `dwlx` char(2) DEFAULT NULL COMMENT '单位类型',
  `zgrs` int DEFAULT NULL COMMENT '职工人数',
  PRIMARY KEY (`dwbh`)
) ENGINE=InnoDB COMMENT='参保单位基本信息';

CREATE TABLE `zd_xzqh` (
  `xzqhdm` char(6) NOT NULL COMMENT '行政区划代码',
  `xzqhmc` varchar(60) NOT NULL COMMENT '行政区划名称',
  `sjdm` char(6) DEFAULT NULL COMMENT '上级代码',
  `jb` tinyint NOT NULL COMMENT '级别(1省 2市 3县)',
  PRIMARY KEY (`xzqhdm`)
) ENGINE=InnoDB COMMENT='行政区划字典';
