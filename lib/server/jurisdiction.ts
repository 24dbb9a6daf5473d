import "server-only";
import { toIsoDate, type IsoDate, type Precision } from "@/lib/core/dates";
import { evaluate, ruleSchema, type Answer, type ForumNote, type ForumRef, type Rule } from "@/lib/core/jurisdiction";
import { policySchema, type Policy } from "@/lib/core/policy";
import { parseProfileQuery, type ParseResult, type Vocabulary } from "@/lib/core/profile-query";
import { Prisma } from "@/lib/generated/prisma/client";
import { readRows } from "./db";
import { AppError } from "./errors";
import { heldUntilChanged } from "./held";

type Named = { slug: string; name: string };
export type ReferenceVocabulary = Vocabulary & {
  /** The short name heads a column of the matrix, where the full name does not fit. */
  forums: (ForumRef & { shortName: string; coversNote: ForumNote | null })[];
  names: { crimes: Named[]; accusedKinds: Named[]; levels: Named[]; modes: Named[]; situations: Named[] };
};

type Forum = ReferenceVocabulary["forums"][number];
type VocabularyRow = { forums: Forum[]; crimes: Named[]; accusedKinds: Named[]; levels: Named[]; modes: Named[]; situations: Named[] };

/**
 * One list of a reference table in display order, as JSON. Raw SQL rather than Prisma's findMany:
 * every Prisma query costs its compilation on the main thread (Prisma 6's query compiler keeps no
 * plan cache), and these reads run on every jurisdiction and coverage request. The table name is
 * a constant, never input.
 */
const namedList = (table: string) =>
  Prisma.sql`(SELECT coalesce(json_agg(json_build_object('slug', t.slug, 'name', t.name) ORDER BY t."sortOrder"), '[]') FROM ${Prisma.raw(`"${table}"`)} t)`;

/** The forums and the slugs a question may use, in display order. */
async function queryVocabulary(): Promise<ReferenceVocabulary> {
  const [row] = await readRows<VocabularyRow>(Prisma.sql`
    SELECT (SELECT coalesce(json_agg(json_build_object('slug', f.slug, 'name', f.name, 'shortName', f."shortName",
                      'coversNote', CASE WHEN f."coversNote" IS NULL THEN NULL ELSE json_build_object('text', f."coversNote", 'provision',
                        (SELECT json_build_object('slug', p.slug, 'label', concat(i."shortTitle", CASE WHEN p.number IS NULL THEN '' ELSE ', ' || p.number END, ': ', p.heading),
                                                  'url', coalesce(p.url, i.url))
                           FROM "Provision" p JOIN "Instrument" i ON i.id = p."instrumentId" WHERE p.id = f."coversNoteProvisionId")) END)
                      ORDER BY f."sortOrder"), '[]')
              FROM "Forum" f) AS forums,
           ${namedList("CrimeCategory")} AS crimes,
           ${namedList("AccusedKind")} AS "accusedKinds",
           ${namedList("ResponsibilityLevel")} AS levels,
           ${namedList("ModeOfLiability")} AS modes,
           ${namedList("Situation")} AS situations`, { prepared: true });
  const { forums, crimes, accusedKinds, levels, modes, situations } = row!;
  const slugs = (rows: Named[]) => rows.map((r) => r.slug);
  return {
    forums,
    crimes: slugs(crimes),
    accusedKinds: slugs(accusedKinds),
    levels: slugs(levels),
    modes: slugs(modes),
    situations: slugs(situations),
    names: { crimes, accusedKinds, levels, modes, situations },
  };
}

const boundary = (date: Date | null, precision: Precision) => (date ? { date: toIsoDate(date), precision } : null);

type RuleRow = {
  slug: string;
  effect: string;
  summary: string;
  condition: string | null;
  conditionKind: string | null;
  validFrom: Date | null;
  validFromPrecision: Precision;
  validTo: Date | null;
  validToPrecision: Precision;
  conductFrom: Date | null;
  conductFromPrecision: Precision;
  conductTo: Date | null;
  conductToPrecision: Precision;
  sourceLocator: string | null;
  forum: string;
  situation: string | null;
  crimes: string[];
  accusedKinds: string[];
  levels: string[];
  modes: string[];
  openedBy: { slug: string; title: string } | null;
  closedBy: { slug: string; title: string } | null;
  provisionSlug: string;
  provisionNumber: string | null;
  provisionHeading: string;
  instrumentShortTitle: string;
  provisionUrl: string | null;
  sourceSlug: string;
  sourceTitle: string;
  sourceUrl: string | null;
};

