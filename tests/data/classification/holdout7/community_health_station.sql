-- dialect: postgres
-- 社区卫生服务站 居民健康档案
CREATE TABLE jmjkda (
    da_id        BIGSERIAL PRIMARY KEY,
    dabh         VARCHAR(32) NOT NULL,
    xm           VARCHAR(50),
    xb           CHAR(1),
    csrq         DATE,
    sfzh         VARCHAR(18),
    mz           VARCHAR(20),
    hyzk         VARCHAR(10),
    lxdh         VARCHAR(20),
    jzdz         VARCHAR(200),
    sq_code      VARCHAR(12),
    ybkh         VARCHAR(30),
    whcd         VARCHAR(20),
    zy           VARCHAR(50),
    xx           VARCHAR(4),
    gms          VARCHAR(200),
    jzs          TEXT,
    cjqk         VARCHAR(50),
    jdrq         DATE,
    jdys_id      INTEGER,
    da_zt        SMALLINT DEFAULT 1,
    create_time  TIMESTAMP DEFAULT now()
);
COMMENT ON TABLE jmjkda IS '居民健康档案';
COMMENT ON COLUMN jmjkda.da_id IS '主键';
COMMENT ON COLUMN jmjkda.dabh IS '档案编号';
COMMENT ON COLUMN jmjkda.xm IS '姓名';
COMMENT ON COLUMN jmjkda.xb IS '性别 1男 2女';
COMMENT ON COLUMN jmjkda.csrq IS '出生日期';
COMMENT ON COLUMN jmjkda.sfzh IS '身份证号';
COMMENT ON COLUMN jmjkda.mz IS '民族';
COMMENT ON COLUMN jmjkda.hyzk IS '婚姻状况';
COMMENT ON COLUMN jmjkda.lxdh IS '联系电话';
COMMENT ON COLUMN jmjkda.jzdz IS '现居住地址';
COMMENT ON COLUMN jmjkda.sq_code IS '所属社区编码';
COMMENT ON COLUMN jmjkda.ybkh IS '医保卡号';
COMMENT ON COLUMN jmjkda.whcd IS '文化程度';
COMMENT ON COLUMN jmjkda.zy IS '职业';
COMMENT ON COLUMN jmjkda.xx IS '血型';
COMMENT ON COLUMN jmjkda.gms IS '药物过敏史';
COMMENT ON COLUMN jmjkda.jzs IS '家族史';
COMMENT ON COLUMN jmjkda.cjqk IS '残疾情况';
COMMENT ON COLUMN jmjkda.jdrq IS '建档日期';
COMMENT ON COLUMN jmjkda.jdys_id IS '建档医生';
COMMENT ON COLUMN jmjkda.da_zt IS '档案状态 1在管 2迁出 3死亡';

CREATE TABLE mb_gl (
    id          BIGSERIAL PRIMARY KEY,
    da_id       BIGINT NOT NULL,
    mblx        VARCHAR(10),
    qzrq        DATE,
    qzyy        VARCHAR(100),
    icd10       VARCHAR(10),
    gl_jb       SMALLINT,
    sfgl        BOOLEAN DEFAULT true,
    remark      VARCHAR(500)
);
COMMENT ON TABLE mb_gl IS '慢病管理登记';
COMMENT ON COLUMN mb_gl.mblx IS '慢病类型 高血压/糖尿病/严重精神障碍';
COMMENT ON COLUMN mb_gl.qzrq IS '确诊日期';
COMMENT ON COLUMN mb_gl.qzyy IS '确诊医院';
COMMENT ON COLUMN mb_gl.icd10 IS '诊断编码';
COMMENT ON COLUMN mb_gl.gl_jb IS '管理级别';
COMMENT ON COLUMN mb_gl.sfgl IS '是否纳入管理';
COMMENT ON COLUMN mb_gl.remark IS '备注';

