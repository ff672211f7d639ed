-- dialect: postgres
-- Co-working space: member companies, members, door access, visitors, CCTV, Wi-Fi (ORM-style quoted camelCase)

CREATE TABLE "Company" (
    "companyId" uuid PRIMARY KEY,
    "legalName" text NOT NULL,
    "vatNumber" text,
    "billingEmail" text,
    "seatCount" integer NOT NULL DEFAULT 1,
    "createdAt" timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE "Member" (
    "memberId" uuid PRIMARY KEY,
    "companyId" uuid REFERENCES "Company"("companyId"),
    "fullName" text NOT NULL,
    "workEmail" text NOT NULL,
    "mobile" text,
    "jobTitle" text,
    "photoUrl" text,
    "badgeUid" text UNIQUE,
    "pinHash" text,
    "isActive" boolean NOT NULL DEFAULT true,
    "createdAt" timestamptz NOT NULL DEFAULT now()
);
COMMENT ON COLUMN "Member"."badgeUid" IS 'RFID badge UID that opens doors';

CREATE TABLE "Location" (
    "locationId" serial PRIMARY KEY,
    "name" text NOT NULL,
    "street" text,
    "city" text,
    "timezone" text NOT NULL DEFAULT 'Europe/Berlin',
    "wifiPsk" text
);

CREATE TABLE "Door" (
    "doorId" serial PRIMARY KEY,
    "locationId" integer NOT NULL REFERENCES "Location"("locationId"),
    "label" text NOT NULL,
    "readerSerial" text,
    "floor" smallint
);

CREATE TABLE "AccessEvent" (
    "eventId" bigserial PRIMARY KEY,
    "doorId" integer NOT NULL REFERENCES "Door"("doorId"),
    "memberId" uuid,
    "badgeUid" text,
    "occurredAt" timestamptz NOT NULL,
    "direction" text,
    "granted" boolean NOT NULL,
    "denyReason" text
);

CREATE TABLE "Visitor" (
    "visitorId" uuid PRIMARY KEY,
    "hostMemberId" uuid NOT NULL REFERENCES "Member"("memberId"),
    "visitorName" text NOT NULL,
    "visitorEmail" text,
    "visitorCompany" text,
    "idDocLast4" text,
    "ndaSigned" boolean NOT NULL DEFAULT false,
    "signatureSvg" text,
    "arrivedAt" timestamptz,
    "leftAt" timestamptz,
    "purpose" text
);

CREATE TABLE "CctvClip" (
    "clipId" uuid PRIMARY KEY,
    "cameraId" text NOT NULL,
    "startedAt" timestamptz NOT NULL,
    "durationSec" integer NOT NULL,
    "storageKey" text NOT NULL,
    "retentionUntil" date,
    "faceBlurApplied" boolean NOT NULL DEFAULT false,
    "requestedBy" text
);
COMMENT ON COLUMN "CctvClip"."requestedBy" IS 'Staff user who exported the clip';

CREATE TABLE "MeetingRoomBooking" (
    "bookingId" bigserial PRIMARY KEY,
    "roomId" integer NOT NULL,
    "memberId" uuid NOT NULL,
    "title" text,
    "startsAt" timestamptz NOT NULL,
    "endsAt" timestamptz NOT NULL,
    "attendeeEmails" text[]
);

CREATE TABLE "Invoice" (
    "invoiceId" uuid PRIMARY KEY,
    "companyId" uuid NOT NULL REFERENCES "Company"("companyId"),
    "number" text NOT NULL,
    "amountCents" integer NOT NULL,
    "issuedAt" timestamptz NOT NULL,
    "paidAt" timestamptz
);

CREATE TABLE "WifiSession" (
    "sessionId" bigserial PRIMARY KEY,
    "memberId" uuid,
    "macAddress" macaddr NOT NULL,
    "ipAddress" inet,
    "hostname" text,
    "bytesUp" bigint,
    "startedAt" timestamptz NOT NULL
);
