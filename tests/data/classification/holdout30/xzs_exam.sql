-- dialect: postgres
-- source: mindskip/xzs database/exam.sql @ 01807427ead64242232594b131b83d233f9d0090 (MIT); INSERTs and setval() calls dropped; COLLATE "pg_catalog"."default" clauses removed (the reader does not parse them)

-- ----------------------------
-- Table structure for t_user
-- ----------------------------
CREATE TABLE "public"."t_user" (
  "id" serial4 primary key,
  "user_uuid" uuid,
  "user_name" varchar(255),
  "password" varchar(255),
  "real_name" varchar(255),
  "age" int4,
  "sex" int4,
  "birth_day" timestamp(6),
  "user_level" int4,
  "phone" varchar(255),
  "role" int4,
  "status" int4,
  "image_path" varchar(255),
  "create_time" timestamp(6),
  "modify_time" timestamp(6),
  "last_active_time" timestamp(6),
  "deleted" bool
)
;
COMMENT ON COLUMN "public"."t_user"."user_name" IS '用户名';
COMMENT ON COLUMN "public"."t_user"."real_name" IS '真实姓名';
COMMENT ON COLUMN "public"."t_user"."sex" IS '1.男 2女';
COMMENT ON COLUMN "public"."t_user"."user_level" IS '学生年级(1-12)';
COMMENT ON COLUMN "public"."t_user"."role" IS '1.学生 2.老师 3.管理员';
COMMENT ON COLUMN "public"."t_user"."status" IS '1.启用 2禁用';
COMMENT ON COLUMN "public"."t_user"."image_path" IS '头像地址';
COMMENT ON COLUMN "public"."t_user"."deleted" IS '是否删除';

-- ----------------------------
-- Table structure for t_subject
-- ----------------------------
CREATE TABLE "public"."t_subject" (
  "id" serial4 primary key,
  "name" varchar(255),
  "level" int4,
  "level_name" varchar(255),
  "item_order" int4
)
;
COMMENT ON COLUMN "public"."t_subject"."name" IS '语文 数学 英语 等';
COMMENT ON COLUMN "public"."t_subject"."level" IS '年级 (1-12) 小学 初中 高中  大学';
COMMENT ON COLUMN "public"."t_subject"."level_name" IS '一年级、二年级等';
COMMENT ON COLUMN "public"."t_subject"."item_order" IS '排序';

-- ----------------------------
-- Table structure for t_text_content
-- ----------------------------
CREATE TABLE "public"."t_text_content" (
  "id" serial4 primary key,
  "content" text,
  "create_time" timestamp(6)
)
;

-- ----------------------------
-- Table structure for t_question
-- ----------------------------
CREATE TABLE "public"."t_question" (
  "id" serial4 primary key,
  "question_type" int4,
  "subject_id" int4,
  "score" int4,
  "grade_level" int4,
  "difficult" int4,
  "correct" varchar(255),
  "info_text_content_id" int4,
  "create_user" int4,
  "status" int4,
  "create_time" timestamp(6),
  "deleted" bool
)
;
COMMENT ON COLUMN "public"."t_question"."question_type" IS '1.单选题  2.多选题  3.判断题 4.填空题 5.简答题';
COMMENT ON COLUMN "public"."t_question"."subject_id" IS '学科';
COMMENT ON COLUMN "public"."t_question"."score" IS '题目总分(千分制)';
COMMENT ON COLUMN "public"."t_question"."grade_level" IS '级别';
COMMENT ON COLUMN "public"."t_question"."difficult" IS '题目难度';
COMMENT ON COLUMN "public"."t_question"."correct" IS '正确答案';
COMMENT ON COLUMN "public"."t_question"."info_text_content_id" IS '题目  填空、 题干、解析、答案等信息';
COMMENT ON COLUMN "public"."t_question"."create_user" IS '创建人';
COMMENT ON COLUMN "public"."t_question"."status" IS '1.正常';
COMMENT ON COLUMN "public"."t_question"."create_time" IS '创建时间';
COMMENT ON COLUMN "public"."t_user"."deleted" IS '是否删除';

