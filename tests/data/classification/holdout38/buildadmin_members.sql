-- dialect: mysql
-- source: https://github.com/build-admin/buildadmin  path: app/admin/buildadmin.sql  commit: 01f88bda8ba65dece7a283bddbabf6187f75063a  (Apache-2.0; subset of tables, kept verbatim incl. the __PREFIX__ placeholder; INSERT/DROP statements dropped)

SET FOREIGN_KEY_CHECKS = 0;

-- ----------------------------
-- Table structure for `__PREFIX__admin`
-- ----------------------------
CREATE TABLE `__PREFIX__admin` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `username` varchar(20) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '用户名',
    `nickname` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '昵称',
    `avatar` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '头像',
    `email` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '邮箱',
    `mobile` varchar(11) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '手机',
    `loginfailure` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '登录失败次数',
    `lastlogintime` int(10) DEFAULT NULL COMMENT '登录时间',
    `lastloginip` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '登录IP',
    `password` varchar(32) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '密码',
    `salt` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '密码盐',
    `motto` varchar(255) COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '' COMMENT '签名',
    `createtime` int(10) DEFAULT NULL COMMENT '创建时间',
    `updatetime` int(10) DEFAULT NULL COMMENT '更新时间',
    `status` enum('1','0') COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '1' COMMENT '状态:0=禁用,1=启用',
    PRIMARY KEY (`id`),
    UNIQUE KEY `username` (`username`) USING BTREE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='管理员表';

-- ----------------------------
-- Table structure for `__PREFIX__admin_group`
-- ----------------------------
CREATE TABLE `__PREFIX__admin_group` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `pid` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '上级分组',
    `name` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '组名',
    `rules` text COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '权限规则ID',
    `half_rules` text COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '半选中规则',
    `createtime` int(10) DEFAULT NULL COMMENT '创建时间',
    `updatetime` int(10) DEFAULT NULL COMMENT '更新时间',
    `status` enum('1','0') COLLATE utf8mb4_unicode_ci NOT NULL DEFAULT '1' COMMENT '状态:0=禁用,1=启用',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='管理分组表';

