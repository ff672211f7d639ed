-- dialect: mysql
-- 连锁茶饮品牌 微信小程序 会员积分系统（拼音命名）

CREATE TABLE `hy_huiyuan` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '会员ID',
  `openid` varchar(64) NOT NULL COMMENT '小程序openid',
  `unionid` varchar(64) DEFAULT NULL COMMENT '开放平台unionid',
  `session_key` varchar(64) DEFAULT NULL COMMENT '微信会话密钥',
  `shouji_hao` varchar(20) DEFAULT NULL COMMENT '手机号(授权获取)',
  `nicheng` varchar(64) DEFAULT NULL COMMENT '微信昵称',
  `touxiang_url` varchar(512) DEFAULT NULL COMMENT '头像',
  `xingbie` tinyint DEFAULT 0 COMMENT '性别',
  `shengri` date DEFAULT NULL COMMENT '生日(生日礼)',
  `huiyuan_dengji` tinyint NOT NULL DEFAULT 1 COMMENT '会员等级 1银卡 2金卡 3黑金',
  `jifen` int NOT NULL DEFAULT 0 COMMENT '当前积分',
  `chengzhang_zhi` int NOT NULL DEFAULT 0 COMMENT '成长值',
  `chuzhi_yue` decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT '储值卡余额',
  `zhuce_mendian_id` bigint DEFAULT NULL COMMENT '注册门店',
  `tuijianren_id` bigint DEFAULT NULL COMMENT '推荐人会员ID',
  `kouwei_pianhao` varchar(200) DEFAULT NULL COMMENT '口味偏好：少糖/去冰等',
  `zhuce_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '注册时间',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_openid` (`openid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员';

CREATE TABLE `hy_jifen_liushui` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `huiyuan_id` bigint NOT NULL COMMENT '会员ID',
  `biandong_zhi` int NOT NULL COMMENT '变动积分(正负)',
  `biandong_leixing` tinyint NOT NULL COMMENT '类型 1消费 2签到 3兑换 4过期',
  `guanlian_dingdan` varchar(32) DEFAULT NULL COMMENT '关联订单号',
  `yue` int NOT NULL COMMENT '变动后积分余额',
  `chuangjian_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='积分流水';

CREATE TABLE `hy_dingdan` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `dingdan_hao` varchar(32) NOT NULL COMMENT '订单号',
  `huiyuan_id` bigint NOT NULL,
  `mendian_id` bigint NOT NULL COMMENT '下单门店',
  `shangpin_mingxi` json DEFAULT NULL COMMENT '商品明细',
  `qucan_hao` varchar(10) DEFAULT NULL COMMENT '取餐号',
  `shifu_jine` decimal(10,2) NOT NULL COMMENT '实付金额',
  `youhuiquan_id` bigint DEFAULT NULL COMMENT '使用优惠券',
  `beizhu` varchar(200) DEFAULT NULL COMMENT '顾客备注',
  `zhifu_shijian` datetime DEFAULT NULL COMMENT '支付时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='点单记录';

CREATE TABLE `hy_youhuiquan` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `huiyuan_id` bigint NOT NULL,
  `quan_ma` varchar(20) NOT NULL COMMENT '券码',
  `mianzhi` decimal(6,2) NOT NULL COMMENT '面值',
  `shiyong_menkan` decimal(6,2) DEFAULT 0 COMMENT '使用门槛',
  `zhuangtai` tinyint NOT NULL DEFAULT 0 COMMENT '0未使用 1已使用 2已过期',
  `guoqi_shijian` datetime NOT NULL COMMENT '过期时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='会员优惠券';

CREATE TABLE `hy_mendian` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `mendian_mingcheng` varchar(64) NOT NULL COMMENT '门店名称',
  `dizhi` varchar(200) NOT NULL COMMENT '门店地址',
  `dianhua` varchar(20) DEFAULT NULL COMMENT '门店电话',
  `dianzhang_xingming` varchar(20) DEFAULT NULL COMMENT '店长姓名',
  `dianzhang_shouji` varchar(20) DEFAULT NULL COMMENT '店长手机',
  `jingdu` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `weidu` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `yingye_shijian` varchar(50) DEFAULT NULL COMMENT '营业时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='门店';

CREATE TABLE `hy_qiandao` (
  `id` bigint NOT NULL AUTO_INCREMENT,
  `huiyuan_id` bigint NOT NULL,
  `qiandao_riqi` date NOT NULL COMMENT '签到日期',
  `lianxu_tianshu` int NOT NULL DEFAULT 1 COMMENT '连续签到天数',
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_hy_riqi` (`huiyuan_id`, `qiandao_riqi`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='每日签到';
