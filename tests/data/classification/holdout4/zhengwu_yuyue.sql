-- dialect: mysql
-- 政务服务中心 网上预约办事系统（拼音缩写字段名，中文注释）

CREATE TABLE `zw_banshiren` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `bsr_xm` varchar(50) NOT NULL COMMENT '办事人姓名',
  `zjlx` char(2) NOT NULL DEFAULT '01' COMMENT '证件类型 01居民身份证 02护照 03港澳居民来往内地通行证',
  `zjhm` varchar(64) NOT NULL COMMENT '证件号码',
  `zj_yxq` date DEFAULT NULL COMMENT '证件有效期至',
  `xb` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `mz` varchar(20) DEFAULT NULL COMMENT '民族',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `txdz` varchar(255) DEFAULT NULL COMMENT '通讯地址',
  `szs` varchar(20) DEFAULT NULL COMMENT '所在省',
  `szsh` varchar(20) DEFAULT NULL COMMENT '所在市',
  `qx` varchar(20) DEFAULT NULL COMMENT '区县',
  `hjd` varchar(255) DEFAULT NULL COMMENT '户籍所在地',
  `rlzp` varchar(255) DEFAULT NULL COMMENT '实名认证人脸照片地址',
  `smrz_zt` tinyint NOT NULL DEFAULT 0 COMMENT '实名认证状态 0未认证 1已认证',
  `wx_openid` varchar(64) DEFAULT NULL COMMENT '微信小程序openid',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  `is_deleted` tinyint NOT NULL DEFAULT 0 COMMENT '删除标志',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_zjhm` (`zjhm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='办事人（自然人）信息';

CREATE TABLE `zw_dwxx` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `dwmc` varchar(200) NOT NULL COMMENT '单位名称',
  `tyshxydm` char(18) NOT NULL COMMENT '统一社会信用代码',
  `fddbr` varchar(50) DEFAULT NULL COMMENT '法定代表人',
  `fddbr_zjhm` varchar(18) DEFAULT NULL COMMENT '法定代表人身份证号',
  `dwdz` varchar(255) DEFAULT NULL COMMENT '单位地址',
  `dwdh` varchar(20) DEFAULT NULL COMMENT '单位电话',
  `jbr_xm` varchar(50) DEFAULT NULL COMMENT '经办人姓名',
  `jbr_sj` varchar(11) DEFAULT NULL COMMENT '经办人手机号',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='法人单位信息';

