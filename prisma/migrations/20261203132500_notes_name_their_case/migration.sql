-- A note tells listeners which case it is on ("Annotation case=<slug>"): visitors see only a
-- count of notes, on that case's page, so a note need not drop every kept page
-- (docs/decisions/024-caches-dropped-by-changes.md). Transition tables need one trigger per event.
CREATE FUNCTION notify_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  case_slug text;
BEGIN
  FOR case_slug IN SELECT DISTINCT c.slug FROM changed_notes n JOIN "Case" c ON c.id = n."caseId" LOOP
    PERFORM pg_notify('tracker_table_change', 'Annotation case=' || case_slug);
  END LOOP;
  RETURN NULL;
END;
$$;

DROP TRIGGER "notify_change" ON "Annotation";
CREATE TRIGGER "notify_change" AFTER INSERT ON "Annotation" REFERENCING NEW TABLE AS changed_notes FOR EACH STATEMENT EXECUTE FUNCTION notify_note_change();
CREATE TRIGGER "notify_change_on_update" AFTER UPDATE ON "Annotation" REFERENCING NEW TABLE AS changed_notes FOR EACH STATEMENT EXECUTE FUNCTION notify_note_change();
CREATE TRIGGER "notify_change_on_delete" AFTER DELETE ON "Annotation" REFERENCING OLD TABLE AS changed_notes FOR EACH STATEMENT EXECUTE FUNCTION notify_note_change();
CREATE TRIGGER "notify_change_on_truncate" AFTER TRUNCATE ON "Annotation" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
