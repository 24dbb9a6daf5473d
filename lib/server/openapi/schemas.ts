/**
 * The zod schemas of the public API: the query parameters each read endpoint accepts and the
 * bodies it answers with. The handlers parse with the query schemas, the integration tests check
 * every answer against the response schemas, and the OpenAPI document is generated from both
 * (lib/web/openapi.ts), so the three cannot drift apart. Lists of allowed values come from the
 * reference data of the moment (`ApiVocabulary`), never from a hand-written copy.
 */
import { z } from "zod";
import { CASE_SORTS, MAX_LIMIT as CASE_MAX_LIMIT, PAGE_SIZE as CASE_PAGE_SIZE, STAGE_OPTIONS } from "@/lib/core/case-list-query";
import { POLICY_VIEWS } from "@/lib/core/coverage-query";
import { PRECISIONS } from "@/lib/core/dates";
import { LOCALES } from "@/lib/core/locales";
import { MAX_SEARCH_LENGTH, MAX_TIMELINE_LIMIT, TIMELINE_PAGE_SIZE } from "@/lib/core/milestone-filters";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "@/lib/core/profile-query";
import { CONDITION_KINDS, STATUSES } from "@/lib/core/jurisdiction";
import { CONDITION_KIND_EXPLANATIONS, CONDITION_KIND_LABELS, JURISDICTION_STATUS_EXPLANATIONS, JURISDICTION_STATUS_LABELS } from "@/lib/core/labels";
import { POLICY_KIND_LABELS, POLICY_KINDS, type Policy } from "@/lib/core/policy";
import { EDITABLE_ENTITIES, TRANSLATION_LOCALES, TRANSLATION_STATES } from "@/lib/core/translation-input";
// The kinds the database stores, as Prisma generates them: a kind added to the schema is documented at once.
import { DocumentTextState, ForumKind, InstrumentKind, RuleEffect, SourceKind } from "@/lib/generated/prisma/enums";
import { ATTACHABLE, SHA256_HEX } from "@/lib/core/document-input";
import { ACCEPTED_MEDIA_TYPES } from "@/lib/core/media-type";
import type { DocumentMatch } from "@/lib/core/document-passage";
import type { ExtractedText } from "@/lib/server/documents/read-document";

/** The slugs and values parameters may take, read from the database when the request comes. */
export type ApiVocabulary = {
  forums: readonly string[];
  crimes: readonly string[];
  situations: readonly string[];
  accusedKinds: readonly string[];
  levels: readonly string[];
  modes: readonly string[];
  tracks: readonly string[];
  milestoneTypes: readonly string[];
  /** Years that hold milestones (the timeline's year filter accepts only these). */
  milestoneYears: readonly string[];
  /** The case list's facets accept what the case list offers (accused slugs, years with cases). */
  caseAccused: readonly string[];
  caseYears: readonly string[];
};

export const LIST_LIMIT_MAX = 100;
export const LIST_LIMIT_DEFAULT = 50;

const VALIDITY_STATUSES = ["IN_FORCE", "HISTORICAL", "NOT_YET", "UNCERTAIN"] as const;

/** True when two types are the same (used to tie a documented shape to the code's). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** z.enum over values known only at run time (an empty list accepts nothing). */
function oneOf(values: readonly string[], description: string) {
  return z.enum(values as [string, ...string[]]).describe(description);
}

const isoDate = z.iso.date();

// ---- Shared shapes -------------------------------------------------------------------------------

/** "`a`: what a means. `b`: what b means.": an enum's values explained in its description. */
const sentences = (entries: [string, string][]) => entries.map(([name, text]) => `\`${name}\`: ${text}`).join(" ");

const conditionKindSchema = z
  .enum(CONDITION_KINDS)
  .describe(`What a condition turns on. ${sentences(CONDITION_KINDS.map((k) => [k, `${CONDITION_KIND_LABELS[k]}. ${CONDITION_KIND_EXPLANATIONS[k]}`]))}`);

const provisionLinkSchema = z
  .strictObject({
    slug: z.string(),
    label: z.string().describe('The provision as the pages cite it, e.g. "Rome Statute, Article 17: Issues of admissibility".'),
    url: z.string().nullable().describe("The official text: the provision's own address where one is recorded, else its instrument's; null when none is certain."),
  })
  .describe("The legal provision a rule or note rests on.");

const noteSchema = z
  .strictObject({ text: z.string(), provision: provisionLinkSchema })
  .describe("The forum's note on what it covers, e.g. the ICC's admissibility under Article 17 (complementarity): jurisdiction is not the end of the question.");

