-- dialect: postgres
-- source: https://github.com/dromara/dax-pay  path: _config/postgresql/tables.sql  commit: 66ae3e86cdf65eb76fb725edadb0234a4d4a8745  (Apache-2.0; subset of tables, kept verbatim; DROP/ALTER/INDEX statements dropped)

-- ----------------------------
-- Table structure for base_city
-- ----------------------------
CREATE TABLE "base_city" (
  "code" varchar(4) NOT NULL,
  "name" varchar(60) NOT NULL,
  "province_code" varchar(2) NOT NULL
)
;
COMMENT ON COLUMN "base_city"."code" IS '城市编码';
COMMENT ON COLUMN "base_city"."name" IS '城市名称';
COMMENT ON COLUMN "base_city"."province_code" IS '省份编码';
COMMENT ON TABLE "base_city" IS '城市表';

-- ----------------------------
-- Table structure for iam_user_expand_info
-- ----------------------------
CREATE TABLE "iam_user_expand_info" (
  "id" int8 NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "sex" varchar(10),
  "avatar" varchar(300),
  "birthday" date,
  "last_login_time" timestamp(0),
  "register_time" timestamp(6),
  "current_login_time" timestamp(6),
  "initial_password" bool,
  "expire_password" bool,
  "last_change_password_time" timestamp(6)
)
;
COMMENT ON COLUMN "iam_user_expand_info"."id" IS '主键';
COMMENT ON COLUMN "iam_user_expand_info"."creator" IS '创建者ID';
COMMENT ON COLUMN "iam_user_expand_info"."create_time" IS '创建时间';
COMMENT ON COLUMN "iam_user_expand_info"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "iam_user_expand_info"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "iam_user_expand_info"."version" IS '版本号';
COMMENT ON COLUMN "iam_user_expand_info"."deleted" IS '删除标志';
COMMENT ON COLUMN "iam_user_expand_info"."sex" IS '性别';
COMMENT ON COLUMN "iam_user_expand_info"."avatar" IS '头像图片url';
COMMENT ON COLUMN "iam_user_expand_info"."birthday" IS '生日';
COMMENT ON COLUMN "iam_user_expand_info"."last_login_time" IS '上次登录时间';
COMMENT ON COLUMN "iam_user_expand_info"."register_time" IS '注册时间';
COMMENT ON COLUMN "iam_user_expand_info"."current_login_time" IS '本次登录时间';
COMMENT ON COLUMN "iam_user_expand_info"."initial_password" IS '是否初始密码';
COMMENT ON COLUMN "iam_user_expand_info"."expire_password" IS '密码是否过期';
COMMENT ON COLUMN "iam_user_expand_info"."last_change_password_time" IS '上次修改密码时间';
COMMENT ON TABLE "iam_user_expand_info" IS '用户扩展信息';

-- ----------------------------
-- Table structure for iam_user_info
-- ----------------------------
CREATE TABLE "iam_user_info" (
  "id" int8 NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "name" varchar(50),
  "account" varchar(50) NOT NULL,
  "password" varchar(120) NOT NULL,
  "phone" varchar(50),
  "email" varchar(50),
  "administrator" bool NOT NULL,
  "status" varchar(50)
)
;
COMMENT ON COLUMN "iam_user_info"."id" IS '主键';
COMMENT ON COLUMN "iam_user_info"."creator" IS '创建者ID';
COMMENT ON COLUMN "iam_user_info"."create_time" IS '创建时间';
COMMENT ON COLUMN "iam_user_info"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "iam_user_info"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "iam_user_info"."version" IS '版本号';
COMMENT ON COLUMN "iam_user_info"."deleted" IS '删除标志';
COMMENT ON COLUMN "iam_user_info"."name" IS '名称';
COMMENT ON COLUMN "iam_user_info"."account" IS '账号';
COMMENT ON COLUMN "iam_user_info"."password" IS '密码';
COMMENT ON COLUMN "iam_user_info"."phone" IS '手机号';
COMMENT ON COLUMN "iam_user_info"."email" IS '邮箱';
COMMENT ON COLUMN "iam_user_info"."administrator" IS '是否管理员';
COMMENT ON COLUMN "iam_user_info"."status" IS '账号状态';
COMMENT ON TABLE "iam_user_info" IS '用户核心信息';

