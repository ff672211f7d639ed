-- dialect: mysql
-- source: gongfuxiang/shopxo chart/shopxo/shopxo.sql @ 32ff93f96f56aadf9df56cc8548304e27ce69697 (phpMyAdmin dump 2024-06-09); subset of tables, INSERT data and ALTER TABLE index/key statements dropped

--
-- 表的结构 `sxo_admin`
--

DROP TABLE IF EXISTS `sxo_admin`;
CREATE TABLE `sxo_admin` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '管理员id',
  `username` char(30) NOT NULL DEFAULT '' COMMENT '用户名',
  `login_pwd` char(32) NOT NULL DEFAULT '' COMMENT '登录密码',
  `login_salt` char(6) NOT NULL DEFAULT '' COMMENT '登录密码配合加密字符串',
  `mobile` char(11) NOT NULL DEFAULT '' COMMENT '手机号码',
  `email` char(60) NOT NULL DEFAULT '' COMMENT '邮箱',
  `gender` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '性别（0保密，1女，2男）',
  `status` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '状态（0正常, 1无效）',
  `login_total` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '登录次数',
  `login_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '最后登录时间',
  `role_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所属角色组',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(11) NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='管理员';

--
-- 表的结构 `sxo_message`
--

DROP TABLE IF EXISTS `sxo_message`;
CREATE TABLE `sxo_message` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `system_type` char(60) NOT NULL DEFAULT 'default' COMMENT '系统类型（默认 default, 其他按照SYSTEM_TYPE常量类型）',
  `title` char(60) NOT NULL DEFAULT '' COMMENT '标题',
  `detail` char(255) NOT NULL DEFAULT '' COMMENT '详情',
  `business_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '业务id',
  `business_type` char(180) NOT NULL DEFAULT '' COMMENT '业务类型，字符串（如：订单、充值、提现、等...）',
  `type` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '消息类型（0普通通知, ...）',
  `is_read` tinyint(3) UNSIGNED NOT NULL DEFAULT 1 COMMENT '是否已读（0否, 1是）',
  `is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否已删除（0否, 大于0删除时间）',
  `user_is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户是否已删除（0否, 大于0删除时间）',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='消息';

--
-- 表的结构 `sxo_order`
--

DROP TABLE IF EXISTS `sxo_order`;
CREATE TABLE `sxo_order` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `order_no` char(60) NOT NULL DEFAULT '' COMMENT '订单号',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `warehouse_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '仓库id',
  `payment_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '支付方式id',
  `system_type` char(60) NOT NULL DEFAULT 'default' COMMENT '系统类型（默认 default, 其他按照SYSTEM_TYPE常量类型）',
  `status` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单状态（0待确认, 1已确认/待支付, 2已支付/待发货, 3已发货/待收货, 4已完成, 5已取消, 6已关闭）',
  `pay_status` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '支付状态（0未支付, 1已支付, 2已退款, 3部分退款）',
  `extension_data` longtext DEFAULT NULL COMMENT '扩展展示数据',
  `buy_number_count` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '购买商品总数量',
  `increase_price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '增加的金额',
  `preferential_price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '优惠金额',
  `price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '订单单价',
  `total_price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '订单总价(订单最终价格)',
  `pay_price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '已支付金额',
  `refund_price` decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT '退款金额',
  `returned_quantity` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '退货数量',
  `client_type` char(30) NOT NULL DEFAULT '' COMMENT '客户端类型（pc, h5, ios, android, alipay, weixin, baidu）取APPLICATION_CLIENT_TYPE常量值',
  `order_model` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单模式（0销售型, 1展示型, 2自提点, 3虚拟销售）',
  `is_under_line` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否线下支付（0否，1是）',
  `user_note` char(255) NOT NULL DEFAULT '' COMMENT '用户备注',
  `pay_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '支付时间',
  `confirm_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '确认时间',
  `delivery_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '发货时间',
  `cancel_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '取消时间',
  `collect_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '收货时间',
  `close_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '关闭时间',
  `comments_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '评论时间',
  `is_comments` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否已评论（0否, 大于0评论时间）',
  `user_is_comments` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户是否已评论（0否, 大于0评论时间）',
  `is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否已删除（0否, 大于0删除时间）',
  `user_is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户是否已删除（0否, 大于0删除时间）',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单';

--
-- 表的结构 `sxo_order_address`
--

DROP TABLE IF EXISTS `sxo_order_address`;
CREATE TABLE `sxo_order_address` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `address_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '收件地址id',
  `alias` char(60) NOT NULL DEFAULT '' COMMENT '别名',
  `name` char(60) NOT NULL DEFAULT '' COMMENT '收件人-姓名',
  `tel` char(15) NOT NULL DEFAULT '' COMMENT '收件人-电话',
  `province` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '收件人-省',
  `city` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '收件人-市',
  `county` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '收件人-县/区',
  `address` char(200) NOT NULL DEFAULT '' COMMENT '收件人-详细地址',
  `province_name` char(30) NOT NULL DEFAULT '' COMMENT '收件人-省-名称',
  `city_name` char(30) NOT NULL DEFAULT '' COMMENT '收件人-市-名称',
  `county_name` char(30) NOT NULL DEFAULT '' COMMENT '收件人-县/区-名称',
  `lng` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '收货地址-经度',
  `lat` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '收货地址-纬度',
  `idcard_name` char(60) NOT NULL DEFAULT '' COMMENT '身份证姓名',
  `idcard_number` char(30) NOT NULL DEFAULT '' COMMENT '身份证号码',
  `idcard_front` char(255) NOT NULL DEFAULT '' COMMENT '身份证人像面图片',
  `idcard_back` char(255) NOT NULL DEFAULT '' COMMENT '身份证国微面图片',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单地址';

