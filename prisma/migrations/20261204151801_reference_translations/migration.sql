-- Reference data in another language, with its state (docs/decisions/039-reference-data-in-two-languages.md).

-- CreateEnum
CREATE TYPE "TranslationState" AS ENUM ('OFFICIAL', 'TRANSLATED', 'MISSING');

-- CreateTable
CREATE TABLE "Translation" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "state" "TranslationState" NOT NULL,
    "text" TEXT,
    "sourceId" TEXT,
    "sourceLocator" TEXT,
    "translatedBy" TEXT,
    "translatedOn" DATE,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Translation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Translation_entityType_entityId_field_locale_key" ON "Translation"("entityType", "entityId", "field", "locale");

-- AddForeignKey
ALTER TABLE "Translation" ADD CONSTRAINT "Translation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Like every table, it tells listeners when it changes (decision 024): the held vocabulary reads it.
CREATE TRIGGER "notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Translation" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
