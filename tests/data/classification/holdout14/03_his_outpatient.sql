-- dialect: postgres
-- 医院信息系统（HIS）门诊模块：患者主索引、挂号、门诊病历、处方、药品字典、医生、科室、操作日志

CREATE TABLE his_patient (
    patient_id        bigserial PRIMARY KEY,
    mrn               varchar(20) NOT NULL UNIQUE,
    patient_name      varchar(50) NOT NULL,
    name_pinyin       varchar(100),
    sex_code          char(1),
    birth_date        date,
    age_text          varchar(10),
    id_card_type      varchar(2) DEFAULT '01',
    id_card_no        varchar(30),
    nation_code       varchar(2),
    marital_code      char(1),
    occupation_code   varchar(4),
    phone             varchar(20),
    province_code     varchar(6),
    home_address      varchar(200),
    contact_name      varchar(50),
    contact_relation  varchar(10),
    contact_phone     varchar(20),
    insurance_card_no varchar(30),
    insurance_type    varchar(4),
    blood_type        varchar(4),
    allergy_history   text,
    created_by        varchar(30),
    created_at        timestamp DEFAULT now()
);
COMMENT ON TABLE his_patient IS '患者主索引';
COMMENT ON COLUMN his_patient.patient_id IS '患者ID';
COMMENT ON COLUMN his_patient.mrn IS '门诊病历号';
COMMENT ON COLUMN his_patient.patient_name IS '患者姓名';
COMMENT ON COLUMN his_patient.name_pinyin IS '姓名拼音码';
COMMENT ON COLUMN his_patient.sex_code IS '性别代码 GB/T 2261.1';
COMMENT ON COLUMN his_patient.birth_date IS '出生日期';
COMMENT ON COLUMN his_patient.age_text IS '年龄（如 3岁2月）';
COMMENT ON COLUMN his_patient.id_card_type IS '证件类型 01居民身份证 03护照';
COMMENT ON COLUMN his_patient.id_card_no IS '证件号码';
COMMENT ON COLUMN his_patient.nation_code IS '民族代码';
COMMENT ON COLUMN his_patient.marital_code IS '婚姻状况代码';
COMMENT ON COLUMN his_patient.occupation_code IS '职业代码';
COMMENT ON COLUMN his_patient.phone IS '本人电话';
COMMENT ON COLUMN his_patient.province_code IS '现住址省份代码';
COMMENT ON COLUMN his_patient.home_address IS '现住址';
COMMENT ON COLUMN his_patient.contact_name IS '联系人姓名';
COMMENT ON COLUMN his_patient.contact_relation IS '联系人关系';
COMMENT ON COLUMN his_patient.contact_phone IS '联系人电话';
COMMENT ON COLUMN his_patient.insurance_card_no IS '医保卡号';
COMMENT ON COLUMN his_patient.insurance_type IS '医保类型 城镇职工/城乡居民/自费';
COMMENT ON COLUMN his_patient.blood_type IS 'ABO血型';
COMMENT ON COLUMN his_patient.allergy_history IS '过敏史';
COMMENT ON COLUMN his_patient.created_by IS '建档人';
COMMENT ON COLUMN his_patient.created_at IS '建档时间';

CREATE TABLE his_registration (
    reg_id            bigserial PRIMARY KEY,
    reg_no            varchar(24) NOT NULL,
    patient_id        bigint NOT NULL REFERENCES his_patient(patient_id),
    dept_id           integer NOT NULL,
    doctor_id         integer,
    reg_type          varchar(2),
    visit_date        date NOT NULL,
    time_slot         varchar(2),
    reg_fee           numeric(8,2),
    reg_status        smallint DEFAULT 0,
    cashier           varchar(30),
    created_at        timestamp DEFAULT now()
);
COMMENT ON TABLE his_registration IS '门诊挂号';
COMMENT ON COLUMN his_registration.reg_no IS '挂号单号';
COMMENT ON COLUMN his_registration.reg_type IS '号别 01普通 02专家 03急诊';
COMMENT ON COLUMN his_registration.visit_date IS '就诊日期';
COMMENT ON COLUMN his_registration.time_slot IS '时段 AM/PM';
COMMENT ON COLUMN his_registration.reg_fee IS '挂号费';
COMMENT ON COLUMN his_registration.reg_status IS '挂号状态 0已挂号 1已就诊 9退号';
COMMENT ON COLUMN his_registration.cashier IS '收费员';

