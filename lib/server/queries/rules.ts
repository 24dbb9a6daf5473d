import "server-only";
import type { IsoDate } from "@/lib/core/dates";
import type { RuleView } from "@/lib/core/views";
import { db } from "@/lib/server/db";
import { ruleSelect, toRuleView } from "./rule-view";

/**
 * The jurisdiction rules an answer rests on, as the pages show them: the provision with its
 * summary and the full citation of the source. The engine's reasons carry only what it needs;
 * this fills in the rest for the slugs it named. Validity is placed against `asOf`.
 */
export async function getRuleViews(slugs: readonly string[], asOf: IsoDate): Promise<Map<string, RuleView>> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return new Map();
  const rows = await db.jurisdictionRule.findMany({ where: { slug: { in: unique }, deletedAt: null }, select: ruleSelect });
  return new Map(rows.map((row) => [row.slug, toRuleView(row, asOf)]));
}