-- ----------------------------
-- Table structure for iam_user_role
-- ----------------------------
CREATE TABLE "iam_user_role" (
  "id" int8 NOT NULL,
  "user_id" int8 NOT NULL,
  "role_id" int8 NOT NULL
)
;
COMMENT ON COLUMN "iam_user_role"."id" IS '主键';
COMMENT ON COLUMN "iam_user_role"."user_id" IS '用户';
COMMENT ON COLUMN "iam_user_role"."role_id" IS '角色';
COMMENT ON TABLE "iam_user_role" IS '用户角色关联关系';

-- ----------------------------
-- Table structure for pay_mch_app
-- ----------------------------
CREATE TABLE "pay_mch_app" (
  "id" int8 NOT NULL,
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "app_name" varchar(64),
  "sign_type" varchar(32),
  "sign_secret" varchar(500),
  "req_sign" bool,
  "limit_amount" numeric(16,4),
  "status" varchar(32),
  "notify_type" varchar(32),
  "notify_url" varchar(200),
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "order_timeout" int2,
  "merchant_type" varchar(32),
  "req_timeout" bool,
  "req_timeout_second" int4,
  "isv_no" varchar(32),
  "agent_no" varchar(32)
)
;
COMMENT ON COLUMN "pay_mch_app"."id" IS '主键';
COMMENT ON COLUMN "pay_mch_app"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_mch_app"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_mch_app"."app_name" IS '应用名称';
COMMENT ON COLUMN "pay_mch_app"."sign_type" IS '签名方式';
COMMENT ON COLUMN "pay_mch_app"."sign_secret" IS '签名秘钥';
COMMENT ON COLUMN "pay_mch_app"."req_sign" IS '是否对请求进行验签';
COMMENT ON COLUMN "pay_mch_app"."limit_amount" IS '支付限额(元)';
COMMENT ON COLUMN "pay_mch_app"."status" IS '应用状态';
COMMENT ON COLUMN "pay_mch_app"."notify_type" IS '异步消息通知类型';
COMMENT ON COLUMN "pay_mch_app"."notify_url" IS '通知地址';
COMMENT ON COLUMN "pay_mch_app"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_mch_app"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_mch_app"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "pay_mch_app"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_mch_app"."version" IS '版本号';
COMMENT ON COLUMN "pay_mch_app"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_mch_app"."order_timeout" IS '订单默认超时时间(分钟)';
COMMENT ON COLUMN "pay_mch_app"."merchant_type" IS '商户类型';
COMMENT ON COLUMN "pay_mch_app"."req_timeout" IS '是否验证请求时间是否超时';
COMMENT ON COLUMN "pay_mch_app"."req_timeout_second" IS '请求超时时间(秒)';
COMMENT ON COLUMN "pay_mch_app"."isv_no" IS '服务商号';
COMMENT ON COLUMN "pay_mch_app"."agent_no" IS '代理商号';
COMMENT ON TABLE "pay_mch_app" IS '商户应用';