CREATE TABLE his_outpatient_record (
    record_id         bigserial PRIMARY KEY,
    reg_id            bigint NOT NULL REFERENCES his_registration(reg_id),
    patient_id        bigint NOT NULL,
    doctor_id         integer NOT NULL,
    chief_complaint   varchar(500),
    present_illness   text,
    past_history      text,
    physical_exam     text,
    temperature       numeric(3,1),
    bp_systolic       smallint,
    bp_diastolic      smallint,
    diagnosis_code    varchar(20),
    diagnosis_name    varchar(200),
    treatment_advice  text,
    infectious_report_flag boolean DEFAULT false,
    visit_time        timestamp
);
COMMENT ON TABLE his_outpatient_record IS '门诊病历';
COMMENT ON COLUMN his_outpatient_record.chief_complaint IS '主诉';
COMMENT ON COLUMN his_outpatient_record.present_illness IS '现病史';
COMMENT ON COLUMN his_outpatient_record.past_history IS '既往史';
COMMENT ON COLUMN his_outpatient_record.physical_exam IS '体格检查';
COMMENT ON COLUMN his_outpatient_record.temperature IS '体温';
COMMENT ON COLUMN his_outpatient_record.bp_systolic IS '收缩压 mmHg';
COMMENT ON COLUMN his_outpatient_record.bp_diastolic IS '舒张压 mmHg';
COMMENT ON COLUMN his_outpatient_record.diagnosis_code IS '诊断编码 ICD-10';
COMMENT ON COLUMN his_outpatient_record.diagnosis_name IS '诊断名称';
COMMENT ON COLUMN his_outpatient_record.treatment_advice IS '处理意见';
COMMENT ON COLUMN his_outpatient_record.infectious_report_flag IS '是否需传染病报卡';
COMMENT ON COLUMN his_outpatient_record.visit_time IS '接诊时间';

CREATE TABLE his_prescription_item (
    item_id           bigserial PRIMARY KEY,
    rx_no             varchar(24) NOT NULL,
    record_id         bigint NOT NULL REFERENCES his_outpatient_record(record_id),
    drug_code         varchar(20) NOT NULL,
    drug_name         varchar(100),
    dosage            varchar(20),
    frequency         varchar(10),
    usage_route       varchar(20),
    days              smallint,
    quantity          numeric(8,2),
    amount            numeric(10,2),
    review_pharmacist varchar(30),
    created_at        timestamp DEFAULT now()
);
COMMENT ON TABLE his_prescription_item IS '门诊处方明细';
COMMENT ON COLUMN his_prescription_item.rx_no IS '处方号';
COMMENT ON COLUMN his_prescription_item.drug_code IS '药品编码';
COMMENT ON COLUMN his_prescription_item.drug_name IS '药品名称';
COMMENT ON COLUMN his_prescription_item.dosage IS '单次剂量';
COMMENT ON COLUMN his_prescription_item.frequency IS '频次 如 bid tid';
COMMENT ON COLUMN his_prescription_item.usage_route IS '给药途径';
COMMENT ON COLUMN his_prescription_item.days IS '用药天数';
COMMENT ON COLUMN his_prescription_item.quantity IS '发药数量';
COMMENT ON COLUMN his_prescription_item.amount IS '金额';
COMMENT ON COLUMN his_prescription_item.review_pharmacist IS '审方药师';

