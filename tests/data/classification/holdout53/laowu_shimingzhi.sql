-- dialect: mysql
-- 建筑工地劳务实名制管理平台 v2.3
SET NAMES utf8mb4;
SET FOREIGN_KEY_CHECKS = 0;

DROP TABLE IF EXISTS `gd_xiangmu`;
CREATE TABLE `gd_xiangmu` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zuhu_id` bigint NOT NULL DEFAULT 0 COMMENT '租户ID',
  `xmbh` varchar(32) NOT NULL COMMENT '项目编号',
  `xmmc` varchar(128) NOT NULL COMMENT '项目名称',
  `jianshe_danwei` varchar(128) DEFAULT NULL COMMENT '建设单位',
  `shigong_danwei` varchar(128) DEFAULT NULL COMMENT '施工总承包单位',
  `xiangmu_dizhi` varchar(255) DEFAULT NULL COMMENT '项目地址',
  `xmjl_xingming` varchar(32) DEFAULT NULL COMMENT '项目经理姓名',
  `xmjl_dianhua` varchar(20) DEFAULT NULL COMMENT '项目经理手机号',
  `zhuangtai` tinyint NOT NULL DEFAULT 1 COMMENT '状态 1在建 2停工 3竣工',
  `chuangjian_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gengxin_shijian` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工地项目';

DROP TABLE IF EXISTS `lw_banzu`;
CREATE TABLE `lw_banzu` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `xiangmu_id` bigint unsigned NOT NULL COMMENT '所属项目',
  `banzu_mingcheng` varchar(64) NOT NULL COMMENT '班组名称',
  `fenbao_qiye` varchar(128) DEFAULT NULL COMMENT '劳务分包企业名称',
  `tongyi_xinyong_daima` char(18) DEFAULT NULL COMMENT '分包企业统一社会信用代码',
  `banzuzhang_xingming` varchar(32) DEFAULT NULL COMMENT '班组长姓名',
  `banzuzhang_shouji` varchar(20) DEFAULT NULL COMMENT '班组长手机',
  `chuangjian_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `shanchu_biaozhi` tinyint(1) NOT NULL DEFAULT 0 COMMENT '删除标志 0正常 1删除',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='劳务班组';

DROP TABLE IF EXISTS `lw_gongren`;
CREATE TABLE `lw_gongren` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zuhu_id` bigint NOT NULL DEFAULT 0 COMMENT '租户ID',
  `xingming` varchar(32) NOT NULL COMMENT '姓名',
  `xingbie` char(1) DEFAULT NULL COMMENT '性别 1男 2女',
  `minzu` varchar(16) DEFAULT NULL COMMENT '民族',
  `chusheng_riqi` date DEFAULT NULL COMMENT '出生日期',
  `shenfenzheng_hao` varchar(18) NOT NULL COMMENT '身份证号',
  `zhengjian_zhaopian` varchar(255) DEFAULT NULL COMMENT '身份证正反面照片',
  `huji_dizhi` varchar(255) DEFAULT NULL COMMENT '户籍地址（身份证住址）',
  `jiguan_sheng` varchar(32) DEFAULT NULL COMMENT '籍贯省份',
  `shoujihao` varchar(20) DEFAULT NULL COMMENT '手机号',
  `zongjiao_xinyang` varchar(32) DEFAULT NULL COMMENT '宗教信仰',
  `zhengzhi_mianmao` varchar(16) DEFAULT NULL COMMENT '政治面貌 党员/群众',
  `wenhua_chengdu` varchar(16) DEFAULT NULL COMMENT '文化程度',
  `gongzhong` varchar(32) DEFAULT NULL COMMENT '工种 钢筋工/木工/架子工',
  `tezhong_zuoye_zheng` varchar(32) DEFAULT NULL COMMENT '特种作业操作证号',
  `jinji_lianxiren` varchar(32) DEFAULT NULL COMMENT '紧急联系人',
  `jinji_lianxiren_dianhua` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  `renlian_tezheng` mediumtext COMMENT '人脸特征值（Base64）',
  `zhiwen_moban` blob COMMENT '指纹模板',
  `chuangjian_ren` varchar(64) DEFAULT NULL COMMENT '录入人',
  `chuangjian_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  `gengxin_shijian` datetime DEFAULT NULL COMMENT '更新时间',
  `shanchu_biaozhi` tinyint(1) NOT NULL DEFAULT 0 COMMENT '删除标志',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='建筑工人实名制档案';

