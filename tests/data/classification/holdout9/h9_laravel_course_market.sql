-- dialect: sqlite
-- "Skillhive" online-course marketplace, Laravel 10 app, database/database.sqlite
-- dumped with `php artisan schema:dump` style and tidied by hand.
-- Instructors publish courses, learners enrol, instructors are paid out monthly.

CREATE TABLE IF NOT EXISTS "users" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" varchar NOT NULL,
    "email" varchar NOT NULL,
    "email_verified_at" datetime,
    "password" varchar NOT NULL,
    "remember_token" varchar,
    "two_factor_secret" text,
    "two_factor_recovery_codes" text,
    "profile_photo_path" varchar(2048),
    "stripe_id" varchar,
    "pm_type" varchar,
    "pm_last_four" varchar(4),
    "locale" varchar(8) NOT NULL DEFAULT 'en',
    "timezone" varchar(64),
    "created_at" datetime,
    "updated_at" datetime,
    "deleted_at" datetime
);
CREATE UNIQUE INDEX "users_email_unique" ON "users" ("email");
CREATE INDEX "users_stripe_id_index" ON "users" ("stripe_id");

CREATE TABLE IF NOT EXISTS "instructor_profiles" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" integer NOT NULL,
    "headline" varchar,
    "bio" text,
    "website_url" varchar,
    "linkedin_url" varchar,
    "country_code" varchar(2),
    "tax_form_type" varchar(10),          -- W-9 / W-8BEN
    "tax_identification_number" varchar,  -- encrypted cast in the model
    "legal_name" varchar,
    "date_of_birth" date,
    "paypal_email" varchar,
    "iban" varchar(34),
    "swift_bic" varchar(11),
    "revenue_share_percent" numeric NOT NULL DEFAULT 50,
    "is_verified" tinyint(1) NOT NULL DEFAULT 0,
    "created_at" datetime,
    "updated_at" datetime,
    FOREIGN KEY("user_id") REFERENCES "users"("id") ON DELETE CASCADE
);

CREATE TABLE IF NOT EXISTS "courses" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "instructor_id" integer NOT NULL,
    "slug" varchar NOT NULL,
    "title" varchar NOT NULL,
    "description" text,
    "language" varchar(8) NOT NULL DEFAULT 'en',
    "level" varchar CHECK ("level" IN ('beginner', 'intermediate', 'advanced')),
    "price_cents" integer NOT NULL DEFAULT 0,
    "status" varchar NOT NULL DEFAULT 'draft',
    "created_at" datetime,
    "updated_at" datetime,
    FOREIGN KEY("instructor_id") REFERENCES "instructor_profiles"("id")
);
CREATE UNIQUE INDEX "courses_slug_unique" ON "courses" ("slug");

CREATE TABLE IF NOT EXISTS "enrollments" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "user_id" integer NOT NULL,
    "course_id" integer NOT NULL,
    "price_paid_cents" integer NOT NULL,
    "coupon_code" varchar,
    "progress_percent" integer NOT NULL DEFAULT 0,
    "completed_at" datetime,
    "certificate_uuid" varchar(36),
    "created_at" datetime,
    "updated_at" datetime,
    FOREIGN KEY("user_id") REFERENCES "users"("id"),
    FOREIGN KEY("course_id") REFERENCES "courses"("id")
);

CREATE TABLE IF NOT EXISTS "course_reviews" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "course_id" integer NOT NULL,
    "user_id" integer NOT NULL,
    "rating" tinyint NOT NULL,
    "body" text,
    "instructor_reply" text,
    "is_public" tinyint(1) NOT NULL DEFAULT 1,
    "created_at" datetime,
    "updated_at" datetime,
    FOREIGN KEY("course_id") REFERENCES "courses"("id"),
    FOREIGN KEY("user_id") REFERENCES "users"("id")
);

CREATE TABLE IF NOT EXISTS "payouts" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "instructor_id" integer NOT NULL,
    "period_start" date NOT NULL,
    "gross_cents" integer NOT NULL,
    "platform_fee_cents" integer NOT NULL,
    "net_cents" integer NOT NULL,
    "status" varchar NOT NULL DEFAULT 'pending',
    "stripe_transfer_id" varchar,
    "paid_at" datetime,
    "failure_reason" varchar,
    "created_at" datetime,
    FOREIGN KEY("instructor_id") REFERENCES "instructor_profiles"("id")
);

CREATE TABLE IF NOT EXISTS "personal_access_tokens" (
    "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL,
    "tokenable_type" varchar NOT NULL,
    "tokenable_id" integer NOT NULL,
    "name" varchar NOT NULL,
    "token" varchar(64) NOT NULL,
    "abilities" text,
    "last_used_at" datetime,
    "created_at" datetime
);
CREATE UNIQUE INDEX "personal_access_tokens_token_unique" ON "personal_access_tokens" ("token");

CREATE TABLE IF NOT EXISTS "sessions" (
    "id" varchar NOT NULL,
    "user_id" integer,
    "ip_address" varchar(45),
    "user_agent" text,
    "payload" text NOT NULL,
    "last_activity" integer NOT NULL,
    PRIMARY KEY ("id")
);
CREATE INDEX "sessions_user_id_index" ON "sessions" ("user_id");
CREATE INDEX "sessions_last_activity_index" ON "sessions" ("last_activity");
