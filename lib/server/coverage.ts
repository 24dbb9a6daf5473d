import "server-only";
import { parseCoverageQuery } from "@/lib/core/coverage-query";
import type { IsoDate, PartialDate } from "@/lib/core/dates";
import type { Conduct } from "@/lib/core/jurisdiction";
import type { Locale } from "@/lib/core/locales";
import type { Policy } from "@/lib/core/policy";
import { aroundMilestone, buildMatrix, matrixChanges, type Matrix, type MatrixAxes } from "@/lib/core/matrix";
import { attributeChanges, type AttributedChange } from "@/lib/core/milestone-impact";
import type { ParseResult } from "@/lib/core/profile-query";
import { AppError } from "./errors";
import { loadReference, type ReferenceVocabulary } from "./jurisdiction";
import { countCasesByCell } from "./queries/coverage";

type Query = Record<string, string | readonly string[] | undefined>;

/** The matrix's axes: every crime, kind of accused and level, against every forum, in display order. */
export function matrixAxes(vocabulary: ReferenceVocabulary): MatrixAxes {
  return { crimes: vocabulary.crimes, accusedKinds: vocabulary.accusedKinds, levels: vocabulary.levels, forums: vocabulary.forums };
}

/**
 * The coverage matrix for query parameters (conduct, asOf, situation, mode, policy), with the
 * tracked cases in each cell, or the parameters refused. For the page, which shows refusals next to its form.
 */
export async function readCoverage(args: {
  query: Query;
  today: IsoDate;
  /** The language of the cells' conditions (the page's); English by default. */
  locale?: Locale;
}): Promise<{ result: ParseResult<Matrix>; vocabulary: ReferenceVocabulary; policies: Policy[]; policyView?: boolean }> {
  const { vocabulary, rules, policies } = await loadReference();
  const parsed = parseCoverageQuery(args.query, vocabulary, args.today);
  if (!parsed.ok) return { result: parsed, vocabulary, policies };
  const { asOf, conduct, situation, mode, policy } = parsed.value;
  const caseCounts = await countCasesByCell({ situation, mode });
  const matrix = buildMatrix({ axes: matrixAxes(vocabulary), rules, asOf, conduct, situation, mode, caseCounts, policies, locale: args.locale });
  return { result: { ok: true, value: matrix }, vocabulary, policies, policyView: policy };
}

/**
 * The coverage matrix for query parameters; refuses bad ones with AppError INVALID_INPUT. `policy`:
 * whether the question asked for the complementarity split beside the cells (policy=on).
 */
export async function answerCoverage(args: { query: Query; today: IsoDate }): Promise<{ matrix: Matrix; vocabulary: ReferenceVocabulary; policies: Policy[]; policy: boolean }> {
  const { result, vocabulary, policies, policyView } = await readCoverage(args);
  if (!result.ok) throw AppError.invalidInput(result.errors);
  return { matrix: result.value, vocabulary, policies, policy: policyView ?? false };
}

export type MilestoneMatrixChanges = {
  before: IsoDate;
  after: IsoDate;
  situations: string[];
  modes: string[];
  /** The conduct the comparison is about; null: all conduct up to each day. */
  conduct: Conduct | null;
  /** Each changed cell, with the rules that moved for it and whether this milestone moved them. */
  changes: AttributedChange[];
  vocabulary: ReferenceVocabulary;
};

/**
 * What a milestone changed in the matrix: the cells whose status differs between the day before it
 * and the day after it (or its whole month or year, when the sources give no day), in its own
 * situation, or in every situation when it names none, for every mode of liability.
 */
export async function milestoneMatrixChanges(
  milestone: { slug: string; date: PartialDate; situation: { slug: string } | null },
  options: { conduct?: Conduct | null } = {},
): Promise<MilestoneMatrixChanges> {
  const { vocabulary, rules } = await loadReference();
  const { before, after } = aroundMilestone(milestone.date);
  const situations = milestone.situation ? [milestone.situation.slug] : [...vocabulary.situations];
  const modes = [...vocabulary.modes];
  const conduct = options.conduct ?? null;
  const cells = matrixChanges({ axes: matrixAxes(vocabulary), rules, before, after, situations, modes, conduct });
  const changes = attributeChanges({ changes: cells, rules, before, after, milestone: milestone.slug });
  return { before, after, situations, modes, conduct, changes, vocabulary };
}
