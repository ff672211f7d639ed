-- dialect: mysql
-- 驾校学员管理系统 (driving-school trainee management), schema v3.2
-- 列名为拼音首字母缩写, 中文注释

SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `jx_fenxiao`;
CREATE TABLE `jx_fenxiao` (
  `id` int(11) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `fxmc` varchar(64) NOT NULL COMMENT '分校名称',
  `dz` varchar(255) DEFAULT NULL COMMENT '分校地址',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '分校前台电话',
  `fzr` varchar(32) DEFAULT NULL COMMENT '负责人',
  `fzrsj` varchar(11) DEFAULT NULL COMMENT '负责人手机',
  `jd` decimal(10,6) DEFAULT NULL COMMENT '训练场经度',
  `wd` decimal(10,6) DEFAULT NULL COMMENT '训练场纬度',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='分校/训练场';

DROP TABLE IF EXISTS `jx_xueyuan`;
CREATE TABLE `jx_xueyuan` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `tenant_id` bigint(20) NOT NULL DEFAULT 0 COMMENT '租户ID',
  `xybh` varchar(20) NOT NULL COMMENT '学员编号',
  `xm` varchar(32) NOT NULL COMMENT '姓名',
  `xb` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `sfzh` varchar(18) NOT NULL COMMENT '身份证号',
  `mz` varchar(16) DEFAULT NULL COMMENT '民族',
  `sjh` varchar(11) NOT NULL COMMENT '手机号',
  `jtzz` varchar(255) DEFAULT NULL COMMENT '家庭住址',
  `hjszd` varchar(64) DEFAULT NULL COMMENT '户籍所在地(省市区)',
  `xl` varchar(16) DEFAULT NULL COMMENT '学历',
  `gzdw` varchar(128) DEFAULT NULL COMMENT '工作单位',
  `zp` varchar(255) DEFAULT NULL COMMENT '一寸证件照URL',
  `sfzzm` varchar(255) DEFAULT NULL COMMENT '身份证正面照URL',
  `tjbg` varchar(255) DEFAULT NULL COMMENT '驾驶人体检报告扫描件',
  `jjlxr` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `jjlxrdh` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `sqcx` varchar(4) DEFAULT 'C1' COMMENT '申请准驾车型 C1/C2/A2',
  `bmrq` date DEFAULT NULL COMMENT '报名日期',
  `fxid` int(11) DEFAULT NULL COMMENT '所属分校',
  `jlid` bigint(20) DEFAULT NULL COMMENT '带教教练',
  `zt` tinyint(4) DEFAULT 0 COMMENT '状态 0在培 1已拿证 2退学',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_sfzh` (`sfzh`),
  KEY `idx_jlid` (`jlid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学员档案';

DROP TABLE IF EXISTS `jx_jiaolian`;
CREATE TABLE `jx_jiaolian` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `jlxm` varchar(32) NOT NULL COMMENT '教练姓名',
  `jszh` varchar(18) DEFAULT NULL COMMENT '驾驶证号',
  `jlzh` varchar(32) DEFAULT NULL COMMENT '教练员证号',
  `lxdh` varchar(11) DEFAULT NULL COMMENT '联系电话',
  `tx` varchar(255) DEFAULT NULL COMMENT '头像',
  `rzrq` date DEFAULT NULL COMMENT '入职日期',
  `yx` decimal(10,2) DEFAULT NULL COMMENT '月薪',
  `pf` decimal(3,1) DEFAULT NULL COMMENT '学员综合评分',
  `fxid` int(11) DEFAULT NULL COMMENT '所属分校',
  `zt` tinyint(4) DEFAULT 0 COMMENT '在职状态',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='教练员';

DROP TABLE IF EXISTS `jx_yuyue`;
CREATE TABLE `jx_yuyue` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xyid` bigint(20) NOT NULL COMMENT '学员ID',
  `jlid` bigint(20) NOT NULL COMMENT '教练ID',
  `km` tinyint(4) NOT NULL COMMENT '科目 2科目二 3科目三',
  `yyrq` date NOT NULL COMMENT '预约日期',
  `clhp` varchar(10) DEFAULT NULL COMMENT '教练车车牌号',
  `bz` varchar(500) DEFAULT NULL COMMENT '学员留言',
  `qdjd` decimal(10,6) DEFAULT NULL COMMENT '学员签到经度',
  `qdwd` decimal(10,6) DEFAULT NULL COMMENT '学员签到纬度',
  `zt` tinyint(4) DEFAULT 0 COMMENT '0待练 1已练 2取消 3爽约',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='练车预约';

DROP TABLE IF EXISTS `jx_guiji`;
CREATE TABLE `jx_guiji` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `yyid` bigint(20) NOT NULL COMMENT '预约ID',
  `zdh` varchar(32) DEFAULT NULL COMMENT '车载计时终端编号',
  `dwsj` datetime NOT NULL COMMENT '定位时间',
  `jd` decimal(10,6) NOT NULL COMMENT '经度',
  `wd` decimal(10,6) NOT NULL COMMENT '纬度',
  PRIMARY KEY (`id`),
  KEY `idx_yyid` (`yyid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学时培训轨迹点';

DROP TABLE IF EXISTS `jx_kaoshi`;
CREATE TABLE `jx_kaoshi` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xyid` bigint(20) NOT NULL COMMENT '学员ID',
  `km` tinyint(4) NOT NULL COMMENT '考试科目',
  `kssj` datetime DEFAULT NULL COMMENT '考试时间',
  `kcmc` varchar(64) DEFAULT NULL COMMENT '考场名称',
  `cj` int(11) DEFAULT NULL COMMENT '成绩',
  `kscs` tinyint(4) DEFAULT 1 COMMENT '第几次考试',
  `rlzp` varchar(255) DEFAULT NULL COMMENT '人脸识别抓拍照',
  `zwtz` blob COMMENT '指纹特征值(入场核验)',
  `ksy` varchar(32) DEFAULT NULL COMMENT '考试员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='考试记录';

DROP TABLE IF EXISTS `jx_jiaofei`;
CREATE TABLE `jx_jiaofei` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xyid` bigint(20) NOT NULL COMMENT '学员ID',
  `jfje` decimal(10,2) NOT NULL COMMENT '缴费金额',
  `jffs` varchar(8) DEFAULT NULL COMMENT '缴费方式 现金/微信/银行卡',
  `yhkh` varchar(19) DEFAULT NULL COMMENT '付款银行卡号',
  `jylsh` varchar(64) DEFAULT NULL COMMENT '支付交易流水号',
  `fptt` varchar(128) DEFAULT NULL COMMENT '发票抬头',
  `nsrsbh` varchar(20) DEFAULT NULL COMMENT '纳税人识别号',
  `jfsj` datetime DEFAULT NULL COMMENT '缴费时间',
  `czy` varchar(32) DEFAULT NULL COMMENT '收费操作员',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='缴费记录';

DROP TABLE IF EXISTS `sys_czrz`;
CREATE TABLE `sys_czrz` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '日志主键',
  `czr` varchar(50) DEFAULT '' COMMENT '操作人员',
  `czlx` varchar(20) DEFAULT NULL COMMENT '操作类型',
  `qqcs` text COMMENT '请求参数',
  `ip` varchar(128) DEFAULT NULL COMMENT '主机地址',
  `llq` varchar(255) DEFAULT NULL COMMENT '浏览器类型',
  `czsj` datetime DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作日志';

SET FOREIGN_KEY_CHECKS = 1;