-- ----------------------------
-- Table structure for pay_merchant
-- ----------------------------
CREATE TABLE "pay_merchant" (
  "id" int8 NOT NULL,
  "mch_no" varchar(64) NOT NULL,
  "mch_name" varchar(100) NOT NULL,
  "company_name" varchar(100),
  "id_type" varchar(32),
  "id_no" varchar,
  "contact" varchar(100),
  "legal_person" varchar(100),
  "status" varchar(10),
  "creator" int8,
  "create_time" timestamp(0),
  "last_modifier" int8,
  "last_modified_time" timestamp(0),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "company_contact" varchar(150),
  "company_address" varchar(150),
  "company_code" varchar(50),
  "administrator" bool NOT NULL,
  "admin_user_id" int8,
  "isv_no" varchar(32),
  "merchant_type" varchar(32),
  "agent_no" varchar(32),
  "mch_short_name" varchar(32)
)
;
COMMENT ON COLUMN "pay_merchant"."id" IS '主键';
COMMENT ON COLUMN "pay_merchant"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_merchant"."mch_name" IS '商户名称';
COMMENT ON COLUMN "pay_merchant"."company_name" IS '公司名称';
COMMENT ON COLUMN "pay_merchant"."id_type" IS '法人证件类型';
COMMENT ON COLUMN "pay_merchant"."id_no" IS '法人证件号';
COMMENT ON COLUMN "pay_merchant"."contact" IS '法人联系方式';
COMMENT ON COLUMN "pay_merchant"."legal_person" IS '法人名称';
COMMENT ON COLUMN "pay_merchant"."status" IS '状态';
COMMENT ON COLUMN "pay_merchant"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_merchant"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_merchant"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "pay_merchant"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_merchant"."version" IS '版本号';
COMMENT ON COLUMN "pay_merchant"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_merchant"."company_contact" IS '公司联系方式';
COMMENT ON COLUMN "pay_merchant"."company_address" IS '公司地址';
COMMENT ON COLUMN "pay_merchant"."company_code" IS '公司信用编码';
COMMENT ON COLUMN "pay_merchant"."administrator" IS '是否有关联管理员';
COMMENT ON COLUMN "pay_merchant"."admin_user_id" IS '关联管理员用户';
COMMENT ON COLUMN "pay_merchant"."isv_no" IS '所属服务商';
COMMENT ON COLUMN "pay_merchant"."merchant_type" IS '商户类型';
COMMENT ON COLUMN "pay_merchant"."agent_no" IS '所属代理商';
COMMENT ON COLUMN "pay_merchant"."mch_short_name" IS '商户简称';
COMMENT ON TABLE "pay_merchant" IS '商户';

-- ----------------------------
-- Table structure for pay_merchant_user
-- ----------------------------
CREATE TABLE "pay_merchant_user" (
  "id" int8 NOT NULL,
  "user_id" int8 NOT NULL,
  "mch_no" varchar(32) NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "administrator" bool NOT NULL
)
;
COMMENT ON COLUMN "pay_merchant_user"."id" IS '主键';
COMMENT ON COLUMN "pay_merchant_user"."user_id" IS '用户ID';
COMMENT ON COLUMN "pay_merchant_user"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_merchant_user"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_merchant_user"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_merchant_user"."administrator" IS '是否为商户管理员';
COMMENT ON TABLE "pay_merchant_user" IS '用户商户关联关系';

