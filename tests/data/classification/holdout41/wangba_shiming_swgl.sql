-- dialect: mysql
/*
 互联网上网服务营业场所 实名登记与上网日志系统（场所端+区县汇聚库）
 数据库: SWGL   版本: 5.7   字段命名遵循《场所端数据接口规范》拼音首字母
*/

CREATE TABLE `WB_CS` (
  `CSBM` varchar(14) NOT NULL COMMENT '场所编码',
  `CSMC` varchar(100) NOT NULL COMMENT '场所名称',
  `CSDZ` varchar(200) DEFAULT NULL COMMENT '场所地址',
  `FRDB` varchar(30) DEFAULT NULL COMMENT '法人代表',
  `FRLXDH` varchar(20) DEFAULT NULL COMMENT '法人联系电话',
  `YYZZH` varchar(30) DEFAULT NULL COMMENT '统一社会信用代码',
  `WHXKZH` varchar(30) DEFAULT NULL COMMENT '网络文化经营许可证号',
  `ZDS` int(11) DEFAULT '0' COMMENT '终端数',
  `SSQX` varchar(6) DEFAULT NULL COMMENT '所属区县代码',
  `ZT` char(1) DEFAULT '1' COMMENT '状态 1营业 2停业 3吊销',
  PRIMARY KEY (`CSBM`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='场所信息';

CREATE TABLE `WB_SB` (
  `SBBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '设备编号',
  `CSBM` varchar(14) NOT NULL COMMENT '场所编码',
  `ZDH` varchar(10) NOT NULL COMMENT '终端号（机位号）',
  `MACDZ` varchar(17) DEFAULT NULL COMMENT '终端MAC地址',
  `IPDZ` varchar(15) DEFAULT NULL COMMENT '终端内网IP',
  `CZXT` varchar(30) DEFAULT NULL COMMENT '操作系统',
  `ZT` char(1) DEFAULT '1' COMMENT '状态',
  PRIMARY KEY (`SBBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='场所终端设备';

CREATE TABLE `SW_RY` (
  `RYBH` varchar(32) NOT NULL COMMENT '人员编号',
  `XM` varchar(30) NOT NULL COMMENT '姓名',
  `XB` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `MZ` varchar(2) DEFAULT NULL COMMENT '民族代码',
  `CSRQ` char(8) DEFAULT NULL COMMENT '出生日期 yyyyMMdd',
  `ZJLX` varchar(3) DEFAULT '111' COMMENT '证件类型 111居民身份证 414护照',
  `ZJHM` varchar(30) NOT NULL COMMENT '证件号码',
  `GJ` varchar(3) DEFAULT 'CHN' COMMENT '国籍',
  `HJDZ` varchar(200) DEFAULT NULL COMMENT '户籍地址（证件地址）',
  `FZJG` varchar(60) DEFAULT NULL COMMENT '发证机关',
  `SJHM` varchar(11) DEFAULT NULL COMMENT '手机号码',
  `XZZ` varchar(200) DEFAULT NULL COMMENT '现住址',
  `ZY` varchar(30) DEFAULT NULL COMMENT '职业',
  `JHRXM` varchar(30) DEFAULT NULL COMMENT '监护人姓名（未成年人）',
  `JHRDH` varchar(20) DEFAULT NULL COMMENT '监护人联系电话',
  `ZJZP` mediumtext COMMENT '证件照片 base64',
  `RLTZZ` blob COMMENT '人脸特征值',
  `SFWCN` char(1) DEFAULT '0' COMMENT '是否未成年人',
  `CJSJ` datetime DEFAULT NULL COMMENT '首次登记时间',
  `GXSJ` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`RYBH`),
  KEY `idx_zjhm` (`ZJHM`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网人员';

CREATE TABLE `HY_ZH` (
  `ZHBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '账户编号',
  `RYBH` varchar(32) NOT NULL COMMENT '人员编号',
  `CSBM` varchar(14) NOT NULL COMMENT '场所编码',
  `HYKH` varchar(20) DEFAULT NULL COMMENT '会员卡号',
  `YE` decimal(10,2) DEFAULT '0.00' COMMENT '账户余额',
  `JF` int(11) DEFAULT '0' COMMENT '积分',
  `HYDJ` tinyint(4) DEFAULT '1' COMMENT '会员等级',
  `MM` varchar(64) DEFAULT NULL COMMENT '上机密码（MD5）',
  `KHSJ` datetime DEFAULT NULL COMMENT '开户时间',
  PRIMARY KEY (`ZHBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='会员账户';

CREATE TABLE `CZ_JL` (
  `CZBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '充值编号',
  `ZHBH` bigint(20) NOT NULL COMMENT '账户编号',
  `CZJE` decimal(10,2) NOT NULL COMMENT '充值金额',
  `ZFFS` char(1) DEFAULT NULL COMMENT '支付方式 1现金 2微信 3支付宝',
  `ZFDH` varchar(64) DEFAULT NULL COMMENT '支付流水号',
  `FKZH` varchar(64) DEFAULT NULL COMMENT '付款账号（支付宝账号/微信）',
  `CZSJ` datetime DEFAULT NULL COMMENT '充值时间',
  `SYY` varchar(20) DEFAULT NULL COMMENT '收银员',
  PRIMARY KEY (`CZBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='充值记录';

CREATE TABLE `SW_JL` (
  `JLBH` varchar(40) NOT NULL COMMENT '记录编号',
  `RYBH` varchar(32) NOT NULL COMMENT '人员编号',
  `CSBM` varchar(14) NOT NULL COMMENT '场所编码',
  `ZDH` varchar(10) DEFAULT NULL COMMENT '终端号',
  `ZDIP` varchar(15) DEFAULT NULL COMMENT '上网终端IP',
  `ZDMAC` varchar(17) DEFAULT NULL COMMENT '上网终端MAC',
  `SJSJ` datetime NOT NULL COMMENT '上机时间',
  `XJSJ` datetime DEFAULT NULL COMMENT '下机时间',
  `XFJE` decimal(8,2) DEFAULT NULL COMMENT '消费金额',
  `SJZP` varchar(255) DEFAULT NULL COMMENT '上机现场抓拍照片',
  `RLBDFS` decimal(5,2) DEFAULT NULL COMMENT '人脸比对分值',
  `SCBZ` char(1) DEFAULT '0' COMMENT '上传标志 0未上传 1已上传',
  PRIMARY KEY (`JLBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上下机记录';

CREATE TABLE `FW_RZ` (
  `RZBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '日志编号',
  `JLBH` varchar(40) NOT NULL COMMENT '上机记录编号',
  `FWSJ` datetime NOT NULL COMMENT '访问时间',
  `MBURL` varchar(1000) DEFAULT NULL COMMENT '访问网址',
  `SSGJC` varchar(200) DEFAULT NULL COMMENT '搜索关键词',
  `YYMC` varchar(60) DEFAULT NULL COMMENT '使用应用名称',
  `QQH` varchar(15) DEFAULT NULL COMMENT '登录QQ号',
  `WXH` varchar(40) DEFAULT NULL COMMENT '登录微信号',
  PRIMARY KEY (`RZBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='上网行为日志（虚拟身份）';

CREATE TABLE `BJ_XX` (
  `BJBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '报警编号',
  `RYBH` varchar(32) DEFAULT NULL COMMENT '人员编号',
  `CSBM` varchar(14) DEFAULT NULL COMMENT '场所编码',
  `BJLX` varchar(2) DEFAULT NULL COMMENT '报警类型 01未成年人上网 02在逃人员 03一证多用',
  `ZTRYBZ` char(1) DEFAULT '0' COMMENT '在逃人员比中标志',
  `BJNR` varchar(500) DEFAULT NULL COMMENT '报警内容',
  `BJSJ` datetime DEFAULT NULL COMMENT '报警时间',
  `CLR` varchar(20) DEFAULT NULL COMMENT '处理人',
  `CLZT` char(1) DEFAULT '0' COMMENT '处理状态',
  PRIMARY KEY (`BJBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='报警信息';

CREATE TABLE `CS_YG` (
  `YGBH` bigint(20) NOT NULL AUTO_INCREMENT COMMENT '员工编号',
  `CSBM` varchar(14) NOT NULL COMMENT '场所编码',
  `YGXM` varchar(30) NOT NULL COMMENT '员工姓名',
  `SFZH` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `LXDH` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `GW` varchar(20) DEFAULT NULL COMMENT '岗位（网管/收银/安全员）',
  `RZRQ` date DEFAULT NULL COMMENT '入职日期',
  `DLZH` varchar(30) DEFAULT NULL COMMENT '管理端登录账号',
  `DLMM` varchar(64) DEFAULT NULL COMMENT '登录密码',
  `SFZX` char(1) DEFAULT '0' COMMENT '是否注销',
  PRIMARY KEY (`YGBH`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='场所从业人员';

CREATE TABLE `XT_ZD` (
  `ZDLX` varchar(20) NOT NULL COMMENT '字典类型',
  `ZDDM` varchar(10) NOT NULL COMMENT '字典代码',
  `ZDMC` varchar(60) NOT NULL COMMENT '字典名称（如：汉族、居民身份证）',
  `PX` int(11) DEFAULT '0' COMMENT '排序',
  PRIMARY KEY (`ZDLX`,`ZDDM`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统字典';

CREATE TABLE `XT_PZ` (
  `PZX` varchar(50) NOT NULL COMMENT '配置项',
  `PZZ` varchar(500) DEFAULT NULL COMMENT '配置值（如上传服务器地址、未成年人禁入时段）',
  `BZ` varchar(200) DEFAULT NULL COMMENT '备注',
  PRIMARY KEY (`PZX`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8 COMMENT='系统配置';