export const partialDateSchema = z
  .strictObject({ date: isoDate.describe("The first day of the period."), precision: z.enum(PRECISIONS).describe("DAY, MONTH or YEAR: how much of the date is known.") })
  .describe("A date known to the day, month or year.");

export const citationSchema = z
  .strictObject({
    slug: z.string(),
    kind: z.enum(SourceKind),
    title: z.string(),
    publisher: z.string().nullable(),
    authors: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: partialDateSchema.nullable(),
    locator: z.string().nullable().describe("The passage the fact rests on (article, paragraph, page)."),
    document: z
      .strictObject({ sha256: z.string(), page: z.number().int().positive().nullable() })
      .optional()
      .describe("A milestone's passage: the attached document it is in (its bytes at /api/v1/documents/{sha256}) and its page."),
  })
  .describe("The source a fact rests on, with the passage.");

const namedRef = z.strictObject({ slug: z.string(), name: z.string() });
const forumRef = z.strictObject({ slug: z.string(), name: z.string(), shortName: z.string() });
const milestoneRef = z.strictObject({ slug: z.string(), title: z.string(), date: partialDateSchema });
const validity = z.strictObject({ from: partialDateSchema.nullable(), to: partialDateSchema.nullable() }).describe("Inclusive; null means open-ended.");

export const ruleSchema = z.strictObject({
  slug: z.string(),
  effect: z.enum(RuleEffect),
  summary: z.string(),
  condition: z.string().nullable().describe("For CONDITIONAL: the condition under which the forum would have jurisdiction."),
  conditionKind: conditionKindSchema.nullable().describe("What the condition turns on; null for a rule without one."),
  forum: forumRef,
  situation: namedRef.nullable().describe("Null: the rule holds in every situation."),
  crimes: z.array(namedRef).describe("Empty: every crime."),
  accusedKinds: z.array(namedRef).describe("Empty: every kind of accused."),
  levels: z.array(namedRef).describe("Empty: every level of responsibility."),
  modes: z.array(namedRef).describe("Empty: every mode of liability."),
  validity: validity.describe("When the rule is in force (the architecture): read against asOf. Inclusive; null means open-ended."),
  conduct: z
    .strictObject({ from: partialDateSchema.nullable(), to: partialDateSchema.nullable() })
    .describe("The conduct the rule reaches (ratione temporis), whatever the day it is read on: read against the `conduct` of a question. Inclusive; null on a side: no limit recorded there."),
  status: z.enum(VALIDITY_STATUSES).describe("Where the validity stands on the date asked (asOf, or today)."),
  provision: z.strictObject({
    slug: z.string(),
    number: z.string().nullable(),
    heading: z.string(),
    summary: z.string(),
    url: z.string().nullable().describe("The official text: the provision's own address where one is recorded, else its instrument's; null when none is certain."),
    instrument: z.strictObject({ slug: z.string(), title: z.string(), shortTitle: z.string(), url: z.string().nullable().describe("The instrument's official text, where its address is certain.") }),
  }),
  citation: citationSchema,
  openedBy: milestoneRef.nullable(),
  closedBy: milestoneRef.nullable(),
});

// A milestone's language and its texts in the others (decision 042).
const milestoneLang = z.enum(LOCALES).describe("The language its title, description and whatChanged are written in.");
const milestoneTexts = z.strictObject({ title: z.string().nullable(), description: z.string().nullable(), whatChanged: z.string().nullable() });
const milestoneTranslations = z
  .partialRecord(z.enum(LOCALES), milestoneTexts)
  .describe("Its texts in the other languages, by language (`{ \"uk\": { \"title\": … } }`); null for a text not translated. Translated by users, never official.");

const milestoneItem = z.strictObject({
  slug: z.string(),
  lang: milestoneLang,
  translations: milestoneTranslations,
  title: z.string(),
  date: partialDateSchema,
  track: namedRef,
  type: namedRef,
  situation: namedRef.nullable().describe("The situation it concerns; null when it is not tied to one."),
  status: z.enum(["HAPPENED", "EXPECTED"]).describe("HAPPENED on `date`, or EXPECTED then: scheduled, announced or pending."),
  whatChanged: z.string().nullable(),
  isSynthetic: z.boolean(),
});

