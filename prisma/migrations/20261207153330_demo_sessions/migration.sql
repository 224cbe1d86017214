-- AlterTable
ALTER TABLE "CourseSession" ADD COLUMN     "demo" BOOLEAN NOT NULL DEFAULT false;
