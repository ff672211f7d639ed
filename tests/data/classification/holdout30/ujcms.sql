-- dialect: mysql
-- source: dromara/ujcms database/mysql.sql @ 75a7aeac16fdaa77495d96f9acac253573c00a96 (Apache-2.0); subset of 12 tables (articles, attachments, org, groups, roles, tags, users), INSERTs dropped

CREATE TABLE ujcms_article
(
    id_               int        NOT NULL COMMENT '文章ID',
    site_id_          int        NOT NULL COMMENT '站点ID',
    org_id_           int        NOT NULL COMMENT '组织ID',
    channel_id_       int        NOT NULL COMMENT '栏目ID',
    user_id_          int        NOT NULL COMMENT '创建用户ID',
    modified_user_id_ int        NULL     DEFAULT NULL COMMENT '修改用户ID',
    publish_date_     datetime   NOT NULL COMMENT '发布日期',
    with_image_       tinyint(1) NOT NULL DEFAULT 0 COMMENT '是否有图片',
    sticky_           tinyint    NOT NULL DEFAULT 0 COMMENT '置顶',
    status_           tinyint    NOT NULL DEFAULT 0 COMMENT '状态(0:正常)',
    PRIMARY KEY (id_),
    INDEX idx_aritcle_channel (channel_id_),
    INDEX idx_article_website (site_id_),
    INDEX idx_article_user_modified (modified_user_id_),
    INDEX idx_article_user (user_id_),
    INDEX idx_article_org (org_id_),
    INDEX idx_article_publish_date (publish_date_)
) COMMENT = '文章表';

CREATE TABLE ujcms_article_buffer
(
    id_            int    NOT NULL COMMENT '文章ID',
    comments_      int    NOT NULL DEFAULT 0 COMMENT '评论次数',
    downloads_     int    NOT NULL DEFAULT 0 COMMENT '下载次数',
    favorites_     int    NOT NULL DEFAULT 0 COMMENT '收藏次数',
    ups_           int    NOT NULL DEFAULT 0 COMMENT '顶',
    downs_         int    NOT NULL DEFAULT 0 COMMENT '踩',
    views_         bigint NOT NULL DEFAULT 0 COMMENT '浏览次数',
    day_views_     int    NOT NULL DEFAULT 0 COMMENT '日浏览次数',
    week_views_    int    NOT NULL DEFAULT 0 COMMENT '周浏览次数',
    month_views_   int    NOT NULL DEFAULT 0 COMMENT '月浏览次数',
    quarter_views_ int    NOT NULL DEFAULT 0 COMMENT '季浏览次数',
    year_views_    bigint NOT NULL DEFAULT 0 COMMENT '年浏览次数',
    stat_day_      int    NOT NULL DEFAULT 0 COMMENT '统计日',
    PRIMARY KEY (id_)
) COMMENT = '文章缓冲表';

CREATE TABLE ujcms_article_ext
(
    id_                 int           NOT NULL COMMENT '文章ID',
    title_              varchar(150)  NOT NULL COMMENT '标题',
    subtitle_           varchar(150)  NULL COMMENT '副标题',
    full_title_         varchar(150)  NULL COMMENT '完整标题',
    alias_              varchar(150)  NULL     DEFAULT NULL COMMENT '别名',
    link_url_           varchar(255)  NULL     DEFAULT NULL COMMENT '转向链接地址',
    target_blank_       tinyint(1)    NOT NULL DEFAULT 0 COMMENT '是否新窗口打开',
    seo_keywords_       varchar(150)  NULL     DEFAULT NULL COMMENT 'SEO关键词',
    seo_description_    varchar(1000) NULL     DEFAULT NULL COMMENT '摘要',
    author_             varchar(50)   NULL     DEFAULT NULL COMMENT '作者',
    editor_             varchar(50)   NULL COMMENT '编辑',
    source_             varchar(50)   NULL     DEFAULT NULL COMMENT '来源',
    offline_date_       datetime      NULL     DEFAULT NULL COMMENT '下线日期',
    sticky_date_        datetime      NULL     DEFAULT NULL COMMENT '置顶时间',
    image_              varchar(255)  NULL     DEFAULT NULL COMMENT '图片',
    video_              varchar(255)  NULL     DEFAULT NULL COMMENT '视频',
    video_time_         varchar(10)   NULL     DEFAULT NULL COMMENT '视频时长',
    file_               varchar(255)  NULL COMMENT '文件',
    file_name_          varchar(100)  NULL COMMENT '文件名称',
    file_length_        bigint        NULL COMMENT '文件大小',
    doc_                varchar(255)  NULL     DEFAULT NULL COMMENT '文库',
    doc_name_           varchar(100)  NULL     DEFAULT NULL COMMENT '文库名称',
    doc_length_         bigint        NULL     DEFAULT NULL COMMENT '文库大小',
    article_template_   varchar(255)  NULL     DEFAULT NULL COMMENT '独立模板',
    allow_comment_      tinyint(1)    NOT NULL DEFAULT 1 COMMENT '是否允许评论',
    static_file_        varchar(255)  NULL     DEFAULT NULL COMMENT '静态页文件',
    mobile_static_file_ varchar(255)  NULL     DEFAULT NULL COMMENT '手机端静态页文件',
    created_            datetime      NOT NULL COMMENT '创建日期',
    modified_           datetime      NULL     DEFAULT NULL COMMENT '修改日期',
    text_               mediumtext    NULL COMMENT '正文',
    PRIMARY KEY (id_)
) COMMENT = '文章扩展表';

