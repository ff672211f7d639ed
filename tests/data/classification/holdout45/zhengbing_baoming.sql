-- dialect: oracle
-- 兵役登记与征兵报名管理系统（区县人武部版）  PL/SQL Developer 导出
-- 用户: ZBXT

create table ZB_WUZHUANGBU
(
  ID                 NUMBER(10) not null,
  DANWEI_DAIMA       VARCHAR2(12) not null,
  DANWEI_MINGCHENG   VARCHAR2(100) not null,
  XINGZHENG_QUHUA    VARCHAR2(12),
  DIZHI              VARCHAR2(200),
  LIANXI_DIANHUA     VARCHAR2(20),
  FUZEREN            VARCHAR2(30),
  FUZEREN_SHOUJI     VARCHAR2(11),
  CHUANGJIAN_SHIJIAN DATE default SYSDATE
);
comment on table ZB_WUZHUANGBU is '人武部/兵役机关';
comment on column ZB_WUZHUANGBU.ID is '主键';
comment on column ZB_WUZHUANGBU.DANWEI_DAIMA is '单位代码';
comment on column ZB_WUZHUANGBU.DANWEI_MINGCHENG is '单位名称';
comment on column ZB_WUZHUANGBU.XINGZHENG_QUHUA is '所属行政区划代码';
comment on column ZB_WUZHUANGBU.DIZHI is '办公地址';
comment on column ZB_WUZHUANGBU.LIANXI_DIANHUA is '值班电话';
comment on column ZB_WUZHUANGBU.FUZEREN is '负责人';
comment on column ZB_WUZHUANGBU.FUZEREN_SHOUJI is '负责人手机';
comment on column ZB_WUZHUANGBU.CHUANGJIAN_SHIJIAN is '创建时间';
alter table ZB_WUZHUANGBU add constraint PK_ZB_WUZHUANGBU primary key (ID);

create table ZB_YINGZHENG_QINGNIAN
(
  ID                   NUMBER(12) not null,
  BAOMING_BIANHAO      VARCHAR2(20) not null,
  WUZHUANGBU_ID        NUMBER(10) not null,
  JIHUA_ID             NUMBER(10),
  SHUJU_LAIYUAN        VARCHAR2(2),
  XINGMING             VARCHAR2(30) not null,
  XINGBIE              CHAR(1),
  CHUSHENG_RIQI        DATE,
  SHENFENZHENGHAO      VARCHAR2(18) not null,
  MINZU                VARCHAR2(2),
  ZHENGZHI_MIANMAO     VARCHAR2(2),
  ZONGJIAO_XINYANG     VARCHAR2(20),
  HUNYIN_ZHUANGKUANG   VARCHAR2(2),
  WENHUA_CHENGDU       VARCHAR2(2),
  BIYE_YUANXIAO        VARCHAR2(100),
  ZHUANYE              VARCHAR2(60),
  XUEJI_ZHUANGTAI      VARCHAR2(2),
  HUJI_SHENG           VARCHAR2(20),
  HUJI_DIZHI           VARCHAR2(200),
  XIANZHU_DIZHI        VARCHAR2(200),
  SHOUJI_HAOMA         VARCHAR2(11),
  QQ_HAO               VARCHAR2(15),
  ZHAOPIAN             VARCHAR2(300),
  BAOMING_ZHUANGTAI    VARCHAR2(2) default '01',
  SHANCHU_BZ           CHAR(1) default '0',
  CHUANGJIAN_SHIJIAN   DATE default SYSDATE,
  GENGXIN_SHIJIAN      DATE
);
comment on table ZB_YINGZHENG_QINGNIAN is '应征青年（网上兵役登记/报名）';
comment on column ZB_YINGZHENG_QINGNIAN.ID is '主键';
comment on column ZB_YINGZHENG_QINGNIAN.BAOMING_BIANHAO is '报名编号';
comment on column ZB_YINGZHENG_QINGNIAN.WUZHUANGBU_ID is '登记人武部';
comment on column ZB_YINGZHENG_QINGNIAN.JIHUA_ID is '征兵计划ID';
comment on column ZB_YINGZHENG_QINGNIAN.SHUJU_LAIYUAN is '数据来源（01网上登记 02现场登记）';
comment on column ZB_YINGZHENG_QINGNIAN.XINGMING is '姓名';
comment on column ZB_YINGZHENG_QINGNIAN.XINGBIE is '性别';
comment on column ZB_YINGZHENG_QINGNIAN.CHUSHENG_RIQI is '出生日期';
comment on column ZB_YINGZHENG_QINGNIAN.SHENFENZHENGHAO is '公民身份号码';
comment on column ZB_YINGZHENG_QINGNIAN.MINZU is '民族（GB/T 3304）';
comment on column ZB_YINGZHENG_QINGNIAN.ZHENGZHI_MIANMAO is '政治面貌（01党员 03团员 13群众）';
comment on column ZB_YINGZHENG_QINGNIAN.ZONGJIAO_XINYANG is '宗教信仰';
comment on column ZB_YINGZHENG_QINGNIAN.HUNYIN_ZHUANGKUANG is '婚姻状况';
comment on column ZB_YINGZHENG_QINGNIAN.WENHUA_CHENGDU is '文化程度';
comment on column ZB_YINGZHENG_QINGNIAN.BIYE_YUANXIAO is '毕业（就读）院校';
comment on column ZB_YINGZHENG_QINGNIAN.ZHUANYE is '所学专业';
comment on column ZB_YINGZHENG_QINGNIAN.XUEJI_ZHUANGTAI is '学籍状态（在校/应届/往届）';
comment on column ZB_YINGZHENG_QINGNIAN.HUJI_SHENG is '户籍所在省';
comment on column ZB_YINGZHENG_QINGNIAN.HUJI_DIZHI is '户籍地址';
comment on column ZB_YINGZHENG_QINGNIAN.XIANZHU_DIZHI is '现居住地址';
comment on column ZB_YINGZHENG_QINGNIAN.SHOUJI_HAOMA is '手机号码';
comment on column ZB_YINGZHENG_QINGNIAN.QQ_HAO is 'QQ号';
comment on column ZB_YINGZHENG_QINGNIAN.ZHAOPIAN is '免冠照片地址';
comment on column ZB_YINGZHENG_QINGNIAN.BAOMING_ZHUANGTAI is '报名状态';
comment on column ZB_YINGZHENG_QINGNIAN.SHANCHU_BZ is '删除标志';
comment on column ZB_YINGZHENG_QINGNIAN.CHUANGJIAN_SHIJIAN is '创建时间';
comment on column ZB_YINGZHENG_QINGNIAN.GENGXIN_SHIJIAN is '更新时间';
alter table ZB_YINGZHENG_QINGNIAN add constraint PK_ZB_YZQN primary key (ID);

