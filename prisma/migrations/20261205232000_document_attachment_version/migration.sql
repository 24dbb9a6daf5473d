-- An attachment's version: removing it (deletedAt) and restoring it by attaching the same file
-- again count as changes, so that a removal confirmed on a page read before them is refused
-- (docs/decisions/052-documents-in-the-browser.md).
ALTER TABLE "DocumentAttachment" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
