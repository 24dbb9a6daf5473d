/*
  Warnings:

  - A unique constraint covering the columns `[externalId]` on the table `Accused` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[externalId]` on the table `Case` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[externalId]` on the table `Milestone` will be added. If there are existing duplicate values, this will fail.
  - A unique constraint covering the columns `[externalId]` on the table `Source` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "Accused" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Case" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "externalId" TEXT;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "externalId" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Accused_externalId_key" ON "Accused"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Case_externalId_key" ON "Case"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_externalId_key" ON "Milestone"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_externalId_key" ON "Source"("externalId");
