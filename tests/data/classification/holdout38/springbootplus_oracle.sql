-- dialect: oracle
-- source: https://github.com/geekidea/spring-boot-plus  path: docs/db/oracle_spring_boot_plus.sql  commit: 1e07a40982d1e54b25c8b2ff4f8d70b2cd005e88  (Apache-2.0; all tables kept verbatim; a ';' added before each SQL*Plus '/' so the reader splits statements; CREATE INDEX / CREATE SEQUENCE / INSERT statements dropped)
/*
 * Copyright 2019-2029 geekidea(https://github.com/geekidea)
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
*/

create table IP
(
    ID           NUMBER(20)    not null
        constraint IP_PK
        primary key,
    IP_START     VARCHAR2(15)  not null,
    IP_END       VARCHAR2(15)  not null,
    AREA         VARCHAR2(100) not null,
    OPERATOR     VARCHAR2(200) not null,
    IP_START_NUM NUMBER(20)    not null,
    IP_END_NUM   NUMBER(20)    not null
);
    /

create table SYS_LOG
(
    LOG_ID      NUMBER(20) not null
        constraint SYS_LOG_PK
        primary key,
    TYPE        NUMBER(1),
    CONTENT     VARCHAR2(255),
    CREATE_ID   NUMBER(20),
    CREATE_TIME DATE default sysdate
);
    /

comment on table SYS_LOG is '系统日志';
/

comment on column SYS_LOG.LOG_ID is '主键';
/

comment on column SYS_LOG.CONTENT is '内容';
/

comment on column SYS_LOG.CREATE_ID is '创建人ID';
/

comment on column SYS_LOG.CREATE_TIME is '创建时间';
/

create table FOO_BAR
(
    ID          NUMBER(20)   not null
        constraint FOO_BAR_PK
        primary key,
    NAME        VARCHAR2(20) not null,
    FOO         VARCHAR2(20),
    BAR         VARCHAR2(20) not null,
    REMARK      VARCHAR2(200),
    STATE       NUMBER(11) default '1',
    VERSION     NUMBER(11) default '0',
    CREATE_TIME DATE       default sysdate,
    UPDATE_TIME DATE
);
    /

comment on table FOO_BAR is 'FooBar';
/

comment on column FOO_BAR.ID is '主键';
/

comment on column FOO_BAR.NAME is '名称';
/

comment on column FOO_BAR.FOO is 'Foo';
/

comment on column FOO_BAR.BAR is 'Bar';
/

comment on column FOO_BAR.REMARK is '备注';
/

comment on column FOO_BAR.STATE is '状态，0：禁用，1：启用';
/

comment on column FOO_BAR.VERSION is '版本';
/

comment on column FOO_BAR.CREATE_TIME is '创建时间';
/

comment on column FOO_BAR.UPDATE_TIME is '修改时间';
/

create table SYS_DEPARTMENT
(
    ID          NUMBER(20)   not null,
    NAME        VARCHAR2(32) not null,
    PARENT_ID   NUMBER(20),
    "LEVEL"     NUMBER(2),
    STATE       NUMBER(11) default '1',
    SORT        NUMBER(11) default '0',
    REMARK      VARCHAR2(200),
    VERSION     NUMBER(11) default '0',
    CREATE_TIME DATE       default sysdate,
    UPDATE_TIME DATE
);
    /

comment on table SYS_DEPARTMENT is '部门';
/

comment on column SYS_DEPARTMENT.ID is '主键';
/

comment on column SYS_DEPARTMENT.NAME is '部门名称';
/

comment on column SYS_DEPARTMENT.PARENT_ID is '父id';
/

comment on column SYS_DEPARTMENT."LEVEL" is '部门层级';
/

comment on column SYS_DEPARTMENT.STATE is '状态，0：禁用，1：启用';
/

comment on column SYS_DEPARTMENT.SORT is '排序';
/

comment on column SYS_DEPARTMENT.REMARK is '备注';
/

comment on column SYS_DEPARTMENT.VERSION is '版本';
/

comment on column SYS_DEPARTMENT.CREATE_TIME is '创建时间';
/

comment on column SYS_DEPARTMENT.UPDATE_TIME is '修改时间';
/

create table SYS_USER
(
    ID            NUMBER(20)   not null
        constraint SYS_USER_PK
        primary key,
    USERNAME      VARCHAR2(20) not null,
    NICKNAME      VARCHAR2(20),
    PASSWORD      VARCHAR2(64) not null,
    SALT          VARCHAR2(32),
    PHONE         VARCHAR2(20) not null,
    GENDER        NUMBER(11) default '1',
    HEAD          VARCHAR2(200),
    REMARK        VARCHAR2(200),
    STATE         NUMBER(11) default '1',
    DEPARTMENT_ID NUMBER(20)   not null,
    ROLE_ID       NUMBER(20)   not null,
    DELETED       NUMBER(11) default '0',
    VERSION       NUMBER(11) default '0',
    CREATE_TIME   DATE       default sysdate,
    UPDATE_TIME   DATE
);
    /

comment on table SYS_USER is '系统用户';
/

comment on column SYS_USER.ID is '主键';
/

comment on column SYS_USER.USERNAME is '用户名';
/

comment on column SYS_USER.NICKNAME is '昵称';
/

