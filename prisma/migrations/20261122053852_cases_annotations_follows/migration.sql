/*
  Warnings:

  - A unique constraint covering the columns `[feedTokenHash]` on the table `User` will be added. If there are existing duplicate values, this will fail.
  - Added the required column `openedOn` to the `Case` table without a default value. This is not possible if the table is not empty.
  - Added the required column `openedPrecision` to the `Case` table without a default value. This is not possible if the table is not empty.
  - Added the required column `stageOn` to the `Case` table without a default value. This is not possible if the table is not empty.
  - Added the required column `stagePrecision` to the `Case` table without a default value. This is not possible if the table is not empty.
  - Added the required column `provisionCited` to the `Charge` table without a default value. This is not possible if the table is not empty.

*/
-- CreateEnum
CREATE TYPE "FollowTarget" AS ENUM ('CASE', 'FORUM', 'SEARCH');

-- AlterTable
ALTER TABLE "Annotation" ADD COLUMN     "searchVector" tsvector;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "openedOn" DATE NOT NULL,
ADD COLUMN     "openedPrecision" "DatePrecision" NOT NULL,
ADD COLUMN     "searchVector" tsvector,
ADD COLUMN     "stageOn" DATE NOT NULL,
ADD COLUMN     "stagePrecision" "DatePrecision" NOT NULL,
ALTER COLUMN "reference" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Charge" ADD COLUMN     "provisionCited" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "StageChange" ADD COLUMN     "sourceLocator" TEXT;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "feedTokenHash" TEXT,
ADD COLUMN     "updatesSeenAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Follow" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "target" "FollowTarget" NOT NULL,
    "caseId" TEXT,
    "forumId" TEXT,
    "query" TEXT,
    "name" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Follow_caseId_idx" ON "Follow"("caseId");

-- CreateIndex
CREATE INDEX "Follow_forumId_idx" ON "Follow"("forumId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_caseId_key" ON "Follow"("userId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_forumId_key" ON "Follow"("userId", "forumId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userId_query_key" ON "Follow"("userId", "query");

-- CreateIndex
CREATE INDEX "Annotation_searchVector_idx" ON "Annotation" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Case_searchVector_idx" ON "Case" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "User_feedTokenHash_key" ON "User"("feedTokenHash");

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE CASCADE ON UPDATE CASCADE;

