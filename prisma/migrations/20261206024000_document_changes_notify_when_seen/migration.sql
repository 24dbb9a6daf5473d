-- The document tables tell listeners they changed only when a row did, and a blob only when what a
-- page shows of it did (its text's state and reason). The extraction job claims a queued blob at
-- every server start and every five minutes with an UPDATE that most often changes no row, and a
-- claim stamps columns no page reads: with statement triggers each of those dropped every visitor's
-- page (docs/decisions/024-caches-dropped-by-changes.md). Transition tables need one trigger per event.
CREATE FUNCTION notify_rows_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed_rows) THEN
    PERFORM pg_notify('tracker_table_change', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END;
$$;

CREATE FUNCTION notify_document_blob_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM old_blobs o JOIN new_blobs n ON n.sha256 = o.sha256
              WHERE n."textState" IS DISTINCT FROM o."textState"
                 OR n."textReason" IS DISTINCT FROM o."textReason"
                 OR n."text" IS DISTINCT FROM o."text"
                 OR n."size" IS DISTINCT FROM o."size"
                 OR n."mediaType" IS DISTINCT FROM o."mediaType") THEN
    PERFORM pg_notify('tracker_table_change', TG_TABLE_NAME);
  END IF;
  RETURN NULL;
END;
$$;

DROP TRIGGER "notify_change" ON "DocumentBlob";
CREATE TRIGGER "notify_change" AFTER INSERT ON "DocumentBlob" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_update" AFTER UPDATE ON "DocumentBlob" REFERENCING OLD TABLE AS old_blobs NEW TABLE AS new_blobs FOR EACH STATEMENT EXECUTE FUNCTION notify_document_blob_update();
CREATE TRIGGER "notify_change_on_delete" AFTER DELETE ON "DocumentBlob" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_truncate" AFTER TRUNCATE ON "DocumentBlob" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();

DROP TRIGGER "notify_change" ON "DocumentAttachment";
CREATE TRIGGER "notify_change" AFTER INSERT ON "DocumentAttachment" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_update" AFTER UPDATE ON "DocumentAttachment" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_delete" AFTER DELETE ON "DocumentAttachment" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_truncate" AFTER TRUNCATE ON "DocumentAttachment" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();

DROP TRIGGER "notify_change" ON "DocumentPage";
CREATE TRIGGER "notify_change" AFTER INSERT ON "DocumentPage" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_update" AFTER UPDATE ON "DocumentPage" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_delete" AFTER DELETE ON "DocumentPage" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_rows_change();
CREATE TRIGGER "notify_change_on_truncate" AFTER TRUNCATE ON "DocumentPage" FOR EACH STATEMENT EXECUTE FUNCTION notify_table_change();
