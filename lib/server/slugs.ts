import "server-only";
import { slugFromWords } from "@/lib/core/input-fields";
import { milestoneSlug } from "@/lib/core/milestone-input";
import type { Tx } from "./transaction";

/** Slugs for new records, made by the use cases and the import: words of the title, unique. */

/** A unique slug from words, with -2, -3… if taken (even by a deleted record). */
async function uniqueSlug(base: string, taken: (slug: string) => Promise<boolean>): Promise<string> {
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await taken(slug))) return slug;
  }
}

export const newCaseSlug = (tx: Tx, title: string) => uniqueSlug(slugFromWords(title, "case"), async (slug) => !!(await tx.case.findUnique({ where: { slug }, select: { id: true } })));

export const newAccusedSlug = (tx: Tx, name: string) =>
  uniqueSlug(slugFromWords(name, "accused"), async (slug) => !!(await tx.accused.findUnique({ where: { slug }, select: { id: true } })));

/** Title words and year (see milestoneSlug). */
export const newMilestoneSlug = (tx: Tx, title: string, year: number) =>
  uniqueSlug(milestoneSlug(title, year), async (slug) => !!(await tx.milestone.findUnique({ where: { slug }, select: { id: true } })));

/** A new source's: its title's words and a short random tail (sources share titles: a report, its annex). */
export async function newSourceSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromWords(title, "source").slice(0, 50).replace(/-+$/, "") || "source";
  for (;;) {
    const slug = `${base}-${Math.random().toString(36).slice(2, 8)}`;
    if (!(await tx.source.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