// Search inside documents (docs/decisions/050-text-extraction-and-search-inside-documents.md): lib/core/document-passage.ts.
export const documentMatchSchema = z
  .strictObject({
    sha256: z.string().regex(SHA256_HEX).describe("The document's SHA-256: its bytes are at /api/v1/documents/{sha256}, its text at /api/v1/documents/{sha256}/text."),
    title: z.string().describe("The attachment's title."),
    mediaType: z.string().describe("The document's media type (application/pdf, text/html, text/plain…)."),
    page: z.number().int().positive().nullable().describe("The PDF page the passage is on; null for a text or HTML file, which has no pages."),
    passage: z
      .strictObject({ before: z.string(), match: z.string().describe("The first word the search matched, as written."), after: z.string() })
      .nullable()
      .describe("The words around the first matching word (… where cut); null when no single word matched (a phrase, e.g. a case number)."),
    href: z.string().describe("Where the page is read: the document's bytes, with #page=N for a PDF."),
    via: z
      .strictObject({ kind: z.literal("source"), slug: z.string(), title: z.string() })
      .nullable()
      .describe("Where the document is attached when it is not the record itself: a source the milestone cites; null for the record's own document."),
  })
  .describe("With a search (`q`): the first page of a document that matches every word, and the passage around the first matching word.");

// The documented match is exactly the type the server sends (a compile error otherwise).
const documentMatchIsFaithful: Same<z.infer<typeof documentMatchSchema>, DocumentMatch> = true;
void documentMatchIsFaithful;

const milestoneView = z.strictObject({
  slug: z.string(),
  lang: milestoneLang,
  translations: milestoneTranslations,
  title: z.string(),
  description: z.string(),
  whatChanged: z.string().nullable(),
  date: partialDateSchema,
  status: z.enum(["HAPPENED", "EXPECTED"]).describe("HAPPENED on `date`, or EXPECTED then: scheduled, announced or pending."),
  track: namedRef,
  type: namedRef,
  situation: namedRef.nullable(),
  forums: z.array(forumRef),
  citations: z.array(citationSchema),
  isSynthetic: z.boolean(),
  documentMatch: documentMatchSchema.optional().describe("Only when the search (`q`) found the milestone by words inside a document: its own, or one attached to a source it cites."),
});

const next = z.string().nullable().describe("The address of the next page, or null on the last one.");

// ---- Query parameters ----------------------------------------------------------------------------

const limit = z.coerce
  .number()
  .int()
  .min(1)
  .max(LIST_LIMIT_MAX)
  .default(LIST_LIMIT_DEFAULT)
  .describe(`How many items per page: 1 to ${LIST_LIMIT_MAX} (default ${LIST_LIMIT_DEFAULT}).`);
const after = z.string().min(1).max(200).optional().describe("Keyset pagination: the slug of the last item of the previous page (use `next`).");

/** Endpoints that take no query parameter at all: anything sent is refused. */
export const noQuery = z.strictObject({});

export const instrumentsQuery = z.strictObject({ limit, after });

export const sourcesQuery = z.strictObject({
  q: z.string().trim().min(1, { message: "is required: the words to look for (a title, a publisher, an instrument, an article)" }).max(200).describe("The words to look for; every word must match."),
  limit: z.coerce.number().int().min(1).max(20).default(10).describe("How many sources at most: 1 to 20 (default 10)."),
});

export function rulesQuery(v: Pick<ApiVocabulary, "forums" | "crimes" | "situations">) {
  return z.strictObject({
    forum: oneOf(v.forums, "Only the rules of this forum.").optional(),
    crime: oneOf(v.crimes, "Only the rules that apply to this crime (those naming it, and those naming no crime).").optional(),
    effect: z.enum(RuleEffect).optional().describe("Only rules with this effect."),
    situation: oneOf(v.situations, "Only the rules for this situation (and those holding in every situation).").optional(),
    asOf: isoDate.optional().describe("Only the rules in force on this date (YYYY-MM-DD), with `status` placed against it; without it, every rule, placed against today."),
    limit,
    after,
  });
}

export function milestonesQuery(v: ApiVocabulary) {
  return z.strictObject({
    track: oneOf(v.tracks, "Only milestones of this track.").optional(),
    type: oneOf(v.milestoneTypes, "Only milestones of this type.").optional(),
    forum: oneOf(v.forums, "Only milestones concerning this forum.").optional(),
    year: oneOf(v.milestoneYears, "Only milestones of this year (years that have milestones).").optional(),
    q: z.string().max(MAX_SEARCH_LENGTH).optional().describe("Words, each found in any form or spelling (Ukrainian, Russian or Latin letters, any apostrophe; the start of a word is enough) in the title, the description, what it changed, their translation, or a source's title or passage."),
    from: z.string().optional().describe("From this day, month or year (2024-10-25, 2024-10 or 2024): its first day included."),
    to: z.string().optional().describe("To this day, month or year: its last day included. Before `from`: a 400."),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(MAX_TIMELINE_LIMIT)
      .default(TIMELINE_PAGE_SIZE)
      .describe(`Milestones per page: 1 to ${MAX_TIMELINE_LIMIT} (default ${TIMELINE_PAGE_SIZE}).`),
    after: z.string().optional().describe("Keyset pagination: an opaque position; copy it from `next`."),
  });
}