CREATE TABLE ujcms_attachment
(
    id_      int          NOT NULL COMMENT '附件ID',
    site_id_ int          NOT NULL COMMENT '站点ID',
    user_id_ int          NOT NULL COMMENT '用户ID',
    name_    varchar(100) NOT NULL COMMENT '文件名称',
    path_    varchar(100) NOT NULL COMMENT '存储路径',
    url_     varchar(100) NOT NULL COMMENT '访问路径',
    length_  bigint       NOT NULL COMMENT '文件长度',
    created_ datetime     NOT NULL COMMENT '创建时间',
    used_    tinyint(1)   NOT NULL DEFAULT 0 COMMENT '是否使用',
    PRIMARY KEY (id_),
    UNIQUE INDEX uk_attachment_url (url_),
    INDEX idx_attachment_site (site_id_),
    INDEX idx_attachment_user (user_id_)
) COMMENT = '附件表';

CREATE TABLE ujcms_group
(
    id_          int          NOT NULL COMMENT '用户组ID',
    name_        varchar(50)  NOT NULL COMMENT '名称',
    description_ varchar(255) NULL     DEFAULT NULL COMMENT '描述',
    type_        tinyint      NOT NULL DEFAULT 2 COMMENT '类型(1:系统,2:常规,3:IP组)',
    order_       smallint     NOT NULL DEFAULT 32767 COMMENT '排序',
    PRIMARY KEY (id_)
) COMMENT = '用户组表';

CREATE TABLE ujcms_org
(
    id_        int          NOT NULL COMMENT '组织ID',
    parent_id_ int          NULL     DEFAULT NULL COMMENT '上级组织ID',
    name_      varchar(50)  NOT NULL COMMENT '名称',
    phone_     varchar(100) NULL     DEFAULT NULL COMMENT '电话',
    address_   varchar(255) NULL     DEFAULT NULL COMMENT '地址',
    contacts_  varchar(100) NULL     DEFAULT NULL COMMENT '联系人',
    depth_     smallint     NOT NULL DEFAULT 1 COMMENT '层级',
    order_     smallint     NOT NULL DEFAULT 32767 COMMENT '排序',
    PRIMARY KEY (id_),
    INDEX idx_org_parent (parent_id_)
) COMMENT = '组织表';

CREATE TABLE ujcms_role
(
    id_          int          NOT NULL COMMENT '角色ID',
    site_id_     int          NULL     DEFAULT NULL COMMENT '站点ID',
    name_        varchar(50)  NOT NULL COMMENT '名称',
    description_ varchar(255) NULL     DEFAULT NULL COMMENT '描述',
    permission_  mediumtext   NULL COMMENT '功能权限',
    rank_        smallint     NOT NULL DEFAULT 32767 COMMENT '等级',
    order_       smallint     NOT NULL DEFAULT 32767 COMMENT '排序',
    PRIMARY KEY (id_),
    INDEX idx_role_site (site_id_)
) COMMENT = '角色表';

