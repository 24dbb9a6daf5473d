-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "lang" TEXT NOT NULL DEFAULT 'en';