--
-- 表的结构 `sxo_order_aftersale`
--

DROP TABLE IF EXISTS `sxo_order_aftersale`;
CREATE TABLE `sxo_order_aftersale` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `order_no` char(60) NOT NULL DEFAULT '' COMMENT '订单号',
  `order_detail_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单详情id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `goods_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '商品id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `system_type` char(60) NOT NULL DEFAULT 'default' COMMENT '系统类型（默认 default, 其他按照SYSTEM_TYPE常量类型）',
  `status` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '状态（0待确认, 1待退货, 2待审核, 3已完成, 4已拒绝, 5已取消）',
  `type` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '业务类型（0仅退款, 1退货退款）',
  `refundment` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '退款类型（0原路退回, 1退至钱包, 2手动处理）',
  `reason` char(180) NOT NULL DEFAULT '' COMMENT '申请原因',
  `number` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '退货数量',
  `price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '退款金额',
  `msg` text DEFAULT NULL COMMENT '退款说明',
  `images` text DEFAULT NULL COMMENT '凭证图片（一维数组json存储）',
  `refuse_reason` char(230) NOT NULL DEFAULT '' COMMENT '拒绝原因',
  `express_name` char(60) NOT NULL DEFAULT '' COMMENT '快递名称',
  `express_number` char(60) NOT NULL DEFAULT '' COMMENT '快递单号',
  `apply_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '申请时间',
  `confirm_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '确认时间',
  `delivery_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '退货时间',
  `audit_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '审核时间',
  `cancel_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '取消时间',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单售后';

--
-- 表的结构 `sxo_order_aftersale_status_history`
--

DROP TABLE IF EXISTS `sxo_order_aftersale_status_history`;
CREATE TABLE `sxo_order_aftersale_status_history` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `order_aftersale_id` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单售后id',
  `original_status` char(60) NOT NULL DEFAULT '' COMMENT '原始状态',
  `new_status` char(60) NOT NULL DEFAULT '' COMMENT '最新状态',
  `msg` text DEFAULT NULL COMMENT '操作描述',
  `creator` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '创建-用户id',
  `creator_name` varchar(60) NOT NULL DEFAULT '' COMMENT '创建人-姓名',
  `add_time` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单售后状态历史纪录';