CREATE TABLE ujcms_tag
(
    id_          int           NOT NULL COMMENT 'TagID',
    site_id_     int           NOT NULL COMMENT '站点ID',
    user_id_     int           NOT NULL COMMENT '创建用户ID',
    name_        varchar(50)   NOT NULL COMMENT '名称',
    description_ varchar(1000) NULL COMMENT '描述',
    created_     datetime      NOT NULL COMMENT '创建时间',
    refers_      int           NOT NULL DEFAULT 0 COMMENT '引用数量',
    PRIMARY KEY (id_),
    INDEX idx_tag_site (site_id_),
    INDEX idx_tag_user (user_id_)
) COMMENT = 'Tag标签表';

CREATE TABLE ujcms_user
(
    id_           int          NOT NULL COMMENT '用户ID',
    group_id_     int          NOT NULL COMMENT '用户组ID',
    org_id_       int          NOT NULL COMMENT '组织ID',
    username_     varchar(50)  NOT NULL COMMENT '用户名',
    password_     varchar(128) NOT NULL DEFAULT '0' COMMENT '密码',
    salt_         varchar(32)  NOT NULL DEFAULT '0' COMMENT '密码混淆码',
    email_        varchar(50)  NULL     DEFAULT NULL COMMENT '电子邮箱',
    mobile_       varchar(50)  NULL     DEFAULT NULL COMMENT '手机号码',
    alias_        varchar(50)  NULL     DEFAULT NULL COMMENT '博客地址',
    display_name_ varchar(50)  NULL COMMENT '显示名',
    avatar_       varchar(255) NULL     DEFAULT NULL COMMENT '头像URL',
    rank_         smallint     NOT NULL DEFAULT 999 COMMENT '等级',
    status_       tinyint      NOT NULL DEFAULT 0 COMMENT '状态(0:正常,1:锁定)',
    PRIMARY KEY (id_),
    UNIQUE INDEX uk_username (username_),
    INDEX idx_user_org (org_id_),
    INDEX idx_user_group (group_id_)
) COMMENT = '用户表';

CREATE TABLE ujcms_user_ext
(
    id_          int           NOT NULL COMMENT '用户ID',
    real_name_   varchar(50)   NULL     DEFAULT NULL COMMENT '真实姓名',
    gender_      char(1)       NOT NULL DEFAULT 'm' COMMENT '性别(m:男,f:女,n:保密)',
    birthday_    datetime      NULL     DEFAULT NULL COMMENT '出生日期',
    location_    varchar(255)  NULL     DEFAULT NULL COMMENT '居住地',
    bio_         varchar(2000) NULL     DEFAULT NULL COMMENT '自我介绍',
    created_     datetime      NOT NULL COMMENT '创建日期',
    login_date_  datetime      NOT NULL COMMENT '最后登录日期',
    login_ip_    varchar(39)   NOT NULL DEFAULT 'localhost' COMMENT '最后登录IP',
    login_count_ int           NOT NULL DEFAULT 0 COMMENT '登录次数',
    error_date_  datetime      NOT NULL COMMENT '登录错误日期',
    error_count_ int           NOT NULL DEFAULT 0 COMMENT '登录错误次数',
    PRIMARY KEY (id_)
) COMMENT = '用户扩展表';

CREATE TABLE ujcms_user_openid
(
    user_id_          int          NOT NULL COMMENT '用户ID',
    provider_         varchar(20)  NOT NULL COMMENT '提供商',
    openid_           varchar(50)  NOT NULL COMMENT 'OPEN ID',
    unionid_          varchar(50)  NULL     DEFAULT NULL COMMENT '微信统一ID',
    display_name_     varchar(50)  NULL     DEFAULT NULL COMMENT '显示名',
    gender_           char(1)      NOT NULL DEFAULT 'm' COMMENT '性别(m:男,f:女,n:保密)',
    avatar_url_       varchar(255) NULL     DEFAULT NULL COMMENT '头像URL',
    large_avatar_url_ varchar(255) NULL     DEFAULT NULL COMMENT '大头像URL',
    PRIMARY KEY (user_id_, provider_)
) COMMENT = '用户OpenID表';

CREATE TABLE ujcms_user_role
(
    user_id_ int      NOT NULL COMMENT '用户ID',
    role_id_ int      NOT NULL COMMENT '角色ID',
    order_   smallint NOT NULL DEFAULT 9999 COMMENT '角色排序',
    PRIMARY KEY (user_id_, role_id_),
    INDEX idx_userrole_role (role_id_)
) COMMENT = '用户角色关联表';
