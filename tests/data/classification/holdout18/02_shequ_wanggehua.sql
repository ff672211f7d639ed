-- dialect: postgres
-- 社区网格化管理信息系统 (街道综治中心) 数据库结构
-- 字段命名采用拼音首字母, 库: wgh_db, 模式: public

CREATE TABLE t_wg_wgxx (
    wgbm        varchar(32)  NOT NULL PRIMARY KEY,
    wgmc        varchar(100) NOT NULL,
    ssjd        varchar(64),
    sssq        varchar(64),
    wgyid       bigint,
    cjr         varchar(32),
    cjsj        timestamp    DEFAULT now()
);
COMMENT ON TABLE t_wg_wgxx IS '网格信息';
COMMENT ON COLUMN t_wg_wgxx.wgbm IS '网格编码';
COMMENT ON COLUMN t_wg_wgxx.wgmc IS '网格名称';
COMMENT ON COLUMN t_wg_wgxx.ssjd IS '所属街道';
COMMENT ON COLUMN t_wg_wgxx.sssq IS '所属社区';
COMMENT ON COLUMN t_wg_wgxx.wgyid IS '专职网格员ID';
COMMENT ON COLUMN t_wg_wgxx.cjr IS '创建人';
COMMENT ON COLUMN t_wg_wgxx.cjsj IS '创建时间';

CREATE TABLE t_wg_wgy (
    id          bigserial    PRIMARY KEY,
    xm          varchar(50)  NOT NULL,
    xb          char(1),
    sjhm        varchar(20),
    sfzh        varchar(18),
    zw          varchar(50),
    ssbm        varchar(100),
    rzrq        date,
    zp          varchar(255),
    zt          char(1)      DEFAULT '0'
);
COMMENT ON TABLE t_wg_wgy IS '网格员信息';
COMMENT ON COLUMN t_wg_wgy.id IS '主键';
COMMENT ON COLUMN t_wg_wgy.xm IS '姓名';
COMMENT ON COLUMN t_wg_wgy.xb IS '性别(1男 2女)';
COMMENT ON COLUMN t_wg_wgy.sjhm IS '手机号码';
COMMENT ON COLUMN t_wg_wgy.sfzh IS '公民身份号码';
COMMENT ON COLUMN t_wg_wgy.zw IS '职务';
COMMENT ON COLUMN t_wg_wgy.ssbm IS '所属部门';
COMMENT ON COLUMN t_wg_wgy.rzrq IS '入职日期';
COMMENT ON COLUMN t_wg_wgy.zp IS '工作照';
COMMENT ON COLUMN t_wg_wgy.zt IS '状态(0在岗 1离岗)';

CREATE TABLE t_rk_jbxx (
    id          bigserial    PRIMARY KEY,
    wgbm        varchar(32),
    fwbh        varchar(32),
    xm          varchar(50)  NOT NULL,
    cym         varchar(50),
    xb          char(1),
    csrq        date,
    gmsfhm      varchar(18),
    mz          varchar(2),
    gj          varchar(3)   DEFAULT 'CHN',
    jg          varchar(100),
    zzmm        varchar(2),
    hyzk        varchar(2),
    whcd        varchar(2),
    zjxy        varchar(2),
    zy          varchar(50),
    fwcs        varchar(200),
    lxdh        varchar(20),
    hjdssq      varchar(12),
    hjdxz       varchar(200),
    xzz         varchar(200),
    yhzgx       varchar(2),
    rklx        char(1),
    sfdb        char(1)      DEFAULT '0',
    cjzh        varchar(20),
    jd          numeric(10,6),
    wd          numeric(10,6),
    djr         varchar(32),
    djsj        timestamp    DEFAULT now(),
    scbz        char(1)      DEFAULT '0'
);
COMMENT ON TABLE t_rk_jbxx IS '人口基本信息';
COMMENT ON COLUMN t_rk_jbxx.id IS '主键';
COMMENT ON COLUMN t_rk_jbxx.wgbm IS '所属网格编码';
COMMENT ON COLUMN t_rk_jbxx.fwbh IS '居住房屋编号';
COMMENT ON COLUMN t_rk_jbxx.xm IS '姓名';
COMMENT ON COLUMN t_rk_jbxx.cym IS '曾用名';
COMMENT ON COLUMN t_rk_jbxx.xb IS '性别';
COMMENT ON COLUMN t_rk_jbxx.csrq IS '出生日期';
COMMENT ON COLUMN t_rk_jbxx.gmsfhm IS '公民身份号码';
COMMENT ON COLUMN t_rk_jbxx.mz IS '民族(字典)';
COMMENT ON COLUMN t_rk_jbxx.gj IS '国籍';
COMMENT ON COLUMN t_rk_jbxx.jg IS '籍贯';
COMMENT ON COLUMN t_rk_jbxx.zzmm IS '政治面貌(01中共党员 13群众)';
COMMENT ON COLUMN t_rk_jbxx.hyzk IS '婚姻状况';
COMMENT ON COLUMN t_rk_jbxx.whcd IS '文化程度';
COMMENT ON COLUMN t_rk_jbxx.zjxy IS '宗教信仰';
COMMENT ON COLUMN t_rk_jbxx.zy IS '职业';
COMMENT ON COLUMN t_rk_jbxx.fwcs IS '服务处所';
COMMENT ON COLUMN t_rk_jbxx.lxdh IS '联系电话';
COMMENT ON COLUMN t_rk_jbxx.hjdssq IS '户籍地省市区(行政区划代码)';
COMMENT ON COLUMN t_rk_jbxx.hjdxz IS '户籍地详址';
COMMENT ON COLUMN t_rk_jbxx.xzz IS '现住址';
COMMENT ON COLUMN t_rk_jbxx.yhzgx IS '与户主关系';
COMMENT ON COLUMN t_rk_jbxx.rklx IS '人口类型(1户籍 2流动 3境外)';
COMMENT ON COLUMN t_rk_jbxx.sfdb IS '是否低保户';
COMMENT ON COLUMN t_rk_jbxx.cjzh IS '残疾人证号';
COMMENT ON COLUMN t_rk_jbxx.jd IS '居住地经度';
COMMENT ON COLUMN t_rk_jbxx.wd IS '居住地纬度';
COMMENT ON COLUMN t_rk_jbxx.djr IS '登记人';
COMMENT ON COLUMN t_rk_jbxx.djsj IS '登记时间';
COMMENT ON COLUMN t_rk_jbxx.scbz IS '删除标志(0正常 1删除)';

