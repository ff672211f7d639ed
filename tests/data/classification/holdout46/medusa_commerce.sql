-- dialect: postgres
-- source: medusajs/medusa v2 modules as published on npm (@medusajs/customer, user, auth, order, cart 2.21.2; MIT), CREATE TABLE strings of dist/migrations/*.js (first migration creating each table); later ALTERs, indexes and FKs dropped

-- @medusajs/customer Migration20240124154000.js
create table if not exists "customer" ("id" text not null, "company_name" text null, "first_name" text null, "last_name" text null, "email" text null, "phone" text null, "has_account" boolean not null default false, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, "created_by" text null, constraint "customer_pkey" primary key ("id"));

-- @medusajs/customer Migration20240124154000.js
create table if not exists "customer_address" ("id" text not null, "customer_id" text not null, "address_name" text null, "is_default_shipping" boolean not null default false, "is_default_billing" boolean not null default false, "company" text null, "first_name" text null, "last_name" text null, "address_1" text null, "address_2" text null, "city" text null, "country_code" text null, "province" text null, "postal_code" text null, "phone" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "customer_address_pkey" primary key ("id"));

-- @medusajs/customer Migration20240124154000.js
create table if not exists "customer_group" ("id" text not null, "name" text null, "metadata" jsonb null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_group_pkey" primary key ("id"));

-- @medusajs/customer Migration20240124154000.js
create table if not exists "customer_group_customer" ("id" text not null, "customer_id" text not null, "customer_group_id" text not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "created_by" text null, constraint "customer_group_customer_pkey" primary key ("id"));

-- @medusajs/user Migration20240214033943.js
create table if not exists "user" ("id" text not null, "first_name" text null, "last_name" text null, "email" text not null, "avatar_url" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "user_pkey" primary key ("id"));

-- @medusajs/user Migration20240214033943.js
create table if not exists "invite" ("id" text not null, "email" text not null, "accepted" boolean not null default false, "token" text not null, "expires_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "invite_pkey" primary key ("id"));

-- @medusajs/auth Migration20240205025928.js
create table if not exists "auth_identity" ("id" text not null, "entity_id" text not null, "provider" text not null, "user_metadata" jsonb null, "app_metadata" jsonb null, "provider_metadata" jsonb null, constraint "auth_identity_pkey" primary key ("id"));

-- @medusajs/auth Migration20240529080336.js
create table if not exists "provider_identity" ("id" text not null, "entity_id" text not null, "provider" text not null, "auth_identity_id" text not null, "user_metadata" jsonb null, "provider_metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), constraint "provider_identity_pkey" primary key ("id"));

-- @medusajs/auth Migration20260514083900.js
create table if not exists "auth_mfa_factor" ("id" text not null, "auth_identity_id" text not null, "provider" text not null, "status" text not null, "provider_metadata" jsonb null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_mfa_factor_pkey" primary key ("id"));

-- @medusajs/auth Migration20260514083900.js
create table if not exists "auth_mfa_recovery_code" ("id" text not null, "auth_identity_id" text not null, "code_hash" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_mfa_recovery_code_pkey" primary key ("id"));

-- @medusajs/auth Migration20260525090000.js
create table if not exists "auth_verification_token" ("id" text not null, "auth_identity_id" text not null, "provider_identity_id" text not null, "entity_id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_verification_token_pkey" primary key ("id"));

-- @medusajs/auth Migration20260604120000.js
create table if not exists "auth_password_reset_token" ("id" text not null, "auth_identity_id" text not null, "provider_identity_id" text not null, "entity_id" text not null, "token_hash" text not null, "expires_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_password_reset_token_pkey" primary key ("id"));

-- @medusajs/auth Migration20260616075929.js
create table if not exists "auth_verification" ("id" text not null, "auth_identity_id" text not null, "entity_id" text not null, "entity_type" text not null, "code_provider" text not null, "verified_at" timestamptz null, "requested_at" timestamptz not null, "provider_metadata" jsonb null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "auth_verification_pkey" primary key ("id"));

-- @medusajs/order Migration20240219102530.js
CREATE TABLE IF NOT EXISTS "order" (
          "id" TEXT NOT NULL,
          "region_id" TEXT NULL,
          "display_id" SERIAL,
          "customer_id" TEXT NULL,
          "version" INTEGER NOT NULL DEFAULT 1,
          "sales_channel_id" TEXT NULL,
          "status" text NOT NULL,
          "is_draft_order" BOOLEAN NOT NULL DEFAULT false,
          "email" text NULL,
          "currency_code" text NOT NULL,
          "shipping_address_id" text NULL,
          "billing_address_id" text NULL,
          "no_notification" boolean NULL,
          "metadata" jsonb NULL,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "updated_at" timestamptz NOT NULL DEFAULT now(),
          "deleted_at" timestamptz NULL,
          "canceled_at" timestamptz NULL,
          CONSTRAINT "order_pkey" PRIMARY KEY ("id")
      );

-- @medusajs/order Migration20240219102530.js
CREATE TABLE IF NOT EXISTS "order_address" (
          "id" TEXT NOT NULL,
          "customer_id" TEXT NULL,
          "company" TEXT NULL,
          "first_name" TEXT NULL,
          "last_name" TEXT NULL,
          "address_1" TEXT NULL,
          "address_2" TEXT NULL,
          "city" TEXT NULL,
          "country_code" TEXT NULL,
          "province" TEXT NULL,
          "postal_code" TEXT NULL,
          "phone" TEXT NULL,
          "metadata" JSONB NULL,
          "created_at" TIMESTAMPTZ NOT NULL DEFAULT Now(),
          "updated_at" TIMESTAMPTZ NOT NULL DEFAULT Now(),
          CONSTRAINT "order_address_pkey" PRIMARY KEY ("id")
      );

-- @medusajs/order Migration20240219102530.js
CREATE TABLE IF NOT EXISTS "order_change" (
          "id" TEXT NOT NULL,
          "order_id" TEXT NOT NULL,
          "version" INTEGER NOT NULL,
          "description" TEXT NULL,
          "status" text check (
              "status" IN (
                  'confirmed',
                  'declined',
                  'requested',
                  'pending',
                  'canceled'
              )
          ) NOT NULL DEFAULT 'pending',
          "internal_note" text NULL,
          "created_by" text NULL,
          "requested_by" text NULL,
          "requested_at" timestamptz NULL,
          "confirmed_by" text NULL,
          "confirmed_at" timestamptz NULL,
          "declined_by" text NULL,
          "declined_reason" text NULL,
          "metadata" jsonb NULL,
          "declined_at" timestamptz NULL,
          "canceled_by" text NULL,
          "canceled_at" timestamptz NULL,
          "created_at" timestamptz NOT NULL DEFAULT now(),
          "updated_at" timestamptz NOT NULL DEFAULT now(),
          CONSTRAINT "order_change_pkey" PRIMARY KEY ("id")
      );

-- @medusajs/order Migration20240219102530.js
CREATE TABLE IF NOT EXISTS "order_transaction" (
          "id" TEXT NOT NULL,
          "order_id" TEXT NOT NULL,
          "version" INTEGER NOT NULL DEFAULT 1,
          "amount" NUMERIC NOT NULL,
          "raw_amount" JSONB NOT NULL,
          "currency_code" TEXT NOT NULL,
          "reference" TEXT NULL,
          "reference_id" TEXT NULL,
          "created_at" TIMESTAMPTZ NOT NULL DEFAULT Now(),
          "updated_at" TIMESTAMPTZ NOT NULL DEFAULT Now(),
          "deleted_at" timestamptz NULL,
          CONSTRAINT "order_transaction_pkey" PRIMARY KEY ("id")
      );

-- @medusajs/cart Migration20240222170223.js
CREATE TABLE IF NOT EXISTS "cart" (
        "id" TEXT NOT NULL,
        "region_id" TEXT NULL,
        "customer_id" TEXT NULL,
        "sales_channel_id" TEXT NULL,
        "email" TEXT NULL,
        "currency_code" TEXT NOT NULL,
        "shipping_address_id" TEXT NULL,
        "billing_address_id" TEXT NULL,
        "metadata" JSONB NULL,
        "created_at" TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        "updated_at" TIMESTAMPTZ NOT NULL DEFAULT NOW(),
        "deleted_at" TIMESTAMPTZ NULL,
        CONSTRAINT "cart_pkey" PRIMARY KEY ("id")
    );

-- @medusajs/cart Migration20240222170223.js
CREATE TABLE IF NOT EXISTS "cart_address" (
      "id" TEXT NOT NULL,
      "customer_id" TEXT NULL,
      "company" TEXT NULL,
      "first_name" TEXT NULL,
      "last_name" TEXT NULL,
      "address_1" TEXT NULL,
      "address_2" TEXT NULL,
      "city" TEXT NULL,
      "country_code" TEXT NULL,
      "province" TEXT NULL,
      "postal_code" TEXT NULL,
      "phone" TEXT NULL,
      "metadata" JSONB NULL,
      "created_at" TIMESTAMPTZ NOT NULL DEFAULT NOW(),
      "updated_at" TIMESTAMPTZ NOT NULL DEFAULT NOW(),
      "deleted_at" TIMESTAMPTZ NULL,
      CONSTRAINT "cart_address_pkey" PRIMARY KEY ("id")
    );

