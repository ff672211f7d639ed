-- dialect: postgres
-- 家政服务 O2O 平台 (保洁 / 育儿嫂 / 月嫂 / 养老护理)
-- flyway baseline V1__init.sql, PostgreSQL 14

CREATE SCHEMA IF NOT EXISTS hk;

-- 家政公司 (入驻机构)
CREATE TABLE hk.agency (
    id              bigserial PRIMARY KEY,
    agency_name     varchar(128) NOT NULL,
    uscc            char(18),
    legal_rep       varchar(32),
    service_hotline varchar(20),
    office_address  varchar(255),
    license_no      varchar(64),
    city_code       varchar(12),
    created_at      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE hk.agency IS '入驻家政公司';
COMMENT ON COLUMN hk.agency.agency_name IS '公司名称';
COMMENT ON COLUMN hk.agency.uscc IS '统一社会信用代码';
COMMENT ON COLUMN hk.agency.legal_rep IS '法定代表人';
COMMENT ON COLUMN hk.agency.service_hotline IS '客服热线';
COMMENT ON COLUMN hk.agency.office_address IS '办公地址';
COMMENT ON COLUMN hk.agency.license_no IS '家政服务备案号';
COMMENT ON COLUMN hk.agency.city_code IS '所在城市编码';

-- 家政服务员
CREATE TABLE hk.worker (
    id                 bigserial PRIMARY KEY,
    tenant_id          bigint NOT NULL,
    agency_id          bigint REFERENCES hk.agency (id),
    real_name          varchar(32) NOT NULL,
    gender             smallint,
    birthday           date,
    id_card_no         varchar(18),
    native_place       varchar(32),
    ethnicity          varchar(16),
    mobile             varchar(16) NOT NULL,
    education          varchar(16),
    work_years         smallint,
    skill_tags         jsonb,
    expected_salary    numeric(10,2),
    health_cert_no     varchar(32),
    health_cert_expire date,
    bg_check_result    smallint,
    avatar_url         text,
    face_feature       bytea,
    star_level         smallint DEFAULT 1,
    status             smallint NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    is_deleted         boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE hk.worker IS '家政服务员档案';
COMMENT ON COLUMN hk.worker.tenant_id IS '租户(城市站)';
COMMENT ON COLUMN hk.worker.real_name IS '真实姓名';
COMMENT ON COLUMN hk.worker.gender IS '性别 1男 2女';
COMMENT ON COLUMN hk.worker.birthday IS '出生日期';
COMMENT ON COLUMN hk.worker.id_card_no IS '身份证号';
COMMENT ON COLUMN hk.worker.native_place IS '籍贯';
COMMENT ON COLUMN hk.worker.ethnicity IS '民族';
COMMENT ON COLUMN hk.worker.mobile IS '手机号';
COMMENT ON COLUMN hk.worker.education IS '学历';
COMMENT ON COLUMN hk.worker.work_years IS '从业年限';
COMMENT ON COLUMN hk.worker.skill_tags IS '技能标签 ["月嫂","育婴师","中式烹饪"]';
COMMENT ON COLUMN hk.worker.expected_salary IS '期望月薪(元)';
COMMENT ON COLUMN hk.worker.health_cert_no IS '健康证编号';
COMMENT ON COLUMN hk.worker.health_cert_expire IS '健康证有效期至';
COMMENT ON COLUMN hk.worker.bg_check_result IS '无犯罪记录核查结果 0未查 1无记录 2有记录';
COMMENT ON COLUMN hk.worker.avatar_url IS '工作照';
COMMENT ON COLUMN hk.worker.face_feature IS '人脸特征向量(上户核验用)';
COMMENT ON COLUMN hk.worker.star_level IS '服务星级 1-5';
COMMENT ON COLUMN hk.worker.status IS '0待审核 1可接单 2服务中 3冻结';

-- 服务员证书
CREATE TABLE hk.worker_cert (
    id            bigserial PRIMARY KEY,
    worker_id     bigint NOT NULL REFERENCES hk.worker (id),
    cert_type     varchar(16) NOT NULL,
    cert_no       varchar(64),
    issuing_body  varchar(128),
    issue_date    date,
    scan_url      text
);
COMMENT ON TABLE hk.worker_cert IS '职业技能证书';
COMMENT ON COLUMN hk.worker_cert.cert_type IS '证书类型 YYS育婴师 MY母婴护理 YLHL养老护理员';
COMMENT ON COLUMN hk.worker_cert.cert_no IS '证书编号';
COMMENT ON COLUMN hk.worker_cert.issuing_body IS '发证机构';
COMMENT ON COLUMN hk.worker_cert.issue_date IS '发证日期';
COMMENT ON COLUMN hk.worker_cert.scan_url IS '证书扫描件地址';

-- 雇主 (C端用户)
CREATE TABLE hk.customer (
    id             bigserial PRIMARY KEY,
    tenant_id      bigint NOT NULL,
    nickname       varchar(64),
    mobile         varchar(16),
    wx_unionid     varchar(64),
    real_name      varchar(32),
    register_ip    inet,
    member_level   smallint DEFAULT 0,
    wallet_balance numeric(12,2) DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    is_deleted     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE hk.customer IS '雇主用户';
COMMENT ON COLUMN hk.customer.nickname IS '昵称';
COMMENT ON COLUMN hk.customer.mobile IS '绑定手机';
COMMENT ON COLUMN hk.customer.wx_unionid IS '微信 unionid';
COMMENT ON COLUMN hk.customer.real_name IS '实名认证姓名';
COMMENT ON COLUMN hk.customer.register_ip IS '注册IP';
COMMENT ON COLUMN hk.customer.member_level IS '会员等级';
COMMENT ON COLUMN hk.customer.wallet_balance IS '钱包余额(元)';

-- 服务地址
CREATE TABLE hk.customer_address (
    id            bigserial PRIMARY KEY,
    customer_id   bigint NOT NULL REFERENCES hk.customer (id),
    contact_name  varchar(32),
    contact_phone varchar(16),
    province      varchar(16),
    city          varchar(32),
    district      varchar(32),
    detail        varchar(255),
    house_area    numeric(6,1),
    lng           numeric(10,6),
    lat           numeric(10,6),
    is_default    boolean DEFAULT false
);
COMMENT ON TABLE hk.customer_address IS '雇主服务地址';
COMMENT ON COLUMN hk.customer_address.contact_name IS '联系人';
COMMENT ON COLUMN hk.customer_address.contact_phone IS '联系电话';
COMMENT ON COLUMN hk.customer_address.province IS '省';
COMMENT ON COLUMN hk.customer_address.city IS '市';
COMMENT ON COLUMN hk.customer_address.district IS '区/县';
COMMENT ON COLUMN hk.customer_address.detail IS '详细地址(小区楼栋门牌)';
COMMENT ON COLUMN hk.customer_address.house_area IS '房屋面积(平方米)';
COMMENT ON COLUMN hk.customer_address.lng IS '经度';
COMMENT ON COLUMN hk.customer_address.lat IS '纬度';

-- 被照护人 (老人 / 婴幼儿 / 产妇)
CREATE TABLE hk.care_recipient (
    id              bigserial PRIMARY KEY,
    customer_id     bigint NOT NULL REFERENCES hk.customer (id),
    name            varchar(32),
    relation        varchar(8),
    birth_date      date,
    gender          smallint,
    self_care_level smallint,
    allergy         varchar(255),
    medical_history text
);
COMMENT ON TABLE hk.care_recipient IS '被照护人信息';
COMMENT ON COLUMN hk.care_recipient.name IS '姓名/小名';
COMMENT ON COLUMN hk.care_recipient.relation IS '与雇主关系 父亲/母亲/子女/本人';
COMMENT ON COLUMN hk.care_recipient.birth_date IS '出生日期(婴儿为预产期或出生日)';
COMMENT ON COLUMN hk.care_recipient.gender IS '性别';
COMMENT ON COLUMN hk.care_recipient.self_care_level IS '自理能力 1完全自理 2半失能 3失能';
COMMENT ON COLUMN hk.care_recipient.allergy IS '过敏史';
COMMENT ON COLUMN hk.care_recipient.medical_history IS '既往病史及用药';

-- 服务项目 (目录)
CREATE TABLE hk.service_item (
    id            serial PRIMARY KEY,
    category_code varchar(16) NOT NULL,
    item_name     varchar(64) NOT NULL,
    unit_price    numeric(10,2) NOT NULL,
    unit          varchar(8) NOT NULL,
    description   text,
    enabled       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE hk.service_item IS '服务项目';
COMMENT ON COLUMN hk.service_item.unit IS '计价单位 小时/次/月/26天';

-- 服务订单
CREATE TABLE hk.service_order (
    id            bigserial PRIMARY KEY,
    order_no      varchar(32) NOT NULL UNIQUE,
    tenant_id     bigint NOT NULL,
    customer_id   bigint NOT NULL,
    worker_id     bigint,
    address_id    bigint,
    item_id       integer NOT NULL,
    appoint_start timestamptz,
    appoint_end   timestamptz,
    amount        numeric(12,2) NOT NULL,
    remark        varchar(500),
    status        smallint NOT NULL DEFAULT 0,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE hk.service_order IS '服务订单';
COMMENT ON COLUMN hk.service_order.order_no IS '订单号';
COMMENT ON COLUMN hk.service_order.appoint_start IS '预约上门开始';
COMMENT ON COLUMN hk.service_order.appoint_end IS '预约结束';
COMMENT ON COLUMN hk.service_order.amount IS '订单金额';
COMMENT ON COLUMN hk.service_order.remark IS '雇主备注(如家里有猫、老人行动不便)';
COMMENT ON COLUMN hk.service_order.status IS '10待派单 20已派单 30服务中 40已完成 90已取消';

-- 上户打卡
CREATE TABLE hk.checkin (
    id          bigserial PRIMARY KEY,
    order_id    bigint NOT NULL,
    worker_id   bigint NOT NULL,
    checkin_at  timestamptz NOT NULL,
    lng         numeric(10,6),
    lat         numeric(10,6),
    selfie_url  text,
    device_id   varchar(64)
);
COMMENT ON TABLE hk.checkin IS '服务员上户打卡';
COMMENT ON COLUMN hk.checkin.lng IS '打卡经度';
COMMENT ON COLUMN hk.checkin.lat IS '打卡纬度';
COMMENT ON COLUMN hk.checkin.selfie_url IS '打卡自拍照';
COMMENT ON COLUMN hk.checkin.device_id IS '手机设备号';

-- 服务评价
CREATE TABLE hk.review (
    id            bigserial PRIMARY KEY,
    order_id      bigint NOT NULL,
    customer_id   bigint NOT NULL,
    score         smallint NOT NULL,
    content       text,
    images        jsonb,
    agency_reply  text,
    created_at    timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE hk.review IS '服务评价';
COMMENT ON COLUMN hk.review.score IS '评分 1-5';
COMMENT ON COLUMN hk.review.content IS '评价内容';
COMMENT ON COLUMN hk.review.images IS '评价晒图';
COMMENT ON COLUMN hk.review.agency_reply IS '商家回复';

-- 服务员结算
CREATE TABLE hk.worker_settlement (
    id              bigserial PRIMARY KEY,
    worker_id       bigint NOT NULL,
    period          char(7) NOT NULL,
    gross_amount    numeric(12,2),
    platform_fee    numeric(12,2),
    net_amount      numeric(12,2),
    bank_account_no varchar(32),
    account_name    varchar(32),
    paid_at         timestamptz
);
COMMENT ON TABLE hk.worker_settlement IS '服务员月度结算';
COMMENT ON COLUMN hk.worker_settlement.period IS '结算月份 2024-03';
COMMENT ON COLUMN hk.worker_settlement.gross_amount IS '应发劳务报酬';
COMMENT ON COLUMN hk.worker_settlement.platform_fee IS '平台服务费';
COMMENT ON COLUMN hk.worker_settlement.net_amount IS '实发金额';
COMMENT ON COLUMN hk.worker_settlement.bank_account_no IS '收款账号';
COMMENT ON COLUMN hk.worker_settlement.account_name IS '收款户名';

-- 系统参数
CREATE TABLE hk.sys_param (
    param_key   varchar(64) PRIMARY KEY,
    param_value text,
    description varchar(255),
    updated_at  timestamptz
);
COMMENT ON TABLE hk.sys_param IS '系统参数 如 order.auto_cancel_minutes';