-- ----------------------------
-- Table structure for pay_order
-- ----------------------------
CREATE TABLE "pay_order" (
  "id" int8 NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "biz_order_no" varchar(100),
  "order_no" varchar(100),
  "out_order_no" varchar(150),
  "title" varchar(100),
  "description" varchar(500),
  "allocation" bool,
  "auto_allocation" bool,
  "channel" varchar(20),
  "method" varchar(20),
  "amount" numeric(16,4),
  "refundable_balance" numeric(16,4),
  "status" varchar(32),
  "refund_status" varchar(32),
  "alloc_status" varchar(32),
  "return_url" varchar(200),
  "notify_url" varchar(200),
  "extra_param" varchar(2048),
  "attach" varchar(500),
  "req_time" timestamp(6),
  "client_ip" varchar(64),
  "error_code" varchar(50),
  "error_msg" varchar(500),
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "expired_time" timestamp(6),
  "pay_time" timestamp(6),
  "close_time" timestamp(6),
  "isv_no" varchar(32),
  "other_method" varchar(128),
  "auth_code" varchar(128),
  "limit_pay" varchar(128),
  "terminal_no" varchar(128),
  "agent_no" varchar(32),
  "real_amount" numeric(16,4),
  "settle_status" varchar(32)
)
;
COMMENT ON COLUMN "pay_order"."id" IS '主键';
COMMENT ON COLUMN "pay_order"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_order"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_order"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "pay_order"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_order"."version" IS '版本号';
COMMENT ON COLUMN "pay_order"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_order"."biz_order_no" IS '商户订单号';
COMMENT ON COLUMN "pay_order"."order_no" IS '订单号';
COMMENT ON COLUMN "pay_order"."out_order_no" IS '通道订单号';
COMMENT ON COLUMN "pay_order"."title" IS '标题';
COMMENT ON COLUMN "pay_order"."description" IS '描述';
COMMENT ON COLUMN "pay_order"."allocation" IS '是否支持分账';
COMMENT ON COLUMN "pay_order"."auto_allocation" IS '自动分账';
COMMENT ON COLUMN "pay_order"."channel" IS '支付通道';
COMMENT ON COLUMN "pay_order"."method" IS '支付方式';
COMMENT ON COLUMN "pay_order"."amount" IS '金额(元)';
COMMENT ON COLUMN "pay_order"."refundable_balance" IS '可退金额(元)';
COMMENT ON COLUMN "pay_order"."status" IS '支付状态';
COMMENT ON COLUMN "pay_order"."refund_status" IS '退款状态';
COMMENT ON COLUMN "pay_order"."alloc_status" IS '分账状态';
COMMENT ON COLUMN "pay_order"."return_url" IS '同步跳转地址';
COMMENT ON COLUMN "pay_order"."notify_url" IS '异步通知地址';
COMMENT ON COLUMN "pay_order"."extra_param" IS '通道附加参数';
COMMENT ON COLUMN "pay_order"."attach" IS '商户扩展参数';
COMMENT ON COLUMN "pay_order"."req_time" IS '请求时间';
COMMENT ON COLUMN "pay_order"."client_ip" IS '支付终端ip';
COMMENT ON COLUMN "pay_order"."error_code" IS '错误码';
COMMENT ON COLUMN "pay_order"."error_msg" IS '错误信息';
COMMENT ON COLUMN "pay_order"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_order"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_order"."expired_time" IS '过期时间';
COMMENT ON COLUMN "pay_order"."pay_time" IS '支付成功时间';
COMMENT ON COLUMN "pay_order"."close_time" IS '关闭时间';
COMMENT ON COLUMN "pay_order"."isv_no" IS '所属服务商';
COMMENT ON COLUMN "pay_order"."other_method" IS '其他支付方式';
COMMENT ON COLUMN "pay_order"."auth_code" IS '付款码';
COMMENT ON COLUMN "pay_order"."limit_pay" IS '限制支付类型';
COMMENT ON COLUMN "pay_order"."terminal_no" IS '终端设备编码';
COMMENT ON COLUMN "pay_order"."agent_no" IS '代理商号';
COMMENT ON COLUMN "pay_order"."real_amount" IS '实收金额';
COMMENT ON COLUMN "pay_order"."settle_status" IS '结算状态';
COMMENT ON TABLE "pay_order" IS '支付订单';