CREATE TABLE t_rk_zdry (
    id          bigserial    PRIMARY KEY,
    rkid        bigint       NOT NULL,
    zdrylb      varchar(4),
    gkjb        char(1),
    yzpm        varchar(200),
    xqksrq      date,
    xqjsrq      date,
    jszd        varchar(200),
    jhrxm       varchar(50),
    jhrlxdh     varchar(20),
    gkzrr       varchar(50),
    bz          text,
    lrsj        timestamp
);
COMMENT ON TABLE t_rk_zdry IS '重点人员信息';
COMMENT ON COLUMN t_rk_zdry.id IS '主键';
COMMENT ON COLUMN t_rk_zdry.rkid IS '人口ID';
COMMENT ON COLUMN t_rk_zdry.zdrylb IS '重点人员类别(刑满释放/社区矫正/吸毒/严重精神障碍/重点上访)';
COMMENT ON COLUMN t_rk_zdry.gkjb IS '管控级别(1高 2中 3低)';
COMMENT ON COLUMN t_rk_zdry.yzpm IS '原判罪名';
COMMENT ON COLUMN t_rk_zdry.xqksrq IS '刑期开始日期';
COMMENT ON COLUMN t_rk_zdry.xqjsrq IS '刑期结束日期';
COMMENT ON COLUMN t_rk_zdry.jszd IS '精神疾病诊断';
COMMENT ON COLUMN t_rk_zdry.jhrxm IS '监护人姓名';
COMMENT ON COLUMN t_rk_zdry.jhrlxdh IS '监护人联系电话';
COMMENT ON COLUMN t_rk_zdry.gkzrr IS '管控责任人';
COMMENT ON COLUMN t_rk_zdry.bz IS '备注';
COMMENT ON COLUMN t_rk_zdry.lrsj IS '录入时间';

CREATE TABLE t_zf_zfjl (
    id          bigserial    PRIMARY KEY,
    rkid        bigint       NOT NULL,
    wgyid       bigint,
    zfsj        timestamp    NOT NULL,
    zffs        char(1),
    zfnr        text,
    jkzk        varchar(200),
    jjzk        varchar(200),
    sqsx        text,
    zfzp        varchar(500),
    dwjd        numeric(10,6),
    dwwd        numeric(10,6),
    cjsj        timestamp    DEFAULT now()
);
COMMENT ON TABLE t_zf_zfjl IS '走访记录';
COMMENT ON COLUMN t_zf_zfjl.id IS '主键';
COMMENT ON COLUMN t_zf_zfjl.rkid IS '被走访人口ID';
COMMENT ON COLUMN t_zf_zfjl.wgyid IS '走访网格员ID';
COMMENT ON COLUMN t_zf_zfjl.zfsj IS '走访时间';
COMMENT ON COLUMN t_zf_zfjl.zffs IS '走访方式(1入户 2电话 3视频)';
COMMENT ON COLUMN t_zf_zfjl.zfnr IS '走访内容';
COMMENT ON COLUMN t_zf_zfjl.jkzk IS '健康状况';
COMMENT ON COLUMN t_zf_zfjl.jjzk IS '家庭经济状况';
COMMENT ON COLUMN t_zf_zfjl.sqsx IS '诉求事项';
COMMENT ON COLUMN t_zf_zfjl.zfzp IS '走访现场照片';
COMMENT ON COLUMN t_zf_zfjl.dwjd IS '签到定位经度';
COMMENT ON COLUMN t_zf_zfjl.dwwd IS '签到定位纬度';
COMMENT ON COLUMN t_zf_zfjl.cjsj IS '创建时间';