/**
 * The slugs of a record's scope list, read through the implicit many-to-many table (`own` is the
 * table's column holding the record, `owner` the record's alias in the outer statement). A rule's
 * in the join table's order, unsorted, as Prisma read them; a policy's in its targets' order.
 */
const scopeSlugs = (joinTable: string, target: string, own: "A" | "B", owner: "r" | "p" = "r") => {
  const other = Prisma.raw(`"${own === "A" ? "B" : "A"}"`);
  const order = owner === "p" ? Prisma.sql` ORDER BY t.${other}` : Prisma.empty;
  return Prisma.sql`(SELECT coalesce(json_agg((SELECT x.slug FROM ${Prisma.raw(`"${target}"`)} x WHERE x.id = t.${other})${order}), '[]')
      FROM ${Prisma.raw(`"${joinTable}"`)} t WHERE t.${Prisma.raw(`"${own}"`)} = ${Prisma.raw(owner)}.id)`;
};

const milestoneRef = (column: string) =>
  Prisma.sql`(SELECT json_build_object('slug', m.slug, 'title', m.title) FROM "Milestone" m WHERE m.id = r.${Prisma.raw(`"${column}"`)})`;

/** The jurisdiction rules in force in the database (not deleted), parsed for the engine. One statement. */
async function queryRules(): Promise<Rule[]> {
  const rows = await readRows<RuleRow>(Prisma.sql`
    SELECT r.slug, r.effect::text AS effect, r.summary, r.condition, r."conditionKind"::text AS "conditionKind",
           r."validFrom", r."validFromPrecision"::text AS "validFromPrecision", r."validTo", r."validToPrecision"::text AS "validToPrecision",
           r."conductFrom", r."conductFromPrecision"::text AS "conductFromPrecision", r."conductTo", r."conductToPrecision"::text AS "conductToPrecision",
           r."sourceLocator",
           f.slug AS forum, s.slug AS situation,
           ${scopeSlugs("_CrimeCategoryToJurisdictionRule", "CrimeCategory", "B")} AS crimes,
           ${scopeSlugs("_AccusedKindToJurisdictionRule", "AccusedKind", "B")} AS "accusedKinds",
           ${scopeSlugs("_JurisdictionRuleToResponsibilityLevel", "ResponsibilityLevel", "A")} AS levels,
           ${scopeSlugs("_JurisdictionRuleToModeOfLiability", "ModeOfLiability", "A")} AS modes,
           ${milestoneRef("openedById")} AS "openedBy",
           ${milestoneRef("closedById")} AS "closedBy",
           p.slug AS "provisionSlug", p.number AS "provisionNumber", p.heading AS "provisionHeading", i."shortTitle" AS "instrumentShortTitle",
           coalesce(p.url, i.url) AS "provisionUrl",
           so.slug AS "sourceSlug", so.title AS "sourceTitle", so.url AS "sourceUrl"
      FROM "JurisdictionRule" r
      JOIN "Forum" f ON f.id = r."forumId"
      LEFT JOIN "Situation" s ON s.id = r."situationId"
      JOIN "Provision" p ON p.id = r."provisionId"
      JOIN "Instrument" i ON i.id = p."instrumentId"
      JOIN "Source" so ON so.id = r."sourceId"
     WHERE r."deletedAt" IS NULL
     ORDER BY r.slug ASC`, { prepared: true });
  // Parse at the boundary: the engine trusts its input, so the database's must be checked.
  return ruleSchema.array().parse(
    rows.map((r) => ({
      slug: r.slug,
      forum: r.forum,
      situation: r.situation,
      effect: r.effect,
      summary: r.summary,
      condition: r.condition,
      conditionKind: r.conditionKind,
      crimes: r.crimes,
      accusedKinds: r.accusedKinds,
      levels: r.levels,
      modes: r.modes,
      validFrom: boundary(r.validFrom, r.validFromPrecision),
      validTo: boundary(r.validTo, r.validToPrecision),
      conductFrom: boundary(r.conductFrom, r.conductFromPrecision),
      conductTo: boundary(r.conductTo, r.conductToPrecision),
      openedBy: r.openedBy,
      closedBy: r.closedBy,
      provision: {
        slug: r.provisionSlug,
        label: `${r.instrumentShortTitle}${r.provisionNumber ? `, ${r.provisionNumber}` : ""}: ${r.provisionHeading}`,
        url: r.provisionUrl,
      },
      source: { slug: r.sourceSlug, title: r.sourceTitle, url: r.sourceUrl, locator: r.sourceLocator },
    })),
  );
}

