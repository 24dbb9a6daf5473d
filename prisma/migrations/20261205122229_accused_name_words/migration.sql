-- The accused list's search by name, in the database (decision 047): the words of an accused's
-- names and aliases as a tsvector of their search keys, exactly the words lib/core/search-normal.ts
-- nameKey makes (name_key, decision 040), taken as they are (array_to_tsvector: no parser, no
-- dictionary), so that a word typed and keyed the same way is asked as a prefix ('putin':*)
-- against an index instead of every accused being read and matched in the page's memory.

-- The words of a name key ("putin vladimir"), as lexemes; none for an empty or absent key.
-- Function bodies name public.*: indexes are built with search_path set to pg_catalog (decision 040).
CREATE FUNCTION key_words(k text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT coalesce(array_to_tsvector(string_to_array(nullif(k, ''), ' ')), ''::tsvector)
$$;

-- An accused's own names: the name and the Ukrainian name.
CREATE FUNCTION accused_name_words(name text, "nameOriginal" text)
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
  SELECT public.key_words(public.name_key(name)) || public.key_words(public.name_key("nameOriginal"))
$$;

CREATE INDEX "Accused_name_words_idx" ON "Accused" USING GIN (accused_name_words(name, "nameOriginal"));

-- An alias's key is its name's name_key, written by the app (AccusedAlias.key).
CREATE INDEX "AccusedAlias_key_words_idx" ON "AccusedAlias" USING GIN (key_words(key));