CREATE TABLE t_fw_fwxx (
    fwbh        varchar(32)  NOT NULL PRIMARY KEY,
    wgbm        varchar(32),
    fwdz        varchar(200),
    fwyt        char(1),
    jzmj        numeric(8,2),
    sfcz        char(1)      DEFAULT '0',
    fzxm        varchar(50),
    fzsfzh      varchar(18),
    fzlxdh      varchar(20),
    cqzh        varchar(50)
);
COMMENT ON TABLE t_fw_fwxx IS '房屋信息';
COMMENT ON COLUMN t_fw_fwxx.fwbh IS '房屋编号';
COMMENT ON COLUMN t_fw_fwxx.wgbm IS '所属网格编码';
COMMENT ON COLUMN t_fw_fwxx.fwdz IS '房屋地址';
COMMENT ON COLUMN t_fw_fwxx.fwyt IS '房屋用途(1自住 2出租 3经营)';
COMMENT ON COLUMN t_fw_fwxx.jzmj IS '建筑面积';
COMMENT ON COLUMN t_fw_fwxx.sfcz IS '是否出租';
COMMENT ON COLUMN t_fw_fwxx.fzxm IS '房主姓名';
COMMENT ON COLUMN t_fw_fwxx.fzsfzh IS '房主身份证号';
COMMENT ON COLUMN t_fw_fwxx.fzlxdh IS '房主联系电话';
COMMENT ON COLUMN t_fw_fwxx.cqzh IS '不动产权证号';

CREATE TABLE t_sys_zdx (
    id          serial       PRIMARY KEY,
    zdlx        varchar(50),
    zdbm        varchar(20),
    zdmc        varchar(100)
);
COMMENT ON TABLE t_sys_zdx IS '数据字典项';
COMMENT ON COLUMN t_sys_zdx.id IS '主键';
COMMENT ON COLUMN t_sys_zdx.zdlx IS '字典类型(如 mz 民族, zzmm 政治面貌)';
COMMENT ON COLUMN t_sys_zdx.zdbm IS '字典编码';
COMMENT ON COLUMN t_sys_zdx.zdmc IS '字典名称';

CREATE TABLE t_sys_czrz (
    id          bigserial    PRIMARY KEY,
    czr         varchar(32),
    czip        varchar(64),
    czmk        varchar(50),
    czlx        varchar(20),
    qqcs        text,
    czjg        char(1),
    czsj        timestamp
);
COMMENT ON TABLE t_sys_czrz IS '系统操作日志';
COMMENT ON COLUMN t_sys_czrz.id IS '日志主键';
COMMENT ON COLUMN t_sys_czrz.czr IS '操作人账号';
COMMENT ON COLUMN t_sys_czrz.czip IS '操作IP';
COMMENT ON COLUMN t_sys_czrz.czmk IS '操作模块';
COMMENT ON COLUMN t_sys_czrz.czlx IS '操作类型(查询/新增/导出)';
COMMENT ON COLUMN t_sys_czrz.qqcs IS '请求参数';
COMMENT ON COLUMN t_sys_czrz.czjg IS '操作结果(0成功 1失败)';
COMMENT ON COLUMN t_sys_czrz.czsj IS '操作时间';

CREATE TABLE t_sys_pz (
    pzjm        varchar(100) NOT NULL PRIMARY KEY,
    pzz         varchar(500),
    sm          varchar(200),
    gxsj        timestamp
);
COMMENT ON TABLE t_sys_pz IS '系统参数配置';
COMMENT ON COLUMN t_sys_pz.pzjm IS '参数键名';
COMMENT ON COLUMN t_sys_pz.pzz IS '参数键值';
COMMENT ON COLUMN t_sys_pz.sm IS '说明';
COMMENT ON COLUMN t_sys_pz.gxsj IS '更新时间';
