-- dialect: postgres
-- 退役军人服务中心（站）信息管理平台
-- PostgreSQL 14, schema vrs (veteran relation service)
-- Flyway V1__init.sql (merged up to V17)

CREATE SCHEMA IF NOT EXISTS vrs;

CREATE TABLE vrs.service_station (
    id              bigserial PRIMARY KEY,
    station_name    varchar(120) NOT NULL,
    region_code     varchar(12)  NOT NULL,
    address         varchar(255),
    phone           varchar(32),
    director_name   varchar(50),
    director_mobile varchar(20),
    opened_on       date,
    is_active       boolean      NOT NULL DEFAULT true,
    created_at      timestamptz  NOT NULL DEFAULT now()
);
COMMENT ON TABLE  vrs.service_station IS '退役军人服务站（乡镇/街道、村/社区）';
COMMENT ON COLUMN vrs.service_station.station_name IS '服务站名称';
COMMENT ON COLUMN vrs.service_station.region_code IS '行政区划代码';
COMMENT ON COLUMN vrs.service_station.address IS '服务站地址';
COMMENT ON COLUMN vrs.service_station.phone IS '服务站座机';
COMMENT ON COLUMN vrs.service_station.director_name IS '站长姓名';
COMMENT ON COLUMN vrs.service_station.director_mobile IS '站长手机';
COMMENT ON COLUMN vrs.service_station.opened_on IS '挂牌日期';

CREATE TABLE vrs.veteran (
    id                bigserial PRIMARY KEY,
    tenant_id         integer      NOT NULL,
    full_name         varchar(50)  NOT NULL,
    gender            char(1),
    birth_date        date,
    id_number         varchar(18)  NOT NULL,
    ethnicity         varchar(20),
    political_status  varchar(20),
    religion          varchar(30),
    mobile            varchar(20),
    household_address varchar(255),
    current_address   varchar(255),
    marital_status    varchar(10),
    education_level   varchar(20),
    photo_url         varchar(255),
    criminal_record   varchar(500),
    data_source       varchar(10)  NOT NULL DEFAULT 'CJ',
    version           integer      NOT NULL DEFAULT 0,
    created_by        varchar(50),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_by        varchar(50),
    updated_at        timestamptz,
    is_deleted        boolean      NOT NULL DEFAULT false,
    CONSTRAINT uq_veteran_idno UNIQUE (tenant_id, id_number)
);
COMMENT ON TABLE  vrs.veteran IS '退役军人基本信息（一人一档）';
COMMENT ON COLUMN vrs.veteran.tenant_id IS '所属县级退役军人事务局';
COMMENT ON COLUMN vrs.veteran.full_name IS '姓名';
COMMENT ON COLUMN vrs.veteran.gender IS '性别';
COMMENT ON COLUMN vrs.veteran.birth_date IS '出生日期';
COMMENT ON COLUMN vrs.veteran.id_number IS '公民身份号码';
COMMENT ON COLUMN vrs.veteran.ethnicity IS '民族';
COMMENT ON COLUMN vrs.veteran.political_status IS '政治面貌：中共党员/预备党员/共青团员/群众';
COMMENT ON COLUMN vrs.veteran.religion IS '宗教信仰';
COMMENT ON COLUMN vrs.veteran.mobile IS '手机号码';
COMMENT ON COLUMN vrs.veteran.household_address IS '户籍所在地';
COMMENT ON COLUMN vrs.veteran.current_address IS '现居住地址';
COMMENT ON COLUMN vrs.veteran.marital_status IS '婚姻状况';
COMMENT ON COLUMN vrs.veteran.education_level IS '文化程度';
COMMENT ON COLUMN vrs.veteran.photo_url IS '二寸免冠照片';
COMMENT ON COLUMN vrs.veteran.criminal_record IS '退役后违法犯罪记录（服刑/社区矫正情况）';
COMMENT ON COLUMN vrs.veteran.data_source IS '数据来源：CJ信息采集 QR迁入 ZC转出';
COMMENT ON COLUMN vrs.veteran.version IS '乐观锁版本号';
COMMENT ON COLUMN vrs.veteran.is_deleted IS '逻辑删除';

