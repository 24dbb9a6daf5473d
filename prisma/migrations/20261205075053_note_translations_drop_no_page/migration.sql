-- A Translation row tells listeners it changed only when a held value or a visitor's page can read
-- it: a note's other-language body is read by analysts alone, and a statement that changed no row
-- (a save that kept every translation) changed nothing anyone holds
-- (docs/decisions/024-caches-dropped-by-changes.md). Transition tables need one trigger per event.
CREATE FUNCTION notify_translation_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_translations WHERE "entityType" <> 'Annotation') THEN
    PERFORM pg_notify('tracker_table_change', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER "notify_change" ON "Translation";
CREATE TRIGGER "notify_change" AFTER INSERT ON "Translation" REFERENCING NEW TABLE AS changed_translations FOR EACH STATEMENT EXECUTE FUNCTION notify_translation_change();
CREATE TRIGGER "notify_change_on_update" AFTER UPDATE ON "Translation" REFERENCING NEW TABLE AS changed_translations FOR EACH STATEMENT EXECUTE FUNCTION notify_translation_change();
CREATE TRIGGER "notify_change_on_delete" AFTER DELETE ON "Translation" REFERENCING OLD TABLE AS changed_translations FOR EACH STATEMENT EXECUTE FUNCTION notify_translation_change();
CREATE TRIGGER "notify_change_on_truncate" AFTER TRUNCATE ON "Translation" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