create table ZB_TIJIAN
(
  ID                  NUMBER(12) not null,
  QINGNIAN_ID         NUMBER(12) not null,
  TIJIAN_RIQI         DATE,
  SHENGAO             NUMBER(5,1),
  TIZHONG             NUMBER(5,1),
  SHILI_ZUO           NUMBER(3,1),
  SHILI_YOU           NUMBER(3,1),
  XUEYA               VARCHAR2(10),
  XINLI_CESHI         VARCHAR2(200),
  WENSHEN_QK          VARCHAR2(100),
  TIJIAN_JIELUN       VARCHAR2(2),
  ZHUJIAN_YISHENG     VARCHAR2(30),
  BEIZHU              VARCHAR2(500),
  CHUANGJIAN_REN      VARCHAR2(30),
  CHUANGJIAN_SHIJIAN  DATE default SYSDATE
);
comment on table ZB_TIJIAN is '征兵体检结果';
comment on column ZB_TIJIAN.QINGNIAN_ID is '应征青年ID';
comment on column ZB_TIJIAN.TIJIAN_RIQI is '体检日期';
comment on column ZB_TIJIAN.SHENGAO is '身高(cm)';
comment on column ZB_TIJIAN.TIZHONG is '体重(kg)';
comment on column ZB_TIJIAN.SHILI_ZUO is '左眼裸眼视力';
comment on column ZB_TIJIAN.SHILI_YOU is '右眼裸眼视力';
comment on column ZB_TIJIAN.XUEYA is '血压';
comment on column ZB_TIJIAN.XINLI_CESHI is '心理检测结果';
comment on column ZB_TIJIAN.WENSHEN_QK is '纹身情况';
comment on column ZB_TIJIAN.TIJIAN_JIELUN is '体检结论（1合格 2不合格 3待复查）';
comment on column ZB_TIJIAN.ZHUJIAN_YISHENG is '主检医师';
comment on column ZB_TIJIAN.BEIZHU is '不合格原因/备注';
alter table ZB_TIJIAN add constraint PK_ZB_TIJIAN primary key (ID);

