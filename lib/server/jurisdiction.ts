import "server-only";
import { toIsoDate, type IsoDate, type Precision } from "@/lib/core/dates";
import { evaluate, ruleSchema, type Answer, type ForumRef, type Rule } from "@/lib/core/jurisdiction";
import { parseProfileQuery, type ParseResult, type Vocabulary } from "@/lib/core/profile-query";
import { db } from "./db";
import { AppError } from "./errors";

type Named = { slug: string; name: string };
export type ReferenceVocabulary = Vocabulary & {
  /** The short name heads a column of the matrix, where the full name does not fit. */
  forums: (ForumRef & { shortName: string })[];
  names: { crimes: Named[]; accusedKinds: Named[]; levels: Named[]; modes: Named[]; situations: Named[] };
};

const named = { select: { slug: true, name: true }, orderBy: { sortOrder: "asc" } } as const;

/** The forums and the slugs a question may use, in display order. */
export async function loadVocabulary(): Promise<ReferenceVocabulary> {
  const [forums, crimes, accusedKinds, levels, modes, situations] = await Promise.all([
    db.forum.findMany({ select: { slug: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } }),
    db.crimeCategory.findMany(named),
    db.accusedKind.findMany(named),
    db.responsibilityLevel.findMany(named),
    db.modeOfLiability.findMany(named),
    db.situation.findMany(named),
  ]);
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

/** The jurisdiction rules in force in the database (not deleted), parsed for the engine. */
export async function loadRules(): Promise<Rule[]> {
  const slug = { select: { slug: true } } as const;
  const rows = await db.jurisdictionRule.findMany({
    where: { deletedAt: null },
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      effect: true,
      summary: true,
      condition: true,
      validFrom: true,
      validFromPrecision: true,
      validTo: true,
      validToPrecision: true,
      sourceLocator: true,
      forum: slug,
      situation: slug,
      crimes: slug,
      accusedKinds: slug,
      levels: slug,
      modes: slug,
      openedBy: { select: { slug: true, title: true } },
      closedBy: { select: { slug: true, title: true } },
      provision: { select: { slug: true, number: true, heading: true, instrument: { select: { shortTitle: true } } } },
      source: { select: { slug: true, title: true, url: true } },
    },
  });
  // Parse at the boundary: the engine trusts its input, so the database's must be checked.
  return ruleSchema.array().parse(
    rows.map((r) => ({
      slug: r.slug,
      forum: r.forum.slug,
      situation: r.situation?.slug ?? null,
      effect: r.effect,
      summary: r.summary,
      condition: r.condition,
      crimes: r.crimes.map((x) => x.slug),
      accusedKinds: r.accusedKinds.map((x) => x.slug),
      levels: r.levels.map((x) => x.slug),
      modes: r.modes.map((x) => x.slug),
      validFrom: boundary(r.validFrom, r.validFromPrecision),
      validTo: boundary(r.validTo, r.validToPrecision),
      openedBy: r.openedBy,
      closedBy: r.closedBy,
      provision: {
        slug: r.provision.slug,
        label: `${r.provision.instrument.shortTitle}${r.provision.number ? `, ${r.provision.number}` : ""}: ${r.provision.heading}`,
      },
      source: { slug: r.source.slug, title: r.source.title, url: r.source.url, locator: r.sourceLocator },
    })),
  );
}

type Query = Record<string, string | readonly string[] | undefined>;

/**
 * Answers "which forum?" for query parameters, or says which parameters are refused. For the page,
 * which shows refusals next to the form's fields instead of failing.
 */
export async function readJurisdiction(args: { query: Query; today: IsoDate }): Promise<{ result: ParseResult<Answer>; vocabulary: ReferenceVocabulary }> {
  const vocabulary = await loadVocabulary();
  const parsed = parseProfileQuery(args.query, vocabulary, args.today);
  if (!parsed.ok) return { result: parsed, vocabulary };
  const rules = await loadRules();
  return { result: { ok: true, value: evaluate(parsed.value, vocabulary.forums, rules) }, vocabulary };
}

/** Answers "which forum?" for query parameters; refuses bad ones with AppError INVALID_INPUT. */
export async function answerJurisdiction(args: { query: Query; today: IsoDate }): Promise<{ answer: Answer; vocabulary: ReferenceVocabulary }> {
  const { result, vocabulary } = await readJurisdiction(args);
  if (!result.ok) throw AppError.invalidInput(result.errors);
  return { answer: result.value, vocabulary };
}
