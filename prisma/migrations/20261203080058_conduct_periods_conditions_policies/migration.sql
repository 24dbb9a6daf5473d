-- CreateEnum
CREATE TYPE "ConditionKind" AS ENUM ('CASE_FACT', 'NOT_OPERATIONAL', 'DATE_PRECISION');

-- CreateEnum
CREATE TYPE "PolicyKind" AS ENUM ('POLICY', 'RECOMMENDATION');

-- AlterEnum
ALTER TYPE "InstrumentKind" ADD VALUE 'JUDGMENT';

-- AlterEnum
ALTER TYPE "KnowledgeStandard" ADD VALUE 'CONSCIOUSLY_DISREGARDED';

-- AlterTable
ALTER TABLE "Forum" ADD COLUMN     "coversNote" TEXT,
ADD COLUMN     "coversNoteProvisionId" TEXT;

-- AlterTable
ALTER TABLE "Instrument" ADD COLUMN     "url" TEXT;

-- AlterTable
ALTER TABLE "JurisdictionRule" ADD COLUMN     "conditionKind" "ConditionKind",
ADD COLUMN     "conductFrom" DATE,
ADD COLUMN     "conductFromPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
ADD COLUMN     "conductTo" DATE,
ADD COLUMN     "conductToPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY';

-- AlterTable
ALTER TABLE "Provision" ADD COLUMN     "url" TEXT;

-- CreateTable
CREATE TABLE "ComplementarityPolicy" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "PolicyKind" NOT NULL,
    "forumId" TEXT,
    "situationId" TEXT,
    "statement" TEXT NOT NULL,
    "proposedBy" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "sourceId" TEXT NOT NULL,
    "sourceLocator" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ComplementarityPolicy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_AccusedKindToComplementarityPolicy" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_AccusedKindToComplementarityPolicy_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ComplementarityPolicyToCrimeCategory" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ComplementarityPolicyToCrimeCategory_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateTable
CREATE TABLE "_ComplementarityPolicyToResponsibilityLevel" (
    "A" TEXT NOT NULL,
    "B" TEXT NOT NULL,

    CONSTRAINT "_ComplementarityPolicyToResponsibilityLevel_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplementarityPolicy_slug_key" ON "ComplementarityPolicy"("slug");

-- CreateIndex
CREATE INDEX "_AccusedKindToComplementarityPolicy_B_index" ON "_AccusedKindToComplementarityPolicy"("B");

-- CreateIndex
CREATE INDEX "_ComplementarityPolicyToCrimeCategory_B_index" ON "_ComplementarityPolicyToCrimeCategory"("B");

-- CreateIndex
CREATE INDEX "_ComplementarityPolicyToResponsibilityLevel_B_index" ON "_ComplementarityPolicyToResponsibilityLevel"("B");

-- AddForeignKey
ALTER TABLE "Forum" ADD CONSTRAINT "Forum_coversNoteProvisionId_fkey" FOREIGN KEY ("coversNoteProvisionId") REFERENCES "Provision"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplementarityPolicy" ADD CONSTRAINT "ComplementarityPolicy_forumId_fkey" FOREIGN KEY ("forumId") REFERENCES "Forum"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplementarityPolicy" ADD CONSTRAINT "ComplementarityPolicy_situationId_fkey" FOREIGN KEY ("situationId") REFERENCES "Situation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplementarityPolicy" ADD CONSTRAINT "ComplementarityPolicy_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AccusedKindToComplementarityPolicy" ADD CONSTRAINT "_AccusedKindToComplementarityPolicy_A_fkey" FOREIGN KEY ("A") REFERENCES "AccusedKind"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_AccusedKindToComplementarityPolicy" ADD CONSTRAINT "_AccusedKindToComplementarityPolicy_B_fkey" FOREIGN KEY ("B") REFERENCES "ComplementarityPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementarityPolicyToCrimeCategory" ADD CONSTRAINT "_ComplementarityPolicyToCrimeCategory_A_fkey" FOREIGN KEY ("A") REFERENCES "ComplementarityPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementarityPolicyToCrimeCategory" ADD CONSTRAINT "_ComplementarityPolicyToCrimeCategory_B_fkey" FOREIGN KEY ("B") REFERENCES "CrimeCategory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementarityPolicyToResponsibilityLevel" ADD CONSTRAINT "_ComplementarityPolicyToResponsibilityLevel_A_fkey" FOREIGN KEY ("A") REFERENCES "ComplementarityPolicy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_ComplementarityPolicyToResponsibilityLevel" ADD CONSTRAINT "_ComplementarityPolicyToResponsibilityLevel_B_fkey" FOREIGN KEY ("B") REFERENCES "ResponsibilityLevel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Existing conditional rules: a condition about the case until a person says otherwise (the seed
-- sets the kind of each seeded rule that nobody has edited).
UPDATE "JurisdictionRule" SET "conditionKind" = 'CASE_FACT' WHERE "effect" = 'CONDITIONAL' AND "conditionKind" IS NULL;
