-- dialect: mysql
-- 医院信息系统（HIS）门诊/住院/检验/药房 部分表结构（拼音首字母命名）
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE `gy_brxx` (
  `brid` bigint NOT NULL AUTO_INCREMENT COMMENT '病人ID',
  `blh` varchar(20) NOT NULL COMMENT '病历号',
  `hzxm` varchar(40) NOT NULL COMMENT '患者姓名',
  `xb` char(1) DEFAULT NULL COMMENT '性别 1男 2女 9未知',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `nl` varchar(10) DEFAULT NULL COMMENT '年龄（含单位，如3岁2月）',
  `zjlx` varchar(2) DEFAULT '01' COMMENT '证件类型 01居民身份证 03护照',
  `sfzh` varchar(18) DEFAULT NULL COMMENT '证件号码',
  `mz` varchar(10) DEFAULT NULL COMMENT '民族',
  `gj` varchar(3) DEFAULT 'CHN' COMMENT '国籍',
  `hyzk` char(1) DEFAULT NULL COMMENT '婚姻状况',
  `zy` varchar(40) DEFAULT NULL COMMENT '职业',
  `gzdw` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `jtzz` varchar(200) DEFAULT NULL COMMENT '家庭住址',
  `xzqh` varchar(6) DEFAULT NULL COMMENT '现住址行政区划代码',
  `lxrxm` varchar(40) DEFAULT NULL COMMENT '联系人姓名',
  `lxrgx` varchar(10) DEFAULT NULL COMMENT '联系人与患者关系',
  `lxrdh` varchar(20) DEFAULT NULL COMMENT '联系人电话',
  `ybkh` varchar(30) DEFAULT NULL COMMENT '医保卡号',
  `yblx` varchar(10) DEFAULT NULL COMMENT '医保类型 职工/居民/新农合/自费',
  `xx` varchar(5) DEFAULT NULL COMMENT '血型 ABO',
  `gms` varchar(500) DEFAULT NULL COMMENT '过敏史',
  `jdrq` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '建档日期',
  `jdczy` varchar(20) DEFAULT NULL COMMENT '建档操作员',
  `zfbz` tinyint DEFAULT 0 COMMENT '作废标志',
  PRIMARY KEY (`brid`),
  UNIQUE KEY `uk_blh` (`blh`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='病人基本信息';

CREATE TABLE `mz_jzjl` (
  `jzid` bigint NOT NULL AUTO_INCREMENT COMMENT '就诊ID',
  `brid` bigint NOT NULL COMMENT '病人ID',
  `ghxh` varchar(20) DEFAULT NULL COMMENT '挂号序号',
  `jzrq` datetime NOT NULL COMMENT '就诊日期',
  `ksdm` varchar(10) DEFAULT NULL COMMENT '就诊科室代码',
  `ksmc` varchar(40) DEFAULT NULL COMMENT '就诊科室名称',
  `ysdm` varchar(10) DEFAULT NULL COMMENT '接诊医生代码',
  `ysxm` varchar(40) DEFAULT NULL COMMENT '接诊医生姓名',
  `zs` varchar(500) DEFAULT NULL COMMENT '主诉',
  `xbs` text COMMENT '现病史',
  `zdbm` varchar(20) DEFAULT NULL COMMENT '诊断编码 ICD-10',
  `zdmc` varchar(200) DEFAULT NULL COMMENT '诊断名称',
  `ghf` decimal(10,2) DEFAULT 0 COMMENT '挂号费',
  `jzzt` char(1) DEFAULT '0' COMMENT '就诊状态 0候诊 1就诊中 2完成',
  `fzbz` tinyint DEFAULT 0 COMMENT '复诊标志',
  PRIMARY KEY (`jzid`),
  KEY `idx_brid` (`brid`)
) ENGINE=InnoDB COMMENT='门诊就诊记录';

CREATE TABLE `zy_rydj` (
  `zyid` bigint NOT NULL AUTO_INCREMENT COMMENT '住院ID',
  `brid` bigint NOT NULL COMMENT '病人ID',
  `zyh` varchar(20) NOT NULL COMMENT '住院号',
  `zycs` int DEFAULT 1 COMMENT '住院次数',
  `ryrq` datetime NOT NULL COMMENT '入院日期',
  `cyrq` datetime DEFAULT NULL COMMENT '出院日期',
  `bq` varchar(20) DEFAULT NULL COMMENT '病区',
  `ch` varchar(10) DEFAULT NULL COMMENT '床号',
  `ryzd` varchar(200) DEFAULT NULL COMMENT '入院诊断',
  `cyzd` varchar(200) DEFAULT NULL COMMENT '出院诊断',
  `lyfs` char(1) DEFAULT NULL COMMENT '离院方式 1医嘱离院 2转院 5死亡',
  `swsj` datetime DEFAULT NULL COMMENT '死亡时间',
  `zfy` decimal(12,2) DEFAULT 0 COMMENT '总费用',
  `yjj` decimal(12,2) DEFAULT 0 COMMENT '预交金',
  `czy` varchar(20) DEFAULT NULL COMMENT '操作员',
  PRIMARY KEY (`zyid`),
  UNIQUE KEY `uk_zyh` (`zyh`)
) ENGINE=InnoDB COMMENT='住院登记';

CREATE TABLE `jy_jgmx` (
  `mxid` bigint NOT NULL AUTO_INCREMENT COMMENT '明细ID',
  `sqdh` varchar(20) NOT NULL COMMENT '检验申请单号',
  `brid` bigint NOT NULL COMMENT '病人ID',
  `xmdm` varchar(20) DEFAULT NULL COMMENT '检验项目代码',
  `xmmc` varchar(60) DEFAULT NULL COMMENT '检验项目名称',
  `jg` varchar(60) DEFAULT NULL COMMENT '检验结果',
  `dw` varchar(20) DEFAULT NULL COMMENT '单位',
  `ckfw` varchar(40) DEFAULT NULL COMMENT '参考范围',
  `ycbz` char(1) DEFAULT NULL COMMENT '异常标志 H偏高 L偏低',
  `bgsj` datetime DEFAULT NULL COMMENT '报告时间',
  `shr` varchar(20) DEFAULT NULL COMMENT '审核人',
  PRIMARY KEY (`mxid`)
) ENGINE=InnoDB COMMENT='检验结果明细';

CREATE TABLE `yf_cfmx` (
  `cfmxid` bigint NOT NULL AUTO_INCREMENT COMMENT '处方明细ID',
  `cfh` varchar(20) NOT NULL COMMENT '处方号',
  `jzid` bigint NOT NULL COMMENT '就诊ID',
  `ypdm` varchar(20) NOT NULL COMMENT '药品代码',
  `ypmc` varchar(100) DEFAULT NULL COMMENT '药品名称',
  `jl` varchar(20) DEFAULT NULL COMMENT '单次剂量',
  `pc` varchar(20) DEFAULT NULL COMMENT '用药频次 如 bid tid',
  `yf` varchar(20) DEFAULT NULL COMMENT '用法 口服/静滴',
  `sl` decimal(10,2) DEFAULT NULL COMMENT '发药数量',
  `dj` decimal(10,4) DEFAULT NULL COMMENT '单价',
  `je` decimal(12,2) DEFAULT NULL COMMENT '金额',
  PRIMARY KEY (`cfmxid`)
) ENGINE=InnoDB COMMENT='门诊处方明细';

CREATE TABLE `zd_ypzd` (
  `ypdm` varchar(20) NOT NULL COMMENT '药品代码',
  `ypmc` varchar(100) NOT NULL COMMENT '药品名称',
  `gg` varchar(60) DEFAULT NULL COMMENT '规格',
  `jx` varchar(20) DEFAULT NULL COMMENT '剂型',
  `sccj` varchar(100) DEFAULT NULL COMMENT '生产厂家',
  `lsj` decimal(10,4) DEFAULT NULL COMMENT '零售价',
  `ybdm` varchar(30) DEFAULT NULL COMMENT '医保编码',
  `tybz` tinyint DEFAULT 0 COMMENT '停用标志',
  PRIMARY KEY (`ypdm`)
) ENGINE=InnoDB COMMENT='药品字典';

CREATE TABLE `gy_ysxx` (
  `ysdm` varchar(10) NOT NULL COMMENT '医生代码',
  `ysxm` varchar(40) NOT NULL COMMENT '医生姓名',
  `ksdm` varchar(10) DEFAULT NULL COMMENT '所属科室代码',
  `zc` varchar(20) DEFAULT NULL COMMENT '职称 主任医师/副主任医师',
  `zyzsbh` varchar(30) DEFAULT NULL COMMENT '医师执业证书编号',
  `sjhm` varchar(11) DEFAULT NULL COMMENT '手机号码',
  `dzqm` mediumblob COMMENT '电子签名图片',
  `zxbz` tinyint DEFAULT 0 COMMENT '注销标志',
  PRIMARY KEY (`ysdm`)
) ENGINE=InnoDB COMMENT='医生信息';