--
-- 表的结构 `sxo_order_detail`
--

DROP TABLE IF EXISTS `sxo_order_detail`;
CREATE TABLE `sxo_order_detail` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `goods_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '商品id',
  `title` char(160) NOT NULL DEFAULT '' COMMENT '标题',
  `images` char(255) NOT NULL DEFAULT '' COMMENT '封面图片',
  `original_price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '原价',
  `price` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '价格',
  `total_price` decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT '当前总价(单价*数量)',
  `spec` text DEFAULT NULL COMMENT '规格',
  `buy_number` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '购买数量',
  `model` char(30) NOT NULL DEFAULT '' COMMENT '型号',
  `spec_weight` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '重量（kg）',
  `spec_volume` decimal(10,2) UNSIGNED NOT NULL DEFAULT 0.00 COMMENT '体积（m³）',
  `spec_coding` char(80) NOT NULL DEFAULT '' COMMENT '编码',
  `spec_barcode` char(80) NOT NULL DEFAULT '' COMMENT '条形码',
  `refund_price` decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT '退款金额',
  `returned_quantity` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '退货数量',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单详情';

--
-- 表的结构 `sxo_order_express`
--

DROP TABLE IF EXISTS `sxo_order_express`;
CREATE TABLE `sxo_order_express` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `express_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '快递id',
  `express_number` char(60) NOT NULL DEFAULT '' COMMENT '快递单号',
  `note` char(255) NOT NULL DEFAULT '' COMMENT '备注',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单快递';

--
-- 表的结构 `sxo_order_extraction_code`
--

DROP TABLE IF EXISTS `sxo_order_extraction_code`;
CREATE TABLE `sxo_order_extraction_code` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `code` char(30) NOT NULL DEFAULT '' COMMENT '取货码',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单自提取货码关联';

--
-- 表的结构 `sxo_order_status_history`
--

DROP TABLE IF EXISTS `sxo_order_status_history`;
CREATE TABLE `sxo_order_status_history` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `order_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '订单id',
  `original_status` varchar(60) NOT NULL DEFAULT '' COMMENT '原始状态',
  `new_status` varchar(60) NOT NULL DEFAULT '' COMMENT '最新状态',
  `msg` text DEFAULT NULL COMMENT '操作描述',
  `creator` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '创建-用户id',
  `creator_name` varchar(60) NOT NULL DEFAULT '' COMMENT '创建人-姓名',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '创建时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='订单状态历史纪录';

--
-- 表的结构 `sxo_search_history`
--

DROP TABLE IF EXISTS `sxo_search_history`;
CREATE TABLE `sxo_search_history` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `brand_ids` text DEFAULT NULL COMMENT '品牌id（json存储）',
  `category_ids` text DEFAULT NULL COMMENT '商品分类id（json存储）',
  `keywords` char(230) NOT NULL DEFAULT '' COMMENT '搜索关键字',
  `screening_price_values` text DEFAULT NULL COMMENT '价格区间（json存储）',
  `goods_params_values` text DEFAULT NULL COMMENT '商品参数/属性（json存储）',
  `goods_spec_values` text DEFAULT NULL COMMENT '商品规格（json存储）',
  `order_by_field` char(60) NOT NULL DEFAULT '' COMMENT '排序类型（字段名称）',
  `order_by_type` char(60) NOT NULL DEFAULT '' COMMENT '排序方式（asc, desc）',
  `search_result` text DEFAULT NULL COMMENT '搜索结果（json存储）',
  `ymd` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '日期 ymd',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='搜索日志';

--
-- 表的结构 `sxo_sms_log`
--

