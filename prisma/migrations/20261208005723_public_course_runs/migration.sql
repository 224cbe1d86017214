-- CreateTable
CREATE TABLE "CourseSessionDay" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "dayNumber" INTEGER NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CourseSessionDay_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CourseSessionDay_sessionId_dayNumber_key" ON "CourseSessionDay"("sessionId", "dayNumber");

-- AddForeignKey
ALTER TABLE "CourseSessionDay" ADD CONSTRAINT "CourseSessionDay_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "CourseSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (decision 0037): a day ends after it starts, and days are numbered from 1.
ALTER TABLE "CourseSessionDay" ADD CONSTRAINT "CourseSessionDay_time_guard" CHECK ("endsAt" > "startsAt" AND "dayNumber" >= 1);