-- ----------------------------
-- Table structure for pay_order_expand
-- ----------------------------
CREATE TABLE "pay_order_expand" (
  "id" int8 NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "isv_no" varchar(32),
  "agent_no" varchar(32),
  "buyer_id" varchar(64),
  "user_id" varchar(64),
  "trade_product" varchar(64),
  "trade_way" varchar(64),
  "bank_type" varchar(64),
  "trans_order_no" varchar(64),
  "promotion_type" varchar(64),
  "ext" varchar(5000)
)
;
COMMENT ON COLUMN "pay_order_expand"."id" IS '主键';
COMMENT ON COLUMN "pay_order_expand"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_order_expand"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_order_expand"."last_modifier" IS '最后修改ID';
COMMENT ON COLUMN "pay_order_expand"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_order_expand"."version" IS '版本号';
COMMENT ON COLUMN "pay_order_expand"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_order_expand"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_order_expand"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_order_expand"."isv_no" IS '所属服务商';
COMMENT ON COLUMN "pay_order_expand"."agent_no" IS '代理商号';
COMMENT ON COLUMN "pay_order_expand"."buyer_id" IS '付款用户ID';
COMMENT ON COLUMN "pay_order_expand"."user_id" IS '用户标识';
COMMENT ON COLUMN "pay_order_expand"."trade_product" IS '支付产品';
COMMENT ON COLUMN "pay_order_expand"."trade_way" IS '交易方式';
COMMENT ON COLUMN "pay_order_expand"."bank_type" IS '银行卡类型';
COMMENT ON COLUMN "pay_order_expand"."trans_order_no" IS '透传订单号';
COMMENT ON COLUMN "pay_order_expand"."promotion_type" IS '参加活动类型';
COMMENT ON COLUMN "pay_order_expand"."ext" IS '扩展参数存储字段';
COMMENT ON TABLE "pay_order_expand" IS '支付订单扩展存储参数';

-- ----------------------------
-- Table structure for pay_refund_order
-- ----------------------------
CREATE TABLE "pay_refund_order" (
  "id" int8 NOT NULL,
  "order_id" int8 NOT NULL,
  "order_no" varchar(100) NOT NULL,
  "biz_order_no" varchar(100) NOT NULL,
  "out_order_no" varchar(150) NOT NULL,
  "title" varchar(100) NOT NULL,
  "refund_no" varchar(150) NOT NULL,
  "biz_refund_no" varchar(100) NOT NULL,
  "out_refund_no" varchar(150),
  "channel" varchar(20) NOT NULL,
  "order_amount" numeric(16,4) NOT NULL,
  "amount" numeric(16,4) NOT NULL,
  "reason" varchar(150),
  "finish_time" timestamp(6),
  "status" varchar(20) NOT NULL,
  "notify_url" varchar(200),
  "attach" varchar(500),
  "extra_param" varchar(2048),
  "req_time" timestamp(6),
  "client_ip" varchar(64),
  "error_code" varchar(10),
  "error_msg" varchar(500),
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "isv_no" varchar(32),
  "agent_no" varchar(32),
  "settle_status" varchar(32)
)
;
COMMENT ON COLUMN "pay_refund_order"."id" IS '主键';
COMMENT ON COLUMN "pay_refund_order"."order_id" IS '支付订单ID';
COMMENT ON COLUMN "pay_refund_order"."order_no" IS '支付订单号';
COMMENT ON COLUMN "pay_refund_order"."biz_order_no" IS '商户支付订单号';
COMMENT ON COLUMN "pay_refund_order"."out_order_no" IS '通道支付订单号';
COMMENT ON COLUMN "pay_refund_order"."title" IS '支付标题';
COMMENT ON COLUMN "pay_refund_order"."refund_no" IS '退款号';
COMMENT ON COLUMN "pay_refund_order"."biz_refund_no" IS '商户退款号';
COMMENT ON COLUMN "pay_refund_order"."out_refund_no" IS '通道退款交易号';
COMMENT ON COLUMN "pay_refund_order"."channel" IS '支付通道';
COMMENT ON COLUMN "pay_refund_order"."order_amount" IS '订单金额';
COMMENT ON COLUMN "pay_refund_order"."amount" IS '退款金额';
COMMENT ON COLUMN "pay_refund_order"."reason" IS '退款原因';
COMMENT ON COLUMN "pay_refund_order"."finish_time" IS '退款完成时间';
COMMENT ON COLUMN "pay_refund_order"."status" IS '退款状态';
COMMENT ON COLUMN "pay_refund_order"."notify_url" IS '异步通知地址';
COMMENT ON COLUMN "pay_refund_order"."attach" IS '商户扩展参数';
COMMENT ON COLUMN "pay_refund_order"."extra_param" IS '附加参数';
COMMENT ON COLUMN "pay_refund_order"."req_time" IS '请求时间，传输时间戳';
COMMENT ON COLUMN "pay_refund_order"."client_ip" IS '支付终端ip';
COMMENT ON COLUMN "pay_refund_order"."error_code" IS '错误码';
COMMENT ON COLUMN "pay_refund_order"."error_msg" IS '错误信息';
COMMENT ON COLUMN "pay_refund_order"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_refund_order"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_refund_order"."last_modifier" IS '最后修者ID';
COMMENT ON COLUMN "pay_refund_order"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_refund_order"."version" IS '乐观锁';
COMMENT ON COLUMN "pay_refund_order"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_refund_order"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_refund_order"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_refund_order"."isv_no" IS '所属服务商';
COMMENT ON COLUMN "pay_refund_order"."agent_no" IS '代理商号';
COMMENT ON COLUMN "pay_refund_order"."settle_status" IS '结算状态';
COMMENT ON TABLE "pay_refund_order" IS '退款订单';

