-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('HAPPENED', 'EXPECTED');

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "status" "MilestoneStatus" NOT NULL DEFAULT 'HAPPENED';
