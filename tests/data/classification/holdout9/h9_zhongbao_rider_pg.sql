-- dialect: postgres
-- 同城众包骑手管理平台（运力侧，不含点餐/下单业务）
-- 字段沿用老系统的拼音首字母命名，注释以 COMMENT ON 补充
-- PostgreSQL 14

CREATE SCHEMA IF NOT EXISTS zb;

CREATE TABLE zb.zb_qsxx (
    id          bigserial PRIMARY KEY,
    qsbh        varchar(20)  NOT NULL UNIQUE,
    xm          varchar(50)  NOT NULL,
    xb          char(1),
    csrq        date,
    sfzh        varchar(18),
    sjhm        varchar(11)  NOT NULL,
    hjdz        varchar(200),
    xzz         varchar(200),
    jjlxr       varchar(50),
    jjlxrdh     varchar(20),
    zp          varchar(300),
    rlsbtz      bytea,
    zt          smallint     NOT NULL DEFAULT 0,
    zcsj        timestamp(0) NOT NULL DEFAULT now(),
    zdid        bigint
);
COMMENT ON TABLE  zb.zb_qsxx IS '骑手信息';
COMMENT ON COLUMN zb.zb_qsxx.id IS '主键';
COMMENT ON COLUMN zb.zb_qsxx.qsbh IS '骑手编号';
COMMENT ON COLUMN zb.zb_qsxx.xm IS '姓名';
COMMENT ON COLUMN zb.zb_qsxx.xb IS '性别 1男 2女';
COMMENT ON COLUMN zb.zb_qsxx.csrq IS '出生日期';
COMMENT ON COLUMN zb.zb_qsxx.sfzh IS '身份证号';
COMMENT ON COLUMN zb.zb_qsxx.sjhm IS '手机号码';
COMMENT ON COLUMN zb.zb_qsxx.hjdz IS '户籍地址';
COMMENT ON COLUMN zb.zb_qsxx.xzz IS '现住址';
COMMENT ON COLUMN zb.zb_qsxx.jjlxr IS '紧急联系人';
COMMENT ON COLUMN zb.zb_qsxx.jjlxrdh IS '紧急联系人电话';
COMMENT ON COLUMN zb.zb_qsxx.zp IS '本人照片';
COMMENT ON COLUMN zb.zb_qsxx.rlsbtz IS '人脸识别特征值（接单前活体核验）';
COMMENT ON COLUMN zb.zb_qsxx.zt IS '状态 0待审核 1正常 2停用 3拉黑';
COMMENT ON COLUMN zb.zb_qsxx.zcsj IS '注册时间';
COMMENT ON COLUMN zb.zb_qsxx.zdid IS '所属站点ID';

CREATE TABLE zb.zb_jkz (
    id      bigserial PRIMARY KEY,
    qsid    bigint NOT NULL REFERENCES zb.zb_qsxx (id),
    jkzbh   varchar(40),
    fzjg    varchar(100),
    fzrq    date,
    yxqz    date,
    tjjg    varchar(20),
    jkzzp   varchar(300)
);
COMMENT ON TABLE  zb.zb_jkz IS '骑手健康证';
COMMENT ON COLUMN zb.zb_jkz.qsid IS '骑手ID';
COMMENT ON COLUMN zb.zb_jkz.jkzbh IS '健康证编号';
COMMENT ON COLUMN zb.zb_jkz.fzjg IS '发证机构';
COMMENT ON COLUMN zb.zb_jkz.fzrq IS '发证日期';
COMMENT ON COLUMN zb.zb_jkz.yxqz IS '有效期至';
COMMENT ON COLUMN zb.zb_jkz.tjjg IS '体检结果（合格/不合格/复查）';
COMMENT ON COLUMN zb.zb_jkz.jkzzp IS '健康证照片';

CREATE TABLE zb.zb_qszz (
    id      bigserial PRIMARY KEY,
    qsid    bigint NOT NULL REFERENCES zb.zb_qsxx (id),
    wfzjl   varchar(20),
    jszh    varchar(20),
    cph     varchar(12),
    clzp    varchar(300),
    bxdh    varchar(40),
    sfzzm   varchar(300),
    sfzfm   varchar(300),
    shzt    smallint DEFAULT 0,
    shr     varchar(32),
    shsj    timestamp(0)
);
COMMENT ON TABLE  zb.zb_qszz IS '骑手资质审核';
COMMENT ON COLUMN zb.zb_qszz.wfzjl IS '无犯罪记录核查结果';
COMMENT ON COLUMN zb.zb_qszz.jszh IS '驾驶证号';
COMMENT ON COLUMN zb.zb_qszz.cph IS '电动车车牌号';
COMMENT ON COLUMN zb.zb_qszz.clzp IS '车辆照片';
COMMENT ON COLUMN zb.zb_qszz.bxdh IS '车辆保险单号';
COMMENT ON COLUMN zb.zb_qszz.sfzzm IS '身份证人像面照片';
COMMENT ON COLUMN zb.zb_qszz.sfzfm IS '身份证国徽面照片';
COMMENT ON COLUMN zb.zb_qszz.shzt IS '审核状态';
COMMENT ON COLUMN zb.zb_qszz.shr IS '审核人';
COMMENT ON COLUMN zb.zb_qszz.shsj IS '审核时间';