DROP TABLE IF EXISTS `lw_jintuichang`;
CREATE TABLE `lw_jintuichang` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `gongren_id` bigint unsigned NOT NULL COMMENT '工人ID',
  `banzu_id` bigint unsigned NOT NULL COMMENT '班组ID',
  `hetong_bianhao` varchar(40) DEFAULT NULL COMMENT '劳动合同编号',
  `jinchang_riqi` date NOT NULL COMMENT '进场日期',
  `tuichang_riqi` date DEFAULT NULL COMMENT '退场日期',
  `rigong_danjia` decimal(10,2) DEFAULT NULL COMMENT '日工资单价（元/天）',
  `hetong_fujian` varchar(255) DEFAULT NULL COMMENT '合同扫描件URL',
  `zhuangtai` tinyint NOT NULL DEFAULT 1 COMMENT '1在场 2已退场',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='工人进退场及劳动合同';

DROP TABLE IF EXISTS `lw_kaoqin`;
CREATE TABLE `lw_kaoqin` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `gongren_id` bigint unsigned NOT NULL COMMENT '工人ID',
  `shebei_xuliehao` varchar(64) DEFAULT NULL COMMENT '闸机设备序列号',
  `daka_shijian` datetime NOT NULL COMMENT '打卡时间',
  `daka_fangxiang` tinyint NOT NULL COMMENT '方向 1进 2出',
  `zhuapai_zhaopian` varchar(255) DEFAULT NULL COMMENT '人脸抓拍照片',
  `jingdu` decimal(10,7) DEFAULT NULL COMMENT '打卡经度',
  `weidu` decimal(10,7) DEFAULT NULL COMMENT '打卡纬度',
  `tiwen` decimal(4,1) DEFAULT NULL COMMENT '体温 ℃',
  `xiangsidu` decimal(5,2) DEFAULT NULL COMMENT '人脸比对相似度',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='闸机考勤记录';

DROP TABLE IF EXISTS `lw_gongzi`;
CREATE TABLE `lw_gongzi` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `gongren_id` bigint unsigned NOT NULL COMMENT '工人ID',
  `gongzi_yuefen` char(7) NOT NULL COMMENT '工资月份 yyyy-MM',
  `chuqin_tianshu` int DEFAULT 0 COMMENT '出勤天数',
  `yingfa_gongzi` decimal(12,2) DEFAULT NULL COMMENT '应发工资',
  `shifa_gongzi` decimal(12,2) DEFAULT NULL COMMENT '实发工资',
  `gongzika_hao` varchar(32) DEFAULT NULL COMMENT '工资卡号',
  `kaihu_yinhang` varchar(64) DEFAULT NULL COMMENT '开户银行',
  `daifa_pici` varchar(32) DEFAULT NULL COMMENT '银行代发批次号',
  `fafang_zhuangtai` tinyint DEFAULT 0 COMMENT '发放状态 0待发 1成功 2失败',
  `chuangjian_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='农民工工资代发';

DROP TABLE IF EXISTS `lw_peixun_tijian`;
CREATE TABLE `lw_peixun_tijian` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `gongren_id` bigint unsigned NOT NULL COMMENT '工人ID',
  `peixun_kecheng` varchar(64) DEFAULT NULL COMMENT '三级安全教育课程',
  `kaoshi_chengji` int DEFAULT NULL COMMENT '安全考试成绩',
  `tijian_jielun` varchar(255) DEFAULT NULL COMMENT '体检结论',
  `gaoxueya` tinyint(1) DEFAULT 0 COMMENT '是否高血压（禁止高处作业）',
  `peixun_riqi` date DEFAULT NULL COMMENT '培训日期',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='安全教育与岗前体检';

DROP TABLE IF EXISTS `sys_zidian`;
CREATE TABLE `sys_zidian` (
  `id` int NOT NULL AUTO_INCREMENT COMMENT '主键',
  `zidian_leixing` varchar(32) NOT NULL COMMENT '字典类型 如 minzu, gongzhong',
  `zidian_zhi` varchar(32) NOT NULL COMMENT '字典值',
  `zidian_biaoqian` varchar(64) NOT NULL COMMENT '字典标签',
  `paixu` int DEFAULT 0 COMMENT '排序',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='数据字典';

DROP TABLE IF EXISTS `sys_caozuo_rizhi`;
CREATE TABLE `sys_caozuo_rizhi` (
  `id` bigint unsigned NOT NULL AUTO_INCREMENT COMMENT '主键',
  `caozuo_zhanghao` varchar(64) DEFAULT NULL COMMENT '操作人账号',
  `caozuo_neirong` text COMMENT '操作内容（请求参数JSON）',
  `qingqiu_ip` varchar(64) DEFAULT NULL COMMENT '请求IP',
  `liulanqi` varchar(255) DEFAULT NULL COMMENT '浏览器UA',
  `caozuo_shijian` datetime NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT '操作时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='操作日志';