create table ZB_ZHENGZHI_KAOHE
(
  ID                      NUMBER(12) not null,
  QINGNIAN_ID             NUMBER(12) not null,
  WEIFA_FANZUI_JILU       VARCHAR2(500),
  XIDU_SHI                CHAR(1),
  JIATING_ZHENGZHI_QK     VARCHAR2(500),
  JINGWAI_GUANXI          VARCHAR2(300),
  KAOHE_JIELUN            VARCHAR2(2),
  KAOHE_REN               VARCHAR2(30),
  KAOHE_RIQI              DATE,
  CHUANGJIAN_SHIJIAN      DATE default SYSDATE
);
comment on table ZB_ZHENGZHI_KAOHE is '政治考核';
comment on column ZB_ZHENGZHI_KAOHE.QINGNIAN_ID is '应征青年ID';
comment on column ZB_ZHENGZHI_KAOHE.WEIFA_FANZUI_JILU is '违法犯罪记录（公安核查）';
comment on column ZB_ZHENGZHI_KAOHE.XIDU_SHI is '是否有吸毒史';
comment on column ZB_ZHENGZHI_KAOHE.JIATING_ZHENGZHI_QK is '家庭主要成员及社会关系政治情况';
comment on column ZB_ZHENGZHI_KAOHE.JINGWAI_GUANXI is '境外关系情况';
comment on column ZB_ZHENGZHI_KAOHE.KAOHE_JIELUN is '政考结论（1合格 2不合格）';
comment on column ZB_ZHENGZHI_KAOHE.KAOHE_REN is '考核人';
comment on column ZB_ZHENGZHI_KAOHE.KAOHE_RIQI is '考核日期';
alter table ZB_ZHENGZHI_KAOHE add constraint PK_ZB_ZZKH primary key (ID);

create table ZB_JIATING_CHENGYUAN
(
  ID                 NUMBER(12) not null,
  QINGNIAN_ID        NUMBER(12) not null,
  CHENGWEI           VARCHAR2(10),
  XINGMING           VARCHAR2(30),
  ZHENGZHI_MIANMAO   VARCHAR2(2),
  GONGZUO_DANWEI     VARCHAR2(100),
  ZHIWU              VARCHAR2(50),
  LIANXI_DIANHUA     VARCHAR2(20),
  CHUANGJIAN_SHIJIAN DATE default SYSDATE
);
comment on table ZB_JIATING_CHENGYUAN is '家庭主要成员';
comment on column ZB_JIATING_CHENGYUAN.QINGNIAN_ID is '应征青年ID';
comment on column ZB_JIATING_CHENGYUAN.CHENGWEI is '称谓（父亲/母亲/兄弟姐妹）';
comment on column ZB_JIATING_CHENGYUAN.XINGMING is '姓名';
comment on column ZB_JIATING_CHENGYUAN.ZHENGZHI_MIANMAO is '政治面貌';
comment on column ZB_JIATING_CHENGYUAN.GONGZUO_DANWEI is '工作单位';
comment on column ZB_JIATING_CHENGYUAN.ZHIWU is '职务';
comment on column ZB_JIATING_CHENGYUAN.LIANXI_DIANHUA is '联系电话';
alter table ZB_JIATING_CHENGYUAN add constraint PK_ZB_JTCY primary key (ID);

create table ZB_RUWU_QUXIANG
(
  ID                 NUMBER(12) not null,
  QINGNIAN_ID        NUMBER(12) not null,
  BUDUI_FANHAO       VARCHAR2(20),
  JUNZHONG           VARCHAR2(10),
  RUWU_RIQI          DATE,
  JIAOJIE_PICI       VARCHAR2(20),
  CHUANGJIAN_SHIJIAN DATE default SYSDATE
);
comment on table ZB_RUWU_QUXIANG is '批准入伍及去向';
comment on column ZB_RUWU_QUXIANG.BUDUI_FANHAO is '接兵部队番号';
comment on column ZB_RUWU_QUXIANG.JUNZHONG is '军种';
comment on column ZB_RUWU_QUXIANG.RUWU_RIQI is '入伍日期';
comment on column ZB_RUWU_QUXIANG.JIAOJIE_PICI is '交接批次';
alter table ZB_RUWU_QUXIANG add constraint PK_ZB_RWQX primary key (ID);

create table ZB_YOUDAI_JIN
(
  ID                 NUMBER(12) not null,
  QINGNIAN_ID        NUMBER(12) not null,
  NIANDU             NUMBER(4),
  JINE               NUMBER(12,2),
  KAIHU_YINHANG      VARCHAR2(60),
  YINHANG_ZHANGHAO   VARCHAR2(30),
  SHOUKUAN_REN       VARCHAR2(30),
  FAFANG_SHIJIAN     DATE,
  SHENPI_REN         VARCHAR2(30),
  FAFANG_ZHUANGTAI   CHAR(1) default '0'
);
comment on table ZB_YOUDAI_JIN is '义务兵家庭优待金发放';
comment on column ZB_YOUDAI_JIN.NIANDU is '年度';
comment on column ZB_YOUDAI_JIN.JINE is '发放金额';
comment on column ZB_YOUDAI_JIN.KAIHU_YINHANG is '开户银行';
comment on column ZB_YOUDAI_JIN.YINHANG_ZHANGHAO is '银行账号';
comment on column ZB_YOUDAI_JIN.SHOUKUAN_REN is '收款人（家属）';
comment on column ZB_YOUDAI_JIN.FAFANG_SHIJIAN is '发放时间';
comment on column ZB_YOUDAI_JIN.SHENPI_REN is '审批人';
comment on column ZB_YOUDAI_JIN.FAFANG_ZHUANGTAI is '发放状态 0待发 1已发 2退回';
alter table ZB_YOUDAI_JIN add constraint PK_ZB_YDJ primary key (ID);