CREATE TABLE zb.zb_zd (
    id      bigserial PRIMARY KEY,
    zdmc    varchar(100) NOT NULL,
    zddz    varchar(200),
    zdjd    numeric(10,6),
    zdwd    numeric(10,6),
    zzxm    varchar(50),
    zzdh    varchar(20),
    ssqy    varchar(50),
    yysj    varchar(50)
);
COMMENT ON TABLE  zb.zb_zd IS '配送站点';
COMMENT ON COLUMN zb.zb_zd.zdmc IS '站点名称';
COMMENT ON COLUMN zb.zb_zd.zddz IS '站点地址';
COMMENT ON COLUMN zb.zb_zd.zdjd IS '站点经度';
COMMENT ON COLUMN zb.zb_zd.zdwd IS '站点纬度';
COMMENT ON COLUMN zb.zb_zd.zzxm IS '站长姓名';
COMMENT ON COLUMN zb.zb_zd.zzdh IS '站长手机';
COMMENT ON COLUMN zb.zb_zd.ssqy IS '所属区域';
COMMENT ON COLUMN zb.zb_zd.yysj IS '营业时间';

CREATE TABLE zb.zb_gj (
    id      bigserial PRIMARY KEY,
    qsid    bigint NOT NULL,
    ddh     varchar(32),
    jd      numeric(10,6) NOT NULL,
    wd      numeric(10,6) NOT NULL,
    sd      numeric(5,1),
    fxj     smallint,
    dwsj    timestamp(3) NOT NULL,
    sbid    varchar(64),
    dl      smallint
);
COMMENT ON TABLE  zb.zb_gj IS '骑手实时轨迹点（APP每15秒上报）';
COMMENT ON COLUMN zb.zb_gj.ddh IS '当前配送订单号';
COMMENT ON COLUMN zb.zb_gj.jd IS '经度';
COMMENT ON COLUMN zb.zb_gj.wd IS '纬度';
COMMENT ON COLUMN zb.zb_gj.sd IS '速度 km/h';
COMMENT ON COLUMN zb.zb_gj.dwsj IS '定位时间';
COMMENT ON COLUMN zb.zb_gj.sbid IS '手机IMEI';
COMMENT ON COLUMN zb.zb_gj.dl IS '手机电量%';

CREATE TABLE zb.zb_jsd (
    id      bigserial PRIMARY KEY,
    jsdh    varchar(32) NOT NULL UNIQUE,
    qsid    bigint NOT NULL,
    jszq    varchar(20),
    wcds    integer DEFAULT 0,
    psf     numeric(10,2),
    jl      numeric(10,2),
    kk      numeric(10,2),
    sfje    numeric(10,2),
    yhkh    varchar(32),
    khh     varchar(100),
    ffzt    smallint DEFAULT 0,
    ffsj    timestamp(0)
);
COMMENT ON TABLE  zb.zb_jsd IS '骑手周结算单';
COMMENT ON COLUMN zb.zb_jsd.jsdh IS '结算单号';
COMMENT ON COLUMN zb.zb_jsd.jszq IS '结算周期 如2024-W18';
COMMENT ON COLUMN zb.zb_jsd.wcds IS '完成单数';
COMMENT ON COLUMN zb.zb_jsd.psf IS '配送费收入';
COMMENT ON COLUMN zb.zb_jsd.jl IS '冲单奖励';
COMMENT ON COLUMN zb.zb_jsd.kk IS '超时/差评扣款';
COMMENT ON COLUMN zb.zb_jsd.sfje IS '实发金额';
COMMENT ON COLUMN zb.zb_jsd.yhkh IS '收款银行卡号';
COMMENT ON COLUMN zb.zb_jsd.khh IS '开户行';
COMMENT ON COLUMN zb.zb_jsd.ffzt IS '发放状态';
COMMENT ON COLUMN zb.zb_jsd.ffsj IS '发放时间';

CREATE TABLE zb.zb_ts (
    id      bigserial PRIMARY KEY,
    qsid    bigint NOT NULL,
    ddh     varchar(32),
    tslx    varchar(20),
    tsnr    text,
    kfcl    text,
    kfgh    varchar(20),
    cfje    numeric(8,2),
    sssm    text,
    cjsj    timestamp(0) DEFAULT now()
);
COMMENT ON TABLE  zb.zb_ts IS '投诉与违规处罚';
COMMENT ON COLUMN zb.zb_ts.tslx IS '投诉类型（超时/态度/餐损/虚假送达）';
COMMENT ON COLUMN zb.zb_ts.tsnr IS '顾客投诉内容';
COMMENT ON COLUMN zb.zb_ts.kfcl IS '客服处理意见';
COMMENT ON COLUMN zb.zb_ts.kfgh IS '处理客服工号';
COMMENT ON COLUMN zb.zb_ts.cfje IS '处罚金额';
COMMENT ON COLUMN zb.zb_ts.sssm IS '骑手申诉说明';
COMMENT ON COLUMN zb.zb_ts.cjsj IS '创建时间';

CREATE TABLE zb.zb_ywx (
    id      bigserial PRIMARY KEY,
    qsid    bigint NOT NULL,
    bxgs    varchar(100),
    bdh     varchar(40),
    tbrq    date,
    syr     varchar(50),
    syrsfz  varchar(18),
    bf      numeric(8,2)
);
COMMENT ON TABLE  zb.zb_ywx IS '骑手意外险投保记录';
COMMENT ON COLUMN zb.zb_ywx.bxgs IS '保险公司';
COMMENT ON COLUMN zb.zb_ywx.bdh IS '保单号';
COMMENT ON COLUMN zb.zb_ywx.tbrq IS '投保日期';
COMMENT ON COLUMN zb.zb_ywx.syr IS '受益人';
COMMENT ON COLUMN zb.zb_ywx.syrsfz IS '受益人身份证';
COMMENT ON COLUMN zb.zb_ywx.bf IS '保费（平台代扣）';
