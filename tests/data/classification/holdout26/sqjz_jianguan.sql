-- dialect: mysql
/*
 * 社区矫正综合管理平台 v2.3  数据库脚本
 * 字段命名规范：汉语拼音首字母，小写，下划线分隔
 * 生成时间：2023-06-12
 */

/*==============================================================*/
/* Table: sqjz_sfs  司法所                                       */
/*==============================================================*/
CREATE TABLE sqjz_sfs (
  id            INT(11)       NOT NULL AUTO_INCREMENT COMMENT '主键',
  sfsbm         VARCHAR(20)   NOT NULL COMMENT '司法所编码',
  sfsmc         VARCHAR(100)  NOT NULL COMMENT '司法所名称',
  ssqxdm        VARCHAR(12)   DEFAULT NULL COMMENT '所属区县代码',
  bgdz          VARCHAR(200)  DEFAULT NULL COMMENT '办公地址',
  bgdh          VARCHAR(20)   DEFAULT NULL COMMENT '办公电话',
  fzrxm         VARCHAR(30)   DEFAULT NULL COMMENT '负责人姓名',
  zt            CHAR(1)       DEFAULT '1' COMMENT '状态 1启用 0停用',
  PRIMARY KEY (id),
  UNIQUE KEY uk_sfsbm (sfsbm)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='司法所';

/*==============================================================*/
/* Table: sqjz_gzry  矫正工作人员（兼系统用户）                    */
/*==============================================================*/
CREATE TABLE sqjz_gzry (
  id            INT(11)       NOT NULL AUTO_INCREMENT COMMENT '主键',
  sfs_id        INT(11)       NOT NULL COMMENT '所属司法所',
  xm            VARCHAR(30)   NOT NULL COMMENT '姓名',
  zw            VARCHAR(30)   DEFAULT NULL COMMENT '职务',
  sjhm          VARCHAR(20)   DEFAULT NULL COMMENT '手机号码',
  dlzh          VARCHAR(50)   NOT NULL COMMENT '登录账号',
  dlmm          VARCHAR(100)  NOT NULL COMMENT '登录密码(SM3)',
  zt            CHAR(1)       DEFAULT '1' COMMENT '状态',
  cjsj          DATETIME      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (id),
  UNIQUE KEY uk_dlzh (dlzh)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='矫正工作人员';

/*==============================================================*/
/* Table: sqjz_jzdx  社区矫正对象基本信息                          */
/*==============================================================*/
CREATE TABLE sqjz_jzdx (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT COMMENT '主键',
  sfs_id        INT(11)       NOT NULL COMMENT '负责司法所',
  jzdxbh        VARCHAR(32)   NOT NULL COMMENT '矫正对象编号',
  xm            VARCHAR(30)   NOT NULL COMMENT '姓名',
  cym           VARCHAR(60)   DEFAULT NULL COMMENT '曾用名',
  xb            CHAR(1)       DEFAULT NULL COMMENT '性别 1男 2女',
  mz            VARCHAR(2)    DEFAULT NULL COMMENT '民族(GB3304代码)',
  csrq          DATE          DEFAULT NULL COMMENT '出生日期',
  sfzh          VARCHAR(18)   DEFAULT NULL COMMENT '公民身份号码',
  whcd          VARCHAR(2)    DEFAULT NULL COMMENT '文化程度',
  hyzk          VARCHAR(2)    DEFAULT NULL COMMENT '婚姻状况',
  zzmm          VARCHAR(2)    DEFAULT NULL COMMENT '政治面貌',
  zjxy          VARCHAR(20)   DEFAULT NULL COMMENT '宗教信仰',
  jkzk          VARCHAR(100)  DEFAULT NULL COMMENT '健康状况(含传染病、精神疾病情况)',
  sfwcn         CHAR(1)       DEFAULT '0' COMMENT '是否未成年人 0否 1是',
  hjdz          VARCHAR(200)  DEFAULT NULL COMMENT '户籍地址',
  jzddz         VARCHAR(200)  DEFAULT NULL COMMENT '居住地详细地址',
  jzd_xzqh      VARCHAR(12)   DEFAULT NULL COMMENT '居住地行政区划代码',
  lxdh          VARCHAR(20)   DEFAULT NULL COMMENT '联系电话',
  gzdw          VARCHAR(100)  DEFAULT NULL COMMENT '现工作单位',
  jzlb          CHAR(1)       DEFAULT NULL COMMENT '矫正类别 1管制 2缓刑 3假释 4暂予监外执行',
  zm            VARCHAR(200)  DEFAULT NULL COMMENT '罪名',
  ypxq          VARCHAR(50)   DEFAULT NULL COMMENT '原判刑期',
  ypfy          VARCHAR(100)  DEFAULT NULL COMMENT '原判人民法院',
  jgdj          CHAR(1)       DEFAULT NULL COMMENT '管理等级 1严管 2普管 3宽管',
  zp            VARCHAR(255)  DEFAULT NULL COMMENT '照片',
  lrly          CHAR(1)       DEFAULT '1' COMMENT '录入来源 1手工 2法院推送 3监狱推送',
  zt            CHAR(1)       DEFAULT '1' COMMENT '状态 1在矫 2解矫 3收监 4死亡',
  scbz          CHAR(1)       DEFAULT '0' COMMENT '删除标志',
  cjr           VARCHAR(50)   DEFAULT NULL COMMENT '创建人',
  cjsj          DATETIME      DEFAULT NULL COMMENT '创建时间',
  xgsj          DATETIME      DEFAULT NULL COMMENT '修改时间',
  PRIMARY KEY (id),
  UNIQUE KEY uk_jzdxbh (jzdxbh),
  KEY idx_sfzh (sfzh)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='社区矫正对象';

/*==============================================================*/
/* Table: sqjz_jtcy  家庭成员及主要社会关系                        */
/*==============================================================*/
CREATE TABLE sqjz_jtcy (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  cyxm          VARCHAR(30)   NOT NULL COMMENT '成员姓名',
  gx            VARCHAR(10)   DEFAULT NULL COMMENT '与矫正对象关系',
  lxdh          VARCHAR(20)   DEFAULT NULL COMMENT '联系电话',
  jzdz          VARCHAR(200)  DEFAULT NULL COMMENT '居住地址',
  sfjhr         CHAR(1)       DEFAULT '0' COMMENT '是否监护人',
  PRIMARY KEY (id),
  KEY idx_jzdx (jzdx_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='家庭成员';

/*==============================================================*/
/* Table: sqjz_qdjl  报到签到记录（人脸/指纹/声纹核验）            */
/*==============================================================*/
CREATE TABLE sqjz_qdjl (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  qdsj          DATETIME      NOT NULL COMMENT '签到时间',
  qdfs          CHAR(1)       DEFAULT NULL COMMENT '签到方式 1人脸 2指纹 3声纹',
  rlzp          MEDIUMTEXT    COMMENT '现场人脸照片(base64)',
  zwtzm         VARCHAR(2048) DEFAULT NULL COMMENT '指纹特征码',
  swyp          VARCHAR(255)  DEFAULT NULL COMMENT '声纹语音文件路径',
  xsd           DECIMAL(5,2)  DEFAULT NULL COMMENT '比对相似度',
  jd            DECIMAL(10,6) DEFAULT NULL COMMENT '签到经度',
  wd            DECIMAL(10,6) DEFAULT NULL COMMENT '签到纬度',
  sbxlh         VARCHAR(64)   DEFAULT NULL COMMENT '签到终端序列号',
  PRIMARY KEY (id),
  KEY idx_jzdx_qdsj (jzdx_id, qdsj)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='报到签到记录';

/*==============================================================*/
/* Table: sqjz_dzwl  电子围栏                                    */
/*==============================================================*/
CREATE TABLE sqjz_dzwl (
  id            INT(11)       NOT NULL AUTO_INCREMENT,
  sfs_id        INT(11)       NOT NULL COMMENT '所属司法所',
  wlmc          VARCHAR(100)  NOT NULL COMMENT '围栏名称 如 XX区行政区域',
  wllx          CHAR(1)       DEFAULT '1' COMMENT '围栏类型 1活动区域 2禁止进入区域',
  zxjd          DECIMAL(10,6) DEFAULT NULL COMMENT '中心点经度',
  zxwd          DECIMAL(10,6) DEFAULT NULL COMMENT '中心点纬度',
  bj            INT(11)       DEFAULT NULL COMMENT '半径(米)',
  zt            CHAR(1)       DEFAULT '1' COMMENT '状态',
  cjsj          DATETIME      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='电子围栏';

/*==============================================================*/
/* Table: sqjz_dwgj  手机定位轨迹                                 */
/*==============================================================*/
CREATE TABLE sqjz_dwgj (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  dwsjh         VARCHAR(20)   DEFAULT NULL COMMENT '定位手机号',
  dwsj          DATETIME      NOT NULL COMMENT '定位时间',
  jd            DECIMAL(10,6) DEFAULT NULL COMMENT '经度',
  wd            DECIMAL(10,6) DEFAULT NULL COMMENT '纬度',
  dwdz          VARCHAR(200)  DEFAULT NULL COMMENT '定位地址(逆地理解析)',
  dwly          CHAR(1)       DEFAULT NULL COMMENT '定位来源 1运营商基站 2APP GPS',
  dzwl_id       INT(11)       DEFAULT NULL COMMENT '命中电子围栏',
  yjbz          CHAR(1)       DEFAULT '0' COMMENT '越界预警标志',
  PRIMARY KEY (id),
  KEY idx_jzdx_dwsj (jzdx_id, dwsj)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='定位轨迹';

/*==============================================================*/
/* Table: sqjz_qjsp  请假外出审批                                 */
/*==============================================================*/
CREATE TABLE sqjz_qjsp (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  sqbh          VARCHAR(32)   DEFAULT NULL COMMENT '申请编号',
  wcmdd         VARCHAR(100)  DEFAULT NULL COMMENT '外出目的地(省市县)',
  wcsy          VARCHAR(500)  DEFAULT NULL COMMENT '外出事由',
  kssj          DATETIME      DEFAULT NULL COMMENT '外出开始时间',
  jssj          DATETIME      DEFAULT NULL COMMENT '外出结束时间',
  sqsj          DATETIME      DEFAULT NULL COMMENT '申请时间',
  spzt          CHAR(1)       DEFAULT '0' COMMENT '审批状态 0待审 1同意 2不同意',
  spr           VARCHAR(50)   DEFAULT NULL COMMENT '审批人',
  spyj          VARCHAR(500)  DEFAULT NULL COMMENT '审批意见',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='请假外出审批';

/*==============================================================*/
/* Table: sqjz_khjc  考核奖惩                                    */
/*==============================================================*/
CREATE TABLE sqjz_khjc (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  khny          CHAR(6)       DEFAULT NULL COMMENT '考核年月 yyyyMM',
  khdf          DECIMAL(5,1)  DEFAULT NULL COMMENT '月度考核得分',
  jclx          VARCHAR(2)    DEFAULT NULL COMMENT '奖惩类型 01表扬 02训诫 03警告 04提请治安处罚 05提请撤销缓刑',
  jcsy          VARCHAR(500)  DEFAULT NULL COMMENT '奖惩事由',
  wsbh          VARCHAR(50)   DEFAULT NULL COMMENT '文书编号',
  jbr           VARCHAR(50)   DEFAULT NULL COMMENT '经办人',
  cjsj          DATETIME      DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='考核奖惩';

/*==============================================================*/
/* Table: sqjz_jyhd  教育学习及公益活动                            */
/*==============================================================*/
CREATE TABLE sqjz_jyhd (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  jzdx_id       BIGINT(20)    NOT NULL COMMENT '矫正对象ID',
  hdlx          CHAR(1)       DEFAULT NULL COMMENT '活动类型 1集中教育 2个别教育 3公益活动',
  hdrq          DATE          DEFAULT NULL COMMENT '活动日期',
  hdsc          DECIMAL(4,1)  DEFAULT NULL COMMENT '活动时长(小时)',
  hddd          VARCHAR(200)  DEFAULT NULL COMMENT '活动地点',
  xdth          TEXT          COMMENT '心得体会',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='教育学习及公益活动';

/*==============================================================*/
/* Table: xt_czrz  系统操作日志                                   */
/*==============================================================*/
CREATE TABLE xt_czrz (
  id            BIGINT(20)    NOT NULL AUTO_INCREMENT,
  czrzh         VARCHAR(50)   DEFAULT NULL COMMENT '操作人账号',
  czip          VARCHAR(64)   DEFAULT NULL COMMENT '操作IP',
  llq           VARCHAR(255)  DEFAULT NULL COMMENT '浏览器',
  czmk          VARCHAR(50)   DEFAULT NULL COMMENT '操作模块',
  qqcs          TEXT          COMMENT '请求参数',
  czsj          DATETIME      DEFAULT NULL COMMENT '操作时间',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统操作日志';