CREATE TABLE vrs.service_record (
    id              bigserial PRIMARY KEY,
    veteran_id      bigint NOT NULL REFERENCES vrs.veteran(id),
    service_branch  varchar(20),
    unit_code       varchar(30),
    enlist_date     date,
    discharge_date  date,
    military_rank   varchar(20),
    position        varchar(50),
    discharge_type  varchar(20),
    service_years   smallint,
    verified        boolean     NOT NULL DEFAULT false,
    verified_by     varchar(50),
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz
);
COMMENT ON TABLE  vrs.service_record IS '服役经历';
COMMENT ON COLUMN vrs.service_record.service_branch IS '军种：陆军/海军/空军/火箭军/武警';
COMMENT ON COLUMN vrs.service_record.unit_code IS '原部队番号（代号）';
COMMENT ON COLUMN vrs.service_record.enlist_date IS '入伍时间';
COMMENT ON COLUMN vrs.service_record.discharge_date IS '退役时间';
COMMENT ON COLUMN vrs.service_record.military_rank IS '退役时军衔';
COMMENT ON COLUMN vrs.service_record.position IS '退役时职务';
COMMENT ON COLUMN vrs.service_record.discharge_type IS '退役安置方式：自主就业/安排工作/退休/供养';
COMMENT ON COLUMN vrs.service_record.service_years IS '服役年限';
COMMENT ON COLUMN vrs.service_record.verified IS '是否已与档案核对';
COMMENT ON COLUMN vrs.service_record.verified_by IS '核对人';

