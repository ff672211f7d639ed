-- dialect: postgres
-- B2B SaaS CRM with quoted camelCase identifiers (ORM-generated style).
-- Written for the privaudit classification hold-out set; not taken from any product.

CREATE TABLE "Account" (
    "id" uuid PRIMARY KEY,
    "tenantId" uuid NOT NULL,
    "companyName" text NOT NULL,
    "industry" text,
    "employeeCount" integer,
    "annualRevenue" numeric(16,2),
    "website" text,
    "billingStreet" text,
    "billingCity" text,
    "billingCountry" char(2),
    "mainPhone" text,
    "ownerUserId" uuid,
    "createdAt" timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE "Contact" (
    "id" uuid PRIMARY KEY,
    "tenantId" uuid NOT NULL,
    "accountId" uuid,
    "firstName" text,
    "lastName" text,
    "contactEmail" text,
    "mobilePhone" text,
    "directDial" text,
    "jobTitle" text,
    "linkedinUrl" text,
    "companyName" text,
    "leadSource" text,
    "leadScore" integer,
    "lifecycleStage" text,
    "emailOptOut" boolean DEFAULT false,
    "doNotCall" boolean DEFAULT false,
    "consentUpdatedAt" timestamptz,
    "lastActivityAt" timestamptz,
    "customFieldsJson" jsonb
);

CREATE TABLE "Opportunity" (
    "id" uuid PRIMARY KEY,
    "accountId" uuid NOT NULL,
    "name" text NOT NULL,
    "stage" text NOT NULL,
    "amount" numeric(14,2),
    "probability" smallint,
    "closeDate" date,
    "ownerUserId" uuid
);

CREATE TABLE "Activity" (
    "id" uuid PRIMARY KEY,
    "contactId" uuid,
    "type" text NOT NULL,
    "subject" text,
    "notes" text,
    "callRecordingUrl" text,
    "durationSec" integer,
    "occurredAt" timestamptz
);

CREATE TABLE "EmailTracking" (
    "id" bigserial PRIMARY KEY,
    "contactId" uuid NOT NULL,
    "campaignId" uuid,
    "openedAt" timestamptz,
    "openIp" inet,
    "openUserAgent" text,
    "clickedLink" text
);

CREATE TABLE "Pipeline" (
    "id" uuid PRIMARY KEY,
    "tenantId" uuid NOT NULL,
    "pipelineName" text NOT NULL,
    "stageOrder" text[],
    "currencyCode" char(3),
    "isDefault" boolean
);

COMMENT ON COLUMN "Contact"."leadScore" IS 'Predicted likelihood to buy, 0-100, computed nightly';
COMMENT ON COLUMN "Activity"."callRecordingUrl" IS 'Audio recording of the sales call';
