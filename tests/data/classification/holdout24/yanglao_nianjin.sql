-- dialect: mysql
-- 养老保险 / 企业年金 经办系统 表结构
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `CBRY_JBXX`;
CREATE TABLE `CBRY_JBXX` (
  `ID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `GRBH` varchar(20) NOT NULL COMMENT '个人编号（社保）',
  `XM` varchar(50) COMMENT '姓名',
  `XB` char(1) COMMENT '性别',
  `CSRQ` date COMMENT '出生日期',
  `SFZHM` varchar(18) COMMENT '公民身份号码',
  `MZ` varchar(10) COMMENT '民族',
  `GJ` varchar(10) COMMENT '国籍',
  `HYZK` varchar(2) COMMENT '婚姻状况',
  `HJXZ` varchar(2) COMMENT '户籍性质（城镇/农村）',
  `HJDZ` varchar(200) COMMENT '户籍地址',
  `JZDZ` varchar(200) COMMENT '居住地址',
  `YZBM` varchar(6) COMMENT '邮政编码',
  `SJHM` varchar(11) COMMENT '手机号码',
  `DZYX` varchar(100) COMMENT '电子邮箱',
  `CJGZRQ` date COMMENT '参加工作日期',
  `XL` varchar(2) COMMENT '学历',
  `CJR` varchar(30) COMMENT '创建人',
  `CJSJ` datetime COMMENT '创建时间',
  `GXSJ` datetime COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参保人员基本信息';

DROP TABLE IF EXISTS `CBDW`;
CREATE TABLE `CBDW` (
  `DWID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `DWBH` varchar(20) COMMENT '单位编号',
  `DWMC` varchar(200) COMMENT '单位名称',
  `TYSHXYDM` varchar(18) COMMENT '统一社会信用代码',
  `DWDZ` varchar(200) COMMENT '单位地址',
  `FRDB` varchar(50) COMMENT '法定代表人',
  `LXR` varchar(50) COMMENT '联系人',
  `LXRDH` varchar(20) COMMENT '联系人电话',
  `DWLX` varchar(2) COMMENT '单位类型',
  `SSHY` varchar(4) COMMENT '所属行业'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参保单位';

DROP TABLE IF EXISTS `CBDJ`;
CREATE TABLE `CBDJ` (
  `DJID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `RYID` bigint NOT NULL COMMENT '人员ID',
  `DWID` bigint COMMENT '单位ID',
  `XZLX` varchar(3) COMMENT '险种类型',
  `CBRQ` date COMMENT '参保日期',
  `JFJS` decimal(12,2) COMMENT '缴费基数',
  `CBZT` char(1) COMMENT '参保状态',
  `ZZYY` varchar(2) COMMENT '终止原因代码',
  `GXSJ` datetime COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='参保登记';

DROP TABLE IF EXISTS `JFMX`;
CREATE TABLE `JFMX` (
  `JFID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `RYID` bigint NOT NULL COMMENT '人员ID',
  `DWID` bigint COMMENT '单位ID',
  `JFNY` char(6) COMMENT '缴费年月',
  `JFJS` decimal(12,2) COMMENT '缴费基数',
  `GRJFJE` decimal(12,2) COMMENT '个人缴费金额',
  `DWJFJE` decimal(12,2) COMMENT '单位缴费金额',
  `JFZT` char(1) COMMENT '缴费状态',
  `DZRQ` date COMMENT '到账日期',
  `PJHM` varchar(30) COMMENT '票据号码'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='缴费明细';

DROP TABLE IF EXISTS `GRZH`;
CREATE TABLE `GRZH` (
  `ZHID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `RYID` bigint NOT NULL COMMENT '人员ID',
  `GRZHH` varchar(30) COMMENT '个人账户号',
  `ZHYE` decimal(14,2) COMMENT '账户余额',
  `LJJFYS` int COMMENT '累计缴费月数',
  `ZHZT` char(1) COMMENT '账户状态',
  `GXSJ` datetime COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='个人账户';

DROP TABLE IF EXISTS `QYNJ_JH`;
CREATE TABLE `QYNJ_JH` (
  `JHID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `JHDM` varchar(20) COMMENT '计划代码',
  `JHMC` varchar(100) COMMENT '计划名称',
  `SLRMC` varchar(100) COMMENT '受托人名称',
  `TGRMC` varchar(100) COMMENT '托管人名称',
  `DWJFBL` decimal(5,2) COMMENT '单位缴费比例',
  `GRJFBL` decimal(5,2) COMMENT '个人缴费比例',
  `JHZT` char(1) COMMENT '计划状态',
  `BZ` varchar(500) COMMENT '备注',
  `CJSJ` datetime COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='企业年金计划';

DROP TABLE IF EXISTS `NJ_CY`;
CREATE TABLE `NJ_CY` (
  `CYID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `JHID` bigint NOT NULL COMMENT '计划ID',
  `RYID` bigint NOT NULL COMMENT '人员ID',
  `RJRQ` date COMMENT '加入计划日期',
  `GSBL` decimal(5,2) COMMENT '权益归属比例',
  `ZW` varchar(50) COMMENT '职务',
  `BM` varchar(100) COMMENT '所在部门',
  `YGZ` decimal(12,2) COMMENT '月工资',
  `SYRXM` varchar(50) COMMENT '受益人姓名',
  `SYRGX` varchar(10) COMMENT '受益人与本人关系',
  `SYRSFZ` varchar(18) COMMENT '受益人身份证号',
  `CYZT` char(1) COMMENT '成员状态'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='年金计划成员';

DROP TABLE IF EXISTS `DYFF`;
CREATE TABLE `DYFF` (
  `FFID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `RYID` bigint NOT NULL COMMENT '人员ID',
  `LQNY` char(6) COMMENT '领取年月',
  `FFJE` decimal(12,2) COMMENT '发放金额',
  `KHYH` varchar(100) COMMENT '开户银行',
  `YHZH` varchar(30) COMMENT '银行账号',
  `TXRQ` date COMMENT '退休日期',
  `SWRQ` date COMMENT '死亡日期',
  `FFZT` char(1) COMMENT '发放状态',
  `JBR` varchar(30) COMMENT '经办人'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='养老金待遇发放';

DROP TABLE IF EXISTS `XT_CZRZ`;
CREATE TABLE `XT_CZRZ` (
  `RZID` bigint NOT NULL AUTO_INCREMENT PRIMARY KEY COMMENT '主键',
  `CZYZH` varchar(30) COMMENT '操作员账号',
  `CZLX` varchar(20) COMMENT '操作类型',
  `CZNR` text COMMENT '操作内容（请求参数）',
  `CZIP` varchar(45) COMMENT '操作IP',
  `LLQ` varchar(200) COMMENT '浏览器',
  `CZSJ` datetime COMMENT '操作时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统操作日志';

DROP TABLE IF EXISTS `XT_CS`;
CREATE TABLE `XT_CS` (
  `CSDM` varchar(50) NOT NULL PRIMARY KEY COMMENT '参数代码',
  `CSMC` varchar(100) COMMENT '参数名称',
  `CSZ` varchar(500) COMMENT '参数值',
  `SFQY` char(1) COMMENT '是否启用'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数';

SET FOREIGN_KEY_CHECKS = 1;