/** Mirrors lib/core/case-list-query.ts: facets may be repeated (any of the values). */
export function casesQuery(v: ApiVocabulary) {
  const facet = (values: readonly string[], description: string) => z.array(oneOf(values, description)).optional().describe(`${description} Repeat for any of several.`);
  return z.strictObject({
    q: z.string().max(200).optional().describe("Search words (English or Ukrainian) over titles, references, accused and, when signed in, notes."),
    forum: facet(v.forums, "Cases before this forum."),
    situation: facet(v.situations, "Cases in this situation."),
    crime: facet(v.crimes, "Cases with a charge of this crime."),
    mode: facet(v.modes, "Cases with a charge under this mode of liability."),
    accused: facet(v.caseAccused, "Cases against this accused (slug)."),
    level: facet(v.levels, "Cases with an accused at this level of responsibility."),
    stage: facet(STAGE_OPTIONS.map((o) => o.value), "Cases at this stage."),
    year: facet(v.caseYears, "Cases opened in this year."),
    sort: z.enum(CASE_SORTS).optional().describe("Order: relevance (only with q), recent, opened, reference or title."),
    after: z.string().optional().describe("Keyset pagination: copy it from `next`."),
    limit: z.coerce.number().int().min(1).max(CASE_MAX_LIMIT).default(CASE_PAGE_SIZE).describe(`Cases per page: 1 to ${CASE_MAX_LIMIT} (default ${CASE_PAGE_SIZE}).`),
  });
}

// The two dates of a question (lib/core/conduct.ts): the conduct is what the law must reach; asOf, the law.
const PARTIAL_DATE_PATTERN = String.raw`\d{4}(-\d{2}(-\d{2})?)?`;
const conductParameter = z
  .string()
  .regex(new RegExp(`^${PARTIAL_DATE_PATTERN}(/${PARTIAL_DATE_PATTERN})?$`))
  .optional()
  .describe(
    "When the conduct took place: a day (2022-03-15), a month (2022-03), a year (2022), or a period between two of those, FROM/TO (2022-02-24/2023-03). " +
      "A month or a year means any day within it. It cannot begin after asOf. Leave it out to consider every conduct up to asOf: `periods` then says, stretch by stretch, what each forum can try.",
  );
const asOfParameter = isoDate
  .optional()
  .describe("The architecture in force: the rules as they stood on this day (YYYY-MM-DD, default today), e.g. before or after a ratification. Not the date of the conduct (see `conduct`).");

/** Mirrors lib/core/profile-query.ts (the "which forum?" question). */
export function jurisdictionQuery(v: ApiVocabulary) {
  return z.strictObject({
    crime: oneOf(v.crimes, "The crime."),
    accused: oneOf(v.accusedKinds, "The kind of accused: natural or legal person."),
    level: oneOf(v.levels, "The level of responsibility: required for a natural person, not allowed for a legal one.").optional(),
    mode: oneOf(v.modes, `The mode of liability (default ${DEFAULT_MODE}).`).default(DEFAULT_MODE),
    situation: oneOf(v.situations, `The situation (default ${DEFAULT_SITUATION}).`).default(DEFAULT_SITUATION),
    conduct: conductParameter,
    asOf: asOfParameter,
  });
}

/** Mirrors lib/core/coverage-query.ts (the matrix: every category, the same two dates). */
export function coverageQuery(v: ApiVocabulary) {
  return z.strictObject({
    conduct: conductParameter,
    asOf: asOfParameter,
    situation: oneOf(v.situations, `The situation (default ${DEFAULT_SITUATION}).`).default(DEFAULT_SITUATION),
    mode: oneOf(v.modes, `The mode of liability (default ${DEFAULT_MODE}).`).default(DEFAULT_MODE),
    policy: z
      .enum(POLICY_VIEWS)
      .default("off")
      .describe("on: add the complementarity split (who should take such cases, as policy or recommendation) beside each cell and row, and the list of those policies. It is policy, not jurisdiction: it changes no status. Default off."),
  });
}

export const deleteQuery = z.strictObject({
  expectedVersion: z.coerce.number().int().min(1).optional().describe("The version you are deleting, if not sent in a JSON body."),
});

export const aliasDeleteQuery = z.strictObject({
  expectedUpdatedAt: z.string().optional().describe("The accused's updatedAt as you last saw it, if not sent in a JSON body."),
});

export const accusedAliasesSchema = z
  .strictObject({
    accused: z.string().describe("The accused's slug."),
    updatedAt: z.string().describe("The accused's last change: send it as expectedUpdatedAt with the next change."),
    aliases: z.array(z.strictObject({ id: z.string(), name: z.string() })).describe("Other spellings of the name, in order."),
  })
  .describe("An accused's aliases.");

