/**
 * The seeded milestones in Ukrainian: title, description and what it changed, by milestone slug
 * (reference-data.ts, "Milestones"). Same forms and rules as translations-uk.ts: a string is the
 * tracker's own translation (TRANSLATED), `{ missing }` is left for a lawyer with the reason. A
 * passage quoted from a post or an instrument stays missing unless its own Ukrainian is recorded.
 */
import type { Fields } from "./translations-uk";

export const milestonesUk: Record<string, Fields> = {};
