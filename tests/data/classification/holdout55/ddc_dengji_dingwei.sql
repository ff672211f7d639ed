-- dialect: mysql
-- 电动自行车登记上牌与防盗定位管理系统 数据库结构
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `ddc_cz`;
CREATE TABLE `ddc_cz` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zhid` varchar(12) NOT NULL COMMENT '租户ID(区县)',
  `xm` varchar(30) COMMENT '姓名',
  `sfzh` varchar(18) COMMENT '身份证号',
  `xb` char(1) COMMENT '性别 1男 2女',
  `csrq` date COMMENT '出生日期',
  `mz` varchar(10) COMMENT '民族',
  `sjh` varchar(11) COMMENT '手机号',
  `hjdz` varchar(200) COMMENT '户籍地址',
  `xzz` varchar(200) COMMENT '现住址',
  `ssq_dm` varchar(12) COMMENT '所属区县代码',
  `gzdw` varchar(100) COMMENT '工作单位',
  `rlzp` varchar(255) COMMENT '人脸采集照片',
  `sfzzp` varchar(255) COMMENT '身份证正反面照片',
  `wcnbz` tinyint COMMENT '未成年人标志(16周岁以下)',
  `jhrxm` varchar(30) COMMENT '监护人姓名',
  `jhrsjh` varchar(11) COMMENT '监护人手机号',
  `scbj` tinyint DEFAULT 0 COMMENT '删除标记',
  `cjsj` datetime COMMENT '创建时间',
  `cjr` varchar(30) COMMENT '创建人',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电动自行车车主';

DROP TABLE IF EXISTS `ddc_pp`;
CREATE TABLE `ddc_pp` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `ppmc` varchar(50) COMMENT '品牌名称',
  `xh` varchar(50) COMMENT '型号',
  `ccc_zsbh` varchar(40) COMMENT '3C证书编号',
  `zgcs` smallint COMMENT '最高车速(km/h)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='车辆品牌型号目录';

DROP TABLE IF EXISTS `ddc_cl`;
CREATE TABLE `ddc_cl` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cz_id` bigint COMMENT '车主ID',
  `pp_id` bigint COMMENT '品牌型号ID',
  `cjh` varchar(30) COMMENT '车架号',
  `djh` varchar(30) COMMENT '电机号',
  `csys` varchar(10) COMMENT '车身颜色',
  `gmrq` date COMMENT '购买日期',
  `gmfp_zp` varchar(255) COMMENT '购车发票照片',
  `clzt` char(1) COMMENT '车辆状态 0正常 1被盗 2注销',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='车辆信息';

DROP TABLE IF EXISTS `ddc_hp`;
CREATE TABLE `ddc_hp` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cl_id` bigint COMMENT '车辆ID',
  `hphm` varchar(10) COMMENT '号牌号码',
  `fzrq` date COMMENT '发证日期',
  `wd_id` bigint COMMENT '登记网点ID',
  `jbr` varchar(30) COMMENT '经办人',
  `ywlsh` varchar(32) COMMENT '业务流水号',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='号牌发放';

DROP TABLE IF EXISTS `ddc_wd`;
CREATE TABLE `ddc_wd` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `wdmc` varchar(100) COMMENT '网点名称',
  `wddz` varchar(200) COMMENT '网点地址',
  `lxdh` varchar(20) COMMENT '联系电话',
  `fzr` varchar(30) COMMENT '负责人',
  `fzrsj` varchar(11) COMMENT '负责人手机',
  `jd` decimal(10,6) COMMENT '经度',
  `wd` decimal(10,6) COMMENT '纬度',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='登记网点';

DROP TABLE IF EXISTS `ddc_dwq`;
CREATE TABLE `ddc_dwq` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cl_id` bigint COMMENT '车辆ID',
  `imei` varchar(20) COMMENT '设备IMEI',
  `sim_iccid` varchar(22) COMMENT 'SIM卡号(ICCID)',
  `azrq` datetime COMMENT '安装日期',
  `zxzt` char(1) COMMENT '在线状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='防盗定位器';

DROP TABLE IF EXISTS `ddc_gj`;
CREATE TABLE `ddc_gj` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `dwq_id` bigint COMMENT '定位器ID',
  `jd` decimal(10,6) COMMENT '经度',
  `wd` decimal(10,6) COMMENT '纬度',
  `dwsj` datetime COMMENT '定位时间',
  `dl` tinyint COMMENT '电量(%)',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='定位轨迹';

DROP TABLE IF EXISTS `ddc_wf`;
CREATE TABLE `ddc_wf` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cl_id` bigint COMMENT '车辆ID',
  `wfsj` datetime COMMENT '违法时间',
  `wfdd` varchar(100) COMMENT '违法地点',
  `wfxw` varchar(50) COMMENT '违法行为(闯红灯/逆行/未戴头盔)',
  `fkje` decimal(8,2) COMMENT '罚款金额',
  `zpzp` varchar(255) COMMENT '抓拍照片',
  `clzt` char(1) COMMENT '处理状态',
  `cljg` varchar(60) COMMENT '处理机关',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='交通违法记录';

DROP TABLE IF EXISTS `ddc_bx`;
CREATE TABLE `ddc_bx` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `cl_id` bigint COMMENT '车辆ID',
  `bxgs` varchar(60) COMMENT '保险公司',
  `bdh` varchar(40) COMMENT '保单号',
  `bf` decimal(8,2) COMMENT '保费',
  `syrxm` varchar(30) COMMENT '受益人姓名',
  `syrsfzh` varchar(18) COMMENT '受益人身份证号',
  `qsrq` date COMMENT '保险起期',
  `zzrq` date COMMENT '保险止期',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='车辆保险';

DROP TABLE IF EXISTS `xt_czrz`;
CREATE TABLE `xt_czrz` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `czrzh` varchar(30) COMMENT '操作人账号',
  `czlx` varchar(20) COMMENT '操作类型',
  `czsj` datetime COMMENT '操作时间',
  `czip` varchar(64) COMMENT '操作IP',
  `qqcs` text COMMENT '请求参数',
  `llq` varchar(200) COMMENT '浏览器',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统操作日志';

DROP TABLE IF EXISTS `xt_zd`;
CREATE TABLE `xt_zd` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zdlx` varchar(40) COMMENT '字典类型',
  `zdz` varchar(40) COMMENT '字典值',
  `zdmc` varchar(60) COMMENT '字典名称',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统字典';

SET FOREIGN_KEY_CHECKS = 1;