comment on column SYS_USER.PASSWORD is '密码';
/

comment on column SYS_USER.SALT is '盐值';
/

comment on column SYS_USER.PHONE is '手机号码';
/

comment on column SYS_USER.GENDER is '性别，0：女，1：男，默认1';
/

comment on column SYS_USER.HEAD is '头像';
/

comment on column SYS_USER.REMARK is 'remark';
/

comment on column SYS_USER.STATE is '状态，0：禁用，1：启用，2：锁定';
/

comment on column SYS_USER.DEPARTMENT_ID is '部门id';
/

comment on column SYS_USER.ROLE_ID is '角色id';
/

comment on column SYS_USER.DELETED is '逻辑删除，0：未删除，1：已删除';
/

comment on column SYS_USER.VERSION is '版本';
/

comment on column SYS_USER.CREATE_TIME is '创建时间';
/

comment on column SYS_USER.UPDATE_TIME is '修改时间';
/

create table SYS_ROLE
(
    ID          NUMBER(20)    not null,
    NAME        VARCHAR2(32)  not null,
    CODE        VARCHAR2(100) not null,
    TYPE        NUMBER(11),
    STATE       NUMBER(11) default '1',
    REMARK      VARCHAR2(200),
    VERSION     NUMBER(11) default '0',
    CREATE_TIME DATE       default sysdate,
    UPDATE_TIME DATE
);
    /

comment on table SYS_ROLE is '系统角色';
/

comment on column SYS_ROLE.ID is '主键';
/

comment on column SYS_ROLE.NAME is '角色名称';
/

comment on column SYS_ROLE.CODE is '角色唯一编码';
/

comment on column SYS_ROLE.TYPE is '角色类型';
/

comment on column SYS_ROLE.STATE is '角色状态，0：禁用，1：启用';
/

comment on column SYS_ROLE.REMARK is '备注';
/

comment on column SYS_ROLE.VERSION is '版本';
/

comment on column SYS_ROLE.CREATE_TIME is '创建时间';
/

comment on column SYS_ROLE.UPDATE_TIME is '修改时间';
/

create table SYS_PERMISSION
(
    ID          NUMBER(20)    not null
        constraint SYS_PERMISSION_PK
        primary key,
    NAME        VARCHAR2(32),
    PARENT_ID   NUMBER(20),
    URL         VARCHAR2(200),
    CODE        VARCHAR2(100) not null,
    ICON        VARCHAR2(100),
    TYPE        NUMBER(11)    not null,
    "level"     NUMBER(11)    not null,
    STATE       NUMBER(11) default '1',
    SORT        NUMBER(11) default '0',
    REMARK      VARCHAR2(200),
    VERSION     NUMBER(11) default '0',
    CREATE_TIME DATE       default sysdate,
    UPDATE_TIME DATE
);
    /

comment on table SYS_PERMISSION is '系统权限';
/

comment on column SYS_PERMISSION.ID is '主键';
/

comment on column SYS_PERMISSION.NAME is '权限名称';
/

comment on column SYS_PERMISSION.PARENT_ID is '父id';
/

comment on column SYS_PERMISSION.URL is '路径';
/

comment on column SYS_PERMISSION.CODE is '唯一编码';
/

comment on column SYS_PERMISSION.ICON is '图标';
/

comment on column SYS_PERMISSION.TYPE is '类型，1：菜单，2：按钮';
/

comment on column SYS_PERMISSION."level" is '层级，1：第一级，2：第二级，N：第N级';
/

comment on column SYS_PERMISSION.STATE is '状态，0：禁用，1：启用';
/

comment on column SYS_PERMISSION.SORT is '排序';
/

comment on column SYS_PERMISSION.REMARK is '备注';
/

comment on column SYS_PERMISSION.VERSION is '版本';
/

comment on column SYS_PERMISSION.CREATE_TIME is '创建时间';
/

comment on column SYS_PERMISSION.UPDATE_TIME is '修改时间';
/

create table SYS_ROLE_PERMISSION
(
    ID            NUMBER(20) not null
        constraint SYS_ROLE_PERMISSION_PK
        primary key,
    ROLE_ID       NUMBER(20) not null,
    PERMISSION_ID NUMBER(20) not null,
    STATE         NUMBER(11) default '1',
    REMARK        VARCHAR2(200),
    VERSION       NUMBER(11) default '0',
    CREATE_TIME   DATE       default sysdate,
    UPDATE_TIME   DATE
);
    /

comment on table SYS_ROLE_PERMISSION is '角色权限关系';
/

comment on column SYS_ROLE_PERMISSION.ID is '主键';
/

comment on column SYS_ROLE_PERMISSION.ROLE_ID is '角色id';
/

comment on column SYS_ROLE_PERMISSION.PERMISSION_ID is '权限id';
/

comment on column SYS_ROLE_PERMISSION.STATE is '状态，0：禁用，1：启用';
/

comment on column SYS_ROLE_PERMISSION.REMARK is '备注';
/

comment on column SYS_ROLE_PERMISSION.VERSION is '版本';
/

comment on column SYS_ROLE_PERMISSION.CREATE_TIME is '创建时间';
/

comment on column SYS_ROLE_PERMISSION.UPDATE_TIME is '修改时间';
/
