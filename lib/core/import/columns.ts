/**
 * The columns of an import CSV, per kind, with what each holds. The import page lists them and
 * offers each kind's header row as a template; the row readers (./rows.ts) read exactly these
 * headers (case, spaces and hyphens ignored: "Accused name" reads as accused_name).
 *
 * Lists in one cell are separated by ";". Yes/no cells take yes, no, true, false, 1, 0 or empty (no).
 * References name records by their external id or, for records made in the tracker, by their slug.
 */
import type { ImportKind } from "./types";

export type ImportColumn = { name: string; required: boolean; description: string };

const col = (name: string, description: string, required = false): ImportColumn => ({ name, required, description });

export const CASE_COLUMNS: readonly ImportColumn[] = [
  col("external_id", "Your id for the case. Every row of one case carries it, and the rows of a case come one after another. Importing it again updates the case.", true),
  col("reference", "The forum's own public case number; empty where none is public."),
  col("title", "The case's title.", true),
  col("summary", "A short summary."),
  col("forum", "The forum's slug.", true),
  col("situation", "The situation's slug.", true),
  col("stage", "The stage reached, e.g. warrant-or-notice-of-suspicion or WARRANT_OR_NOTICE_OF_SUSPICION. On a case already imported, a different stage is recorded as a stage change, which the stage rules must allow.", true),
  col("stage_date", "When that stage was reached: YYYY-MM-DD, YYYY-MM or YYYY.", true),
  col("in_absentia", "yes when the stage is in the accused's absence."),
  col("stage_note", "Why, when the stage goes back or closes the case. A recorded stage's note is not changed by an import."),
  col("is_synthetic", "yes for demonstration data, which is never a fact."),
  col("milestones", "Milestones the case is linked to: slugs or external ids, separated by \";\". An import adds links and never removes one (remove a link on the case's page)."),
  col("accused_id", "Your id for the accused on this row. The same person in several cases carries the same id; a different description on a later import updates their record.", true),
  col("accused_name", "The accused's name in English. Needed where an accused is first described; leave it (and the other accused columns) empty on rows that name an accused already recorded or described above."),
  col("accused_name_uk", "The accused's name in Ukrainian."),
  col("accused_kind", "natural (a person) or legal (a company or other legal entity). Needed with accused_name."),
  col("accused_rank", "Military or official rank (natural persons)."),
  col("accused_level", "Level of responsibility slug (natural persons)."),
  col("accused_description", "Who the accused is."),
  col("aliases", "Other spellings of the accused's name (Путин, Poutine), separated by \"|\". Search and the same-person check match them. An import adds spellings and never removes one (remove one through the API)."),
  col("crime", "The crime category's slug. Leave crime, mode and provision_cited empty on a row that only adds an accused or a source."),
  col("mode", "The mode of liability's slug."),
  col("provision_cited", "The provision as the source cites it, e.g. article 8(2)(a)(vii)."),
  col("provision", "The slug of the tracker's provision record the citation rests on, where there is one."),
  col("charge_description", "What the charge alleges."),
  col("knowledge_standard", "Command responsibility only: KNEW, SHOULD_HAVE_KNOWN (a military commander, Article 28(a)) or CONSCIOUSLY_DISREGARDED (a civilian superior, Article 28(b)); empty when the source does not say."),
  col("failed_duties", "Command responsibility only: PREVENT, REPRESS, SUBMIT_TO_AUTHORITIES, separated by \";\"."),
  col("source", "A source of the case: its external id or slug (import sources first). One per row; a case collects its rows' sources."),
  col("source_locator", "Where in that source: page, paragraph, article."),
  col("lang", "The language the title and summary are written in: en or uk. Empty, or the column left out: the case keeps the language it is recorded in (en for a new case), and the columns below give its text in the other language: title_en for a case recorded in Ukrainian, title_uk for one in English. A text in the case's own language is refused."),
  col("title_uk", "The title in Ukrainian, for a case written in English (stored as translated by you, today)."),
  col("summary_uk", "The summary in Ukrainian, for a case written in English."),
  col("title_en", "The title in English, for a case written in Ukrainian. These four columns may be left out: a column left out keeps the case's text; an empty cell in a column given removes it."),
  col("summary_en", "The summary in English, for a case written in Ukrainian."),
];