-- ----------------------------
-- Table structure for t_exam_paper
-- ----------------------------
CREATE TABLE "public"."t_exam_paper" (
  "id" serial4 primary key,
  "name" varchar(255),
  "subject_id" int4,
  "paper_type" int4,
  "grade_level" int4,
  "score" int4,
  "question_count" int4,
  "suggest_time" int4,
  "task_exam_id" int4,
  "limit_start_time" timestamp(6),
  "limit_end_time" timestamp(6),
  "frame_text_content_id" int4,
  "create_user" int4,
  "create_time" timestamp(6),
  "deleted" bool
)
;
COMMENT ON COLUMN "public"."t_exam_paper"."name" IS '试卷名称';
COMMENT ON COLUMN "public"."t_exam_paper"."subject_id" IS '学科';
COMMENT ON COLUMN "public"."t_exam_paper"."paper_type" IS '试卷类型( 1固定试卷  2临时试卷 3班级试卷 4.时段试卷 5.推送试卷)';
COMMENT ON COLUMN "public"."t_exam_paper"."grade_level" IS '级别';
COMMENT ON COLUMN "public"."t_exam_paper"."score" IS '试卷总分(千分制)';
COMMENT ON COLUMN "public"."t_exam_paper"."question_count" IS '题目数量';
COMMENT ON COLUMN "public"."t_exam_paper"."suggest_time" IS '建议时长(分钟)';
COMMENT ON COLUMN "public"."t_exam_paper"."limit_start_time" IS '时段试卷 开始时间';
COMMENT ON COLUMN "public"."t_exam_paper"."limit_end_time" IS '时段试卷 结束时间';
COMMENT ON COLUMN "public"."t_exam_paper"."frame_text_content_id" IS '试卷框架 内容为JSON';
COMMENT ON COLUMN "public"."t_user"."deleted" IS '是否删除';

