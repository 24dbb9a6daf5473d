-- A milestone's cited passage may name the page of a document attached to the source or the
-- milestone (issue 18): the document by its SHA-256, the page from 1.
-- AlterTable
ALTER TABLE "MilestoneSource" ADD COLUMN "documentSha256" TEXT,
ADD COLUMN "page" INTEGER;

-- CreateIndex
CREATE INDEX "MilestoneSource_documentSha256_idx" ON "MilestoneSource"("documentSha256");

-- AddForeignKey
ALTER TABLE "MilestoneSource" ADD CONSTRAINT "MilestoneSource_documentSha256_fkey" FOREIGN KEY ("documentSha256") REFERENCES "DocumentBlob"("sha256") ON DELETE RESTRICT ON UPDATE CASCADE;

-- A page only with its document, and a page is 1 or more (Prisma cannot declare it).
ALTER TABLE "MilestoneSource" ADD CONSTRAINT "MilestoneSource_page_check" CHECK ("page" IS NULL OR ("page" > 0 AND "documentSha256" IS NOT NULL));
