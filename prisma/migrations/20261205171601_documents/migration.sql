-- CreateEnum
CREATE TYPE "DocumentTextState" AS ENUM ('QUEUED', 'DONE', 'FAILED', 'NO_TEXT_LAYER');

-- CreateTable
CREATE TABLE "DocumentBlob" (
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "textState" "DocumentTextState" NOT NULL DEFAULT 'QUEUED',
    "textReason" TEXT,
    "text" TEXT,
    "textUpdatedAt" TIMESTAMP(3),

    CONSTRAINT "DocumentBlob_pkey" PRIMARY KEY ("sha256")
);

-- CreateTable
CREATE TABLE "DocumentAttachment" (
    "id" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sourceId" TEXT,
    "caseId" TEXT,
    "milestoneId" TEXT,
    "title" TEXT NOT NULL,
    "language" TEXT,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uploadedById" TEXT,
    "deletedAt" TIMESTAMP(3),

    CONSTRAINT "DocumentAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentAttachment_sourceId_idx" ON "DocumentAttachment"("sourceId");

-- CreateIndex
CREATE INDEX "DocumentAttachment_caseId_idx" ON "DocumentAttachment"("caseId");

-- CreateIndex
CREATE INDEX "DocumentAttachment_milestoneId_idx" ON "DocumentAttachment"("milestoneId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAttachment_sha256_sourceId_key" ON "DocumentAttachment"("sha256", "sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAttachment_sha256_caseId_key" ON "DocumentAttachment"("sha256", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAttachment_sha256_milestoneId_key" ON "DocumentAttachment"("sha256", "milestoneId");

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "DocumentBlob"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- What Prisma's schema cannot say (docs/decisions/049-documents-stored-by-fingerprint.md).
-- A blob's address is its SHA-256 in lowercase hexadecimal, and its size is what was counted.
ALTER TABLE "DocumentBlob" ADD CONSTRAINT "DocumentBlob_sha256_check" CHECK ("sha256" ~ '^[0-9a-f]{64}$');
ALTER TABLE "DocumentBlob" ADD CONSTRAINT "DocumentBlob_size_check" CHECK ("size" >= 0);
-- A document is attached to exactly one record: a source, a case or a milestone.
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_one_record_check" CHECK (num_nonnulls("sourceId", "caseId", "milestoneId") = 1);
-- The languages a document can be written in (lib/core/locales.ts), or not said.
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_language_check" CHECK ("language" IS NULL OR "language" IN ('uk', 'en'));

-- Every table tells the servers that listen when it changes (docs/decisions/024-caches-dropped-by-changes.md).
CREATE TRIGGER "notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DocumentBlob" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
CREATE TRIGGER "notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DocumentAttachment" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
