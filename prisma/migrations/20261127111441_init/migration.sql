-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('FEDERAL_OFFICE', 'CANTONAL_OFFICE', 'MUNICIPAL_OFFICE', 'CHURCH_PARISH', 'COMPANY', 'OTHER');

-- CreateEnum
CREATE TYPE "CourseFormat" AS ENUM ('HALF_DAY', 'ONE_DAY', 'TWO_DAYS', 'SERIES');

-- CreateEnum
CREATE TYPE "Challenge" AS ENUM ('ANGRY_CUSTOMERS', 'UNFULFILLABLE_DEMANDS', 'NEGATIVE_DECISIONS', 'INVOLUNTARY_CUSTOMERS', 'PHONE_STRESS', 'ENDING_CONVERSATIONS');

-- CreateEnum
CREATE TYPE "CourseLanguage" AS ENUM ('DE', 'FR', 'IT', 'EN');

-- CreateEnum
CREATE TYPE "VenuePreference" AS ENUM ('AT_CLIENT', 'EXTERNAL', 'ONLINE', 'OPEN');

-- CreateEnum
CREATE TYPE "InquiryStatus" AS ENUM ('NEW', 'IN_CLARIFICATION', 'PROPOSAL_SENT', 'CONFIRMED', 'HELD', 'CLOSED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "InquiryEventType" AS ENUM ('RECEIVED', 'STATUS_CHANGED', 'NOTE', 'EMAIL', 'PROPOSAL_SENT', 'PROPOSAL_ACCEPTED', 'CHANGES_REQUESTED', 'APPOINTMENT_BOOKED', 'SESSION_CREATED');

-- CreateEnum
CREATE TYPE "PricingMode" AS ENUM ('DAY_RATE', 'FLAT_FEE');

-- CreateEnum
CREATE TYPE "AgendaItemKind" AS ENUM ('MODULE', 'BREAK', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('DRAFT', 'SENT', 'ACCEPTED', 'CHANGES_REQUESTED', 'SUPERSEDED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('SCHEDULED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "BookingStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "Attendance" AS ENUM ('UNKNOWN', 'PRESENT', 'ABSENT');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CANCELLED', 'RESCHEDULED', 'COMPLETED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "AvailabilityExceptionKind" AS ENUM ('BLOCKED', 'EXTRA');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'RETRYING', 'FAILED');

-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('OWNER', 'STAFF');

-- CreateTable
CREATE TABLE "FieldOfActivity" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FieldOfActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Course" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "audience" TEXT NOT NULL,
    "formats" "CourseFormat"[],
    "durationNote" TEXT NOT NULL,
    "languages" "CourseLanguage"[] DEFAULT ARRAY['DE']::"CourseLanguage"[],
    "minParticipants" INTEGER,
    "maxParticipants" INTEGER,
    "priceNote" TEXT NOT NULL,
    "priceFromCents" INTEGER,
    "featured" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "storyId" UUID,
    "testimonialId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Course_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseField" (
    "courseId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,

    CONSTRAINT "CourseField_pkey" PRIMARY KEY ("courseId","fieldId")
);

-- CreateTable
CREATE TABLE "Goal" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "challenges" "Challenge"[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Goal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GoalField" (
    "goalId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,

    CONSTRAINT "GoalField_pkey" PRIMARY KEY ("goalId","fieldId")
);

-- CreateTable
CREATE TABLE "ModuleTheme" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ModuleTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentModule" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "themeId" UUID NOT NULL,
    "defaultDurationMinutes" INTEGER NOT NULL,
    "challenges" "Challenge"[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ContentModule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ModuleField" (
    "moduleId" UUID NOT NULL,
    "fieldId" UUID NOT NULL,

    CONSTRAINT "ModuleField_pkey" PRIMARY KEY ("moduleId","fieldId")
);

-- CreateTable
CREATE TABLE "CourseGoal" (
    "courseId" UUID NOT NULL,
    "goalId" UUID NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "CourseGoal_pkey" PRIMARY KEY ("courseId","goalId")
);

-- CreateTable
CREATE TABLE "CourseModule" (
    "courseId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "durationMinutes" INTEGER,
    "day" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CourseModule_pkey" PRIMARY KEY ("courseId","moduleId")
);

-- CreateTable
CREATE TABLE "Story" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "setting" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "lesson" TEXT NOT NULL DEFAULT '',
    "fieldId" UUID,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Story_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Testimonial" (
    "id" UUID NOT NULL,
    "quote" TEXT NOT NULL,
    "authorName" TEXT NOT NULL,
    "authorRole" TEXT NOT NULL DEFAULT '',
    "organisation" TEXT NOT NULL,
    "consent" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMPTZ(3),
    "published" BOOLEAN NOT NULL DEFAULT false,
    "fieldId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Testimonial_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceClient" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReferenceClient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Page" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "lead" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Page_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inquiry" (
    "id" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "organisationName" TEXT NOT NULL,
    "organisationKind" "OrganisationKind" NOT NULL,
    "department" TEXT,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "participants" INTEGER,
    "fieldId" UUID,
    "courseId" UUID,
    "challenges" "Challenge"[],
    "challengesOther" TEXT,
    "format" "CourseFormat",
    "preferredPeriod" TEXT,
    "venue" "VenuePreference",
    "venueNote" TEXT,
    "language" "CourseLanguage" NOT NULL DEFAULT 'DE',
    "message" TEXT,
    "privacyConsentAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "InquiryStatus" NOT NULL DEFAULT 'NEW',
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstResponseAt" TIMESTAMPTZ(3),
    "responseDueAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Inquiry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InquiryGoal" (
    "inquiryId" UUID NOT NULL,
    "goalId" UUID NOT NULL,

    CONSTRAINT "InquiryGoal_pkey" PRIMARY KEY ("inquiryId","goalId")
);

-- CreateTable
CREATE TABLE "InquiryModule" (
    "inquiryId" UUID NOT NULL,
    "moduleId" UUID NOT NULL,

    CONSTRAINT "InquiryModule_pkey" PRIMARY KEY ("inquiryId","moduleId")
);

-- CreateTable
CREATE TABLE "InquiryEvent" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "type" "InquiryEventType" NOT NULL,
    "actorId" UUID,
    "fromStatus" "InquiryStatus",
    "toStatus" "InquiryStatus",
    "body" TEXT,
    "outboxMessageId" UUID,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InquiryEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferenceSequence" (
    "scope" TEXT NOT NULL,
    "lastValue" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReferenceSequence_pkey" PRIMARY KEY ("scope")
);

-- CreateTable
CREATE TABLE "CourseDesign" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "situation" TEXT NOT NULL DEFAULT '',
    "roleNotes" TEXT NOT NULL DEFAULT '',
    "rolePlaySituations" TEXT NOT NULL DEFAULT '',
    "method" TEXT NOT NULL DEFAULT '',
    "nextSteps" TEXT NOT NULL DEFAULT '',
    "venue" TEXT NOT NULL DEFAULT '',
    "datesWished" TEXT NOT NULL DEFAULT '',
    "participants" INTEGER,
    "dayStartMinute" INTEGER NOT NULL DEFAULT 510,
    "pricingMode" "PricingMode" NOT NULL DEFAULT 'DAY_RATE',
    "dayRateCents" INTEGER,
    "days" DECIMAL(4,1),
    "flatFeeCents" INTEGER,
    "expensesCents" INTEGER NOT NULL DEFAULT 0,
    "vatRateBasisPoints" INTEGER NOT NULL DEFAULT 810,
    "purchaseOrderRef" TEXT,
    "costCentre" TEXT,
    "validityDays" INTEGER NOT NULL DEFAULT 30,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CourseDesign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DesignGoal" (
    "id" UUID NOT NULL,
    "designId" UUID NOT NULL,
    "goalId" UUID,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL,

    CONSTRAINT "DesignGoal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" UUID NOT NULL,
    "designId" UUID NOT NULL,
    "moduleId" UUID,
    "kind" "AgendaItemKind" NOT NULL DEFAULT 'MODULE',
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "day" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "durationMinutes" INTEGER NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" UUID NOT NULL,
    "designId" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'DRAFT',
    "snapshot" JSONB NOT NULL,
    "netCents" INTEGER NOT NULL,
    "vatCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "validUntil" DATE NOT NULL,
    "sentAt" TIMESTAMPTZ(3),
    "sentById" UUID,
    "respondedAt" TIMESTAMPTZ(3),
    "acceptedByName" TEXT,
    "acceptedByRole" TEXT,
    "changeRequest" TEXT,
    "reminderSentAt" TIMESTAMPTZ(3),
    "expiryWarningSentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PortalAccess" (
    "id" UUID NOT NULL,
    "inquiryId" UUID NOT NULL,
    "proposalId" UUID,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "revokedAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PortalAccess_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CourseSession" (
    "id" UUID NOT NULL,
    "courseId" UUID NOT NULL,
    "inquiryId" UUID,
    "title" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "location" TEXT NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "capacity" INTEGER NOT NULL,
    "seatsTaken" INTEGER NOT NULL DEFAULT 0,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "bookingDeadline" TIMESTAMPTZ(3),
    "priceNote" TEXT NOT NULL DEFAULT '',
    "status" "SessionStatus" NOT NULL DEFAULT 'SCHEDULED',
    "reminderSentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CourseSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Booking" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "status" "BookingStatus" NOT NULL,
    "seats" INTEGER NOT NULL DEFAULT 1,
    "contactName" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "organisation" TEXT NOT NULL DEFAULT '',
    "billingReference" TEXT,
    "waitlistPosition" INTEGER,
    "manageTokenHash" TEXT NOT NULL,
    "confirmedAt" TIMESTAMPTZ(3),
    "promotedAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BookingParticipant" (
    "id" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "attendance" "Attendance" NOT NULL DEFAULT 'UNKNOWN',
    "position" INTEGER NOT NULL,

    CONSTRAINT "BookingParticipant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityRule" (
    "id" UUID NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "AvailabilityRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AvailabilityException" (
    "id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "kind" "AvailabilityExceptionKind" NOT NULL DEFAULT 'BLOCKED',
    "startMinute" INTEGER,
    "endMinute" INTEGER,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AvailabilityException_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "callMinutes" INTEGER NOT NULL DEFAULT 30,
    "bufferMinutes" INTEGER NOT NULL DEFAULT 15,
    "minNoticeHours" INTEGER NOT NULL DEFAULT 24,
    "maxDaysAhead" INTEGER NOT NULL DEFAULT 60,
    "changeCutoffHours" INTEGER NOT NULL DEFAULT 12,
    "blockPublicHolidays" BOOLEAN NOT NULL DEFAULT true,
    "canton" TEXT NOT NULL DEFAULT 'BE',
    "meetingNote" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "ConsultationSettings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Appointment" (
    "id" UUID NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "name" TEXT NOT NULL,
    "organisation" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "topic" TEXT NOT NULL DEFAULT '',
    "inquiryId" UUID,
    "manageTokenHash" TEXT NOT NULL,
    "rescheduledFromId" UUID,
    "cancelledAt" TIMESTAMPTZ(3),
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "replyTo" TEXT,
    "template" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "subject" TEXT,
    "status" "OutboxStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedAt" TIMESTAMPTZ(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "messageId" TEXT,
    "inquiryId" UUID,
    "bookingId" UUID,
    "appointmentId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JobRun" (
    "id" UUID NOT NULL,
    "job" TEXT NOT NULL,
    "runKey" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "error" TEXT,
    "result" JSONB,

    CONSTRAINT "JobRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimitBucket" (
    "key" TEXT NOT NULL,
    "windowStart" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "RateLimitBucket_pkey" PRIMARY KEY ("key","windowStart")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "UserRole" NOT NULL DEFAULT 'STAFF',
    "passwordHash" TEXT,
    "emailVerified" TIMESTAMPTZ(3),
    "image" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastSignInAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerificationToken" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VerificationToken_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FieldOfActivity_slug_key" ON "FieldOfActivity"("slug");

-- CreateIndex
CREATE INDEX "FieldOfActivity_published_sortOrder_idx" ON "FieldOfActivity"("published", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Course_slug_key" ON "Course"("slug");

-- CreateIndex
CREATE INDEX "Course_published_sortOrder_idx" ON "Course"("published", "sortOrder");

-- CreateIndex
CREATE INDEX "CourseField_fieldId_idx" ON "CourseField"("fieldId");

-- CreateIndex
CREATE UNIQUE INDEX "Goal_slug_key" ON "Goal"("slug");

-- CreateIndex
CREATE INDEX "GoalField_fieldId_idx" ON "GoalField"("fieldId");

-- CreateIndex
CREATE UNIQUE INDEX "ModuleTheme_slug_key" ON "ModuleTheme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ContentModule_slug_key" ON "ContentModule"("slug");

-- CreateIndex
CREATE INDEX "ContentModule_themeId_sortOrder_idx" ON "ContentModule"("themeId", "sortOrder");

-- CreateIndex
CREATE INDEX "ModuleField_fieldId_idx" ON "ModuleField"("fieldId");

-- CreateIndex
CREATE INDEX "CourseGoal_goalId_idx" ON "CourseGoal"("goalId");

-- CreateIndex
CREATE INDEX "CourseModule_moduleId_idx" ON "CourseModule"("moduleId");

-- CreateIndex
CREATE UNIQUE INDEX "Story_slug_key" ON "Story"("slug");

-- CreateIndex
CREATE INDEX "Story_published_sortOrder_idx" ON "Story"("published", "sortOrder");

-- CreateIndex
CREATE INDEX "Testimonial_published_sortOrder_idx" ON "Testimonial"("published", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "ReferenceClient_name_key" ON "ReferenceClient"("name");

-- CreateIndex
CREATE INDEX "ReferenceClient_published_sortOrder_idx" ON "ReferenceClient"("published", "sortOrder");

-- CreateIndex
CREATE UNIQUE INDEX "Page_slug_key" ON "Page"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_reference_key" ON "Inquiry"("reference");

-- CreateIndex
CREATE INDEX "Inquiry_status_receivedAt_idx" ON "Inquiry"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "Inquiry_responseDueAt_idx" ON "Inquiry"("responseDueAt");

-- CreateIndex
CREATE INDEX "Inquiry_receivedAt_idx" ON "Inquiry"("receivedAt");

-- CreateIndex
CREATE INDEX "Inquiry_email_idx" ON "Inquiry"("email");

-- CreateIndex
CREATE INDEX "InquiryGoal_goalId_idx" ON "InquiryGoal"("goalId");

-- CreateIndex
CREATE INDEX "InquiryModule_moduleId_idx" ON "InquiryModule"("moduleId");

-- CreateIndex
CREATE INDEX "InquiryEvent_inquiryId_createdAt_idx" ON "InquiryEvent"("inquiryId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CourseDesign_inquiryId_key" ON "CourseDesign"("inquiryId");

-- CreateIndex
CREATE INDEX "DesignGoal_designId_position_idx" ON "DesignGoal"("designId", "position");

-- CreateIndex
CREATE INDEX "AgendaItem_designId_day_position_idx" ON "AgendaItem"("designId", "day", "position");

-- CreateIndex
CREATE INDEX "Proposal_inquiryId_version_idx" ON "Proposal"("inquiryId", "version");

-- CreateIndex
CREATE INDEX "Proposal_status_sentAt_idx" ON "Proposal"("status", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_designId_version_key" ON "Proposal"("designId", "version");

-- CreateIndex
CREATE UNIQUE INDEX "PortalAccess_tokenHash_key" ON "PortalAccess"("tokenHash");

-- CreateIndex
CREATE INDEX "PortalAccess_inquiryId_idx" ON "PortalAccess"("inquiryId");

-- CreateIndex
CREATE INDEX "CourseSession_isPublic_status_startsAt_idx" ON "CourseSession"("isPublic", "status", "startsAt");

-- CreateIndex
CREATE INDEX "CourseSession_courseId_startsAt_idx" ON "CourseSession"("courseId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_manageTokenHash_key" ON "Booking"("manageTokenHash");

-- CreateIndex
CREATE INDEX "Booking_sessionId_status_waitlistPosition_idx" ON "Booking"("sessionId", "status", "waitlistPosition");

-- CreateIndex
CREATE INDEX "Booking_email_idx" ON "Booking"("email");

-- CreateIndex
CREATE INDEX "BookingParticipant_bookingId_position_idx" ON "BookingParticipant"("bookingId", "position");

-- CreateIndex
CREATE INDEX "AvailabilityRule_weekday_idx" ON "AvailabilityRule"("weekday");

-- CreateIndex
CREATE INDEX "AvailabilityException_date_idx" ON "AvailabilityException"("date");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_manageTokenHash_key" ON "Appointment"("manageTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "Appointment_rescheduledFromId_key" ON "Appointment"("rescheduledFromId");

-- CreateIndex
CREATE INDEX "Appointment_status_startsAt_idx" ON "Appointment"("status", "startsAt");

-- CreateIndex
CREATE INDEX "Appointment_email_idx" ON "Appointment"("email");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMessage_idempotencyKey_key" ON "OutboxMessage"("idempotencyKey");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_nextAttemptAt_idx" ON "OutboxMessage"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_createdAt_idx" ON "OutboxMessage"("createdAt");

-- CreateIndex
CREATE INDEX "OutboxMessage_inquiryId_idx" ON "OutboxMessage"("inquiryId");

-- CreateIndex
CREATE UNIQUE INDEX "JobRun_job_runKey_key" ON "JobRun"("job", "runKey");

-- CreateIndex
CREATE INDEX "RateLimitBucket_windowStart_idx" ON "RateLimitBucket"("windowStart");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_sessionToken_key" ON "Session"("sessionToken");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_storyId_fkey" FOREIGN KEY ("storyId") REFERENCES "Story"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Course" ADD CONSTRAINT "Course_testimonialId_fkey" FOREIGN KEY ("testimonialId") REFERENCES "Testimonial"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseField" ADD CONSTRAINT "CourseField_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseField" ADD CONSTRAINT "CourseField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalField" ADD CONSTRAINT "GoalField_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GoalField" ADD CONSTRAINT "GoalField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentModule" ADD CONSTRAINT "ContentModule_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "ModuleTheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleField" ADD CONSTRAINT "ModuleField_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ContentModule"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ModuleField" ADD CONSTRAINT "ModuleField_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseGoal" ADD CONSTRAINT "CourseGoal_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseGoal" ADD CONSTRAINT "CourseGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseModule" ADD CONSTRAINT "CourseModule_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ContentModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Story" ADD CONSTRAINT "Story_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Testimonial" ADD CONSTRAINT "Testimonial_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "FieldOfActivity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryGoal" ADD CONSTRAINT "InquiryGoal_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryGoal" ADD CONSTRAINT "InquiryGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryModule" ADD CONSTRAINT "InquiryModule_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryModule" ADD CONSTRAINT "InquiryModule_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ContentModule"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InquiryEvent" ADD CONSTRAINT "InquiryEvent_outboxMessageId_fkey" FOREIGN KEY ("outboxMessageId") REFERENCES "OutboxMessage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseDesign" ADD CONSTRAINT "CourseDesign_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignGoal" ADD CONSTRAINT "DesignGoal_designId_fkey" FOREIGN KEY ("designId") REFERENCES "CourseDesign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DesignGoal" ADD CONSTRAINT "DesignGoal_goalId_fkey" FOREIGN KEY ("goalId") REFERENCES "Goal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_designId_fkey" FOREIGN KEY ("designId") REFERENCES "CourseDesign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "ContentModule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_designId_fkey" FOREIGN KEY ("designId") REFERENCES "CourseDesign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sentById_fkey" FOREIGN KEY ("sentById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalAccess" ADD CONSTRAINT "PortalAccess_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PortalAccess" ADD CONSTRAINT "PortalAccess_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BookingParticipant" ADD CONSTRAINT "BookingParticipant_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_rescheduledFromId_fkey" FOREIGN KEY ("rescheduledFromId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_inquiryId_fkey" FOREIGN KEY ("inquiryId") REFERENCES "Inquiry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_bookingId_fkey" FOREIGN KEY ("bookingId") REFERENCES "Booking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "Appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written guards (docs/decisions/0003-database-guards.md): rules the database must enforce
-- that Prisma's schema language cannot express. Every such object's name ends in "_guard".

ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_seats_guard"
  CHECK ("capacity" >= 0 AND "seatsTaken" >= 0 AND "seatsTaken" <= "capacity");
ALTER TABLE "CourseSession" ADD CONSTRAINT "CourseSession_time_guard" CHECK ("endsAt" > "startsAt");

ALTER TABLE "Booking" ADD CONSTRAINT "Booking_seats_guard" CHECK ("seats" >= 1);
ALTER TABLE "Booking" ADD CONSTRAINT "Booking_waitlist_guard"
  CHECK (("status" = 'WAITLISTED') = ("waitlistPosition" IS NOT NULL));
-- One active (confirmed or waitlisted) booking per e-mail address and session.
CREATE UNIQUE INDEX "Booking_active_email_guard" ON "Booking" ("sessionId", lower("email"))
  WHERE "status" <> 'CANCELLED';
CREATE UNIQUE INDEX "Booking_waitlist_position_guard" ON "Booking" ("sessionId", "waitlistPosition")
  WHERE "status" = 'WAITLISTED';

ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_time_guard" CHECK ("endsAt" > "startsAt");
-- No two booked calls may overlap: the database, not a check before insert, prevents double booking.
ALTER TABLE "Appointment" ADD CONSTRAINT "Appointment_overlap_guard"
  EXCLUDE USING gist (tstzrange("startsAt", "endsAt") WITH &&) WHERE ("status" = 'BOOKED');

ALTER TABLE "AvailabilityRule" ADD CONSTRAINT "AvailabilityRule_window_guard"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "endMinute" <= 1440 AND "startMinute" < "endMinute");
ALTER TABLE "ConsultationSettings" ADD CONSTRAINT "ConsultationSettings_singleton_guard" CHECK ("id" = 1);

ALTER TABLE "Inquiry" ADD CONSTRAINT "Inquiry_participants_guard"
  CHECK ("participants" IS NULL OR "participants" BETWEEN 1 AND 1000);
ALTER TABLE "ContentModule" ADD CONSTRAINT "ContentModule_duration_guard" CHECK ("defaultDurationMinutes" > 0);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_slot_guard" CHECK ("day" >= 1 AND "durationMinutes" > 0);
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_amounts_guard"
  CHECK ("netCents" >= 0 AND "vatCents" >= 0 AND "totalCents" = "netCents" + "vatCents");
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_attempts_guard" CHECK ("attempts" >= 0);
