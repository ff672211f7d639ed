-- dialect: mysql
-- 少儿在线教育平台：学员(多为14岁以下)、家长、班级、作业

CREATE TABLE parent (
  parent_id     BIGINT NOT NULL AUTO_INCREMENT COMMENT '家长ID',
  phone         VARCHAR(20) NOT NULL COMMENT '家长手机号(登录账号)',
  password      VARCHAR(100) NOT NULL COMMENT '登录密码(bcrypt)',
  name          VARCHAR(30) DEFAULT NULL COMMENT '家长姓名',
  id_card       VARCHAR(18) DEFAULT NULL COMMENT '身份证号(实名认证)',
  wechat_openid VARCHAR(64) DEFAULT NULL COMMENT '微信openid',
  consent_signed_at DATETIME DEFAULT NULL COMMENT '监护人同意书签署时间',
  consent_version VARCHAR(10) DEFAULT NULL COMMENT '同意书版本',
  create_time   DATETIME DEFAULT CURRENT_TIMESTAMP COMMENT '创建时间',
  PRIMARY KEY (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='家长账户';

CREATE TABLE student (
  student_id    BIGINT NOT NULL AUTO_INCREMENT COMMENT '学员ID',
  parent_id     BIGINT NOT NULL COMMENT '家长ID',
  relation      VARCHAR(10) DEFAULT NULL COMMENT '与孩子关系：爸爸/妈妈/爷爷/奶奶',
  xingming      VARCHAR(30) NOT NULL COMMENT '学员姓名',
  english_name  VARCHAR(30) DEFAULT NULL COMMENT '英文名',
  xingbie       TINYINT DEFAULT NULL COMMENT '性别',
  chusheng_riqi DATE DEFAULT NULL COMMENT '出生日期',
  nianji        VARCHAR(10) DEFAULT NULL COMMENT '年级，如 三年级',
  xuexiao       VARCHAR(100) DEFAULT NULL COMMENT '就读学校',
  touxiang      VARCHAR(255) DEFAULT NULL COMMENT '头像',
  face_feature  VARBINARY(2048) DEFAULT NULL COMMENT '人脸特征值(上课签到)',
  level_code    VARCHAR(10) DEFAULT NULL COMMENT '课程级别 L1-L9',
  create_time   DATETIME DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (student_id),
  KEY idx_parent (parent_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='学员';

CREATE TABLE course (
  course_id     INT NOT NULL AUTO_INCREMENT,
  course_name   VARCHAR(100) NOT NULL COMMENT '课程名称',
  subject       VARCHAR(20) NOT NULL COMMENT '科目：英语/数学/编程',
  price         DECIMAL(10,2) NOT NULL COMMENT '课程价格',
  lesson_count  INT NOT NULL COMMENT '课时数',
  age_min       TINYINT DEFAULT NULL COMMENT '适龄下限',
  age_max       TINYINT DEFAULT NULL COMMENT '适龄上限',
  PRIMARY KEY (course_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='课程';

CREATE TABLE class_enrollment (
  id            BIGINT NOT NULL AUTO_INCREMENT,
  class_id      BIGINT NOT NULL COMMENT '班级ID',
  student_id    BIGINT NOT NULL COMMENT '学员ID',
  order_no      VARCHAR(32) NOT NULL COMMENT '购课订单号',
  paid_amount   DECIMAL(10,2) NOT NULL COMMENT '实付金额',
  remaining_lessons INT NOT NULL DEFAULT 0 COMMENT '剩余课时',
  enroll_time   DATETIME NOT NULL COMMENT '报名时间',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='班级报名';

CREATE TABLE homework (
  homework_id   BIGINT NOT NULL AUTO_INCREMENT,
  class_id      BIGINT NOT NULL,
  title         VARCHAR(100) NOT NULL COMMENT '作业标题',
  requirement   TEXT COMMENT '作业要求',
  deadline      DATETIME DEFAULT NULL COMMENT '截止时间',
  teacher_id    BIGINT NOT NULL COMMENT '布置老师',
  PRIMARY KEY (homework_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='作业';

CREATE TABLE homework_submission (
  id            BIGINT NOT NULL AUTO_INCREMENT,
  homework_id   BIGINT NOT NULL,
  student_id    BIGINT NOT NULL,
  answer_text   TEXT COMMENT '学员作答内容',
  audio_url     VARCHAR(255) DEFAULT NULL COMMENT '朗读录音',
  photo_urls    VARCHAR(1000) DEFAULT NULL COMMENT '作业拍照',
  score         DECIMAL(5,1) DEFAULT NULL COMMENT '得分',
  teacher_comment VARCHAR(500) DEFAULT NULL COMMENT '老师点评',
  submit_time   DATETIME DEFAULT NULL COMMENT '提交时间',
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='作业提交';

CREATE TABLE teacher (
  teacher_id    BIGINT NOT NULL AUTO_INCREMENT,
  real_name     VARCHAR(30) NOT NULL COMMENT '老师姓名',
  nick_name     VARCHAR(30) DEFAULT NULL COMMENT '对外展示昵称',
  mobile        VARCHAR(20) DEFAULT NULL COMMENT '手机号',
  teacher_cert_no VARCHAR(30) DEFAULT NULL COMMENT '教师资格证编号',
  hire_date     DATE DEFAULT NULL COMMENT '入职日期',
  hourly_pay    DECIMAL(8,2) DEFAULT NULL COMMENT '课时费',
  status        TINYINT DEFAULT 1,
  PRIMARY KEY (teacher_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='教师';
