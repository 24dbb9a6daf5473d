/**
 * The zod schemas of the public API: the query parameters each read endpoint accepts and the
 * bodies it answers with. The handlers parse with the query schemas, the integration tests check
 * every answer against the response schemas, and the OpenAPI document is generated from both
 * (lib/core/openapi.ts), so the three cannot drift apart. Lists of allowed values come from the
 * reference data of the moment (`ApiVocabulary`), never from a hand-written copy.
 */
import { z } from "zod";
import { CASE_SORTS, MAX_LIMIT as CASE_MAX_LIMIT, PAGE_SIZE as CASE_PAGE_SIZE, STAGE_OPTIONS } from "@/lib/core/case-list-query";
import { PRECISIONS } from "@/lib/core/dates";
import { MAX_TIMELINE_LIMIT, TIMELINE_PAGE_SIZE } from "@/lib/core/milestone-filters";
import { DEFAULT_MODE, DEFAULT_SITUATION } from "@/lib/core/profile-query";
import type { ForumKind, InstrumentKind, RuleEffect, SourceKind } from "@/lib/core/views";

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

const SOURCE_KINDS = ["SEED_POST", "OFFICIAL", "OTHER", "SYNTHETIC"] as const satisfies readonly SourceKind[];
export const RULE_EFFECTS = ["COVERS", "EXCLUDES", "CONDITIONAL"] as const satisfies readonly RuleEffect[];
const FORUM_KINDS = ["PERMANENT_INTERNATIONAL_COURT", "SPECIAL_TRIBUNAL", "NATIONAL_COURTS"] as const satisfies readonly ForumKind[];
const INSTRUMENT_KINDS = ["TREATY", "STATUTE", "CODE", "CONSTITUTION", "AGREEMENT", "RESOLUTION", "DECLARATION", "MEMORANDUM", "PROPOSAL"] as const satisfies readonly InstrumentKind[];
const VALIDITY_STATUSES = ["IN_FORCE", "HISTORICAL", "NOT_YET", "UNCERTAIN"] as const;

/** z.enum over values known only at run time (an empty list accepts nothing). */
function oneOf(values: readonly string[], description: string) {
  return z.enum(values as [string, ...string[]]).describe(description);
}

const isoDate = z.iso.date();

// ---- Shared shapes -------------------------------------------------------------------------------

export const partialDateSchema = z
  .strictObject({ date: isoDate.describe("The first day of the period."), precision: z.enum(PRECISIONS).describe("DAY, MONTH or YEAR: how much of the date is known.") })
  .describe("A date known to the day, month or year.");

export const citationSchema = z
  .strictObject({
    slug: z.string(),
    kind: z.enum(SOURCE_KINDS),
    title: z.string(),
    publisher: z.string().nullable(),
    authors: z.string().nullable(),
    url: z.string().nullable(),
    publishedOn: partialDateSchema.nullable(),
    locator: z.string().nullable().describe("The passage the fact rests on (article, paragraph, page)."),
  })
  .describe("The source a fact rests on, with the passage.");

const namedRef = z.strictObject({ slug: z.string(), name: z.string() });
const forumRef = z.strictObject({ slug: z.string(), name: z.string(), shortName: z.string() });
const milestoneRef = z.strictObject({ slug: z.string(), title: z.string(), date: partialDateSchema });
const validity = z.strictObject({ from: partialDateSchema.nullable(), to: partialDateSchema.nullable() }).describe("Inclusive; null means open-ended.");

export const ruleSchema = z.strictObject({
  slug: z.string(),
  effect: z.enum(RULE_EFFECTS),
  summary: z.string(),
  condition: z.string().nullable().describe("For CONDITIONAL: the condition under which the forum would have jurisdiction."),
  forum: forumRef,
  situation: namedRef.nullable().describe("Null: the rule holds in every situation."),
  crimes: z.array(namedRef).describe("Empty: every crime."),
  accusedKinds: z.array(namedRef).describe("Empty: every kind of accused."),
  levels: z.array(namedRef).describe("Empty: every level of responsibility."),
  modes: z.array(namedRef).describe("Empty: every mode of liability."),
  validity,
  status: z.enum(VALIDITY_STATUSES).describe("Where the validity stands on the date asked (asOf, or today)."),
  provision: z.strictObject({
    slug: z.string(),
    number: z.string().nullable(),
    heading: z.string(),
    summary: z.string(),
    instrument: z.strictObject({ slug: z.string(), title: z.string(), shortTitle: z.string() }),
  }),
  citation: citationSchema,
  openedBy: milestoneRef.nullable(),
  closedBy: milestoneRef.nullable(),
});

const milestoneItem = z.strictObject({
  slug: z.string(),
  title: z.string(),
  date: partialDateSchema,
  track: namedRef,
  type: namedRef,
  whatChanged: z.string().nullable(),
  isSynthetic: z.boolean(),
});

