import "server-only";
import { slugFromWords } from "@/lib/core/case-input";
import type { Tx } from "../transaction";

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

export async function newSourceSlug(tx: Tx, title: string): Promise<string> {
  const base = slugFromWords(title, "source").slice(0, 50).replace(/-+$/, "") || "source";
  for (;;) {
    const slug = `${base}-${Math.random().toString(36).slice(2, 8)}`;
    if (!(await tx.source.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}
