-- CreateTable
CREATE TABLE "CaseProfile" (
    "id" BIGSERIAL NOT NULL,
    "caseId" TEXT NOT NULL,
    "forumId" TEXT NOT NULL,
    "situationId" TEXT NOT NULL,
    "stage" "CaseStage" NOT NULL,
    "openedOn" DATE NOT NULL,
    "crimeId" TEXT NOT NULL,
    "modeId" TEXT NOT NULL,
    "kindId" TEXT,
    "levelId" TEXT,

    CONSTRAINT "CaseProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CoverageTally" (
    "id" BIGSERIAL NOT NULL,
    "situationId" TEXT NOT NULL,
    "modeId" TEXT,
    "forumId" TEXT NOT NULL,
    "crimeId" TEXT NOT NULL,
    "kindId" TEXT NOT NULL,
    "levelId" TEXT,
    "cases" INTEGER NOT NULL,
    "folded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CoverageTally_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseTally" (
    "id" BIGSERIAL NOT NULL,
    "facet" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "cases" INTEGER NOT NULL,
    "folded" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CaseTally_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaseProfile_caseId_crimeId_modeId_kindId_levelId_idx" ON "CaseProfile"("caseId", "crimeId", "modeId", "kindId", "levelId");

-- CreateIndex
CREATE INDEX "CoverageTally_situationId_modeId_idx" ON "CoverageTally"("situationId", "modeId");

-- CreateIndex
CREATE INDEX "CaseTally_facet_value_idx" ON "CaseTally"("facet", "value");

-- ---------------------------------------------------------------------------------------------
-- The derived tables' triggers (docs/decisions/016-counts-at-scale.md). Written by hand: Prisma
-- neither diffs nor introspects functions and triggers, so `migrate dev` leaves them alone.
--
-- Every writer (the forms' use cases, the batch import, a dump restore, the benchmark's generator,
-- a psql session) goes through these, so the counts cannot drift from the data. They are
-- statement-level triggers over transition tables: a batch of 500 charges costs one refresh, not 500.

-- The profiles of some cases, recomputed from the cases, charges and accused; the changes, as
-- differences, appended to the tallies. A deleted case, or a deleted charge's case, has none.
CREATE FUNCTION refresh_case_profiles(ids TEXT[]) RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN
    RETURN;
  END IF;
  -- Two transactions refreshing one case take turns, on the case's row (not an advisory lock: an
  -- import refreshes 100,000 cases in one transaction). The statement below then reads what the
  -- first one committed; without the wait it would add its profiles beside the first one's.
  PERFORM 1 FROM "Case" WHERE id IN (SELECT unnest(ids)) ORDER BY id FOR NO KEY UPDATE;
  WITH wanted AS (
    SELECT DISTINCT id FROM unnest(ids) AS t(id)
  ), old AS (
    DELETE FROM "CaseProfile" p USING wanted w WHERE p."caseId" = w.id
    RETURNING p."caseId", p."forumId", p."situationId", p."crimeId", p."modeId", p."kindId", p."levelId"
  ), fresh AS (
    INSERT INTO "CaseProfile" ("caseId", "forumId", "situationId", "stage", "openedOn", "crimeId", "modeId", "kindId", "levelId")
    SELECT DISTINCT c.id, c."forumId", c."situationId", c.stage, c."openedOn", ch."crimeId", ch."modeId", a."kindId", a."levelId"
      FROM wanted w
      JOIN "Case" c ON c.id = w.id AND c."deletedAt" IS NULL
      JOIN "Charge" ch ON ch."caseId" = c.id
      -- A charge against its own accused, or, naming none, against each accused of the case
      -- (lib/server/queries/coverage.ts had this join; the case list's facets read it too).
      LEFT JOIN "CaseAccused" ca ON ch."accusedId" IS NULL AND ca."caseId" = c.id
      LEFT JOIN "Accused" a ON a.id = COALESCE(ch."accusedId", ca."accusedId") AND a."deletedAt" IS NULL
     WHERE ch."accusedId" IS NULL OR a.id IS NOT NULL
    RETURNING "caseId", "forumId", "situationId", "crimeId", "modeId", "kindId", "levelId"
  ), changed AS (
    SELECT -1 AS d, * FROM old
    UNION ALL
    SELECT 1, * FROM fresh
  ), cells AS (
    -- A matrix cell needs an accused. A legal person has no level in the matrix ("-").
    SELECT DISTINCT d, ch."caseId", ch."situationId", ch."modeId", ch."forumId", ch."crimeId", ch."kindId",
           CASE WHEN k.slug = 'legal' THEN NULL ELSE ch."levelId" END AS "levelId"
      FROM changed ch JOIN "AccusedKind" k ON k.id = ch."kindId"
  ), coverage AS (
    INSERT INTO "CoverageTally" ("situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", "cases")
    SELECT "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", sum(d)
      FROM (
        SELECT d, "caseId", "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId" FROM cells
        UNION -- any mode: each case once per cell
        SELECT d, "caseId", "situationId", NULL, "forumId", "crimeId", "kindId", "levelId" FROM cells
      ) per_case
     GROUP BY "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId"
    HAVING sum(d) <> 0
    RETURNING 1
  )
  INSERT INTO "CaseTally" ("facet", "value", "cases")
  SELECT facet, value, sum(d)
    FROM (
      SELECT DISTINCT d, "caseId", v.facet, v.value
        FROM changed
        CROSS JOIN LATERAL (VALUES ('crime', "crimeId"), ('mode', "modeId"), ('accused', "kindId"), ('level', "levelId")) AS v(facet, value)
       WHERE v.value IS NOT NULL
    ) per_case
   GROUP BY facet, value
  HAVING sum(d) <> 0;
  PERFORM fold_tallies();
END $$;

-- Folds the rows of each tally into one row per key once 4,000 differences were appended since
-- the last fold (however many keys there are). Rows another transaction holds are skipped, not
-- waited for: a long import never blocks anyone here.
CREATE FUNCTION fold_tallies() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT count(*) FROM (SELECT 1 FROM "CoverageTally" WHERE NOT folded LIMIT 4001) t) > 4000 THEN
    WITH gone AS (
      DELETE FROM "CoverageTally" WHERE id IN (SELECT id FROM "CoverageTally" FOR UPDATE SKIP LOCKED)
      RETURNING "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", "cases"
    )
    INSERT INTO "CoverageTally" ("situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", "cases", "folded")
    SELECT "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId", sum("cases"), TRUE
      FROM gone GROUP BY "situationId", "modeId", "forumId", "crimeId", "kindId", "levelId" HAVING sum("cases") <> 0;
  END IF;
  IF (SELECT count(*) FROM (SELECT 1 FROM "CaseTally" WHERE NOT folded LIMIT 4001) t) > 4000 THEN
    WITH gone AS (
      DELETE FROM "CaseTally" WHERE id IN (SELECT id FROM "CaseTally" FOR UPDATE SKIP LOCKED)
      RETURNING "facet", "value", "cases"
    )
    INSERT INTO "CaseTally" ("facet", "value", "cases", "folded")
    SELECT "facet", "value", sum("cases"), TRUE FROM gone GROUP BY "facet", "value" HAVING sum("cases") <> 0;
  END IF;
END $$;

-- Charges and the accused of cases: the cases they belong to are refreshed.
CREATE FUNCTION charges_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_case_profiles(ARRAY(SELECT DISTINCT "caseId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_case_profiles(ARRAY(SELECT DISTINCT "caseId" FROM old_rows));
  ELSE
    PERFORM refresh_case_profiles(ARRAY(SELECT "caseId" FROM new_rows UNION SELECT "caseId" FROM old_rows));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Charge_insert_profiles" AFTER INSERT ON "Charge" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();
CREATE TRIGGER "Charge_update_profiles" AFTER UPDATE ON "Charge" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();
CREATE TRIGGER "Charge_delete_profiles" AFTER DELETE ON "Charge" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();
CREATE TRIGGER "CaseAccused_insert_profiles" AFTER INSERT ON "CaseAccused" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();
CREATE TRIGGER "CaseAccused_update_profiles" AFTER UPDATE ON "CaseAccused" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();
CREATE TRIGGER "CaseAccused_delete_profiles" AFTER DELETE ON "CaseAccused" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION charges_changed();

-- An accused whose kind, level or deletion changed: every case naming them is refreshed.
CREATE FUNCTION accused_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_case_profiles(ARRAY(
    WITH moved AS (
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n."kindId", n."levelId", n."deletedAt") IS DISTINCT FROM (o."kindId", o."levelId", o."deletedAt")
    )
    SELECT ca."caseId" FROM "CaseAccused" ca JOIN moved m ON m.id = ca."accusedId"
    UNION
    SELECT ch."caseId" FROM "Charge" ch JOIN moved m ON m.id = ch."accusedId"));
  RETURN NULL;
END $$;

CREATE TRIGGER "Accused_update_profiles" AFTER UPDATE ON "Accused" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION accused_changed();

-- Cases: the case-level tally (total, forum, situation, stage, year of the first stage) follows
-- every live case; the profiles follow the facets they copy and the case's deletion.
CREATE FUNCTION cases_changed() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO "CaseTally" ("facet", "value", "cases")
    SELECT v.facet, v.value, count(*) FROM new_rows n
      CROSS JOIN LATERAL (VALUES ('total', ''), ('forum', n."forumId"), ('situation', n."situationId"), ('stage', n.stage::text),
                                 ('year', date_part('year', n."openedOn")::int::text)) AS v(facet, value)
     WHERE n."deletedAt" IS NULL
     GROUP BY v.facet, v.value;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO "CaseTally" ("facet", "value", "cases")
    SELECT v.facet, v.value, -count(*) FROM old_rows o
      CROSS JOIN LATERAL (VALUES ('total', ''), ('forum', o."forumId"), ('situation', o."situationId"), ('stage', o.stage::text),
                                 ('year', date_part('year', o."openedOn")::int::text)) AS v(facet, value)
     WHERE o."deletedAt" IS NULL
     GROUP BY v.facet, v.value;
    PERFORM refresh_case_profiles(ARRAY(SELECT id FROM old_rows));
  ELSE
    -- Most updates (a title, a search document) change none of these: they add nothing.
    INSERT INTO "CaseTally" ("facet", "value", "cases")
    SELECT v.facet, v.value, sum(x.d) FROM (
        SELECT -1 AS d, o."forumId", o."situationId", o.stage, o."openedOn" FROM old_rows o WHERE o."deletedAt" IS NULL
        UNION ALL
        SELECT 1, n."forumId", n."situationId", n.stage, n."openedOn" FROM new_rows n WHERE n."deletedAt" IS NULL
      ) x
      CROSS JOIN LATERAL (VALUES ('total', ''), ('forum', x."forumId"), ('situation', x."situationId"), ('stage', x.stage::text),
                                 ('year', date_part('year', x."openedOn")::int::text)) AS v(facet, value)
     GROUP BY v.facet, v.value
    HAVING sum(x.d) <> 0;
    PERFORM refresh_case_profiles(ARRAY(
      SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
       WHERE (n."forumId", n."situationId", n.stage, n."openedOn", n."deletedAt")
             IS DISTINCT FROM (o."forumId", o."situationId", o.stage, o."openedOn", o."deletedAt")));
  END IF;
  PERFORM fold_tallies();
  RETURN NULL;
END $$;

CREATE TRIGGER "Case_insert_tallies" AFTER INSERT ON "Case" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_changed();
CREATE TRIGGER "Case_update_tallies" AFTER UPDATE ON "Case" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_changed();
CREATE TRIGGER "Case_delete_tallies" AFTER DELETE ON "Case" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cases_changed();

-- Everything derived, recomputed from the data: for this migration's existing cases, and as the
-- repair should the tables ever be doubted (`SELECT rebuild_case_tallies()`).
CREATE FUNCTION rebuild_case_tallies() RETURNS VOID LANGUAGE plpgsql AS $$
BEGIN
  -- No write may commit between the deletes and the recount: it would be counted twice.
  LOCK TABLE "Case", "Charge", "CaseAccused", "Accused" IN SHARE MODE;
  DELETE FROM "CaseProfile";
  DELETE FROM "CoverageTally";
  DELETE FROM "CaseTally";
  INSERT INTO "CaseTally" ("facet", "value", "cases", "folded")
  SELECT v.facet, v.value, count(*), TRUE FROM "Case" c
    CROSS JOIN LATERAL (VALUES ('total', ''), ('forum', c."forumId"), ('situation', c."situationId"), ('stage', c.stage::text),
                               ('year', date_part('year', c."openedOn")::int::text)) AS v(facet, value)
   WHERE c."deletedAt" IS NULL
   GROUP BY v.facet, v.value;
  PERFORM refresh_case_profiles(ARRAY(SELECT id FROM "Case" WHERE "deletedAt" IS NULL));
END $$;

-- TRUNCATE has no transition tables: recompute.
CREATE FUNCTION cases_truncated() RETURNS TRIGGER LANGUAGE plpgsql AS $$
BEGIN
  PERFORM rebuild_case_tallies();
  RETURN NULL;
END $$;

CREATE TRIGGER "Case_truncate_tallies" AFTER TRUNCATE ON "Case" FOR EACH STATEMENT EXECUTE FUNCTION cases_truncated();
CREATE TRIGGER "Charge_truncate_tallies" AFTER TRUNCATE ON "Charge" FOR EACH STATEMENT EXECUTE FUNCTION cases_truncated();
CREATE TRIGGER "CaseAccused_truncate_tallies" AFTER TRUNCATE ON "CaseAccused" FOR EACH STATEMENT EXECUTE FUNCTION cases_truncated();
CREATE TRIGGER "Accused_truncate_tallies" AFTER TRUNCATE ON "Accused" FOR EACH STATEMENT EXECUTE FUNCTION cases_truncated();

SELECT rebuild_case_tallies();
