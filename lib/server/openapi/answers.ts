/**
 * The JSON of the API's two answers, mapped from the engine's: one function per answer, typed by
 * the schema the OpenAPI document is generated from (./schemas.ts), so a field the document does
 * not describe cannot be sent. /api/jurisdiction and /api/v1/jurisdiction share the first,
 * /api/coverage and /api/v1/coverage the second.
 */
import type { z } from "zod";
import { formatConductParameter } from "@/lib/core/conduct";
import type { Answer, Conduct } from "@/lib/core/jurisdiction";
import type { Matrix } from "@/lib/core/matrix";
import type { Policy } from "@/lib/core/policy";
import type { ReferenceVocabulary } from "@/lib/server/jurisdiction";
import type { coverageSchema, jurisdictionSchema } from "./schemas";

/** The conduct as the `conduct` parameter writes it ("2022-03", "2022-02-24/2023-03"), or null. */
const conductParameter = (conduct: Conduct | null) => (conduct ? formatConductParameter(conduct) : null);

/** "Which forum?": every forum's status, the rules it rests on, its conditions and periods, and the policy beside them. */
export function jurisdictionBody(answer: Answer): z.output<typeof jurisdictionSchema> {
  const { crime, accused, level, mode, situation } = answer.profile;
  return {
    asOf: answer.asOf,
    conduct: conductParameter(answer.conduct),
    profile: { crime, accused, level, mode, situation },
    gap: answer.gap,
    forums: answer.forums.map((f) => ({
      forum: f.forum.slug,
      forumName: f.forum.name,
      status: f.status,
      reasons: f.reasons,
      conditions: f.conditions,
      periods: f.periods,
      ...(f.note ? { note: f.note } : {}),
    })),
    policy: answer.policy,
  };
}

/**
 * The matrix. With `policy` (policy=on) the cells and rows name the policies that speak to them
 * and the answer lists those policies; without it they are left out, not sent empty, so that an
 * empty list always means "none".
 */
export function coverageBody(args: { matrix: Matrix; vocabulary: ReferenceVocabulary; policies: readonly Policy[]; policy: boolean }): z.output<typeof coverageSchema> {
  const { matrix, vocabulary, policy } = args;
  const named = new Set<string>();
  const rows = matrix.rows.map((row) => ({
    crime: row.crime,
    accused: row.accused,
    level: row.level,
    gap: row.gap,
    caseCount: row.caseCount,
    ...(policy ? { policies: remember(named, row.policies) } : {}),
    cells: row.cells.map((c) => ({
      forum: c.forum,
      status: c.status,
      rules: c.rules,
      conditions: c.conditions,
      periods: c.periods,
      ...(policy ? { policies: remember(named, c.policies) } : {}),
      caseCount: c.caseCount,
    })),
  }));
  return {
    asOf: matrix.asOf,
    conduct: conductParameter(matrix.conduct),
    situation: matrix.situation,
    mode: matrix.mode,
    forums: vocabulary.forums.map((f) => ({ slug: f.slug, name: f.name, shortName: f.shortName, coversNote: f.coversNote })),
    rows,
    ...(policy ? { policies: args.policies.filter((p) => named.has(p.slug)) } : {}),
  };
}

function remember(named: Set<string>, slugs: readonly string[]): string[] {
  for (const slug of slugs) named.add(slug);
  return [...slugs];
}