DROP TABLE IF EXISTS `sxo_sms_log`;
CREATE TABLE `sxo_sms_log` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `platform` char(60) NOT NULL DEFAULT '' COMMENT '短信平台（aliyun 阿里云、等等...）',
  `status` tinyint(1) UNSIGNED NOT NULL DEFAULT 0 COMMENT '状态（0未发送，1已发送，2已失败）',
  `mobile` char(30) NOT NULL DEFAULT '' COMMENT '手机号码',
  `sign_name` char(60) NOT NULL DEFAULT '' COMMENT '短信签名',
  `template_value` char(255) NOT NULL DEFAULT '' COMMENT '短信模板',
  `template_var` mediumtext DEFAULT NULL COMMENT '短信模板变量（数组则json字符串存储）',
  `request_url` char(255) NOT NULL DEFAULT '' COMMENT '请求接口地址',
  `request_params` mediumtext DEFAULT NULL COMMENT '请求参数（数组则json字符串存储）',
  `response_data` mediumtext DEFAULT NULL COMMENT '响应参数（数组则json字符串存储）',
  `reason` char(255) NOT NULL DEFAULT '' COMMENT '失败原因',
  `tsc` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '耗时时间（单位秒）',
  `add_time` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(11) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='短信日志';

--
-- 表的结构 `sxo_user`
--

DROP TABLE IF EXISTS `sxo_user`;
CREATE TABLE `sxo_user` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `number_code` char(30) NOT NULL DEFAULT '' COMMENT '会员码',
  `status` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '状态（0正常, 1禁止发言, 2禁止登录）',
  `salt` char(32) NOT NULL DEFAULT '' COMMENT '配合密码加密串',
  `pwd` char(32) NOT NULL DEFAULT '' COMMENT '登录密码',
  `username` char(60) NOT NULL DEFAULT '' COMMENT '用户名',
  `nickname` char(60) NOT NULL DEFAULT '' COMMENT '用户昵称',
  `mobile` char(30) NOT NULL DEFAULT '' COMMENT '手机号码',
  `email` char(60) NOT NULL DEFAULT '' COMMENT '电子邮箱（最大长度60个字符）',
  `gender` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '性别（0保密，1女，2男）',
  `avatar` char(255) NOT NULL DEFAULT '' COMMENT '用户头像地址',
  `province` char(60) NOT NULL DEFAULT '' COMMENT '所在省',
  `city` char(60) NOT NULL DEFAULT '' COMMENT '所在市',
  `county` char(60) NOT NULL DEFAULT '' COMMENT '所在市',
  `birthday` int(11) NOT NULL DEFAULT 0 COMMENT '生日',
  `address` char(150) NOT NULL DEFAULT '' COMMENT '详细地址',
  `integral` int(11) NOT NULL DEFAULT 0 COMMENT '有效积分',
  `locking_integral` int(11) NOT NULL DEFAULT 0 COMMENT '锁定积分',
  `referrer` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '推荐人用户id',
  `is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否已删除（0否, 大于0删除时间）',
  `is_logout_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否已注销（0否, 大于0删除时间）',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户';

--
-- 表的结构 `sxo_user_address`
--

DROP TABLE IF EXISTS `sxo_user_address`;
CREATE TABLE `sxo_user_address` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '站点id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `alias` char(60) NOT NULL DEFAULT '' COMMENT '别名',
  `name` char(60) NOT NULL DEFAULT '' COMMENT '姓名',
  `tel` char(15) NOT NULL DEFAULT '' COMMENT '电话',
  `province` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在省',
  `city` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在市',
  `county` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在县/区',
  `address` char(80) NOT NULL DEFAULT '' COMMENT '详细地址',
  `lng` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '经度',
  `lat` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '纬度',
  `idcard_name` char(60) NOT NULL DEFAULT '' COMMENT '身份证姓名',
  `idcard_number` char(30) NOT NULL DEFAULT '' COMMENT '身份证号码',
  `idcard_front` char(255) NOT NULL DEFAULT '' COMMENT '身份证人像面图片',
  `idcard_back` char(255) NOT NULL DEFAULT '' COMMENT '身份证国微面图片',
  `is_default` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否默认地址（0否, 1是）',
  `is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否删除（0否，1删除时间戳）',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户地址';

--
-- 表的结构 `sxo_user_integral_log`
--

DROP TABLE IF EXISTS `sxo_user_integral_log`;
CREATE TABLE `sxo_user_integral_log` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `type` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '操作类型（0减少, 1增加）',
  `original_integral` int(11) NOT NULL DEFAULT 0 COMMENT '原始积分',
  `new_integral` int(11) NOT NULL DEFAULT 0 COMMENT '最新积分',
  `operation_integral` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '操作积分',
  `msg` text DEFAULT NULL COMMENT '操作原因',
  `operation_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '操作人员id',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户积分日志';

