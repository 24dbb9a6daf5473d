/**
 * The complementarity split as its proponents state it: which cases should go to which forum. It
 * is policy or recommendation, never jurisdiction (docs/decisions/021-two-dates-and-four-statuses.md),
 * so it is read beside the legal answer and never changes a status.
 */
import { z } from "zod";

export const POLICY_KINDS = ["POLICY", "RECOMMENDATION"] as const;
export type PolicyKind = (typeof POLICY_KINDS)[number];

/** A policy record as the pages and the API show it; parse database rows with this schema. */
export const policySchema = z.object({
  slug: z.string().min(1),
  kind: z.enum(POLICY_KINDS),
  /** Null: the policy names no forum (a priority for every forum). */
  forum: z.string().min(1).nullable(),
  situation: z.string().min(1).nullable(),
  statement: z.string().min(1),
  proposedBy: z.string().min(1),
  crimes: z.array(z.string().min(1)),
  accusedKinds: z.array(z.string().min(1)),
  levels: z.array(z.string().min(1)),
  source: z.object({ slug: z.string().min(1), title: z.string().min(1), url: z.string().nullable(), locator: z.string().nullable() }),
});
export type Policy = z.infer<typeof policySchema>;

const within = (list: readonly string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));

/** The policies that speak to a case category (crime, kind of accused, level) in a situation. */
export function policiesFor(
  category: { crime: string; accused: string; level: string | null; situation: string },
  policies: readonly Policy[],
): Policy[] {
  return policies.filter(
    (p) =>
      (p.situation === null || p.situation === category.situation) &&
      within(p.crimes, category.crime) &&
      within(p.accusedKinds, category.accused) &&
      within(p.levels, category.level),
  );
}

export const POLICY_KIND_LABELS: Record<PolicyKind, string> = {
  POLICY: "Described practice or policy",
  RECOMMENDATION: "Recommendation",
};
