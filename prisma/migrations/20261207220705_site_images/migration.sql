-- CreateTable
CREATE TABLE "SiteImage" (
    "id" UUID NOT NULL,
    "slot" TEXT NOT NULL,
    "courseId" UUID,
    "contentHash" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "altText" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SiteImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SiteImage_slot_key" ON "SiteImage"("slot");

-- CreateIndex
CREATE UNIQUE INDEX "SiteImage_courseId_key" ON "SiteImage"("courseId");

-- CreateIndex
CREATE INDEX "SiteImage_contentHash_idx" ON "SiteImage"("contentHash");

-- AddForeignKey
ALTER TABLE "SiteImage" ADD CONSTRAINT "SiteImage_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A portrait belongs to no course, and the picture of a course sits in the slot of that course.
ALTER TABLE "SiteImage" ADD CONSTRAINT "SiteImage_slot_guard" CHECK (
  ("slot" = 'portrait' AND "courseId" IS NULL) OR ("courseId" IS NOT NULL AND "slot" = 'course:' || "courseId"::text)
);
