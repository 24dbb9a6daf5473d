-- CreateTable
CREATE TABLE "AccusedAlias" (
    "id" TEXT NOT NULL,
    "accusedId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "spelling" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccusedAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccusedAlias_key_idx" ON "AccusedAlias"("key");

-- CreateIndex
CREATE UNIQUE INDEX "AccusedAlias_accusedId_spelling_key" ON "AccusedAlias"("accusedId", "spelling");

-- AddForeignKey
ALTER TABLE "AccusedAlias" ADD CONSTRAINT "AccusedAlias_accusedId_fkey" FOREIGN KEY ("accusedId") REFERENCES "Accused"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The search key (docs/decisions/040-names-in-every-spelling-and-ukrainian-search.md): exactly
-- lib/core/search-normal.ts searchKey, which the query side applies to the words asked (an
-- integration test compares the two). Capital Cyrillic is lowered by translate(), not lower(),
-- which under a "C" character type leaves Cyrillic as it is.
CREATE FUNCTION search_key(t text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT replace(regexp_replace(
           translate(
             replace(replace(replace(replace(replace(replace(replace(replace(replace(
               translate(lower(translate(normalize(t, NFC), 'АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯЫЭЁЪ', 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэёъ')), '''’ʼ`', ''),
             'щ', 'shch'), 'ж', 'zh'), 'х', 'kh'), 'ц', 'ts'), 'ч', 'ch'), 'ш', 'sh'), 'ю', 'iu'), 'я', 'ia'), 'є', 'ie'),
             'абвгґдезиіїйклмнопрстуфыэёygьъ', 'abvhhdeziiiiklmnoprstufieeih'),
           '([ih])\1+', '\1', 'g'),
         'ie', 'e')
$$;

-- A case's document is now made of the keys of its texts, so every spelling of a word is one lexeme.
CREATE OR REPLACE FUNCTION case_search_document(reference text, title text, accused text, charges text, summary text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple', public.search_key(coalesce(reference, '') || ' ' || title)), 'A')
      || setweight(to_tsvector('simple', public.search_key(coalesce(accused, ''))), 'A')
      || setweight(to_tsvector('simple', public.search_key(coalesce(charges, ''))), 'B')
      || setweight(to_tsvector('simple', public.search_key(coalesce(summary, ''))), 'C')
$$;

-- Every stored document again, as lib/server/cases/search-document.ts builds them.
UPDATE "Case" AS target
   SET "searchVector" = case_search_document(
         c.reference,
         c.title,
         (SELECT string_agg(a.name || ' ' || coalesce(a."nameOriginal", ''), ' ' ORDER BY a.id COLLATE "C")
            FROM "CaseAccused" ca JOIN "Accused" a ON a.id = ca."accusedId"
           WHERE ca."caseId" = c.id AND a."deletedAt" IS NULL),
         (SELECT string_agg(cc.name || ' ' || m.name || ' ' || ch."provisionCited" || ' ' || coalesce(ch.description, ''), ' ' ORDER BY ch."createdAt", ch.id COLLATE "C")
            FROM "Charge" ch
            JOIN "CrimeCategory" cc ON cc.id = ch."crimeId"
            JOIN "ModeOfLiability" m ON m.id = ch."modeId"
           WHERE ch."caseId" = c.id),
         c.summary)
  FROM "Case" c
 WHERE target.id = c.id;

UPDATE "Annotation" SET "searchVector" = to_tsvector('simple', search_key(body));

-- Function bodies name public.search_key: PostgreSQL 17 (and PGlite) builds and analyses indexes
-- with search_path set to pg_catalog only, where an unqualified search_key does not exist.
-- A full name's key for the same-person check: its words' search keys in code-unit order, so the
-- order of the words does not matter (lib/core/search-normal.ts nameKey, compared by a test).
CREATE FUNCTION name_key(t text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$
  SELECT coalesce(string_agg(w, ' ' ORDER BY w COLLATE "C"), '')
    FROM regexp_split_to_table(public.search_key(t), '[^a-z0-9\u0080-\uffff]+') AS w
   WHERE w <> ''
$$;

-- The same-person check looks accused up by the keys of their names (decision 040).
CREATE INDEX "Accused_name_key_idx" ON "Accused" (name_key(name));
CREATE INDEX "Accused_nameOriginal_key_idx" ON "Accused" (name_key("nameOriginal"));

-- Caches are dropped by changes to the table (decision 024).
CREATE TRIGGER "notify_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AccusedAlias" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