-- ----------------------------
-- Table structure for t_exam_paper_answer
-- ----------------------------
CREATE TABLE "public"."t_exam_paper_answer" (
  "id" serial4 primary key,
  "exam_paper_id" int4,
  "paper_name" varchar(255),
  "paper_type" int4,
  "subject_id" int4,
  "system_score" int4,
  "user_score" int4,
  "paper_score" int4,
  "question_correct" int4,
  "question_count" int4,
  "do_time" int4,
  "task_exam_id" int4,
  "status" int4,
  "create_user" int4,
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_exam_paper_answer"."paper_name" IS '试卷名称';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."paper_type" IS '试卷类型( 1固定试卷  2临时试卷 3班级试卷 4.时段试卷 )';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."subject_id" IS '学科';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."system_score" IS '系统判定得分';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."user_score" IS '最终得分(千分制)';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."paper_score" IS '试卷总分';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."question_correct" IS '做对题目数量';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."question_count" IS '题目总数量';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."do_time" IS '做题时间(秒)';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."status" IS '试卷状态(1待判分 2完成)';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."create_user" IS '学生';
COMMENT ON COLUMN "public"."t_exam_paper_answer"."create_time" IS '提交时间';

-- ----------------------------
-- Table structure for t_exam_paper_question_customer_answer
-- ----------------------------
CREATE TABLE "public"."t_exam_paper_question_customer_answer" (
  "id" serial4 primary key,
  "question_id" int4,
  "exam_paper_id" int4,
  "exam_paper_answer_id" int4,
  "question_type" int4,
  "subject_id" int4,
  "customer_score" int4,
  "question_score" int4,
  "question_text_content_id" int4,
  "answer" varchar(255),
  "text_content_id" int4,
  "do_right" bool,
  "item_order" int4,
  "create_user" int4,
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."question_id" IS '题目Id';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."exam_paper_id" IS '答案Id';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."question_type" IS '题型';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."subject_id" IS '学科';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."customer_score" IS '得分';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."question_score" IS '题目原始分数';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."question_text_content_id" IS '问题内容';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."answer" IS '做题答案';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."text_content_id" IS '做题内容';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."do_right" IS '是否正确';
COMMENT ON COLUMN "public"."t_exam_paper_question_customer_answer"."create_user" IS '做题人';

-- ----------------------------
-- Table structure for t_user_event_log
-- ----------------------------
CREATE TABLE "public"."t_user_event_log" (
  "id" serial4 primary key,
  "user_id" int4,
  "user_name" varchar(255),
  "real_name" varchar(255),
  "content" text,
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_user_event_log"."user_id" IS '用户id';
COMMENT ON COLUMN "public"."t_user_event_log"."user_name" IS '用户名';
COMMENT ON COLUMN "public"."t_user_event_log"."real_name" IS '真实姓名';
COMMENT ON COLUMN "public"."t_user_event_log"."content" IS '内容';
COMMENT ON COLUMN "public"."t_user_event_log"."create_time" IS '时间';

-- ----------------------------
-- Table structure for t_message
-- ----------------------------
CREATE TABLE "public"."t_message" (
  "id" serial4 primary key,
  "title" varchar(255),
  "content" varchar(500),
  "send_user_id" int4,
  "send_user_name" varchar(255),
  "send_real_name" varchar(255),
  "read_count" int4,
  "receive_user_count" int4,
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_message"."title" IS '标题';
COMMENT ON COLUMN "public"."t_message"."content" IS '内容';
COMMENT ON COLUMN "public"."t_message"."send_user_id" IS '发送者用户ID';
COMMENT ON COLUMN "public"."t_message"."send_user_name" IS '发送者用户名';
COMMENT ON COLUMN "public"."t_message"."send_real_name" IS '发送者真实姓名';
COMMENT ON COLUMN "public"."t_message"."receive_user_count" IS '接收人数';
COMMENT ON COLUMN "public"."t_message"."read_count" IS '已读人数';

-- ----------------------------
-- Table structure for t_message_user
-- ----------------------------
CREATE TABLE "public"."t_message_user" (
  "id" serial4 primary key,
  "message_id" int4,
  "receive_user_id" int4,
  "receive_user_name" varchar(255),
  "receive_real_name" varchar(255),
  "readed" bool,
  "read_time" timestamp(6),
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_message_user"."message_id" IS '消息内容ID';
COMMENT ON COLUMN "public"."t_message_user"."receive_user_id" IS '接收人ID';
COMMENT ON COLUMN "public"."t_message_user"."receive_user_name" IS '接收人用户名';
COMMENT ON COLUMN "public"."t_message_user"."receive_real_name" IS '接收人真实姓名';
COMMENT ON COLUMN "public"."t_message_user"."readed" IS '是否已读';
COMMENT ON COLUMN "public"."t_message_user"."read_time" IS '阅读时间';

-- ----------------------------
-- Table structure for t_task_exam
-- ----------------------------
CREATE TABLE "public"."t_task_exam" (
  "id" serial4 primary key,
  "title" varchar(255),
  "grade_level" int4,
  "frame_text_content_id" int4,
  "create_user" int4,
  "create_user_name" varchar(255),
  "create_time" timestamp(6),
  "deleted" bool
)
;
COMMENT ON COLUMN "public"."t_task_exam"."grade_level" IS '级别';
COMMENT ON COLUMN "public"."t_task_exam"."frame_text_content_id" IS '任务框架 内容为JSON';

-- ----------------------------
-- Table structure for t_task_exam_customer_answer
-- ----------------------------
CREATE TABLE "public"."t_task_exam_customer_answer" (
  "id" serial4 primary key,
  "task_exam_id" int4,
  "text_content_id" int4,
  "create_user" int4,
  "create_time" timestamp(6)
)
;
COMMENT ON COLUMN "public"."t_task_exam_customer_answer"."text_content_id" IS '任务完成情况(Json)';
