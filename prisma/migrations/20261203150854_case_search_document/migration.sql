-- A case's full-text document (docs/decisions/008-case-search.md), defined once: the rebuild
-- (lib/server/cases/search-document.ts) gives it the case's accused and charges as aggregated
-- from their tables, and the batch import gives it the same texts as it inserts the case, so a
-- case is written once, not inserted and then updated.
CREATE FUNCTION case_search_document(reference text, title text, accused text, charges text, summary text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT setweight(to_tsvector('simple', coalesce(reference, '') || ' ' || title), 'A')
      || setweight(to_tsvector('simple', coalesce(accused, '')), 'A')
      || setweight(to_tsvector('simple', coalesce(charges, '')), 'B')
      || setweight(to_tsvector('simple', coalesce(summary, '')), 'C')
$$;