-- ----------------------------
-- Table structure for pay_terminal_device
-- ----------------------------
CREATE TABLE "pay_terminal_device" (
  "id" int8 NOT NULL,
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "name" varchar(64),
  "terminal_no" varchar(64),
  "type" varchar(32),
  "serial_num" varchar(64),
  "area_code" varchar(64),
  "address" varchar(256),
  "company_name" varchar(128),
  "put_date" timestamp(6),
  "gps" bool,
  "machine_type" varchar(64),
  "longitude" varchar(32),
  "latitude" varchar(32),
  "ip" varchar(128),
  "network_license" varchar(128),
  "agent_no" varchar(32),
  "isv_no" varchar(32)
)
;
COMMENT ON COLUMN "pay_terminal_device"."id" IS '主键';
COMMENT ON COLUMN "pay_terminal_device"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_terminal_device"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_terminal_device"."last_modifier" IS '最后修者ID';
COMMENT ON COLUMN "pay_terminal_device"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_terminal_device"."version" IS '乐观锁';
COMMENT ON COLUMN "pay_terminal_device"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_terminal_device"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_terminal_device"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_terminal_device"."name" IS '终端名称';
COMMENT ON COLUMN "pay_terminal_device"."terminal_no" IS '终端编码';
COMMENT ON COLUMN "pay_terminal_device"."type" IS '终端类型';
COMMENT ON COLUMN "pay_terminal_device"."serial_num" IS '终端序列号';
COMMENT ON COLUMN "pay_terminal_device"."area_code" IS '省市区编码';
COMMENT ON COLUMN "pay_terminal_device"."address" IS '终端发放地址';
COMMENT ON COLUMN "pay_terminal_device"."company_name" IS '终端厂商名称';
COMMENT ON COLUMN "pay_terminal_device"."put_date" IS '发放日期';
COMMENT ON COLUMN "pay_terminal_device"."gps" IS '支持终端定位';
COMMENT ON COLUMN "pay_terminal_device"."machine_type" IS '终端机具型号';
COMMENT ON COLUMN "pay_terminal_device"."longitude" IS '经度，浮点型, 小数点后最多保留6位';
COMMENT ON COLUMN "pay_terminal_device"."latitude" IS '纬度，浮点型,小数点后最多保留6位';
COMMENT ON COLUMN "pay_terminal_device"."ip" IS '设备 IP 地址';
COMMENT ON COLUMN "pay_terminal_device"."network_license" IS '银行卡受理终端产品入网认证编号';
COMMENT ON COLUMN "pay_terminal_device"."agent_no" IS '所属代理商';
COMMENT ON COLUMN "pay_terminal_device"."isv_no" IS '所属服务商';
COMMENT ON TABLE "pay_terminal_device" IS '支付终端设备管理';