CREATE TABLE his_drug_dict (
    drug_code         varchar(20) PRIMARY KEY,
    drug_name         varchar(100) NOT NULL,
    generic_name      varchar(100),
    spec              varchar(50),
    manufacturer      varchar(100),
    retail_price      numeric(10,4),
    antibiotic_level  smallint,
    enabled           boolean DEFAULT true
);
COMMENT ON TABLE his_drug_dict IS '药品字典';
COMMENT ON COLUMN his_drug_dict.generic_name IS '通用名';
COMMENT ON COLUMN his_drug_dict.spec IS '规格';
COMMENT ON COLUMN his_drug_dict.manufacturer IS '生产厂家';
COMMENT ON COLUMN his_drug_dict.retail_price IS '零售价';
COMMENT ON COLUMN his_drug_dict.antibiotic_level IS '抗菌药物分级 0非 1非限制 2限制 3特殊';

CREATE TABLE his_doctor (
    doctor_id         serial PRIMARY KEY,
    emp_no            varchar(10) NOT NULL,
    doctor_name       varchar(30) NOT NULL,
    gender            char(1),
    title_code        varchar(4),
    dept_id           integer,
    practice_cert_no  varchar(30),
    specialty         varchar(200),
    photo_url         varchar(255),
    mobile            varchar(20),
    login_name        varchar(30),
    password_hash     varchar(100),
    status            smallint DEFAULT 1
);
COMMENT ON TABLE his_doctor IS '医生信息';
COMMENT ON COLUMN his_doctor.emp_no IS '工号';
COMMENT ON COLUMN his_doctor.doctor_name IS '医生姓名';
COMMENT ON COLUMN his_doctor.gender IS '性别';
COMMENT ON COLUMN his_doctor.title_code IS '职称 主任医师/副主任医师/主治医师';
COMMENT ON COLUMN his_doctor.practice_cert_no IS '医师执业证书编码';
COMMENT ON COLUMN his_doctor.specialty IS '擅长领域';
COMMENT ON COLUMN his_doctor.photo_url IS '医生照片';
COMMENT ON COLUMN his_doctor.mobile IS '手机号码';
COMMENT ON COLUMN his_doctor.login_name IS '系统登录名';
COMMENT ON COLUMN his_doctor.password_hash IS '登录密码(加密)';
COMMENT ON COLUMN his_doctor.status IS '状态 1在岗 0停诊';

CREATE TABLE his_dept (
    dept_id           serial PRIMARY KEY,
    dept_code         varchar(10) NOT NULL,
    dept_name         varchar(50) NOT NULL,
    clinic_location   varchar(100),
    triage_phone      varchar(20),
    parent_id         integer
);
COMMENT ON TABLE his_dept IS '科室';
COMMENT ON COLUMN his_dept.clinic_location IS '诊区位置，如门诊楼3层B区';
COMMENT ON COLUMN his_dept.triage_phone IS '分诊台电话（座机分机）';

CREATE TABLE his_oper_log (
    log_id            bigserial PRIMARY KEY,
    operator_name     varchar(30),
    operator_ip       inet,
    module            varchar(50),
    action            varchar(50),
    request_params    text,
    result_code       varchar(10),
    oper_time         timestamp DEFAULT now()
);
COMMENT ON TABLE his_oper_log IS '系统操作日志';
COMMENT ON COLUMN his_oper_log.operator_name IS '操作人';
COMMENT ON COLUMN his_oper_log.operator_ip IS '操作终端IP';
COMMENT ON COLUMN his_oper_log.module IS '功能模块';
COMMENT ON COLUMN his_oper_log.action IS '操作类型';
COMMENT ON COLUMN his_oper_log.request_params IS '请求参数';
COMMENT ON COLUMN his_oper_log.result_code IS '结果码';
COMMENT ON COLUMN his_oper_log.oper_time IS '操作时间';
