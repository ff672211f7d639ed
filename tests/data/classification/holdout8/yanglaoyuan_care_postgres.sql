-- dialect: postgres
-- 颐康养老院 综合管理平台 (elderly-care home), PostgreSQL 14
-- English column names, Chinese column comments via COMMENT ON

CREATE SCHEMA IF NOT EXISTS care;

CREATE TABLE care.room (
    id            serial PRIMARY KEY,
    building      varchar(16) NOT NULL,
    room_no       varchar(8) NOT NULL,
    room_type     varchar(16) NOT NULL DEFAULT 'double',
    monthly_fee   numeric(10,2) NOT NULL,
    station_phone varchar(20)
);

CREATE TABLE care.resident (
    id                 bigserial PRIMARY KEY,
    org_id             integer NOT NULL,
    resident_no        varchar(16) NOT NULL UNIQUE,
    full_name          varchar(40) NOT NULL,
    gender             char(1),
    birth_date         date,
    id_card_no         varchar(18),
    ethnicity          varchar(16),
    religion           varchar(32),
    marital_status     varchar(8),
    former_occupation  varchar(64),
    pension_monthly    numeric(10,2),
    hukou_address      varchar(200),
    medical_insurance_no varchar(32),
    disability_cert_no varchar(32),
    care_level         smallint,
    room_id            integer REFERENCES care.room(id),
    admitted_on        date,
    discharge_reason   varchar(200),
    photo_url          varchar(255),
    is_deleted         boolean NOT NULL DEFAULT false,
    created_at         timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE  care.resident IS '入住老人档案';
COMMENT ON COLUMN care.resident.id IS '主键';
COMMENT ON COLUMN care.resident.org_id IS '机构ID(连锁院区)';
COMMENT ON COLUMN care.resident.resident_no IS '老人编号';
COMMENT ON COLUMN care.resident.full_name IS '老人姓名';
COMMENT ON COLUMN care.resident.gender IS '性别';
COMMENT ON COLUMN care.resident.birth_date IS '出生日期';
COMMENT ON COLUMN care.resident.id_card_no IS '身份证号码';
COMMENT ON COLUMN care.resident.ethnicity IS '民族';
COMMENT ON COLUMN care.resident.religion IS '宗教信仰';
COMMENT ON COLUMN care.resident.marital_status IS '婚姻状况 丧偶/已婚/未婚';
COMMENT ON COLUMN care.resident.former_occupation IS '退休前职业';
COMMENT ON COLUMN care.resident.pension_monthly IS '月养老金';
COMMENT ON COLUMN care.resident.hukou_address IS '户籍地址';
COMMENT ON COLUMN care.resident.medical_insurance_no IS '医保卡号';
COMMENT ON COLUMN care.resident.disability_cert_no IS '残疾证号';
COMMENT ON COLUMN care.resident.care_level IS '护理等级 1自理 2半失能 3失能 4特护';
COMMENT ON COLUMN care.resident.room_id IS '房间';
COMMENT ON COLUMN care.resident.admitted_on IS '入住日期';
COMMENT ON COLUMN care.resident.discharge_reason IS '离院原因(转院/回家/离世)';
COMMENT ON COLUMN care.resident.photo_url IS '老人近照';
COMMENT ON COLUMN care.resident.is_deleted IS '删除标记';
COMMENT ON COLUMN care.resident.created_at IS '建档时间';

CREATE TABLE care.family_contact (
    id            bigserial PRIMARY KEY,
    resident_id   bigint NOT NULL REFERENCES care.resident(id),
    contact_name  varchar(40) NOT NULL,
    relationship  varchar(16),
    mobile        varchar(20),
    wx_openid     varchar(64),
    home_address  varchar(200),
    employer      varchar(100)
);
COMMENT ON TABLE  care.family_contact IS '家属/监护人';
COMMENT ON COLUMN care.family_contact.contact_name IS '家属姓名';
COMMENT ON COLUMN care.family_contact.relationship IS '与老人关系 子女/配偶/侄甥';
COMMENT ON COLUMN care.family_contact.mobile IS '手机号';
COMMENT ON COLUMN care.family_contact.wx_openid IS '家属端小程序openid';
COMMENT ON COLUMN care.family_contact.home_address IS '家庭住址';
COMMENT ON COLUMN care.family_contact.employer IS '工作单位';

CREATE TABLE care.staff (
    id              serial PRIMARY KEY,
    staff_name      varchar(40) NOT NULL,
    mobile          varchar(20),
    id_card_no      varchar(18),
    nursing_cert_no varchar(32),
    hire_date       date,
    monthly_salary  numeric(10,2),
    login_pwd       varchar(100),
    last_login_ip   inet
);
COMMENT ON TABLE  care.staff IS '护理员/员工';
COMMENT ON COLUMN care.staff.staff_name IS '员工姓名';
COMMENT ON COLUMN care.staff.mobile IS '手机号';
COMMENT ON COLUMN care.staff.id_card_no IS '身份证号';
COMMENT ON COLUMN care.staff.nursing_cert_no IS '养老护理员职业资格证书编号';
COMMENT ON COLUMN care.staff.hire_date IS '入职日期';
COMMENT ON COLUMN care.staff.monthly_salary IS '月工资';
COMMENT ON COLUMN care.staff.login_pwd IS '登录密码(bcrypt)';
COMMENT ON COLUMN care.staff.last_login_ip IS '最后登录IP';

CREATE TABLE care.care_assessment (
    id              bigserial PRIMARY KEY,
    resident_id     bigint NOT NULL REFERENCES care.resident(id),
    assessed_at     timestamptz NOT NULL,
    assessor_id     integer REFERENCES care.staff(id),
    adl_score       smallint,
    mmse_score      smallint,
    has_dementia    boolean,
    diet_taboo      varchar(200),
    remarks         text
);
COMMENT ON TABLE  care.care_assessment IS '老年人能力评估';
COMMENT ON COLUMN care.care_assessment.assessed_at IS '评估时间';
COMMENT ON COLUMN care.care_assessment.assessor_id IS '评估员';
COMMENT ON COLUMN care.care_assessment.adl_score IS '日常生活活动能力(Barthel)得分';
COMMENT ON COLUMN care.care_assessment.mmse_score IS '简易精神状态检查得分';
COMMENT ON COLUMN care.care_assessment.has_dementia IS '是否确诊认知症';
COMMENT ON COLUMN care.care_assessment.diet_taboo IS '饮食禁忌/过敏';
COMMENT ON COLUMN care.care_assessment.remarks IS '评估说明';

CREATE TABLE care.medication_order (
    id             bigserial PRIMARY KEY,
    resident_id    bigint NOT NULL,
    drug_name      varchar(100) NOT NULL,
    dosage         varchar(40),
    frequency      varchar(20),
    prescriber     varchar(40),
    start_date     date,
    created_by     integer
);
COMMENT ON TABLE  care.medication_order IS '长期医嘱/代管药品';
COMMENT ON COLUMN care.medication_order.drug_name IS '药品名称';
COMMENT ON COLUMN care.medication_order.dosage IS '单次剂量';
COMMENT ON COLUMN care.medication_order.frequency IS '用药频次 bid/tid';
COMMENT ON COLUMN care.medication_order.prescriber IS '开方医生';
COMMENT ON COLUMN care.medication_order.start_date IS '开始日期';
COMMENT ON COLUMN care.medication_order.created_by IS '录入人';

-- vital signs uploaded from nurse PDA; no comments on this table
CREATE TABLE care.vital_sign (
    id            bigserial PRIMARY KEY,
    resident_id   bigint NOT NULL,
    measured_at   timestamptz NOT NULL,
    systolic_bp   smallint,
    pulse         smallint,
    blood_glucose numeric(4,1),
    body_temp     numeric(3,1),
    device_sn     varchar(32),
    recorded_by   integer
);

CREATE TABLE care.monthly_bill (
    id             bigserial PRIMARY KEY,
    bill_no        varchar(24) NOT NULL UNIQUE,
    resident_id    bigint NOT NULL,
    bill_month     char(7) NOT NULL,
    total_amount   numeric(10,2),
    payer_name     varchar(40),
    payer_bank_acct varchar(32),
    invoice_title  varchar(100),
    pay_status     smallint DEFAULT 0,
    paid_at        timestamptz
);
COMMENT ON TABLE  care.monthly_bill IS '月度账单';
COMMENT ON COLUMN care.monthly_bill.bill_no IS '账单号';
COMMENT ON COLUMN care.monthly_bill.bill_month IS '账期 YYYY-MM';
COMMENT ON COLUMN care.monthly_bill.total_amount IS '应收合计';
COMMENT ON COLUMN care.monthly_bill.payer_name IS '付款人(通常为子女)';
COMMENT ON COLUMN care.monthly_bill.payer_bank_acct IS '代扣银行账号';
COMMENT ON COLUMN care.monthly_bill.invoice_title IS '发票抬头';
COMMENT ON COLUMN care.monthly_bill.pay_status IS '0未缴 1已缴 2部分';
COMMENT ON COLUMN care.monthly_bill.paid_at IS '缴费时间';

CREATE TABLE care.visit_log (
    id             bigserial PRIMARY KEY,
    resident_id    bigint NOT NULL,
    visitor_name   varchar(40),
    visitor_phone  varchar(20),
    visitor_id_no  varchar(18),
    entry_temp     numeric(3,1),
    visit_purpose  varchar(200),
    checked_in_at  timestamptz
);
COMMENT ON TABLE  care.visit_log IS '探视登记';
COMMENT ON COLUMN care.visit_log.visitor_name IS '访客姓名';
COMMENT ON COLUMN care.visit_log.visitor_phone IS '访客电话';
COMMENT ON COLUMN care.visit_log.visitor_id_no IS '访客身份证号';
COMMENT ON COLUMN care.visit_log.entry_temp IS '入院测温';
COMMENT ON COLUMN care.visit_log.visit_purpose IS '探视事由';
COMMENT ON COLUMN care.visit_log.checked_in_at IS '登记时间';
