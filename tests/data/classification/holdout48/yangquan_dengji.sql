-- dialect: mysql
/* 养犬登记管理系统 v2.3 建表脚本 */
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `yq_qzxx`;
CREATE TABLE `yq_qzxx` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QZBH` varchar(32) NOT NULL COMMENT '犬主编号',
  `XM` varchar(50) NOT NULL COMMENT '姓名',
  `XB` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `CSRQ` date DEFAULT NULL COMMENT '出生日期',
  `MZ` varchar(2) DEFAULT NULL COMMENT '民族代码',
  `ZZMM` varchar(2) DEFAULT NULL COMMENT '政治面貌',
  `ZJLX` varchar(2) DEFAULT NULL COMMENT '证件类型',
  `ZJHM` varchar(32) NOT NULL COMMENT '证件号码',
  `LXDH` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `ZP` varchar(255) DEFAULT NULL COMMENT '犬主照片（办证用）',
  `HJDZ` varchar(200) DEFAULT NULL COMMENT '户籍地址',
  `JZDZ` varchar(200) DEFAULT NULL COMMENT '居住地址（养犬地址）',
  `SQDM` varchar(12) DEFAULT NULL COMMENT '所属社区代码',
  `GZDW` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `SFDB` char(1) DEFAULT '0' COMMENT '是否低保户（减免登记费）',
  `CJRZH` varchar(30) DEFAULT NULL COMMENT '残疾人证号（导盲犬/扶助犬）',
  `ZT` char(1) DEFAULT '1' COMMENT '状态',
  `CJSJ` datetime DEFAULT NULL COMMENT '创建时间',
  `CJR` varchar(32) DEFAULT NULL COMMENT '创建人',
  `SCBZ` char(1) DEFAULT '0' COMMENT '删除标志 0正常 1删除',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='犬主信息表';

DROP TABLE IF EXISTS `yq_qxx`;
CREATE TABLE `yq_qxx` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QZID` bigint(20) NOT NULL COMMENT '犬主ID',
  `QM` varchar(30) DEFAULT NULL COMMENT '犬名',
  `PZ` varchar(30) DEFAULT NULL COMMENT '品种',
  `MS` varchar(20) DEFAULT NULL COMMENT '毛色',
  `XB` char(1) DEFAULT NULL COMMENT '犬只性别 1公 2母',
  `CSNF` char(4) DEFAULT NULL COMMENT '出生年份',
  `SFJY` char(1) DEFAULT '0' COMMENT '是否绝育',
  `DZBQH` varchar(20) DEFAULT NULL COMMENT '电子标签号（植入芯片）',
  `ZPLJ` varchar(255) DEFAULT NULL COMMENT '犬只照片',
  `SFLX` char(1) DEFAULT '0' COMMENT '是否烈性犬',
  `CJSJ` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='犬只信息表';

DROP TABLE IF EXISTS `yq_djz`;
CREATE TABLE `yq_djz` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QID` bigint(20) NOT NULL COMMENT '犬只ID',
  `ZH` varchar(32) NOT NULL COMMENT '犬证号',
  `FZRQ` date DEFAULT NULL COMMENT '发证日期',
  `YXQZ` date DEFAULT NULL COMMENT '有效期至',
  `NJZT` char(1) DEFAULT NULL COMMENT '年检状态',
  `FZJG` varchar(100) DEFAULT NULL COMMENT '发证机关',
  `JFJE` decimal(10,2) DEFAULT NULL COMMENT '缴费金额',
  `JMYY` varchar(50) DEFAULT NULL COMMENT '减免原因（残疾人/低保/老年人）',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='犬证表';

DROP TABLE IF EXISTS `yq_myjl`;
CREATE TABLE `yq_myjl` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QID` bigint(20) NOT NULL COMMENT '犬只ID',
  `YMPH` varchar(30) DEFAULT NULL COMMENT '疫苗批号',
  `JZRQ` date DEFAULT NULL COMMENT '接种日期',
  `JZDW` varchar(100) DEFAULT NULL COMMENT '接种单位（宠物医院）',
  `SYS` varchar(30) DEFAULT NULL COMMENT '接种兽医师',
  `MYZH` varchar(32) DEFAULT NULL COMMENT '免疫证号',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='狂犬疫苗免疫记录';