export const MILESTONE_COLUMNS: readonly ImportColumn[] = [
  col("external_id", "Your id for the milestone. Importing it again updates the milestone.", true),
  col("date", "When it happened: YYYY-MM-DD, YYYY-MM or YYYY.", true),
  col("title", "The milestone's title.", true),
  col("description", "What happened.", true),
  col("what_changed", "What it changed in the accountability architecture."),
  col("status", "happened (the default, when empty) or expected: scheduled, announced or pending on that date. A milestone marked happened cannot be dated after today."),
  col("track", "The track's slug.", true),
  col("type", "The milestone type's slug.", true),
  col("situation", "The situation's slug, if it concerns one."),
  col("forums", "Forum slugs, separated by \";\"."),
  col("instruments", "Instrument slugs, separated by \";\"."),
  col("cases", "Cases it concerns: slugs or external ids, separated by \";\". An import adds links and never removes one."),
  col("sources", "Its sources: external ids or slugs, separated by \";\". At least one.", true),
  col("source_locators", "Where in each source, in the same order, separated by \";\" (empty between two \";\" for none)."),
  col("source_documents", "The document each source's passage is in: the SHA-256 fingerprint (64 hexadecimal digits) of a document attached to that source, in the same order, separated by \";\" (empty for none). The column left out: the milestone keeps the documents and pages its sources cite."),
  col("source_pages", "The page of that document the passage is on, a whole number from 1, in the same order, separated by \";\" (empty for none). Needs the document."),
  col("lang", "The language the title, description and what_changed are written in: en or uk. Empty, or the column left out: the milestone keeps the language it is recorded in (en for a new milestone), and the columns below give its texts in the other language: title_en for a milestone recorded in Ukrainian, title_uk for one in English. A text in the milestone's own language is refused."),
  col("title_uk", "The title in Ukrainian, for a milestone written in English (stored as translated by you, today)."),
  col("description_uk", "What happened, in Ukrainian, for a milestone written in English."),
  col("what_changed_uk", "What it changed, in Ukrainian, for a milestone written in English."),
  col("title_en", "The title in English, for a milestone written in Ukrainian. These six columns may be left out: a column left out keeps the milestone's text; an empty cell in a column given removes it."),
  col("description_en", "What happened, in English, for a milestone written in Ukrainian."),
  col("what_changed_en", "What it changed, in English, for a milestone written in Ukrainian."),
];

export const SOURCE_COLUMNS: readonly ImportColumn[] = [
  col("external_id", "Your id for the source; cases and milestones refer to it by this id. Importing it again updates the source.", true),
  col("kind", "official (a court, treaty depositary, gazette or official body), other, or synthetic (demonstration data). Empty: other."),
  col("title", "The source's title.", true),
  col("publisher", "Who published it."),
  col("authors", "Its authors."),
  col("url", "Its web address (http or https)."),
  col("published_on", "When it was published: YYYY-MM-DD, YYYY-MM or YYYY."),
  col("note", "Anything a reader should know about it."),
];

export const IMPORT_COLUMNS: Record<ImportKind, readonly ImportColumn[]> = {
  cases: CASE_COLUMNS,
  milestones: MILESTONE_COLUMNS,
  sources: SOURCE_COLUMNS,
};

/** "Accused name", "accused-name" and " ACCUSED_NAME " all read as accused_name. */
export function normaliseHeader(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}

/** The header row of a kind's template file. */
export function templateHeader(kind: ImportKind): string[] {
  return IMPORT_COLUMNS[kind].map((c) => c.name);
}

/**
 * A JSON import file is an array of records (or JSON Lines is not accepted: one array). A record has
 * the form's fields in the API's camelCase, plus `externalId`; a case holds its accused, charges and
 * sources as lists. One example record per kind, shown on the import page and in the README.
 */
export const IMPORT_JSON_EXAMPLES: Record<ImportKind, Record<string, unknown>> = {
  cases: {
    externalId: "case-0001",
    reference: "ICC-01/22-xx",
    title: "Prosecutor v. Example",
    summary: null,
    lang: "en",
    translations: { uk: { title: "Прокурор проти Прикладу", summary: null } },
    forum: "icc",
    situation: "ukraine",
    stage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2023-03-17", inAbsentia: false, note: null },
    accused: [{ externalId: "person-0001", name: "Example Person", nameUkrainian: null, kind: "natural", rank: null, level: "senior-command", description: null }],
    charges: [
      {
        accused: "person-0001",
        crime: "war-crimes",
        mode: "direct",
        provisionCited: "article 8(2)(a)(vii)",
        provision: null,
        description: null,
        knowledgeStandard: null,
        failedDuties: [],
      },
    ],
    sources: [{ source: "source-0001", locator: "para. 2" }],
    milestones: [],
    isSynthetic: true,
  },
  milestones: {
    externalId: "milestone-0001",
    date: "2023-03-17",
    title: "Example milestone",
    description: "What happened.",
    whatChanged: null,
    lang: "en",
    translations: { uk: { title: "Приклад події", description: "Що сталося.", whatChanged: null } },
    status: "HAPPENED",
    track: "accountability",
    type: "arrest-warrant",
    situation: "ukraine",
    forums: ["icc"],
    instruments: [],
    cases: [],
    sources: [{ source: "source-0001", locator: null }],
  },
  sources: {
    externalId: "source-0001",
    kind: "official",
    title: "Example press release",
    publisher: "International Criminal Court",
    authors: null,
    url: "https://www.icc-cpi.int/",
    publishedOn: "2023-03-17",
    note: null,
  },
};
