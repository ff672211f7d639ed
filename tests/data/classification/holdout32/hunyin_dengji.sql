-- dialect: mysql
/*
 婚姻登记管理信息系统 (区县版)
 字段命名: 拼音首字母
 Date: 2023-05-12
*/

SET NAMES utf8;

DROP TABLE IF EXISTS `hy_djjg`;
CREATE TABLE `hy_djjg` (
  `jgdm` varchar(12) NOT NULL COMMENT '机关代码',
  `jgmc` varchar(100) NOT NULL COMMENT '机关名称',
  `xzqh` varchar(6) DEFAULT NULL COMMENT '行政区划代码',
  `dz` varchar(200) DEFAULT NULL COMMENT '办公地址',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '咨询电话',
  `fzr` varchar(30) DEFAULT NULL COMMENT '负责人',
  `yxbz` char(1) DEFAULT '1' COMMENT '有效标志',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`jgdm`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='婚姻登记机关';

DROP TABLE IF EXISTS `hy_dsr`;
CREATE TABLE `hy_dsr` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `sfzjlx` varchar(2) DEFAULT '01' COMMENT '身份证件类型 01居民身份证 02护照 03港澳通行证',
  `sfzjhm` varchar(32) NOT NULL COMMENT '身份证件号码',
  `xm` varchar(50) NOT NULL COMMENT '姓名',
  `xb` char(1) DEFAULT NULL COMMENT '性别',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `mz` varchar(2) DEFAULT NULL COMMENT '民族代码',
  `gj` varchar(3) DEFAULT 'CHN' COMMENT '国籍',
  `hjdz` varchar(200) DEFAULT NULL COMMENT '户籍地址',
  `hjszs` varchar(20) DEFAULT NULL COMMENT '户籍所在省',
  `whcd` varchar(2) DEFAULT NULL COMMENT '文化程度',
  `zy` varchar(50) DEFAULT NULL COMMENT '职业',
  `sjhm` varchar(11) DEFAULT NULL COMMENT '手机号码',
  `zp` mediumblob COMMENT '登记照片',
  `zjsmj` varchar(255) DEFAULT NULL COMMENT '证件扫描件路径',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  `gxsj` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_sfzjhm` (`sfzjhm`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='当事人基本信息';

DROP TABLE IF EXISTS `hy_jhdj`;
CREATE TABLE `hy_jhdj` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ywlsh` varchar(30) NOT NULL COMMENT '业务流水号',
  `jgdm` varchar(12) NOT NULL COMMENT '登记机关代码',
  `nf_id` bigint NOT NULL COMMENT '男方当事人ID',
  `nvf_id` bigint NOT NULL COMMENT '女方当事人ID',
  `djrq` date NOT NULL COMMENT '登记日期',
  `nf_hyzk` char(2) DEFAULT NULL COMMENT '男方登记前婚姻状况 10未婚 30离婚 40丧偶',
  `nvf_hyzk` char(2) DEFAULT NULL COMMENT '女方登记前婚姻状况',
  `jhzh` varchar(30) DEFAULT NULL COMMENT '结婚证字号',
  `sfsw` char(1) DEFAULT '0' COMMENT '是否涉外/涉港澳台',
  `bljbr` varchar(30) DEFAULT NULL COMMENT '办理经办人',
  `ywzt` char(1) DEFAULT '1' COMMENT '业务状态',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  `scbz` char(1) DEFAULT '0' COMMENT '删除标志',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `idx_ywlsh` (`ywlsh`) USING BTREE,
  KEY `idx_nf_id` (`nf_id`) USING BTREE,
  KEY `idx_nvf_id` (`nvf_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='结婚登记记录';

DROP TABLE IF EXISTS `hy_lhdj`;
CREATE TABLE `hy_lhdj` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ywlsh` varchar(30) NOT NULL COMMENT '业务流水号',
  `jgdm` varchar(12) NOT NULL COMMENT '登记机关代码',
  `jhdj_id` bigint DEFAULT NULL COMMENT '原结婚登记ID',
  `nf_id` bigint NOT NULL COMMENT '男方当事人ID',
  `nvf_id` bigint NOT NULL COMMENT '女方当事人ID',
  `lhyy` varchar(500) DEFAULT NULL COMMENT '离婚原因',
  `lhxynr` text COMMENT '离婚协议内容(财产分割、子女抚养)',
  `znsl` tinyint DEFAULT NULL COMMENT '共同子女数量',
  `ljqjmrq` date DEFAULT NULL COMMENT '离婚冷静期届满日期',
  `lhzh` varchar(30) DEFAULT NULL COMMENT '离婚证字号',
  `ywzt` char(1) DEFAULT '1' COMMENT '业务状态',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `idx_ywlsh` (`ywlsh`) USING BTREE,
  KEY `idx_jhdj_id` (`jhdj_id`) USING BTREE,
  KEY `idx_nf_id` (`nf_id`) USING BTREE,
  KEY `idx_nvf_id` (`nvf_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='离婚登记记录';

DROP TABLE IF EXISTS `hy_wsyy`;
CREATE TABLE `hy_wsyy` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `yyh` varchar(20) NOT NULL COMMENT '预约号',
  `yylx` char(1) NOT NULL COMMENT '预约类型 1结婚 2离婚 3补证',
  `yyrq` date NOT NULL COMMENT '预约日期',
  `sjd` varchar(20) DEFAULT NULL COMMENT '时间段',
  `lxrxm` varchar(50) DEFAULT NULL COMMENT '联系人姓名',
  `lxrsjh` varchar(11) DEFAULT NULL COMMENT '联系人手机号',
  `openid` varchar(64) DEFAULT NULL COMMENT '小程序openid',
  `sbxx` varchar(255) DEFAULT NULL COMMENT '设备信息(UA)',
  `ip` varchar(45) DEFAULT NULL COMMENT '预约IP',
  `yyzt` char(1) DEFAULT '0' COMMENT '预约状态',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='网上预约';

DROP TABLE IF EXISTS `hy_hqjc`;
CREATE TABLE `hy_hqjc` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `dsr_id` bigint NOT NULL COMMENT '当事人ID',
  `jcjgmc` varchar(100) DEFAULT NULL COMMENT '检查机构名称',
  `jcrq` date DEFAULT NULL COMMENT '检查日期',
  `jcjl` varchar(500) DEFAULT NULL COMMENT '检查结论',
  `crbbz` char(1) DEFAULT NULL COMMENT '指定传染病标志',
  `ycbbz` char(1) DEFAULT NULL COMMENT '严重遗传性疾病标志',
  `jsbbz` char(1) DEFAULT NULL COMMENT '有关精神病标志',
  `yxyj` varchar(500) DEFAULT NULL COMMENT '医学意见',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`) USING BTREE,
  KEY `idx_dsr_id` (`dsr_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='婚前医学检查结果';

DROP TABLE IF EXISTS `hy_bzdj`;
CREATE TABLE `hy_bzdj` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ywlsh` varchar(30) NOT NULL COMMENT '业务流水号',
  `dsr_id` bigint NOT NULL COMMENT '申请人ID',
  `blyy` char(2) DEFAULT NULL COMMENT '补领原因代码 01遗失 02损毁',
  `sqrq` date DEFAULT NULL COMMENT '申请日期',
  `xzh` varchar(30) DEFAULT NULL COMMENT '新证字号',
  `jbr` varchar(30) DEFAULT NULL COMMENT '经办人',
  `cjsj` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`) USING BTREE,
  UNIQUE KEY `idx_ywlsh` (`ywlsh`) USING BTREE,
  KEY `idx_dsr_id` (`dsr_id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='补领婚姻登记证';

DROP TABLE IF EXISTS `hy_xtyh`;
CREATE TABLE `hy_xtyh` (
  `yhid` int NOT NULL AUTO_INCREMENT COMMENT '用户ID',
  `dlm` varchar(30) NOT NULL COMMENT '登录名',
  `mm` varchar(64) NOT NULL COMMENT '密码(SM3)',
  `yan` varchar(32) DEFAULT NULL COMMENT '盐值',
  `xm` varchar(30) DEFAULT NULL COMMENT '姓名',
  `jgdm` varchar(12) DEFAULT NULL COMMENT '所属机关',
  `js` varchar(20) DEFAULT NULL COMMENT '角色',
  `sjh` varchar(11) DEFAULT NULL COMMENT '手机号',
  `zt` char(1) DEFAULT '1' COMMENT '状态',
  `zhdlsj` datetime DEFAULT NULL COMMENT '最后登录时间',
  `zhdlip` varchar(45) DEFAULT NULL COMMENT '最后登录IP',
  PRIMARY KEY (`yhid`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='系统用户';

DROP TABLE IF EXISTS `hy_czrz`;
CREATE TABLE `hy_czrz` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `czr` varchar(30) DEFAULT NULL COMMENT '操作人',
  `czlx` varchar(20) DEFAULT NULL COMMENT '操作类型',
  `czms` varchar(255) DEFAULT NULL COMMENT '操作描述',
  `qqcs` text COMMENT '请求参数',
  `ip` varchar(45) DEFAULT NULL COMMENT '操作IP',
  `czsj` datetime DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`) USING BTREE
) ENGINE=InnoDB AUTO_INCREMENT=1 DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='操作日志';

DROP TABLE IF EXISTS `sys_zd`;
CREATE TABLE `sys_zd` (
  `zdlx` varchar(30) NOT NULL COMMENT '字典类型',
  `zdz` varchar(10) NOT NULL COMMENT '字典值',
  `zdmc` varchar(50) NOT NULL COMMENT '字典名称',
  `px` int DEFAULT '0' COMMENT '排序',
  PRIMARY KEY (`zdlx`,`zdz`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8 ROW_FORMAT=DYNAMIC COMMENT='数据字典';

