-- dialect: mysql
-- 家校通 平台数据库 v2.3

DROP TABLE IF EXISTS `jx_school`;
CREATE TABLE `jx_school` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `school_name` varchar(100) NOT NULL COMMENT '学校名称',
  `school_code` varchar(20) DEFAULT NULL COMMENT '教育局学校代码',
  `province` varchar(20) DEFAULT NULL COMMENT '所在省份',
  `address` varchar(200) DEFAULT NULL COMMENT '学校地址',
  `tel` varchar(20) DEFAULT NULL COMMENT '学校办公电话',
  `principal_name` varchar(30) DEFAULT NULL COMMENT '校长姓名',
  `create_time` datetime DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学校';

DROP TABLE IF EXISTS `jx_teacher`;
CREATE TABLE `jx_teacher` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `school_id` bigint NOT NULL COMMENT '学校ID',
  `teacher_no` varchar(20) DEFAULT NULL COMMENT '工号',
  `real_name` varchar(30) NOT NULL COMMENT '教师姓名',
  `mobile` varchar(11) DEFAULT NULL COMMENT '手机号',
  `subject` varchar(20) DEFAULT NULL COMMENT '任教科目',
  `title` varchar(20) DEFAULT NULL COMMENT '职称',
  `avatar` varchar(255) DEFAULT NULL COMMENT '头像',
  `password` varchar(100) DEFAULT NULL COMMENT '登录密码(BCrypt)',
  `status` tinyint DEFAULT 1 COMMENT '状态 1在职 0离职',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='教师';

DROP TABLE IF EXISTS `jx_class`;
CREATE TABLE `jx_class` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `school_id` bigint NOT NULL COMMENT '学校ID',
  `grade` tinyint NOT NULL COMMENT '年级',
  `class_name` varchar(30) NOT NULL COMMENT '班级名称 如 三年级二班',
  `head_teacher_id` bigint DEFAULT NULL COMMENT '班主任ID',
  `enroll_year` smallint DEFAULT NULL COMMENT '入学年份',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='班级';

DROP TABLE IF EXISTS `jx_student`;
CREATE TABLE `jx_student` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `class_id` bigint NOT NULL COMMENT '班级ID',
  `student_no` varchar(30) DEFAULT NULL COMMENT '全国学籍号',
  `xm` varchar(30) NOT NULL COMMENT '学生姓名',
  `xb` char(1) DEFAULT NULL COMMENT '性别 M男 F女',
  `csrq` date DEFAULT NULL COMMENT '出生日期',
  `sfzh` varchar(18) DEFAULT NULL COMMENT '身份证号',
  `mz` varchar(10) DEFAULT NULL COMMENT '民族',
  `home_addr` varchar(200) DEFAULT NULL COMMENT '家庭住址',
  `photo` varchar(255) DEFAULT NULL COMMENT '学生照片',
  `is_boarder` tinyint DEFAULT 0 COMMENT '是否住校',
  `health_note` varchar(500) DEFAULT NULL COMMENT '健康状况/过敏史',
  `is_left_behind` tinyint DEFAULT 0 COMMENT '是否留守儿童',
  `del_flag` char(1) DEFAULT '0' COMMENT '删除标志',
  `create_by` varchar(64) DEFAULT '' COMMENT '创建者',
  `create_time` datetime DEFAULT NULL COMMENT '创建时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学生';

DROP TABLE IF EXISTS `jx_parent`;
CREATE TABLE `jx_parent` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `nick_name` varchar(50) DEFAULT NULL COMMENT '微信昵称',
  `open_id` varchar(64) DEFAULT NULL COMMENT '微信openid',
  `union_id` varchar(64) DEFAULT NULL COMMENT '微信unionid',
  `real_name` varchar(30) DEFAULT NULL COMMENT '家长姓名',
  `phone` varchar(11) NOT NULL COMMENT '手机号码',
  `work_unit` varchar(100) DEFAULT NULL COMMENT '工作单位',
  `occupation` varchar(50) DEFAULT NULL COMMENT '职业',
  `session_key` varchar(128) DEFAULT NULL COMMENT '小程序会话密钥',
  `last_login_ip` varchar(64) DEFAULT NULL COMMENT '最后登录IP',
  `last_login_time` datetime DEFAULT NULL COMMENT '最后登录时间',
  `create_time` datetime DEFAULT NULL COMMENT '注册时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='家长';

DROP TABLE IF EXISTS `jx_student_parent`;
CREATE TABLE `jx_student_parent` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `parent_id` bigint NOT NULL COMMENT '家长ID',
  `relation` varchar(10) DEFAULT NULL COMMENT '与学生关系 父亲/母亲/爷爷...',
  `is_guardian` tinyint DEFAULT 1 COMMENT '是否监护人',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学生家长关联';

DROP TABLE IF EXISTS `jx_score`;
CREATE TABLE `jx_score` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `exam_name` varchar(50) DEFAULT NULL COMMENT '考试名称 如 期中考试',
  `subject` varchar(20) DEFAULT NULL COMMENT '科目',
  `score` decimal(5,1) DEFAULT NULL COMMENT '成绩',
  `class_rank` int DEFAULT NULL COMMENT '班级排名',
  `teacher_comment` varchar(500) DEFAULT NULL COMMENT '教师评语',
  `exam_date` date DEFAULT NULL COMMENT '考试日期',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='成绩';

DROP TABLE IF EXISTS `jx_leave`;
CREATE TABLE `jx_leave` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `leave_no` varchar(32) DEFAULT NULL COMMENT '请假单号',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `apply_parent_id` bigint DEFAULT NULL COMMENT '申请家长ID',
  `leave_type` tinyint DEFAULT NULL COMMENT '类型 1病假 2事假',
  `reason` varchar(500) DEFAULT NULL COMMENT '请假事由',
  `start_time` datetime DEFAULT NULL COMMENT '开始时间',
  `end_time` datetime DEFAULT NULL COMMENT '结束时间',
  `attachment` varchar(255) DEFAULT NULL COMMENT '病历/证明图片',
  `approve_status` tinyint DEFAULT 0 COMMENT '审批状态',
  `approver` varchar(30) DEFAULT NULL COMMENT '审批人',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='请假';

DROP TABLE IF EXISTS `jx_temperature`;
CREATE TABLE `jx_temperature` (
  `id` bigint NOT NULL AUTO_INCREMENT COMMENT '主键',
  `student_id` bigint NOT NULL COMMENT '学生ID',
  `check_date` date NOT NULL COMMENT '打卡日期',
  `temperature` decimal(3,1) DEFAULT NULL COMMENT '体温(℃)',
  `symptoms` varchar(200) DEFAULT NULL COMMENT '症状 咳嗽/乏力等',
  `location` varchar(100) DEFAULT NULL COMMENT '打卡定位地址',
  `lng` decimal(10,6) DEFAULT NULL COMMENT '经度',
  `lat` decimal(10,6) DEFAULT NULL COMMENT '纬度',
  `health_code_color` varchar(10) DEFAULT NULL COMMENT '健康码颜色',
  `submit_time` datetime DEFAULT NULL COMMENT '提交时间',
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='体温打卡';

DROP TABLE IF EXISTS `jx_config`;
CREATE TABLE `jx_config` (
  `config_key` varchar(64) NOT NULL COMMENT '参数键',
  `config_value` varchar(500) DEFAULT NULL COMMENT '参数值',
  `remark` varchar(200) DEFAULT NULL COMMENT '备注',
  `update_time` datetime DEFAULT NULL COMMENT '更新时间',
  PRIMARY KEY (`config_key`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='系统参数配置';