--
-- 表的结构 `sxo_user_platform`
--

DROP TABLE IF EXISTS `sxo_user_platform`;
CREATE TABLE `sxo_user_platform` (
  `id` bigint(20) UNSIGNED NOT NULL COMMENT '自增id',
  `user_id` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '用户id',
  `system_type` char(60) NOT NULL DEFAULT 'default' COMMENT '系统类型（默认 default, 其他按照SYSTEM_TYPE常量类型）',
  `platform` char(30) NOT NULL DEFAULT 'pc' COMMENT '所属平台（pc PC网站, h5 H5手机网站, ios 苹果APP, android 安卓APP, alipay 支付宝小程序, weixin 微信小程序, baidu 百度小程序, toutiao 头条小程序, qq QQ小程序, kuaishou 快手小程序）',
  `token` char(60) NOT NULL DEFAULT '' COMMENT 'token',
  `alipay_openid` char(60) NOT NULL DEFAULT '' COMMENT '支付宝openid',
  `weixin_openid` char(60) NOT NULL DEFAULT '' COMMENT '微信openid',
  `weixin_unionid` char(60) NOT NULL DEFAULT '' COMMENT '微信unionid',
  `weixin_web_openid` char(60) NOT NULL DEFAULT '' COMMENT '微信web用户openid',
  `baidu_openid` char(60) NOT NULL DEFAULT '' COMMENT '百度openid',
  `toutiao_openid` char(60) NOT NULL DEFAULT '' COMMENT '百度openid',
  `toutiao_unionid` char(60) NOT NULL DEFAULT '' COMMENT '头条unionid',
  `qq_openid` char(60) NOT NULL DEFAULT '' COMMENT 'QQopenid',
  `qq_unionid` char(60) NOT NULL DEFAULT '' COMMENT 'QQunionid',
  `kuaishou_openid` char(60) NOT NULL DEFAULT '' COMMENT '快手openid',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='用户平台';

--
-- 表的结构 `sxo_warehouse`
--

DROP TABLE IF EXISTS `sxo_warehouse`;
CREATE TABLE `sxo_warehouse` (
  `id` int(10) UNSIGNED NOT NULL COMMENT '自增id',
  `name` char(60) NOT NULL DEFAULT '' COMMENT '名称',
  `alias` char(60) NOT NULL DEFAULT '' COMMENT '别名',
  `level` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '权重（数字越大权重越高）',
  `is_enable` tinyint(3) UNSIGNED NOT NULL DEFAULT 1 COMMENT '是否启用（0否，1是）',
  `contacts_name` char(60) NOT NULL DEFAULT '' COMMENT '联系人姓名',
  `contacts_tel` char(15) NOT NULL DEFAULT '' COMMENT '联系电话',
  `province` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在省',
  `city` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在市',
  `county` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '所在县/区',
  `address` char(80) NOT NULL DEFAULT '' COMMENT '详细地址',
  `lng` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '经度',
  `lat` decimal(13,10) NOT NULL DEFAULT 0.0000000000 COMMENT '纬度',
  `is_default` tinyint(3) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否默认（0否, 1是）',
  `is_delete_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '是否删除（0否，大于0删除时间戳）',
  `add_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '添加时间',
  `upd_time` int(10) UNSIGNED NOT NULL DEFAULT 0 COMMENT '更新时间'
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_general_ci COMMENT='仓库';