type PolicyRow = Omit<Policy, "source"> & { sourceSlug: string; sourceTitle: string; sourceUrl: string | null; sourceLocator: string | null };

/** The complementarity split (policy, not jurisdiction), in display order. One statement. */
async function queryPolicies(): Promise<Policy[]> {
  const rows = await readRows<PolicyRow>(Prisma.sql`
    SELECT p.slug, p.kind::text AS kind, f.slug AS forum, s.slug AS situation, p.statement, p."proposedBy",
           ${scopeSlugs("_ComplementarityPolicyToCrimeCategory", "CrimeCategory", "A", "p")} AS crimes,
           ${scopeSlugs("_AccusedKindToComplementarityPolicy", "AccusedKind", "B", "p")} AS "accusedKinds",
           ${scopeSlugs("_ComplementarityPolicyToResponsibilityLevel", "ResponsibilityLevel", "A", "p")} AS levels,
           so.slug AS "sourceSlug", so.title AS "sourceTitle", so.url AS "sourceUrl", p."sourceLocator"
      FROM "ComplementarityPolicy" p
      LEFT JOIN "Forum" f ON f.id = p."forumId"
      LEFT JOIN "Situation" s ON s.id = p."situationId"
      JOIN "Source" so ON so.id = p."sourceId"
     ORDER BY p."sortOrder", p.slug`, { prepared: true });
  return policySchema.array().parse(
    rows.map(({ sourceSlug, sourceTitle, sourceUrl, sourceLocator, ...p }) => ({
      ...p,
      source: { slug: sourceSlug, title: sourceTitle, url: sourceUrl, locator: sourceLocator },
    })),
  );
}


/** The tables the vocabulary, the rules and the policies are read from (below). */
export const JURISDICTION_TABLES = [
  "Forum", "Situation", "CrimeCategory", "ModeOfLiability", "AccusedKind", "ResponsibilityLevel",
  "Instrument", "Provision", "Source", "Milestone", "JurisdictionRule", "ComplementarityPolicy",
  "_AccusedKindToJurisdictionRule", "_CrimeCategoryToJurisdictionRule", "_JurisdictionRuleToModeOfLiability",
  "_JurisdictionRuleToResponsibilityLevel", "_AccusedKindToComplementarityPolicy", "_ComplementarityPolicyToCrimeCategory",
  "_ComplementarityPolicyToResponsibilityLevel",
] as const;

/**
 * The vocabulary and the rules, together: the matrix and the "which forum?" answer need both.
 * Held until one of the tables they are read from changes (held.ts). Frozen: shared by every request.
 */
export const loadReference: () => Promise<{ vocabulary: ReferenceVocabulary; rules: Rule[]; policies: Policy[] }> = heldUntilChanged("jurisdiction", JURISDICTION_TABLES, async () => {
  const [vocabulary, rules, policies] = await Promise.all([queryVocabulary(), queryRules(), queryPolicies()]);
  return { vocabulary, rules, policies };
});

/** The forums and the slugs a question may use, in display order. */
export const loadVocabulary = async (): Promise<ReferenceVocabulary> => (await loadReference()).vocabulary;

type Query = Record<string, string | readonly string[] | undefined>;

/**
 * Answers "which forum?" for query parameters, or says which parameters are refused. For the page,
 * which shows refusals next to the form's fields instead of failing.
 */
export async function readJurisdiction(args: { query: Query; today: IsoDate }): Promise<{ result: ParseResult<Answer>; vocabulary: ReferenceVocabulary }> {
  const { vocabulary, rules, policies } = await loadReference();
  const parsed = parseProfileQuery(args.query, vocabulary, args.today);
  if (!parsed.ok) return { result: parsed, vocabulary };
  return { result: { ok: true, value: evaluate(parsed.value, vocabulary.forums, rules, policies) }, vocabulary };
}

/** Answers "which forum?" for query parameters; refuses bad ones with AppError INVALID_INPUT. */
export async function answerJurisdiction(args: { query: Query; today: IsoDate }): Promise<{ answer: Answer; vocabulary: ReferenceVocabulary }> {
  const { result, vocabulary } = await readJurisdiction(args);
  if (!result.ok) throw AppError.invalidInput(result.errors);
  return { answer: result.value, vocabulary };
}
