-- The source picker's search by search keys (docs/decisions/045-timeline-and-source-search-by-keys.md):
-- a source's title and publisher as keys, in a column the database generates, so that every writer
-- (the forms, the imports, the dump's restore, the seed) keeps it without knowing. The instruments
-- and provisions a source is the text of are a few dozen rows, keyed as the search reads them.

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "searchVector" tsvector
  GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, public.search_key(coalesce(title, '') || ' ' || coalesce(publisher, '')))) STORED;

-- CreateIndex
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");