CREATE TABLE vrs.honor_award (
    id              bigserial PRIMARY KEY,
    veteran_id      bigint NOT NULL REFERENCES vrs.veteran(id),
    award_name      varchar(100) NOT NULL,
    award_level     varchar(20),
    award_date      date,
    certificate_no  varchar(40),
    created_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE  vrs.honor_award IS '立功受奖情况';
COMMENT ON COLUMN vrs.honor_award.award_name IS '奖励名称（如 三等功、优秀士兵）';
COMMENT ON COLUMN vrs.honor_award.award_level IS '奖励级别';
COMMENT ON COLUMN vrs.honor_award.award_date IS '授予日期';
COMMENT ON COLUMN vrs.honor_award.certificate_no IS '证书编号';

CREATE TABLE vrs.disability_rating (
    id                  bigserial PRIMARY KEY,
    veteran_id          bigint NOT NULL REFERENCES vrs.veteran(id),
    disability_level    varchar(10),
    injury_cause        varchar(255),
    assessment_hospital varchar(120),
    assessed_on         date,
    disability_cert_no  varchar(30),
    monthly_pension     numeric(10,2),
    created_at          timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE  vrs.disability_rating IS '伤残评定';
COMMENT ON COLUMN vrs.disability_rating.disability_level IS '伤残等级（一级至十级）';
COMMENT ON COLUMN vrs.disability_rating.injury_cause IS '致残原因及部位';
COMMENT ON COLUMN vrs.disability_rating.assessment_hospital IS '鉴定医疗机构';
COMMENT ON COLUMN vrs.disability_rating.assessed_on IS '鉴定日期';
COMMENT ON COLUMN vrs.disability_rating.disability_cert_no IS '残疾军人证编号';
COMMENT ON COLUMN vrs.disability_rating.monthly_pension IS '残疾抚恤金月标准（元）';

CREATE TABLE vrs.benefit_payment (
    id               bigserial PRIMARY KEY,
    veteran_id       bigint NOT NULL REFERENCES vrs.veteran(id),
    benefit_type     varchar(10) NOT NULL,
    period           char(6)     NOT NULL,
    amount           numeric(12,2) NOT NULL,
    bank_name        varchar(60),
    bank_account_no  varchar(32),
    account_holder   varchar(50),
    paid_at          timestamptz,
    batch_no         varchar(30),
    status           smallint    NOT NULL DEFAULT 0,
    created_by       varchar(50),
    created_at       timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE  vrs.benefit_payment IS '优待抚恤金发放明细';
COMMENT ON COLUMN vrs.benefit_payment.benefit_type IS '待遇类型：定期抚恤/生活补助/参战补助';
COMMENT ON COLUMN vrs.benefit_payment.period IS '发放年月';
COMMENT ON COLUMN vrs.benefit_payment.amount IS '发放金额';
COMMENT ON COLUMN vrs.benefit_payment.bank_name IS '开户银行';
COMMENT ON COLUMN vrs.benefit_payment.bank_account_no IS '社保卡金融账号';
COMMENT ON COLUMN vrs.benefit_payment.account_holder IS '账户户名';
COMMENT ON COLUMN vrs.benefit_payment.batch_no IS '发放批次号';
COMMENT ON COLUMN vrs.benefit_payment.status IS '0待发 1成功 2失败退回';

CREATE TABLE vrs.family_member (
    id                 bigserial PRIMARY KEY,
    veteran_id         bigint NOT NULL REFERENCES vrs.veteran(id),
    relation           varchar(10),
    name               varchar(50),
    id_number          varchar(18),
    birth_date         date,
    is_minor           boolean DEFAULT false,
    is_martyr_family   boolean DEFAULT false,
    phone              varchar(20),
    created_at         timestamptz NOT NULL DEFAULT now(),
    is_deleted         boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE  vrs.family_member IS '家庭成员（军属/遗属）';
COMMENT ON COLUMN vrs.family_member.relation IS '与本人关系';
COMMENT ON COLUMN vrs.family_member.name IS '姓名';
COMMENT ON COLUMN vrs.family_member.id_number IS '身份证号';
COMMENT ON COLUMN vrs.family_member.birth_date IS '出生日期';
COMMENT ON COLUMN vrs.family_member.is_minor IS '是否未成年子女';
COMMENT ON COLUMN vrs.family_member.is_martyr_family IS '是否烈士遗属';
COMMENT ON COLUMN vrs.family_member.phone IS '联系电话';

CREATE TABLE vrs.employment_support (
    id                 bigserial PRIMARY KEY,
    veteran_id         bigint NOT NULL REFERENCES vrs.veteran(id),
    employer_name      varchar(120),
    desired_position   varchar(60),
    training_course    varchar(100),
    employment_status  varchar(10),
    monthly_salary     numeric(10,2),
    remark             text,
    created_by         varchar(50),
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz
);
COMMENT ON TABLE  vrs.employment_support IS '就业创业帮扶台账';
COMMENT ON COLUMN vrs.employment_support.employer_name IS '现就业单位';
COMMENT ON COLUMN vrs.employment_support.desired_position IS '求职意向岗位';
COMMENT ON COLUMN vrs.employment_support.training_course IS '参加的适应性培训/职业技能培训';
COMMENT ON COLUMN vrs.employment_support.employment_status IS '就业状态：已就业/待业/创业/灵活就业';
COMMENT ON COLUMN vrs.employment_support.monthly_salary IS '月工资收入';
COMMENT ON COLUMN vrs.employment_support.remark IS '帮扶情况备注';

CREATE TABLE vrs.visit_log (
    id                  bigserial PRIMARY KEY,
    veteran_id          bigint NOT NULL REFERENCES vrs.veteran(id),
    station_id          bigint REFERENCES vrs.service_station(id),
    visit_date          date NOT NULL,
    visitor_staff       varchar(50),
    visit_type          varchar(10),
    gps_lat             numeric(10,7),
    gps_lng             numeric(10,7),
    family_difficulty   text,
    health_condition    varchar(255),
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz
);
COMMENT ON TABLE  vrs.visit_log IS '走访慰问记录（入户）';
COMMENT ON COLUMN vrs.visit_log.visitor_staff IS '走访人';
COMMENT ON COLUMN vrs.visit_log.visit_type IS '节日慰问/困难帮扶/生日走访';
COMMENT ON COLUMN vrs.visit_log.gps_lat IS '入户打卡纬度';
COMMENT ON COLUMN vrs.visit_log.gps_lng IS '入户打卡经度';
COMMENT ON COLUMN vrs.visit_log.family_difficulty IS '家庭困难情况';
COMMENT ON COLUMN vrs.visit_log.health_condition IS '本人身体状况';

CREATE TABLE vrs.sys_dict (
    id          serial PRIMARY KEY,
    dict_type   varchar(40) NOT NULL,
    dict_code   varchar(20) NOT NULL,
    dict_label  varchar(60) NOT NULL,
    sort_order  integer DEFAULT 0,
    enabled     boolean DEFAULT true,
    remark      varchar(200)
);
COMMENT ON TABLE vrs.sys_dict IS '数据字典（军种、军衔、伤残等级等）';

CREATE INDEX idx_veteran_tenant ON vrs.veteran (tenant_id);
CREATE INDEX idx_payment_vet_period ON vrs.benefit_payment (veteran_id, period);
