-- The timeline's search by search keys (docs/decisions/045-timeline-and-source-search-by-keys.md,
-- supplementing 040): a milestone's document is the keys of its texts (A: title; B: description
-- and what it changed), of their texts in the other language (Translation rows that are not
-- MISSING, weighted as the field they translate), and of its sources' titles and the passages
-- cited (C), split by the 'simple' configuration as the cases' documents are.

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "searchVector" tsvector;

-- CreateIndex
CREATE INDEX "Milestone_searchVector_idx" ON "Milestone" USING GIN ("searchVector");

-- The document of a milestone, read from its row's texts (given: a BEFORE trigger has them before
-- the row is written) and from its translations and sources (read: they are rows of their own).
-- Parameters are prefixed so that no column of the subqueries hides them.
CREATE FUNCTION milestone_search_document(p_id text, p_title text, p_description text, p_what_changed text)
RETURNS tsvector
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple', public.search_key(concat_ws(' ', p_title,
           (SELECT string_agg(t.text, ' ' ORDER BY t.locale COLLATE "C")
              FROM public."Translation" t
             WHERE t."entityType" = 'Milestone' AND t."entityId" = p_id AND t.field = 'title'
               AND t.state <> 'MISSING' AND t.text IS NOT NULL)))), 'A')
      || setweight(to_tsvector('simple', public.search_key(concat_ws(' ', p_description, p_what_changed,
           (SELECT string_agg(t.text, ' ' ORDER BY t.field COLLATE "C", t.locale COLLATE "C")
              FROM public."Translation" t
             WHERE t."entityType" = 'Milestone' AND t."entityId" = p_id AND t.field IN ('description', 'whatChanged')
               AND t.state <> 'MISSING' AND t.text IS NOT NULL)))), 'B')
      || setweight(to_tsvector('simple', public.search_key(coalesce(
           (SELECT string_agg(concat_ws(' ', s.title, ms.locator), ' ' ORDER BY ms."sortOrder", s.id COLLATE "C")
              FROM public."MilestoneSource" ms JOIN public."Source" s ON s.id = ms."sourceId"
             WHERE ms."milestoneId" = p_id), ''))), 'C')
$$;

-- Rebuilds the documents of the given milestones from what is stored now.
CREATE FUNCTION refresh_milestone_search(ids text[])
RETURNS void
LANGUAGE sql
AS $$
  UPDATE public."Milestone" m
     SET "searchVector" = public.milestone_search_document(m.id, m.title, m.description, m."whatChanged")
   WHERE m.id = ANY(ids)
$$;

-- Triggers keep the documents, as they keep the case tallies (decision 016): every writer is
-- covered, the use cases, the imports, the dump's restore, the seed and a source renamed anywhere,
-- without any of them knowing. A row's own texts: before it is written, so no second write.
CREATE FUNCTION milestone_search_own() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := public.milestone_search_document(NEW.id, NEW.title, NEW.description, NEW."whatChanged");
  RETURN NEW;
END $$;

CREATE TRIGGER "Milestone_search_document" BEFORE INSERT OR UPDATE OF title, description, "whatChanged" ON "Milestone"
  FOR EACH ROW EXECUTE FUNCTION milestone_search_own();

-- A milestone's translations and cited sources: after each statement, once for the milestones it
-- touched. Transition tables need one trigger per event; each names its rows changed_rows.
CREATE FUNCTION milestone_translations_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids text[];
BEGIN
  ids := ARRAY(SELECT DISTINCT "entityId" FROM changed_rows WHERE "entityType" = 'Milestone');
  IF cardinality(ids) > 0 THEN PERFORM public.refresh_milestone_search(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Translation_insert_milestone_search" AFTER INSERT ON "Translation" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_translations_changed();
CREATE TRIGGER "Translation_update_milestone_search" AFTER UPDATE ON "Translation" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_translations_changed();
CREATE TRIGGER "Translation_delete_milestone_search" AFTER DELETE ON "Translation" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_translations_changed();

CREATE FUNCTION milestone_sources_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids text[];
BEGIN
  ids := ARRAY(SELECT DISTINCT "milestoneId" FROM changed_rows);
  IF cardinality(ids) > 0 THEN PERFORM public.refresh_milestone_search(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "MilestoneSource_insert_search" AFTER INSERT ON "MilestoneSource" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_sources_changed();
CREATE TRIGGER "MilestoneSource_update_search" AFTER UPDATE ON "MilestoneSource" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_sources_changed();
CREATE TRIGGER "MilestoneSource_delete_search" AFTER DELETE ON "MilestoneSource" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION milestone_sources_changed();

-- A source renamed: the milestones citing it.
CREATE FUNCTION source_titles_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids text[];
BEGIN
  ids := ARRAY(SELECT DISTINCT ms."milestoneId"
                 FROM new_rows n JOIN old_rows o ON o.id = n.id
                 JOIN public."MilestoneSource" ms ON ms."sourceId" = n.id
                WHERE n.title IS DISTINCT FROM o.title);
  IF cardinality(ids) > 0 THEN PERFORM public.refresh_milestone_search(ids); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Source_update_milestone_search" AFTER UPDATE ON "Source" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION source_titles_changed();

-- Every existing milestone's document.
UPDATE "Milestone" SET "searchVector" = milestone_search_document(id, title, description, "whatChanged");
