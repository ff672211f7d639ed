-- dialect: mysql
-- 智慧社区物业管理系统：小区、房屋、住户、车辆、门禁通行、访客、缴费、报修。
-- 字段名用拼音全拼（不是首字母），中文注释。

CREATE TABLE `wy_xiaoqu` (
  `xiaoqu_id` int NOT NULL AUTO_INCREMENT COMMENT '小区ID',
  `xiaoqu_mingcheng` varchar(100) NOT NULL COMMENT '小区名称',
  `xiangxi_dizhi` varchar(200) DEFAULT NULL COMMENT '小区地址',
  `kaifashang` varchar(100) DEFAULT NULL COMMENT '开发商',
  `loudong_shuliang` int DEFAULT NULL COMMENT '楼栋数',
  `jingdu` decimal(10,7) DEFAULT NULL COMMENT '小区中心经度',
  `weidu` decimal(10,7) DEFAULT NULL COMMENT '小区中心纬度',
  PRIMARY KEY (`xiaoqu_id`)
) ENGINE=InnoDB COMMENT='小区';

CREATE TABLE `wy_fangwu` (
  `fangwu_id` int NOT NULL AUTO_INCREMENT COMMENT '房屋ID',
  `xiaoqu_id` int NOT NULL COMMENT '小区ID',
  `loudong` varchar(10) NOT NULL COMMENT '楼栋',
  `danyuan` varchar(10) DEFAULT NULL COMMENT '单元',
  `fanghao` varchar(10) NOT NULL COMMENT '房号',
  `jianzhu_mianji` decimal(8,2) DEFAULT NULL COMMENT '建筑面积',
  `huxing` varchar(20) DEFAULT NULL COMMENT '户型',
  `zhuangtai` tinyint NOT NULL DEFAULT 0 COMMENT '状态(0空置 1自住 2出租)',
  PRIMARY KEY (`fangwu_id`)
) ENGINE=InnoDB COMMENT='房屋';

CREATE TABLE `wy_zhuhu` (
  `zhuhu_id` int NOT NULL AUTO_INCREMENT COMMENT '住户ID',
  `fangwu_id` int NOT NULL COMMENT '房屋ID',
  `xingming` varchar(30) NOT NULL COMMENT '姓名',
  `xingbie` char(1) DEFAULT NULL COMMENT '性别',
  `shenfenzheng` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `shouji` varchar(11) NOT NULL COMMENT '手机号',
  `gongzuo_danwei` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `yu_huzhu_guanxi` varchar(10) DEFAULT NULL COMMENT '与户主关系',
  `zhuhu_leixing` tinyint NOT NULL COMMENT '住户类型(1业主 2家属 3租户)',
  `ruzhu_riqi` date DEFAULT NULL COMMENT '入住日期',
  `renlian_tezheng` varbinary(2048) DEFAULT NULL COMMENT '人脸特征值',
  `renlian_zhaopian` varchar(255) DEFAULT NULL COMMENT '人脸录入照片(用于刷脸开门)',
  `teshu_renqun` varchar(20) DEFAULT NULL COMMENT '特殊人群(独居老人/残疾人/低保)',
  `jinji_lianxiren` varchar(30) DEFAULT NULL COMMENT '紧急联系人',
  `jinji_dianhua` varchar(20) DEFAULT NULL COMMENT '紧急联系人电话',
  PRIMARY KEY (`zhuhu_id`)
) ENGINE=InnoDB COMMENT='住户';

CREATE TABLE `wy_cheliang` (
  `cheliang_id` int NOT NULL AUTO_INCREMENT,
  `zhuhu_id` int NOT NULL COMMENT '住户ID',
  `chepaihao` varchar(10) NOT NULL COMMENT '车牌号',
  `pinpai` varchar(30) DEFAULT NULL COMMENT '品牌',
  `yanse` varchar(10) DEFAULT NULL COMMENT '颜色',
  `cheweihao` varchar(10) DEFAULT NULL COMMENT '车位号',
  `yueka_daoqi` date DEFAULT NULL COMMENT '月卡到期日',
  PRIMARY KEY (`cheliang_id`)
) ENGINE=InnoDB COMMENT='住户车辆';