create table ZB_ZHENGBING_JIHUA
(
  ID               NUMBER(10) not null,
  NIANDU           NUMBER(4) not null,
  PICI_MINGCHENG   VARCHAR2(40),
  WUZHUANGBU_ID    NUMBER(10) not null,
  JIHUA_RENSHU     NUMBER(6),
  BAOMING_KAISHI   DATE,
  BAOMING_JIESHU   DATE,
  BEIZHU           VARCHAR2(300)
);
comment on table ZB_ZHENGBING_JIHUA is '年度征兵计划（上半年/下半年）';
comment on column ZB_ZHENGBING_JIHUA.NIANDU is '年度';
comment on column ZB_ZHENGBING_JIHUA.PICI_MINGCHENG is '批次名称';
comment on column ZB_ZHENGBING_JIHUA.JIHUA_RENSHU is '计划征集人数';
comment on column ZB_ZHENGBING_JIHUA.BAOMING_KAISHI is '报名开始日期';
comment on column ZB_ZHENGBING_JIHUA.BAOMING_JIESHU is '报名截止日期';
comment on column ZB_ZHENGBING_JIHUA.BEIZHU is '备注';
alter table ZB_ZHENGBING_JIHUA add constraint PK_ZB_ZBJH primary key (ID);

create table ZB_ZIDIAN
(
  ID             NUMBER(10) not null,
  ZIDIAN_LEIXING VARCHAR2(30) not null,
  ZIDIAN_BIANMA  VARCHAR2(10) not null,
  ZIDIAN_MINGCHENG VARCHAR2(60) not null,
  PAIXU          NUMBER(4),
  ZHUANGTAI      CHAR(1) default '1'
);
comment on table ZB_ZIDIAN is '数据字典（民族、政治面貌、文化程度等）';
comment on column ZB_ZIDIAN.ZIDIAN_LEIXING is '字典类型';
comment on column ZB_ZIDIAN.ZIDIAN_BIANMA is '编码';
comment on column ZB_ZIDIAN.ZIDIAN_MINGCHENG is '名称';

create table ZB_YONGHU
(
  ID                 NUMBER(10) not null,
  DENGLU_ZHANGHAO    VARCHAR2(30) not null,
  MIMA               VARCHAR2(64) not null,
  XINGMING           VARCHAR2(30),
  SHOUJI             VARCHAR2(11),
  WUZHUANGBU_ID      NUMBER(10),
  JUESE              VARCHAR2(20),
  ZUIHOU_DENGLU_IP   VARCHAR2(40),
  ZHUANGTAI          CHAR(1) default '1'
);
comment on table ZB_YONGHU is '系统用户（人武部工作人员）';
comment on column ZB_YONGHU.DENGLU_ZHANGHAO is '登录账号';
comment on column ZB_YONGHU.MIMA is '密码（SM3）';
comment on column ZB_YONGHU.XINGMING is '姓名';
comment on column ZB_YONGHU.SHOUJI is '手机';
comment on column ZB_YONGHU.JUESE is '角色';
comment on column ZB_YONGHU.ZUIHOU_DENGLU_IP is '最后登录IP';

create table ZB_CAOZUO_RIZHI
(
  ID               NUMBER(15) not null,
  CAOZUO_REN       VARCHAR2(30),
  CAOZUO_LEIXING   VARCHAR2(20),
  QINGQIU_CANSHU   CLOB,
  IP_DIZHI         VARCHAR2(40),
  CAOZUO_SHIJIAN   DATE
);
comment on table ZB_CAOZUO_RIZHI is '操作日志';
comment on column ZB_CAOZUO_RIZHI.CAOZUO_REN is '操作人账号';
comment on column ZB_CAOZUO_RIZHI.CAOZUO_LEIXING is '操作类型';
comment on column ZB_CAOZUO_RIZHI.QINGQIU_CANSHU is '请求参数';
comment on column ZB_CAOZUO_RIZHI.IP_DIZHI is 'IP地址';
comment on column ZB_CAOZUO_RIZHI.CAOZUO_SHIJIAN is '操作时间';
