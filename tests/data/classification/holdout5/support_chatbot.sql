-- dialect: postgres
-- privaudit holdout5: support_chatbot.sql (original schema written for evaluation)

CREATE TABLE cs_conversation (
  conversation_id bigint PRIMARY KEY,
  channel varchar(16),
  customer_uid bigint,
  visitor_cookie varchar(64),
  client_ip inet,
  ip_region varchar(64),
  started_at timestamptz,
  ended_at timestamptz,
  handoff_agent varchar(64),
  resolved boolean
);
COMMENT ON TABLE cs_conversation IS '客服会话';
COMMENT ON COLUMN cs_conversation.conversation_id IS '会话ID';
COMMENT ON COLUMN cs_conversation.channel IS '渠道 web/app/wechat';
COMMENT ON COLUMN cs_conversation.customer_uid IS '客户用户ID';
COMMENT ON COLUMN cs_conversation.visitor_cookie IS '匿名访客 cookie';
COMMENT ON COLUMN cs_conversation.client_ip IS '访客IP';
COMMENT ON COLUMN cs_conversation.ip_region IS 'IP归属地 省市';
COMMENT ON COLUMN cs_conversation.started_at IS '开始时间';
COMMENT ON COLUMN cs_conversation.ended_at IS '结束时间';
COMMENT ON COLUMN cs_conversation.handoff_agent IS '转人工坐席账号';
COMMENT ON COLUMN cs_conversation.resolved IS '是否解决';

CREATE TABLE cs_message (
  message_id bigint PRIMARY KEY,
  conversation_id bigint,
  sender_role varchar(8),
  content text,
  attachment_url varchar(500),
  voice_clip_url varchar(500),
  detected_intent varchar(64),
  confidence real,
  sent_at timestamptz
);
COMMENT ON TABLE cs_message IS '会话消息';
COMMENT ON COLUMN cs_message.sender_role IS 'customer/bot/agent';
COMMENT ON COLUMN cs_message.content IS '消息内容';
COMMENT ON COLUMN cs_message.attachment_url IS '客户上传的截图';
COMMENT ON COLUMN cs_message.voice_clip_url IS '语音消息';
COMMENT ON COLUMN cs_message.detected_intent IS '识别意图';
COMMENT ON COLUMN cs_message.confidence IS '意图置信度';
COMMENT ON COLUMN cs_message.sent_at IS '发送时间';

CREATE TABLE cs_customer_profile (
  customer_uid bigint PRIMARY KEY,
  nickname varchar(64),
  phone varchar(20),
  vip_level smallint,
  tags varchar(500),
  sentiment_score real,
  last_contact_at timestamptz
);
COMMENT ON TABLE cs_customer_profile IS '客户画像';
COMMENT ON COLUMN cs_customer_profile.nickname IS '昵称';
COMMENT ON COLUMN cs_customer_profile.phone IS '绑定手机';
COMMENT ON COLUMN cs_customer_profile.vip_level IS '会员等级';
COMMENT ON COLUMN cs_customer_profile.tags IS '用户标签 如 价格敏感、高频投诉';
COMMENT ON COLUMN cs_customer_profile.sentiment_score IS '近30天情绪分';

CREATE TABLE cs_feedback (
  feedback_id bigint PRIMARY KEY,
  conversation_id bigint,
  csat smallint,
  comment text,
  created_at timestamptz
);
COMMENT ON TABLE cs_feedback IS '满意度评价';
COMMENT ON COLUMN cs_feedback.csat IS '满意度 1-5';
COMMENT ON COLUMN cs_feedback.comment IS '客户留言';

CREATE TABLE cs_intent (
  intent_code varchar(64) PRIMARY KEY,
  display_name varchar(100),
  sample_utterances text,
  answer_template text,
  enabled boolean,
  updated_by varchar(64),
  updated_at timestamptz
);
COMMENT ON TABLE cs_intent IS '意图配置';
COMMENT ON COLUMN cs_intent.intent_code IS '意图编码';
COMMENT ON COLUMN cs_intent.display_name IS '意图名称';
COMMENT ON COLUMN cs_intent.sample_utterances IS '训练语料示例';
COMMENT ON COLUMN cs_intent.answer_template IS '回复模板';
COMMENT ON COLUMN cs_intent.updated_by IS '更新人';

CREATE TABLE cs_kb_article (
  article_id bigint PRIMARY KEY,
  title varchar(200),
  body text,
  view_count int,
  author_name varchar(64)
);
COMMENT ON TABLE cs_kb_article IS '知识库';
COMMENT ON COLUMN cs_kb_article.body IS '正文';
COMMENT ON COLUMN cs_kb_article.author_name IS '撰写人姓名';