-- ----------------------------
-- Table structure for pay_transfer_order
-- ----------------------------
CREATE TABLE "pay_transfer_order" (
  "id" int8 NOT NULL,
  "biz_transfer_no" varchar(100) NOT NULL,
  "transfer_no" varchar(100) NOT NULL,
  "out_transfer_no" varchar(150),
  "channel" varchar(20) NOT NULL,
  "amount" numeric(16,4) NOT NULL,
  "title" varchar(100),
  "reason" varchar(150),
  "payee_type" varchar(20),
  "payee_account" varchar(100),
  "payee_name" varchar(50),
  "status" varchar(20) NOT NULL,
  "finish_time" timestamp(6),
  "notify_url" varchar(200),
  "attach" varchar(500),
  "req_time" timestamp(6),
  "client_ip" varchar(64),
  "error_code" varchar(10),
  "error_msg" varchar(500),
  "creator" int8,
  "create_time" timestamp(6),
  "last_modifier" int8,
  "last_modified_time" timestamp(6),
  "version" int4 NOT NULL,
  "deleted" bool NOT NULL,
  "mch_no" varchar(32),
  "app_id" varchar(32),
  "extra_param" varchar(2048),
  "isv_no" varchar(32),
  "agent_no" varchar(32)
)
;
COMMENT ON COLUMN "pay_transfer_order"."id" IS '主键';
COMMENT ON COLUMN "pay_transfer_order"."biz_transfer_no" IS '商户转账号';
COMMENT ON COLUMN "pay_transfer_order"."transfer_no" IS '转账号';
COMMENT ON COLUMN "pay_transfer_order"."out_transfer_no" IS '通道转账号';
COMMENT ON COLUMN "pay_transfer_order"."channel" IS '支付通道';
COMMENT ON COLUMN "pay_transfer_order"."amount" IS '转账金额';
COMMENT ON COLUMN "pay_transfer_order"."title" IS '标题';
COMMENT ON COLUMN "pay_transfer_order"."reason" IS '转账原因/备注';
COMMENT ON COLUMN "pay_transfer_order"."payee_type" IS '收款人类型';
COMMENT ON COLUMN "pay_transfer_order"."payee_account" IS '收款人账号';
COMMENT ON COLUMN "pay_transfer_order"."payee_name" IS '收款人姓名';
COMMENT ON COLUMN "pay_transfer_order"."status" IS '状态';
COMMENT ON COLUMN "pay_transfer_order"."finish_time" IS '成功时间';
COMMENT ON COLUMN "pay_transfer_order"."notify_url" IS '异步通知地址';
COMMENT ON COLUMN "pay_transfer_order"."attach" IS '商户扩展参数';
COMMENT ON COLUMN "pay_transfer_order"."req_time" IS '请求时间，传输时间戳';
COMMENT ON COLUMN "pay_transfer_order"."client_ip" IS '支付终端ip';
COMMENT ON COLUMN "pay_transfer_order"."error_code" IS '错误码';
COMMENT ON COLUMN "pay_transfer_order"."error_msg" IS '错误信息';
COMMENT ON COLUMN "pay_transfer_order"."creator" IS '创建者ID';
COMMENT ON COLUMN "pay_transfer_order"."create_time" IS '创建时间';
COMMENT ON COLUMN "pay_transfer_order"."last_modifier" IS '最后修者ID';
COMMENT ON COLUMN "pay_transfer_order"."last_modified_time" IS '最后修改时间';
COMMENT ON COLUMN "pay_transfer_order"."version" IS '乐观锁';
COMMENT ON COLUMN "pay_transfer_order"."deleted" IS '删除标志';
COMMENT ON COLUMN "pay_transfer_order"."mch_no" IS '商户号';
COMMENT ON COLUMN "pay_transfer_order"."app_id" IS '应用号';
COMMENT ON COLUMN "pay_transfer_order"."extra_param" IS '通道附加参数';
COMMENT ON COLUMN "pay_transfer_order"."isv_no" IS '所属服务商';
COMMENT ON COLUMN "pay_transfer_order"."agent_no" IS '代理商号';
COMMENT ON TABLE "pay_transfer_order" IS '转账订单';

