-- dialect: postgres
-- Django-style web application (auth, sessions, tokens, admin log, profiles).
-- Written for the privaudit classification hold-out set; column layout follows the
-- framework's conventions but the file is original.

CREATE TABLE "auth_user" (
    "id" serial NOT NULL PRIMARY KEY,
    "password" varchar(128) NOT NULL,
    "last_login" timestamp with time zone NULL,
    "is_superuser" boolean NOT NULL,
    "username" varchar(150) NOT NULL UNIQUE,
    "first_name" varchar(150) NOT NULL,
    "last_name" varchar(150) NOT NULL,
    "email" varchar(254) NOT NULL,
    "is_staff" boolean NOT NULL,
    "is_active" boolean NOT NULL,
    "date_joined" timestamp with time zone NOT NULL
);

CREATE TABLE "django_session" (
    "session_key" varchar(40) NOT NULL PRIMARY KEY,
    "session_data" text NOT NULL,
    "expire_date" timestamp with time zone NOT NULL
);

CREATE TABLE "authtoken_token" (
    "key" varchar(40) NOT NULL PRIMARY KEY,
    "created" timestamp with time zone NOT NULL,
    "user_id" integer NOT NULL UNIQUE
);

CREATE TABLE "accounts_profile" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "user_id" integer NOT NULL UNIQUE,
    "display_name" varchar(80) NOT NULL,
    "bio" text NOT NULL,
    "avatar" varchar(100) NULL,
    "website" varchar(200) NOT NULL,
    "timezone" varchar(63) NOT NULL,
    "locale" varchar(10) NOT NULL,
    "totp_secret" varchar(32) NULL,
    "marketing_opt_in" boolean NOT NULL,
    "theme" varchar(10) NOT NULL
);

CREATE TABLE "accounts_loginattempt" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "username_tried" varchar(150) NOT NULL,
    "ip_address" inet NULL,
    "user_agent" text NOT NULL,
    "success" boolean NOT NULL,
    "attempted_at" timestamp with time zone NOT NULL
);

CREATE TABLE "django_admin_log" (
    "id" serial NOT NULL PRIMARY KEY,
    "action_time" timestamp with time zone NOT NULL,
    "object_id" text NULL,
    "object_repr" varchar(200) NOT NULL,
    "action_flag" smallint NOT NULL,
    "change_message" text NOT NULL,
    "content_type_id" integer NULL,
    "user_id" integer NOT NULL
);

CREATE TABLE "social_auth_usersocialauth" (
    "id" serial NOT NULL PRIMARY KEY,
    "provider" varchar(32) NOT NULL,
    "uid" varchar(255) NOT NULL,
    "extra_data" jsonb NOT NULL,
    "user_id" integer NOT NULL
);

CREATE TABLE "webhooks_delivery" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "endpoint_url" varchar(500) NOT NULL,
    "user_agent" varchar(200) NOT NULL,
    "signing_secret" varchar(64) NOT NULL,
    "response_status" smallint NULL,
    "attempts" smallint NOT NULL,
    "sent_at" timestamp with time zone NULL
);

CREATE TABLE "django_site" (
    "id" serial NOT NULL PRIMARY KEY,
    "domain" varchar(100) NOT NULL UNIQUE,
    "name" varchar(50) NOT NULL
);

CREATE TABLE "django_migrations" (
    "id" bigserial NOT NULL PRIMARY KEY,
    "app" varchar(255) NOT NULL,
    "name" varchar(255) NOT NULL,
    "applied" timestamp with time zone NOT NULL
);

CREATE TABLE "core_sitesetting" (
    "id" serial NOT NULL PRIMARY KEY,
    "default_timezone" varchar(63) NOT NULL,
    "default_locale" varchar(10) NOT NULL,
    "support_email" varchar(254) NOT NULL,
    "maintenance_mode" boolean NOT NULL
);