// ---- Responses of the new endpoints --------------------------------------------------------------

const legalBasisRef = z.strictObject({ slug: z.string(), title: z.string(), shortTitle: z.string() });
const forumNote = noteSchema.nullable().describe("What remains to be asked when the forum covers a case (the ICC: admissibility under Article 17); the jurisdiction answer gives it beside each forum that covers. Null: none recorded.");

const instrumentFields = {
  slug: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  kind: z.enum(InstrumentKind),
  description: z.string(),
  adoptedOn: partialDateSchema.nullable(),
  url: z.string().nullable().describe("The instrument's official text, where its address is certain."),
  citation: citationSchema,
};

/** The fields a forum's summary and its detail open with. */
const forumFields = {
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(ForumKind),
  description: z.string(),
  establishedOn: partialDateSchema.nullable(),
};

export const forumSummarySchema = z.strictObject({
  ...forumFields,
  legalBasis: legalBasisRef.nullable(),
  citation: citationSchema,
  coversNote: forumNote,
  ruleCount: z.number().int(),
  milestoneCount: z.number().int(),
});

export const forumsListSchema = z.strictObject({ total: z.number().int(), forums: z.array(forumSummarySchema) });

export const forumDetailSchema = z.strictObject({
  ...forumFields,
  citation: citationSchema,
  // The instrument without its official address (the forum page gives that from elsewhere).
  legalBasis: z.strictObject(instrumentFields).omit({ url: true }).nullable(),
  coversNote: forumNote,
  rules: z.array(ruleSchema).describe("Its jurisdiction rules, status placed against today."),
  milestones: z.array(milestoneItem).describe("Newest first."),
});

export const crimeSummarySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  citation: citationSchema,
  forumsToday: z.array(forumRef).describe("Forums with a covering or conditional rule in force today for this crime (in any situation)."),
});

export const crimesListSchema = z.strictObject({ total: z.number().int(), crimes: z.array(crimeSummarySchema) });

export const crimeDetailSchema = crimeSummarySchema.omit({ forumsToday: true }).extend({
  forums: z.array(z.strictObject({ forum: forumRef, rules: z.array(ruleSchema) })).describe("Per forum, the rules naming the crime and those naming no crime."),
});

export const instrumentSummarySchema = z.strictObject({ ...instrumentFields, provisionCount: z.number().int() });

export const instrumentsListSchema = z.strictObject({
  total: z.number().int(),
  count: z.number().int(),
  instruments: z.array(instrumentSummarySchema).describe("By slug."),
  next,
});

export const foundSourcesSchema = z.strictObject({
  count: z.number().int(),
  sources: z
    .array(
      z.strictObject({
        slug: z.string().describe("What a milestone or case input gives to cite it: `sources[].slug`."),
        title: z.string(),
        publisher: z.string().nullable(),
        url: z.string().nullable(),
        kind: z.enum(["official", "secondary", "seed-post"]).describe("official: the institution's own text; seed-post: a post of the seed blog; secondary: any other."),
        provisions: z.array(z.strictObject({ number: z.string().nullable(), heading: z.string(), instrument: z.string() })).describe("The provisions it is the source of that the words name (at most five)."),
        documents: z
          .array(z.strictObject({ sha256: z.string().describe("What `sources[].document` of a milestone input gives to point its passage at this document."), title: z.string() }))
          .describe("The documents attached to the source (not removed), oldest first."),
      }),
    )
    .describe("Official sources first, then by title; demo sources are never listed."),
});

export const provisionSchema = z.strictObject({
  slug: z.string(),
  number: z.string().nullable().describe('"Article 28"; null where the source names the provision without its number.'),
  heading: z.string(),
  summary: z.string(),
  url: z.string().nullable().describe("The official text: the provision's own address where one is recorded, else its instrument's; null when none is certain."),
  citation: citationSchema,
});

export const instrumentDetailSchema = z.strictObject({
  ...instrumentFields,
  forumsBasedOn: z.array(forumRef).describe("Forums whose jurisdiction rests on this instrument."),
  provisions: z.array(provisionSchema),
});

export const rulesListSchema = z.strictObject({
  total: z.number().int().describe("Rules matching the filters, on every page."),
  count: z.number().int(),
  asOf: isoDate.describe("The date each rule's status is placed against."),
  rules: z.array(ruleSchema).describe("By slug."),
  next,
});

export const ruleDetailSchema = ruleSchema.extend({ asOf: isoDate.describe("Today: the date the status is placed against.") });

