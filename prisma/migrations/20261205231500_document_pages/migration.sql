-- The text extracted from documents, page by page, and its search document
-- (docs/decisions/050-text-extraction-and-search-inside-documents.md).

-- AlterTable
ALTER TABLE "DocumentBlob" ADD COLUMN     "textAttempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "textClaimedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DocumentPage" (
    "sha256" TEXT NOT NULL,
    "page" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.search_key(text))) STORED,

    CONSTRAINT "DocumentPage_pkey" PRIMARY KEY ("sha256","page")
);

-- CreateIndex
-- The milestones citing a source (a search inside a source's documents finds them); the key
-- (milestoneId, sourceId) cannot be searched by its second column.
CREATE INDEX "MilestoneSource_sourceId_idx" ON "MilestoneSource"("sourceId");

-- AddForeignKey
ALTER TABLE "DocumentPage" ADD CONSTRAINT "DocumentPage_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "DocumentBlob"("sha256") ON DELETE CASCADE ON UPDATE CASCADE;

-- What Prisma's schema cannot say. Pages are numbered from 1, as a PDF reader numbers them.
ALTER TABLE "DocumentPage" ADD CONSTRAINT "DocumentPage_page_check" CHECK ("page" >= 1);

-- The search inside documents: one GIN index over every page's keys.
CREATE INDEX "DocumentPage_searchVector_idx" ON "DocumentPage" USING GIN ("searchVector");

-- Every table tells the servers that listen when it changes (docs/decisions/024-caches-dropped-by-changes.md).
CREATE TRIGGER "notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DocumentPage" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