const milestoneView = z.strictObject({
  slug: z.string(),
  title: z.string(),
  description: z.string(),
  whatChanged: z.string().nullable(),
  date: partialDateSchema,
  track: namedRef,
  type: namedRef,
  situation: namedRef.nullable(),
  forums: z.array(forumRef),
  citations: z.array(citationSchema),
  isSynthetic: z.boolean(),
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

export function rulesQuery(v: Pick<ApiVocabulary, "forums" | "crimes" | "situations">) {
  return z.strictObject({
    forum: oneOf(v.forums, "Only the rules of this forum.").optional(),
    crime: oneOf(v.crimes, "Only the rules that apply to this crime (those naming it, and those naming no crime).").optional(),
    effect: z.enum(RULE_EFFECTS).optional().describe("Only rules with this effect."),
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

/** Mirrors lib/core/profile-query.ts (the "which forum?" question). */
export function jurisdictionQuery(v: ApiVocabulary) {
  return z.strictObject({
    crime: oneOf(v.crimes, "The crime."),
    accused: oneOf(v.accusedKinds, "The kind of accused: natural or legal person."),
    level: oneOf(v.levels, "The level of responsibility: required for a natural person, not allowed for a legal one.").optional(),
    mode: oneOf(v.modes, `The mode of liability (default ${DEFAULT_MODE}).`).default(DEFAULT_MODE),
    situation: oneOf(v.situations, `The situation (default ${DEFAULT_SITUATION}).`).default(DEFAULT_SITUATION),
    asOf: isoDate.optional().describe("The date the question is asked for (YYYY-MM-DD, default today)."),
  });
}

/** Mirrors lib/core/coverage-query.ts. */
export function coverageQuery(v: ApiVocabulary) {
  return z.strictObject({
    asOf: isoDate.optional().describe("The date of the matrix (YYYY-MM-DD, default today)."),
    situation: oneOf(v.situations, `The situation (default ${DEFAULT_SITUATION}).`).default(DEFAULT_SITUATION),
    mode: oneOf(v.modes, `The mode of liability (default ${DEFAULT_MODE}).`).default(DEFAULT_MODE),
  });
}

export const deleteQuery = z.strictObject({
  expectedVersion: z.coerce.number().int().min(1).optional().describe("The version you are deleting, if not sent in a JSON body."),
});

// ---- Responses of the new endpoints --------------------------------------------------------------

const legalBasisRef = z.strictObject({ slug: z.string(), title: z.string(), shortTitle: z.string() });

export const forumSummarySchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(FORUM_KINDS),
  description: z.string(),
  establishedOn: partialDateSchema.nullable(),
  legalBasis: legalBasisRef.nullable(),
  citation: citationSchema,
  ruleCount: z.number().int(),
  milestoneCount: z.number().int(),
});

export const forumsListSchema = z.strictObject({ total: z.number().int(), forums: z.array(forumSummarySchema) });

export const forumDetailSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  shortName: z.string(),
  kind: z.enum(FORUM_KINDS),
  description: z.string(),
  establishedOn: partialDateSchema.nullable(),
  citation: citationSchema,
  legalBasis: z
    .strictObject({
      slug: z.string(),
      title: z.string(),
      shortTitle: z.string(),
      kind: z.enum(INSTRUMENT_KINDS),
      description: z.string(),
      adoptedOn: partialDateSchema.nullable(),
      citation: citationSchema,
    })
    .nullable(),
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

export const crimeDetailSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  citation: citationSchema,
  forums: z.array(z.strictObject({ forum: forumRef, rules: z.array(ruleSchema) })).describe("Per forum, the rules naming the crime and those naming no crime."),
});

const instrumentFields = {
  slug: z.string(),
  title: z.string(),
  shortTitle: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  description: z.string(),
  adoptedOn: partialDateSchema.nullable(),
  citation: citationSchema,
};

export const instrumentSummarySchema = z.strictObject({ ...instrumentFields, provisionCount: z.number().int() });

export const instrumentsListSchema = z.strictObject({
  total: z.number().int(),
  count: z.number().int(),
  instruments: z.array(instrumentSummarySchema).describe("By slug."),
  next,
});

export const provisionSchema = z.strictObject({
  slug: z.string(),
  number: z.string().nullable().describe('"Article 28"; null where the source names the provision without its number.'),
  heading: z.string(),
  summary: z.string(),
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
    version: z.number().int(),
    sources: z.array(z.strictObject({ slug: z.string(), title: z.string(), url: z.string().nullable(), publisher: z.string().nullable(), locator: z.string().nullable() })),
    isSynthetic: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .describe("A milestone with its version (send it back as expectedVersion).");

export const casesListSchema = z.strictObject({
  total: z.number().int(),
  matching: z.number().int(),
  count: z.number().int(),
  cases: z.array(record("A case as a line of the list.")),
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

export const coverageSchema = z.strictObject({
  asOf: isoDate,
  situation: z.string(),
  mode: z.string(),
  forums: z.array(z.strictObject({ slug: z.string(), name: z.string() })),
  rows: z.array(
    z.strictObject({
      crime: z.string(),
      accused: z.string(),
      level: z.string().nullable(),
      gap: z.boolean().describe("No forum covers this row."),
      caseCount: z.number().int(),
      cells: z.array(z.looseObject({ forum: z.string(), status: z.string(), rules: z.array(z.unknown()), conditions: z.array(z.unknown()), caseCount: z.number().int() })),
    }),
  ),
});

export const jurisdictionSchema = z.strictObject({
  asOf: isoDate,
  profile: z.looseObject({ crime: z.string(), accused: z.string() }),
  gap: z.boolean().describe("No forum covers the profile on that date."),
  forums: z.array(
    z.strictObject({
      forum: z.string(),
      forumName: z.string(),
      status: z.string().describe("covers, conditional, excluded or none."),
      reasons: z.array(z.looseObject({ summary: z.string() })),
    }),
  ),
});
