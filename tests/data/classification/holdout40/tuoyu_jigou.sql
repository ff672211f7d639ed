-- dialect: mysql
/*
 托育机构综合管理系统 (0-3岁婴幼儿托育)  v2.3
 字段命名: 拼音首字母, 见《数据字典_托育v2.xlsx》
*/

create table ty_jg (
  id          int unsigned not null auto_increment comment '主键',
  jgbm        varchar(20)  not null comment '机构编码（卫健委备案号）',
  jgmc        varchar(100) not null comment '机构名称',
  tyshxydm    char(18)     default null comment '统一社会信用代码',
  jgdz        varchar(200) default null comment '机构地址',
  lxdh        varchar(20)  default null comment '机构联系电话',
  fzrxm       varchar(30)  default null comment '负责人姓名',
  fzrsj       varchar(11)  default null comment '负责人手机',
  bajg        varchar(60)  default null comment '备案机关',
  tws         smallint     default 0    comment '托位数',
  cjsj        datetime     default current_timestamp comment '创建时间',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='托育机构';

create table ty_bj (
  id     int unsigned not null auto_increment comment '主键',
  jgid   int unsigned not null comment '机构id',
  bjmc   varchar(30)  not null comment '班级名称',
  nld    varchar(10)  default null comment '年龄段 乳儿班/托小班/托大班',
  sfbz   decimal(8,2) default null comment '收费标准（元/月）',
  bzrid  int unsigned default null comment '班主任（教职工id）',
  zt     tinyint      default 1    comment '状态 1招生中 0停招',
  cjsj   datetime     default current_timestamp comment '创建时间',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='班级';

create table ty_ye (
  id      int unsigned not null auto_increment comment '主键',
  jgid    int unsigned not null comment '机构id',
  yexm    varchar(30)  not null comment '幼儿姓名',
  xb      tinyint      default null comment '性别 1男 2女',
  csrq    date         default null comment '出生日期',
  sfzh    char(18)     default null comment '幼儿身份证号',
  mz      varchar(10)  default null comment '民族',
  hjdz    varchar(200) default null comment '户籍地址',
  jzdz    varchar(200) default null comment '现居住地址',
  xx      varchar(4)   default null comment '血型',
  gmsbs   varchar(500) default null comment '过敏史及病史',
  ymjzzh  varchar(30)  default null comment '预防接种证编号',
  bjid    int unsigned default null comment '班级id',
  rtrq    date         default null comment '入托日期',
  zp      varchar(255) default null comment '幼儿照片',
  zt      tinyint      default 1    comment '状态 1在托 2退托 3休托',
  sczt    tinyint      default 0    comment '删除状态',
  cjsj    datetime     default current_timestamp comment '创建时间',
  primary key (id),
  key idx_jg (jgid)
) engine=innodb default charset=utf8mb4 comment='幼儿档案';

create table ty_jhr (
  id       int unsigned not null auto_increment comment '主键',
  yeid     int unsigned not null comment '幼儿id',
  jhrxm    varchar(30)  not null comment '监护人姓名',
  gx       varchar(10)  default null comment '与幼儿关系',
  sjhm     varchar(11)  default null comment '手机号码',
  sfzh     char(18)     default null comment '身份证号',
  gzdw     varchar(100) default null comment '工作单位',
  zy       varchar(30)  default null comment '职业',
  wxopenid varchar(64)  default null comment '微信openid（家长端小程序）',
  rlzp     varchar(255) default null comment '人脸照片（接送识别用）',
  sfjjlxr  tinyint      default 0    comment '是否紧急联系人',
  primary key (id),
  key idx_ye (yeid)
) engine=innodb default charset=utf8mb4 comment='监护人';

create table ty_jsjl (
  id      bigint unsigned not null auto_increment comment '主键',
  yeid    int unsigned not null comment '幼儿id',
  jhrid   int unsigned default null comment '接送人（监护人id）',
  jslx    tinyint      not null comment '接送类型 1入园 2离园',
  jssj    datetime     not null comment '接送时间',
  rlbdfs  decimal(5,2) default null comment '人脸比对分数',
  zpurl   varchar(255) default null comment '闸机抓拍人脸图片',
  sbbh    varchar(32)  default null comment '闸机设备编号',
  czy     varchar(30)  default null comment '操作员',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='接送记录';

create table ty_cjjl (
  id     bigint unsigned not null auto_increment comment '主键',
  yeid   int unsigned not null comment '幼儿id',
  jcrq   date         not null comment '检查日期',
  tw     decimal(3,1) default null comment '体温',
  sfyc   tinyint      default 0    comment '是否异常',
  zz     varchar(100) default null comment '症状（咳嗽/流涕/皮疹等）',
  clyj   varchar(200) default null comment '处理意见（隔离观察/通知家长接回）',
  jcr    varchar(30)  default null comment '检查人',
  bz     varchar(200) default null comment '备注',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='晨午检记录';

create table ty_tjda (
  id      bigint unsigned not null auto_increment comment '主键',
  yeid    int unsigned not null comment '幼儿id',
  tjrq    date         default null comment '体检日期',
  sg      decimal(4,1) default null comment '身高cm',
  tz      decimal(4,1) default null comment '体重kg',
  xhdb    smallint     default null comment '血红蛋白g/L',
  fyyjpg  varchar(200) default null comment '发育评估（大运动/精细动作/语言）',
  tjjg    varchar(100) default null comment '体检机构',
  ys      varchar(30)  default null comment '体检医生',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='儿童体检档案';

create table ty_jfjl (
  id     bigint unsigned not null auto_increment comment '主键',
  jfdh   varchar(32)  not null comment '缴费单号',
  yeid   int unsigned not null comment '幼儿id',
  jfxm   varchar(30)  default null comment '缴费项目 保育费/伙食费',
  je     decimal(10,2) not null comment '金额',
  zffs   tinyint      default null comment '支付方式 1微信 2支付宝 3现金',
  fpth   varchar(100) default null comment '发票抬头',
  zfsj   datetime     default null comment '支付时间',
  jylsh  varchar(64)  default null comment '支付交易流水号',
  primary key (id),
  unique key uk_jfdh (jfdh)
) engine=innodb default charset=utf8mb4 comment='缴费记录';

create table ty_jzg (
  id      int unsigned not null auto_increment comment '主键',
  jgid    int unsigned not null comment '机构id',
  xm      varchar(30)  not null comment '姓名',
  xb      tinyint      default null comment '性别',
  sfzh    char(18)     default null comment '身份证号',
  sjh     varchar(11)  default null comment '手机号',
  zgzsh   varchar(30)  default null comment '保育员/育婴员资格证书编号',
  gw      varchar(20)  default null comment '岗位 保育员/育婴师/保健员/厨师',
  rzrq    date         default null comment '入职日期',
  jkzbh   varchar(30)  default null comment '健康证编号',
  wfzjl   tinyint      default null comment '无犯罪记录证明 0未提交 1无犯罪记录 2有记录',
  gz      decimal(10,2) default null comment '月工资',
  zt      tinyint      default 1    comment '状态 1在职 0离职',
  xgsj    datetime     default null on update current_timestamp comment '修改时间',
  primary key (id)
) engine=innodb default charset=utf8mb4 comment='教职工';

create table xt_yh (
  id      int unsigned not null auto_increment comment '主键',
  dlm     varchar(30)  not null comment '登录名',
  mm      varchar(64)  not null comment '密码（MD5）',
  yan     varchar(16)  default null comment '密码盐',
  zsxm    varchar(30)  default null comment '真实姓名',
  sjh     varchar(11)  default null comment '手机号',
  jsid    int unsigned default null comment '角色id',
  zhdlip  varchar(40)  default null comment '最后登录IP',
  zhdlsj  datetime     default null comment '最后登录时间',
  zt      tinyint      default 1    comment '账号状态',
  primary key (id),
  unique key uk_dlm (dlm)
) engine=innodb default charset=utf8mb4 comment='系统用户';
