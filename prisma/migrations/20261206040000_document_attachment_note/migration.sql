-- A document can be attached to an analyst's note, and is then seen exactly as the note is
-- (docs/decisions/056-documents-on-notes.md): a fourth record column, removed with its note.
ALTER TABLE "DocumentAttachment" ADD COLUMN "annotationId" TEXT;

-- CreateIndex
CREATE INDEX "DocumentAttachment_annotationId_idx" ON "DocumentAttachment"("annotationId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentAttachment_sha256_annotationId_key" ON "DocumentAttachment"("sha256", "annotationId");

-- AddForeignKey
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_annotationId_fkey" FOREIGN KEY ("annotationId") REFERENCES "Annotation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A document is attached to exactly one record: a source, a case, a milestone or a note.
ALTER TABLE "DocumentAttachment" DROP CONSTRAINT "DocumentAttachment_one_record_check";
ALTER TABLE "DocumentAttachment" ADD CONSTRAINT "DocumentAttachment_one_record_check" CHECK (num_nonnulls("sourceId", "caseId", "milestoneId", "annotationId") = 1);