DROP TABLE IF EXISTS `yq_shjl`;
CREATE TABLE `yq_shjl` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QID` bigint(20) DEFAULT NULL COMMENT '肇事犬只ID',
  `SHRXM` varchar(50) DEFAULT NULL COMMENT '被伤人姓名',
  `SHRDH` varchar(20) DEFAULT NULL COMMENT '被伤人电话',
  `SHRNL` int DEFAULT NULL COMMENT '被伤人年龄',
  `SHBW` varchar(100) DEFAULT NULL COMMENT '受伤部位',
  `SFJYQMY` char(1) DEFAULT NULL COMMENT '被伤人是否已接种狂犬疫苗',
  `FSDD` varchar(200) DEFAULT NULL COMMENT '发生地点',
  `FSSJ` datetime DEFAULT NULL COMMENT '发生时间',
  `SJMS` varchar(1000) DEFAULT NULL COMMENT '事件经过描述',
  `CLJG` varchar(2) DEFAULT NULL COMMENT '处理结果代码',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='犬只伤人事件';

DROP TABLE IF EXISTS `yq_wfjl`;
CREATE TABLE `yq_wfjl` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `QZID` bigint(20) DEFAULT NULL COMMENT '犬主ID',
  `WFRXM` varchar(50) DEFAULT NULL COMMENT '违法人姓名',
  `WFLX` varchar(4) DEFAULT NULL COMMENT '违法类型（无证养犬/未拴绳/烈性犬）',
  `CFJDSH` varchar(40) DEFAULT NULL COMMENT '处罚决定书号',
  `FKJE` decimal(10,2) DEFAULT NULL COMMENT '罚款金额',
  `WFDD` varchar(200) DEFAULT NULL COMMENT '违法地点',
  `WFSJ` datetime DEFAULT NULL COMMENT '违法时间',
  `ZFRY` varchar(50) DEFAULT NULL COMMENT '执法人员',
  `ZFZH` varchar(30) DEFAULT NULL COMMENT '执法证号',
  `BZ` varchar(500) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='违规养犬处罚记录';

DROP TABLE IF EXISTS `yq_sqsq`;
CREATE TABLE `yq_sqsq` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `SQBH` varchar(32) NOT NULL COMMENT '申请编号',
  `QZID` bigint(20) NOT NULL COMMENT '犬主ID',
  `SQLX` char(2) DEFAULT NULL COMMENT '申请类型 01新办 02年检 03注销 04过户',
  `RLZP` varchar(255) DEFAULT NULL COMMENT '人脸识别照片',
  `RLBDJG` decimal(5,2) DEFAULT NULL COMMENT '人脸比对得分',
  `SQIP` varchar(45) DEFAULT NULL COMMENT '申请IP',
  `SBXH` varchar(64) DEFAULT NULL COMMENT '设备型号',
  `SPZT` char(1) DEFAULT '0' COMMENT '审批状态',
  `SPYJ` varchar(500) DEFAULT NULL COMMENT '审批意见',
  `TJSJ` datetime DEFAULT NULL COMMENT '提交时间',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='网上办理申请';

DROP TABLE IF EXISTS `yq_sqzd`;
CREATE TABLE `yq_sqzd` (
  `SQDM` varchar(12) NOT NULL COMMENT '社区代码',
  `SQMC` varchar(100) DEFAULT NULL COMMENT '社区名称',
  `JDMC` varchar(100) DEFAULT NULL COMMENT '所属街道',
  `QXDM` varchar(6) DEFAULT NULL COMMENT '区县代码',
  `FZR` varchar(30) DEFAULT NULL COMMENT '社区养犬负责人',
  `LXDH` varchar(20) DEFAULT NULL COMMENT '办公电话',
  PRIMARY KEY (`SQDM`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='社区字典';

DROP TABLE IF EXISTS `xt_yh`;
CREATE TABLE `xt_yh` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `YHM` varchar(30) NOT NULL COMMENT '用户名',
  `MM` varchar(100) NOT NULL COMMENT '密码（SM3）',
  `YHXM` varchar(30) DEFAULT NULL COMMENT '姓名',
  `SJH` varchar(20) DEFAULT NULL COMMENT '手机号',
  `SSJG` bigint(20) DEFAULT NULL COMMENT '所属机构',
  `JS` varchar(30) DEFAULT NULL COMMENT '角色',
  `ZHDLSJ` datetime DEFAULT NULL COMMENT '最后登录时间',
  `ZHDLIP` varchar(45) DEFAULT NULL COMMENT '最后登录IP',
  `ZT` char(1) DEFAULT '1' COMMENT '状态',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统用户';

DROP TABLE IF EXISTS `xt_czrz`;
CREATE TABLE `xt_czrz` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `CZYH` varchar(30) DEFAULT NULL COMMENT '操作用户',
  `CZLX` varchar(20) DEFAULT NULL COMMENT '操作类型',
  `CZNR` text COMMENT '操作内容',
  `CZIP` varchar(45) DEFAULT NULL COMMENT '操作IP',
  `CZSJ` datetime DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作日志';

