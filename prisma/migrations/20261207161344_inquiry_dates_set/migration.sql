-- AlterEnum
-- Placed before HELD so that the enum's order is the pipeline's (decision 0023).
ALTER TYPE "InquiryStatus" ADD VALUE 'DATES_SET' BEFORE 'HELD';