// ---- Responses of the endpoints that predate this document ---------------------------------------
// The lists and records below are described at their top level; their items' fields are listed in
// the handlers' comments and the pages (a gap noted in docs/decisions/013-openapi.md).

export const milestonesListSchema = z.strictObject({
  total: z.number().int().describe("Milestones in all (not only those matching)."),
  matching: z.number().int().describe("Milestones matching the filters, on every page."),
  count: z.number().int().describe("Milestones on this page."),
  milestones: z.array(milestoneView).describe("Newest first, then by title."),
  next,
});

const record = (description: string) => z.looseObject({}).describe(description);

export const milestoneRecordSchema = z
  .looseObject({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    lang: milestoneLang,
    translations: milestoneTranslations,
    version: z.number().int(),
    status: z.enum(["HAPPENED", "EXPECTED"]).describe("HAPPENED on `date`, or EXPECTED then: scheduled, announced or pending."),
    sources: z.array(
      z.strictObject({
        slug: z.string(),
        title: z.string(),
        url: z.string().nullable(),
        publisher: z.string().nullable(),
        locator: z.string().nullable(),
        document: z.string().nullable().describe("The SHA-256 of the document (attached to the source or the milestone) the passage is in; its bytes are at /api/v1/documents/{sha256}."),
        page: z.number().int().positive().nullable().describe("The page of that document the passage is on."),
      }),
    ),
    isSynthetic: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe("A milestone with its version (send it back as expectedVersion).");

export const casesListSchema = z.strictObject({
  total: z.number().int(),
  matching: z.number().int(),
  count: z.number().int(),
  cases: z.array(
    z
      .looseObject({
        documentMatch: documentMatchSchema.nullable().describe("With a search (`q`) that found the case by words inside one of its documents, where; else null."),
      })
      .describe("A case as a line of the list."),
  ),
  facets: z.record(z.string(), z.array(z.strictObject({ value: z.string(), label: z.string(), count: z.number().int() }))),
  next,
});

export const caseRecordSchema = z
  .looseObject({ id: z.string(), slug: z.string(), reference: z.string().nullable(), title: z.string(), version: z.number().int() })
  .describe("The full case: accused, charges, dated stages, sources, linked milestones, version.");

export const annotationsListSchema = z.strictObject({ case: z.string(), count: z.number().int(), annotations: z.array(record("A note: body, assessment, verified, author, version.")) });
export const annotationSchema = z.looseObject({ id: z.string(), case: z.string(), version: z.number().int() }).describe("A note with its versions (GET) or its latest version (writes).");

export const followsListSchema = z.strictObject({ count: z.number().int(), follows: z.array(record("A follow: target, what it follows, when.")) });
export const followSchema = z.looseObject({ id: z.string() }).describe("A follow.");

export const meSchema = z.strictObject({ email: z.string(), name: z.string().nullable(), role: z.enum(["viewer", "analyst", "admin"]) });

// ---- The two answers: "which forum?" and the coverage matrix ---------------------------------------
// Mapped from the engine's Answer and Matrix by lib/server/openapi/answers.ts, typed by these schemas.


const forumStatusSchema = z
  .enum(STATUSES)
  .describe(
    `What the forum can try. ${sentences(STATUSES.map((st) => [st, `${st === "unknown" ? `"${JURISDICTION_STATUS_LABELS.unknown}". ` : ""}${JURISDICTION_STATUS_EXPLANATIONS[st]}`]))}`,
  );



const answerSourceSchema = z
  .strictObject({ slug: z.string(), title: z.string(), url: z.string().nullable(), locator: z.string().nullable().describe("The passage the fact rests on.") })
  .describe("The source the rule or policy rests on, with the passage.");

const reasonSchema = z
  .strictObject({
    rule: z.string().nullable().describe('The rule\'s slug (see /api/v1/rules/{slug}); null only for "no rule recorded".'),
    effect: z.enum(RuleEffect).nullable().describe("The rule's effect; null for no rule recorded."),
    summary: z.string(),
    provision: provisionLinkSchema.nullable(),
    source: answerSourceSchema.nullable(),
    condition: z.string().optional().describe("A conditional rule's condition: what must hold for the forum to try the case."),
    conditionKind: conditionKindSchema.optional(),
    validity: z.string().optional().describe('When the rule is in force, in words ("From 1 January 2025"): the architecture, read against asOf.'),
    conduct: z.string().optional().describe('The conduct the rule reaches, in words ("Conduct from 21 November 2013 onwards"), when its reach is limited: read against `conduct`.'),
    uncertainDate: z.string().optional().describe("Set when a boundary of the rule is known only to the month or year and the date falls inside that period."),
  })
  .describe("A rule the status rests on, with its provision and source.");

export const conditionSchema = z
  .strictObject({
    kind: conditionKindSchema,
    text: z.string(),
    rule: z.string().nullable().describe("The rule that states the condition; null for the tracker's own condition on when the conduct took place."),
  })
  .describe("A condition of a conditional answer. All of a forum's conditions must hold.");

export const conductPeriodSchema = z
  .strictObject({
    from: isoDate.nullable().describe("The first day of conduct in the stretch; null: any earlier conduct."),
    to: isoDate.nullable().describe("The last day of conduct in the stretch; null: up to asOf (only when no conduct was given)."),
    status: forumStatusSchema,
    rules: z.array(z.string()).describe("The rules behind the status over this stretch."),
  })
  .describe("A stretch of conduct over which the forum's status is the same.");

const periodsSchema = z
  .array(conductPeriodSchema)
  .describe("What the forum can try, stretch by stretch of conduct, oldest first. Without `conduct`, every conduct up to asOf; with it, the conduct given.");


export const policyAnswerSchema = z
  .strictObject({
    slug: z.string(),
    kind: z.enum(POLICY_KINDS).describe(`${sentences(POLICY_KINDS.map((k) => [k, POLICY_KIND_LABELS[k]]))}`),
    forum: z.string().nullable().describe("The forum it sends such cases to; null: it names no forum (a priority for every forum)."),
    situation: z.string().nullable().describe("Null: every situation."),
    statement: z.string().describe("The policy or recommendation as its proponents state it."),
    proposedBy: z.string(),
    crimes: z.array(z.string()).describe("Empty: every crime."),
    accusedKinds: z.array(z.string()).describe("Empty: every kind of accused."),
    levels: z.array(z.string()).describe("Empty: every level of responsibility."),
    source: answerSourceSchema,
  })
  .describe("The complementarity split: which cases should go to which forum, as policy or recommendation. Not jurisdiction: it never changes a status.");

// The documented policy is exactly the engine's (a compile error otherwise).
const policyIsFaithful: Same<z.output<typeof policyAnswerSchema>, Policy> = true;
void policyIsFaithful;

const answerAsOf = isoDate.describe("The architecture in force: the rules as they stood on this day.");
const answerConduct = z
  .string()
  .nullable()
  .describe("When the conduct took place, as the parameter gives it (2022-03, 2022-02-24/2023-03); null: not given, so every conduct up to asOf is considered.");

export const coverageSchema = z.strictObject({
  asOf: answerAsOf,
  conduct: answerConduct,
  situation: z.string(),
  mode: z.string(),
  forums: z.array(
    z.strictObject({ slug: z.string(), name: z.string(), shortName: z.string(), coversNote: noteSchema.nullable().describe("Applies to each of its cells that covers or is conditional.") }),
  ),
  rows: z.array(
    z.strictObject({
      crime: z.string(),
      accused: z.string(),
      level: z.string().nullable(),
      gap: z.boolean().describe("An impunity gap: every forum excludes this category by a recorded rule (a forum with no rule recorded is not counted)."),
      caseCount: z.number().int(),
      policies: z.array(z.string()).optional().describe("With policy=on: the policies naming no forum that speak to this category (slugs of `policies`)."),
      cells: z.array(
        z.strictObject({
          forum: z.string(),
          status: forumStatusSchema,
          rules: z.array(z.string()).describe("The rules behind the status; empty when none reaches the category."),
          conditions: z.array(conditionSchema).describe("Each condition of a conditional cell, with its kind; empty otherwise."),
          periods: periodsSchema,
          policies: z.array(z.string()).optional().describe("With policy=on: the policies sending this category to this forum (slugs of `policies`). Policy, not jurisdiction."),
          caseCount: z.number().int().describe("Tracked cases of this category before this forum."),
        }),
      ),
    }),
  ),
  policies: z.array(policyAnswerSchema).optional().describe("With policy=on: every policy the cells and rows name, to resolve their slugs."),
});

export const jurisdictionSchema = z.strictObject({
  asOf: answerAsOf,
  conduct: answerConduct,
  profile: z.strictObject({ crime: z.string(), accused: z.string(), level: z.string().nullable().describe("Null for a legal person."), mode: z.string(), situation: z.string() }),
  gap: z.boolean().describe("An impunity gap: every forum excludes the profile by a recorded rule. A forum with no rule recorded (unknown) is never counted as excluded."),
  forums: z.array(
    z.strictObject({
      forum: z.string(),
      forumName: z.string(),
      status: forumStatusSchema,
      reasons: z.array(reasonSchema).describe("The rules the status rests on, over the whole conduct considered."),
      conditions: z.array(conditionSchema).describe("For a conditional answer, every condition, with its kind; all must hold. Empty otherwise."),
      periods: periodsSchema,
      note: noteSchema.optional().describe("Present when the forum covers or is conditional and has a note on what that leaves open (the ICC: admissibility under Article 17)."),
    }),
  ),
  policy: z.array(policyAnswerSchema).describe("The complementarity split for this profile: policy or recommendation, beside the law, never part of it."),
});

// ---- Translations of reference data (docs/decisions/043-translation-editor.md)

export const translationsQuery = z.strictObject({
  entity: z.enum(EDITABLE_ENTITIES).optional().describe("Only the fields of this model."),
  state: z.enum(TRANSLATION_STATES).optional().describe("Only translations in this state; MISSING includes fields with no translation at all."),
  locale: z.enum(TRANSLATION_LOCALES).default(TRANSLATION_LOCALES[0]!).describe("The language translated into (default uk)."),
});

export const translationSchema = z
  .strictObject({
    entity: z.enum(EDITABLE_ENTITIES),
    slug: z.string().describe("The record's slug."),
    field: z.string(),
    locale: z.string(),
    recorded: z.string().describe("The text as recorded, in `recordedLocale`: what is translated."),
    recordedLocale: z.string(),
    state: z.enum(TRANSLATION_STATES),
    stored: z.boolean().describe("False when no translation was ever stored (state MISSING, version 0)."),
    text: z.string().nullable(),
    source: z.strictObject({ slug: z.string(), title: z.string(), url: z.string().nullable() }).nullable().describe("OFFICIAL: the source that publishes the text."),
    sourceLocator: z.string().nullable(),
    translatedBy: z.string().nullable().describe("TRANSLATED: who translated it."),
    translatedOn: isoDate.nullable(),
    note: z.string().nullable().describe("MISSING: why; otherwise anything a reviewer should know."),
    version: z.number().int().describe("Send it back as `expectedVersion`."),
  })
  .describe("One field's translation into one language.");

export const translationsListSchema = z.strictObject({
  counts: z.strictObject({ MISSING: z.number().int(), TRANSLATED: z.number().int(), OFFICIAL: z.number().int() }).describe("Per state, the fields of the chosen model, whatever `state`."),
  count: z.number().int(),
  translations: z.array(translationSchema).describe("Missing first, then translated, then official."),
});

// Documents (docs/decisions/049-documents-stored-by-fingerprint.md): lib/server/documents/document-record.ts.
export const documentRecordSchema = z
  .strictObject({
    id: z.string().describe("This attachment's id."),
    sha256: z.string().regex(SHA256_HEX).describe("The SHA-256 of the bytes, in lowercase hex: the document's address and fingerprint."),
    size: z.number().int().nonnegative().describe("In bytes."),
    mediaType: z.enum(ACCEPTED_MEDIA_TYPES).describe("Read from the bytes, never from the file's name or the declared type."),
    title: z.string().describe("The uploader's title, else the file's name."),
    language: z.enum(LOCALES).nullable().describe("The language the document is written in; null when not said."),
    uploadedAt: z.string().describe("When it was attached (ISO 8601)."),
    uploadedBy: z.string().nullable().describe("The uploader's name; null for the operator."),
    text: z
      .strictObject({ state: z.enum(DocumentTextState), reason: z.string().nullable() })
      .describe("The text extraction: QUEUED, DONE, FAILED or NO_TEXT_LAYER, with the reason for the last two."),
    attachedTo: z.strictObject({ kind: z.enum(ATTACHABLE), slug: z.string() }).describe("The record it is attached to."),
    url: z.string().describe("Where its bytes are read: /api/v1/documents/{sha256}."),
    version: z.number().int().positive().describe("Moved by each removal and restoring: send it back as `expectedVersion` to remove the document."),
  })
  .describe("A document attached to a record.");

export const documentTextSchema = z
  .strictObject({
    sha256: z.string().regex(SHA256_HEX),
    state: z.literal("DONE").describe("Only a DONE text is answered; any other state is a 409."),
    reason: z.string().nullable().describe("Where a DONE text was cut (a limit reached); else null."),
    paged: z.boolean().describe("true: `pages` are a PDF's pages; false: the sections a text or HTML file is kept in, which together are its text."),
    pages: z.array(z.strictObject({ page: z.number().int().positive().describe("From 1."), text: z.string() })).describe("In order."),
  })
  .describe("The extracted text, page by page.");

// The documented JSON text is exactly the type the server sends (a compile error otherwise).
const documentTextIsFaithful: Same<z.infer<typeof documentTextSchema>, ExtractedText> = true;
void documentTextIsFaithful;

export const documentsListSchema = z.strictObject({
  count: z.number().int().nonnegative(),
  documents: z.array(documentRecordSchema).describe("Oldest first."),
});