CREATE TABLE `wy_menjin_jilu` (
  `jilu_id` bigint NOT NULL AUTO_INCREMENT,
  `zhuhu_id` int DEFAULT NULL COMMENT '住户ID',
  `menjinka_hao` varchar(20) DEFAULT NULL COMMENT '门禁卡号',
  `shebei_bianhao` varchar(20) NOT NULL COMMENT '门禁设备编号',
  `tongxing_fangxiang` tinyint NOT NULL COMMENT '通行方向(1进 2出)',
  `kaimen_fangshi` tinyint NOT NULL COMMENT '开门方式(1刷卡 2刷脸 3二维码)',
  `zhuapai_zhaopian` varchar(255) DEFAULT NULL COMMENT '抓拍照片',
  `tongxing_shijian` datetime NOT NULL COMMENT '通行时间',
  PRIMARY KEY (`jilu_id`)
) ENGINE=InnoDB COMMENT='门禁通行记录';

CREATE TABLE `wy_fangke` (
  `fangke_id` bigint NOT NULL AUTO_INCREMENT,
  `xingming` varchar(30) NOT NULL COMMENT '访客姓名',
  `shouji` varchar(11) DEFAULT NULL COMMENT '访客手机',
  `shenfenzheng` varchar(18) DEFAULT NULL COMMENT '访客身份证号',
  `chepaihao` varchar(10) DEFAULT NULL COMMENT '访客车牌',
  `beifang_zhuhu_id` int NOT NULL COMMENT '被访住户ID',
  `laifang_shiyou` varchar(200) DEFAULT NULL COMMENT '来访事由',
  `yuyue_shijian` datetime DEFAULT NULL COMMENT '预约时间',
  `likai_shijian` datetime DEFAULT NULL COMMENT '离开时间',
  PRIMARY KEY (`fangke_id`)
) ENGINE=InnoDB COMMENT='访客登记';

CREATE TABLE `wy_jiaofei` (
  `jiaofei_id` bigint NOT NULL AUTO_INCREMENT,
  `fangwu_id` int NOT NULL COMMENT '房屋ID',
  `feiyong_leixing` tinyint NOT NULL COMMENT '费用类型(物业费/停车费/水电)',
  `yingjiao_jine` decimal(10,2) NOT NULL COMMENT '应缴金额',
  `shijiao_jine` decimal(10,2) DEFAULT NULL COMMENT '实缴金额',
  `jiaofei_fangshi` tinyint DEFAULT NULL COMMENT '缴费方式',
  `qianfei_yueshu` int NOT NULL DEFAULT 0 COMMENT '欠费月数',
  `shoukuanren` varchar(20) DEFAULT NULL COMMENT '收款人',
  `jiaofei_shijian` datetime DEFAULT NULL COMMENT '缴费时间',
  PRIMARY KEY (`jiaofei_id`)
) ENGINE=InnoDB COMMENT='物业缴费';

CREATE TABLE `wy_baoxiu` (
  `baoxiu_id` bigint NOT NULL AUTO_INCREMENT,
  `fangwu_id` int NOT NULL COMMENT '房屋ID',
  `baoxiuren` varchar(30) DEFAULT NULL COMMENT '报修人',
  `lianxi_dianhua` varchar(20) DEFAULT NULL COMMENT '联系电话',
  `wenti_miaoshu` varchar(500) NOT NULL COMMENT '问题描述',
  `chuli_ren` varchar(20) DEFAULT NULL COMMENT '维修师傅',
  `zhuangtai` tinyint NOT NULL DEFAULT 0 COMMENT '处理状态',
  `pingfen` tinyint DEFAULT NULL COMMENT '满意度评分',
  `chuangjian_shijian` datetime NOT NULL COMMENT '创建时间',
  PRIMARY KEY (`baoxiu_id`)
) ENGINE=InnoDB COMMENT='报修工单';