CREATE TABLE `zw_sxml` (
  `sxbm` varchar(32) NOT NULL COMMENT '事项编码',
  `sxmc` varchar(200) NOT NULL COMMENT '事项名称',
  `ssbm` varchar(100) NOT NULL COMMENT '所属部门',
  `blsx` int DEFAULT NULL COMMENT '承诺办理时限（工作日）',
  `sfsf` tinyint DEFAULT 0 COMMENT '是否收费',
  `sfbz` varchar(200) DEFAULT NULL COMMENT '收费标准',
  `sfyy` tinyint DEFAULT 1 COMMENT '是否需预约',
  `ywlx` varchar(10) DEFAULT NULL COMMENT '业务类型 个人/法人',
  `zt` tinyint DEFAULT 1 COMMENT '状态',
  `px` int DEFAULT 0 COMMENT '排序',
  PRIMARY KEY (`sxbm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='政务服务事项目录';

CREATE TABLE `zw_wdxx` (
  `wdbm` varchar(20) NOT NULL COMMENT '网点编码',
  `wdmc` varchar(100) NOT NULL COMMENT '服务大厅名称',
  `wddz` varchar(255) DEFAULT NULL COMMENT '网点地址',
  `wd_jd` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `wd_wd` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `zxdh` varchar(20) DEFAULT NULL COMMENT '咨询电话',
  `fzr` varchar(50) DEFAULT NULL COMMENT '负责人',
  `fzr_sj` varchar(11) DEFAULT NULL COMMENT '负责人手机',
  `yysj` varchar(100) DEFAULT NULL COMMENT '办公时间',
  PRIMARY KEY (`wdbm`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='服务网点（大厅）';

CREATE TABLE `zw_yuyue` (
  `yyid` bigint NOT NULL AUTO_INCREMENT COMMENT '预约ID',
  `yyh` varchar(32) NOT NULL COMMENT '预约号',
  `bsr_id` bigint NOT NULL COMMENT '办事人ID',
  `sxbm` varchar(32) NOT NULL COMMENT '事项编码',
  `wdbm` varchar(20) NOT NULL COMMENT '网点编码',
  `yyrq` date NOT NULL COMMENT '预约日期',
  `yysd` varchar(20) NOT NULL COMMENT '预约时段 如09:00-09:30',
  `qhm` varchar(10) DEFAULT NULL COMMENT '取号码',
  `yy_ly` varchar(10) DEFAULT NULL COMMENT '预约来源 PC/小程序/窗口',
  `lxdh` varchar(20) DEFAULT NULL COMMENT '本次预约联系电话',
  `bz` varchar(500) DEFAULT NULL COMMENT '办事人留言备注',
  `yy_zt` tinyint NOT NULL DEFAULT 0 COMMENT '预约状态 0待签到 1已签到 2爽约 3取消',
  `qdsj` datetime DEFAULT NULL COMMENT '签到时间',
  `dlr_xm` varchar(50) DEFAULT NULL COMMENT '代理人姓名（代办时填写）',
  `dlr_zjhm` varchar(64) DEFAULT NULL COMMENT '代理人证件号码',
  `dlr_gx` varchar(20) DEFAULT NULL COMMENT '代理人与办事人关系',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`yyid`),
  KEY `idx_bsr` (`bsr_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='预约记录';

CREATE TABLE `zw_banjian` (
  `bjbh` varchar(40) NOT NULL COMMENT '办件编号',
  `yyid` bigint DEFAULT NULL COMMENT '预约ID',
  `sqr_xm` varchar(50) NOT NULL COMMENT '申请人姓名',
  `sqnr` text COMMENT '申请内容',
  `sqcl` varchar(1000) DEFAULT NULL COMMENT '申请材料附件路径（逗号分隔）',
  `slr` varchar(50) DEFAULT NULL COMMENT '受理人',
  `slsj` datetime DEFAULT NULL COMMENT '受理时间',
  `bjjg` char(1) DEFAULT NULL COMMENT '办结结果 1准予 2不予 3退回',
  `bjyj` varchar(1000) DEFAULT NULL COMMENT '办理意见',
  `pj` tinyint DEFAULT NULL COMMENT '好差评 1-5',
  `pj_ly` varchar(500) DEFAULT NULL COMMENT '评价留言',
  `create_time` datetime NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`bjbh`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='办件信息';

CREATE TABLE `zw_gzry` (
  `ryid` int NOT NULL AUTO_INCREMENT COMMENT '人员ID',
  `gh` varchar(20) NOT NULL COMMENT '工号',
  `xm` varchar(50) NOT NULL COMMENT '姓名',
  `xmpy` varchar(100) DEFAULT NULL COMMENT '姓名拼音',
  `zw` varchar(50) DEFAULT NULL COMMENT '职务',
  `wdbm` varchar(20) DEFAULT NULL COMMENT '所在网点',
  `dlzh` varchar(50) NOT NULL COMMENT '登录账号',
  `mm` char(64) NOT NULL COMMENT '登录密码（SM3摘要）',
  `sj` varchar(11) DEFAULT NULL COMMENT '手机',
  `zt` tinyint DEFAULT 1 COMMENT '状态 1在岗 0离岗',
  PRIMARY KEY (`ryid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='窗口工作人员';

CREATE TABLE `zw_czrz` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `czr` varchar(50) NOT NULL COMMENT '操作人账号',
  `czlx` varchar(20) NOT NULL COMMENT '操作类型',
  `czsj` datetime NOT NULL COMMENT '操作时间',
  `ip` varchar(45) DEFAULT NULL COMMENT '操作IP',
  `ua` varchar(500) DEFAULT NULL COMMENT '浏览器UA',
  `dlwz` varchar(100) DEFAULT NULL COMMENT '登录地点（IP解析）',
  `cznr` text COMMENT '操作内容（请求参数）',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='后台操作日志';