-- ----------------------------
-- Table structure for starter_audit_login_log
-- ----------------------------
CREATE TABLE "starter_audit_login_log" (
  "id" int8 NOT NULL,
  "user_id" int8,
  "account" varchar(100),
  "login" bool,
  "client" varchar(20),
  "login_type" varchar(20),
  "ip" varchar(80),
  "login_location" varchar(100),
  "browser" varchar(200),
  "os" varchar(100),
  "msg" text,
  "login_time" timestamp(6)
)
;
COMMENT ON COLUMN "starter_audit_login_log"."id" IS '主键';
COMMENT ON COLUMN "starter_audit_login_log"."user_id" IS '用户账号ID';
COMMENT ON COLUMN "starter_audit_login_log"."account" IS '用户名称';
COMMENT ON COLUMN "starter_audit_login_log"."login" IS '登录成功状态';
COMMENT ON COLUMN "starter_audit_login_log"."client" IS '登录终端';
COMMENT ON COLUMN "starter_audit_login_log"."login_type" IS '登录方式';
COMMENT ON COLUMN "starter_audit_login_log"."ip" IS '登录IP地址';
COMMENT ON COLUMN "starter_audit_login_log"."login_location" IS '登录地点';
COMMENT ON COLUMN "starter_audit_login_log"."browser" IS '浏览器类型';
COMMENT ON COLUMN "starter_audit_login_log"."os" IS '操作系统';
COMMENT ON COLUMN "starter_audit_login_log"."msg" IS '提示消息';
COMMENT ON COLUMN "starter_audit_login_log"."login_time" IS '访问时间';
COMMENT ON TABLE "starter_audit_login_log" IS '登录日志';

-- ----------------------------
-- Table structure for starter_audit_operate_log
-- ----------------------------
CREATE TABLE "starter_audit_operate_log" (
  "id" int8 NOT NULL,
  "title" varchar(100) NOT NULL,
  "operate_id" int8,
  "account" varchar(100),
  "business_type" varchar(50) NOT NULL,
  "method" varchar(100) NOT NULL,
  "request_method" varchar(20) NOT NULL,
  "operate_url" varchar(200) NOT NULL,
  "operate_ip" varchar(80),
  "operate_location" varchar(50),
  "operate_param" text,
  "operate_return" text,
  "success" bool,
  "error_msg" text,
  "operate_time" timestamp(6) NOT NULL,
  "browser" varchar(200),
  "os" varchar(100),
  "client" varchar(20)
)
;
COMMENT ON COLUMN "starter_audit_operate_log"."id" IS '主键';
COMMENT ON COLUMN "starter_audit_operate_log"."title" IS '操作模块';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_id" IS '操作人员id';
COMMENT ON COLUMN "starter_audit_operate_log"."account" IS '操作人员账号';
COMMENT ON COLUMN "starter_audit_operate_log"."business_type" IS '业务类型';
COMMENT ON COLUMN "starter_audit_operate_log"."method" IS '请求方法';
COMMENT ON COLUMN "starter_audit_operate_log"."request_method" IS '请求方式';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_url" IS '请求url';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_ip" IS '操作ip';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_location" IS '操作地点';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_param" IS '请求参数';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_return" IS '返回参数';
COMMENT ON COLUMN "starter_audit_operate_log"."success" IS '操作状态';
COMMENT ON COLUMN "starter_audit_operate_log"."error_msg" IS '错误消息';
COMMENT ON COLUMN "starter_audit_operate_log"."operate_time" IS '操作时间';
COMMENT ON COLUMN "starter_audit_operate_log"."browser" IS '浏览器类型';
COMMENT ON COLUMN "starter_audit_operate_log"."os" IS '操作系统';
COMMENT ON COLUMN "starter_audit_operate_log"."client" IS '终端';
COMMENT ON TABLE "starter_audit_operate_log" IS '操作日志';