CREATE TABLE sf_jl (
    sf_id       BIGSERIAL PRIMARY KEY,
    da_id       BIGINT NOT NULL,
    sfrq        DATE,
    sffs        VARCHAR(10),
    ssy         SMALLINT,
    szy         SMALLINT,
    kfxt        NUMERIC(4,1),
    tz          NUMERIC(5,1),
    sg          NUMERIC(5,1),
    xy_qk       VARCHAR(20),
    yj_qk       VARCHAR(20),
    yyqk        TEXT,
    sfys        VARCHAR(30),
    xcsfrq      DATE,
    sf_zt       VARCHAR(8)
);
COMMENT ON TABLE sf_jl IS '随访记录';
COMMENT ON COLUMN sf_jl.sfrq IS '随访日期';
COMMENT ON COLUMN sf_jl.sffs IS '随访方式 门诊/家庭/电话';
COMMENT ON COLUMN sf_jl.ssy IS '收缩压';
COMMENT ON COLUMN sf_jl.szy IS '舒张压';
COMMENT ON COLUMN sf_jl.kfxt IS '空腹血糖';
COMMENT ON COLUMN sf_jl.tz IS '体重kg';
COMMENT ON COLUMN sf_jl.sg IS '身高cm';
COMMENT ON COLUMN sf_jl.xy_qk IS '吸烟情况';
COMMENT ON COLUMN sf_jl.yj_qk IS '饮酒情况';
COMMENT ON COLUMN sf_jl.yyqk IS '用药情况';
COMMENT ON COLUMN sf_jl.sfys IS '随访医生姓名';
COMMENT ON COLUMN sf_jl.xcsfrq IS '下次随访日期';
COMMENT ON COLUMN sf_jl.sf_zt IS '随访状态';

CREATE TABLE jt_cy (
    id          BIGSERIAL PRIMARY KEY,
    da_id       BIGINT,
    hzgx        VARCHAR(10),
    cy_xm       VARCHAR(50),
    cy_sjh      VARCHAR(20),
    sfjhr       BOOLEAN
);
COMMENT ON TABLE jt_cy IS '家庭成员/紧急联系人';
COMMENT ON COLUMN jt_cy.hzgx IS '与户主关系';
COMMENT ON COLUMN jt_cy.cy_xm IS '成员姓名';
COMMENT ON COLUMN jt_cy.cy_sjh IS '成员手机号';
COMMENT ON COLUMN jt_cy.sfjhr IS '是否监护人';

CREATE TABLE zd_sq (
    sq_code     VARCHAR(12) PRIMARY KEY,
    sq_mc       VARCHAR(60),
    jd_mc       VARCHAR(60),
    fzr_xm      VARCHAR(30),
    fzr_dh      VARCHAR(20),
    px          INTEGER
);
COMMENT ON TABLE zd_sq IS '社区字典';
COMMENT ON COLUMN zd_sq.sq_mc IS '社区名称';
COMMENT ON COLUMN zd_sq.jd_mc IS '所属街道';
COMMENT ON COLUMN zd_sq.fzr_xm IS '社区负责人';
COMMENT ON COLUMN zd_sq.fzr_dh IS '负责人电话';
COMMENT ON COLUMN zd_sq.px IS '排序';

CREATE TABLE ys_user (
    ys_id       SERIAL PRIMARY KEY,
    gh          VARCHAR(20),
    xm          VARCHAR(30),
    zc          VARCHAR(30),
    dlm         VARCHAR(30),
    mm          VARCHAR(100),
    zyzsh       VARCHAR(30),
    zt          SMALLINT
);
COMMENT ON TABLE ys_user IS '签约医生账号';
COMMENT ON COLUMN ys_user.gh IS '工号';
COMMENT ON COLUMN ys_user.xm IS '医生姓名';
COMMENT ON COLUMN ys_user.zc IS '职称';
COMMENT ON COLUMN ys_user.dlm IS '登录名';
COMMENT ON COLUMN ys_user.mm IS '登录密码(SM3)';
COMMENT ON COLUMN ys_user.zyzsh IS '医师执业证书编号';
COMMENT ON COLUMN ys_user.zt IS '状态';