-- ----------------------------
-- Table structure for `__PREFIX__admin_group_access`
-- ----------------------------
CREATE TABLE `__PREFIX__admin_group_access` (
    `uid` int(10) unsigned NOT NULL COMMENT '管理员ID',
    `group_id` int(10) unsigned NOT NULL COMMENT '分组ID',
    UNIQUE KEY `uid_group_id` (`uid`,`group_id`),
    KEY `uid` (`uid`),
    KEY `group_id` (`group_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='管理权限分组表';

-- ----------------------------
-- Table structure for `__PREFIX__admin_log`
-- ----------------------------
CREATE TABLE `__PREFIX__admin_log` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `admin_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '管理员ID',
    `username` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '管理员用户名',
    `url` varchar(1500) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '操作Url',
    `title` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '日志标题',
    `data` text COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '请求数据',
    `ip` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT 'IP',
    `useragent` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT 'User-Agent',
    `createtime` int(10) DEFAULT NULL COMMENT '操作时间',
    PRIMARY KEY (`id`),
    KEY `name` (`username`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='管理员日志表';

-- ----------------------------
-- Table structure for `__PREFIX__area`
-- ----------------------------
CREATE TABLE `__PREFIX__area` (
    `id` int(10) NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `pid` int(10) DEFAULT NULL COMMENT '父id',
    `shortname` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '简称',
    `name` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '名称',
    `mergename` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '全称',
    `level` tinyint(4) DEFAULT NULL COMMENT '层级:1=省,2=市,3=区/县',
    `pinyin` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '拼音',
    `code` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '长途区号',
    `zip` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '邮编',
    `first` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '首字母',
    `lng` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '经度',
    `lat` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT NULL COMMENT '纬度',
    PRIMARY KEY (`id`),
    KEY `pid` (`pid`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='地区表';

-- ----------------------------
-- Table structure for `__PREFIX__attachment`
-- ----------------------------
CREATE TABLE `__PREFIX__attachment` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `topic` varchar(20) NOT NULL DEFAULT '' COMMENT '细目',
    `admin_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '上传管理员ID',
    `user_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '上传用户ID',
    `url` varchar(255) NOT NULL DEFAULT '' COMMENT '物理路径',
    `width` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '宽度',
    `height` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '高度',
    `name` varchar(100) NOT NULL DEFAULT '' COMMENT '原始名称',
    `size` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '大小',
    `mimetype` varchar(100) NOT NULL DEFAULT '' COMMENT 'mime类型',
    `quote` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '上传(引用)次数',
    `storage` varchar(50) NOT NULL DEFAULT '' COMMENT '存储方式',
    `sha1` varchar(40) NOT NULL DEFAULT '' COMMENT 'sha1编码',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '上传时间',
    `lastuploadtime` int(10) unsigned DEFAULT NULL COMMENT '最后上传时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='附件表';

-- ----------------------------
-- Table structure for `__PREFIX__captcha`
-- ----------------------------
CREATE TABLE `__PREFIX__captcha` (
    `key` varchar(32) NOT NULL DEFAULT '' COMMENT '验证码Key',
    `code` varchar(32) NOT NULL DEFAULT '' COMMENT '验证码(加密后的,用于验证)',
    `captcha` varchar(6) NOT NULL DEFAULT '' COMMENT '验证码(供UniApp安卓二次生成图片)',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '创建时间',
    `expiretime` int(10) unsigned DEFAULT NULL COMMENT '过期时间',
    PRIMARY KEY (`key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='验证码表';

-- ----------------------------
-- Table structure for `__PREFIX__config`
-- ----------------------------
CREATE TABLE `__PREFIX__config` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '变量名',
    `group` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '分组',
    `title` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '变量标题',
    `tip` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '变量描述',
    `type` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '类型:string,number,radio,checkbox,switch,textarea,array,datetime,date,select,selects',
    `value` text COLLATE utf8mb4_unicode_ci COMMENT '变量值',
    `content` text COLLATE utf8mb4_unicode_ci COMMENT '字典数据',
    `rule` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '验证规则',
    `extend` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '扩展属性',
    `allow_del` tinyint(1) NOT NULL DEFAULT '0' COMMENT '允许删除:0=否,1=是',
    `weigh` int(10) NOT NULL DEFAULT '0' COMMENT '权重',
    PRIMARY KEY (`id`),
    UNIQUE KEY `name` (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='系统配置';

-- ----------------------------
-- Table structure for `__PREFIX__security_data_recycle_log`
-- ----------------------------
CREATE TABLE `__PREFIX__security_data_recycle_log` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `admin_id` int(11) unsigned NOT NULL DEFAULT '0' COMMENT '操作管理员',
    `recycle_id` int(11) unsigned NOT NULL DEFAULT '0' COMMENT '回收规则ID',
    `data` text COMMENT '回收的数据',
    `data_table` varchar(100) NOT NULL DEFAULT '' COMMENT '数据表',
    `primary_key` varchar(50) NOT NULL DEFAULT '' COMMENT '数据表主键',
    `is_restore` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '是否已还原:0=否,1=是',
    `ip` varchar(50) NOT NULL DEFAULT '' COMMENT '操作者IP',
    `useragent` varchar(255) NOT NULL DEFAULT '' COMMENT 'User Agent',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '删除时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='数据回收记录表';

-- ----------------------------
-- Table structure for `__PREFIX__security_sensitive_data_log`
-- ----------------------------
CREATE TABLE `__PREFIX__security_sensitive_data_log` (
    `id` int(11) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `admin_id` int(11) unsigned NOT NULL DEFAULT '0' COMMENT '管理员',
    `sensitive_id` int(11) unsigned NOT NULL DEFAULT '0' COMMENT '敏感数据规则ID',
    `data_table` varchar(100) NOT NULL DEFAULT '' COMMENT '所在数据表',
    `primary_key` varchar(50) NOT NULL DEFAULT '' COMMENT '数据表主键',
    `data_field` varchar(50) NOT NULL DEFAULT '' COMMENT '被修改字段',
    `data_comment` varchar(50) NOT NULL DEFAULT '' COMMENT '被修改项',
    `id_value` varchar(11) NOT NULL DEFAULT '' COMMENT '被修改项主键值',
    `before` text COMMENT '修改前',
    `after` text COMMENT '修改后',
    `ip` varchar(50) NOT NULL DEFAULT '' COMMENT '操作者IP',
    `useragent` varchar(255) NOT NULL DEFAULT '' COMMENT 'User Agent',
    `is_rollback` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '是否已回滚:0=否,1=是',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '修改时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='敏感数据修改记录';

-- ----------------------------
-- Table structure for `__PREFIX__token`
-- ----------------------------
CREATE TABLE `__PREFIX__token` (
    `token` varchar(50) COLLATE utf8mb4_unicode_ci NOT NULL COMMENT 'Token',
    `type` varchar(15) NOT NULL COMMENT '类型',
    `user_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '用户ID',
    `createtime` int(10) DEFAULT NULL COMMENT '创建时间',
    `expiretime` int(10) DEFAULT NULL COMMENT '过期时间',
    PRIMARY KEY (`token`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='用户Token表';

-- ----------------------------
-- Table structure for `__PREFIX__user`
-- ----------------------------
CREATE TABLE `__PREFIX__user` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT COMMENT 'ID',
    `group_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '分组ID',
    `username` varchar(32) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '用户名',
    `nickname` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '昵称',
    `email` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '邮箱地址',
    `mobile` varchar(11) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '手机号',
    `avatar` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '头像',
    `gender` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '性别:0=未知,1=男,2=女',
    `birthday` date DEFAULT NULL COMMENT '生日',
    `money` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '余额',
    `score` int(10) NOT NULL DEFAULT '0' COMMENT '积分',
    `lastlogintime` int(10) DEFAULT NULL COMMENT '上次登录时间',
    `lastloginip` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '登录IP',
    `loginfailure` tinyint(1) unsigned NOT NULL DEFAULT '0' COMMENT '失败次数',
    `joinip` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '加入IP',
    `jointime` int(10) DEFAULT NULL COMMENT '加入时间',
    `motto` varchar(100) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '签名',
    `password` varchar(32) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '密码',
    `salt` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '密码盐',
    `status` varchar(30) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '状态',
    `updatetime` int(10) DEFAULT NULL COMMENT '更新时间',
    `createtime` int(10) DEFAULT NULL COMMENT '创建时间',
    PRIMARY KEY (`id`),
    KEY `username` (`username`),
    KEY `email` (`email`),
    KEY `mobile` (`mobile`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='会员表';

-- ----------------------------
-- Table structure for `__PREFIX__user_group`
-- ----------------------------
CREATE TABLE `__PREFIX__user_group` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `name` varchar(50) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '组名',
    `rules` text COLLATE utf8mb4_unicode_ci COMMENT '权限节点',
    `half_rules` text COLLATE utf8mb4_unicode_ci NOT NULL COMMENT '半选中权限',
    `status` enum('1','0') COLLATE utf8mb4_unicode_ci DEFAULT '1' COMMENT '状态:0=禁用,1=启用',
    `updatetime` int(10) DEFAULT NULL COMMENT '更新时间',
    `createtime` int(10) DEFAULT NULL COMMENT '添加时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='会员组表';

-- ----------------------------
-- Table structure for `__PREFIX__user_money_log`
-- ----------------------------
CREATE TABLE `__PREFIX__user_money_log` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '会员ID',
    `money` int(10) NOT NULL DEFAULT '0' COMMENT '变更余额',
    `before` int(10) NOT NULL DEFAULT '0' COMMENT '变更前余额',
    `after` int(10) NOT NULL DEFAULT '0' COMMENT '变更后余额',
    `memo` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '备注',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '创建时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='会员余额变动表';

-- ----------------------------
-- Table structure for `__PREFIX__user_score_log`
-- ----------------------------
CREATE TABLE `__PREFIX__user_score_log` (
    `id` int(10) unsigned NOT NULL AUTO_INCREMENT,
    `user_id` int(10) unsigned NOT NULL DEFAULT '0' COMMENT '会员ID',
    `score` int(10) NOT NULL DEFAULT '0' COMMENT '变更积分',
    `before` int(10) NOT NULL DEFAULT '0' COMMENT '变更前积分',
    `after` int(10) NOT NULL DEFAULT '0' COMMENT '变更后积分',
    `memo` varchar(255) COLLATE utf8mb4_unicode_ci DEFAULT '' COMMENT '备注',
    `createtime` int(10) unsigned DEFAULT NULL COMMENT '创建时间',
    PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='会员积分变动表';
