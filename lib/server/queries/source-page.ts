import "server-only";
import type { Citation } from "@/lib/core/views";
import { db } from "../db";
import { sourceSelect, toCitation } from "./citation";

export type SourcePage = {
  citation: Citation;
  /** The live cases and milestones that cite it, by title (as recorded). */
  cases: { slug: string; title: string; locator: string | null }[];
  milestones: { slug: string; title: string; locator: string | null }[];
};

/** A source's page (docs/decisions/052-documents-in-the-browser.md): the source, and what cites it; null if there is none. */
export async function getSourcePage(slug: string): Promise<SourcePage | null> {
  const source = await db.source.findUnique({
    where: { slug },
    select: {
      ...sourceSelect,
      cases: { where: { case: { deletedAt: null } }, select: { locator: true, case: { select: { slug: true, title: true } } }, orderBy: { case: { title: "asc" } } },
      milestones: { where: { milestone: { deletedAt: null } }, select: { locator: true, milestone: { select: { slug: true, title: true } } }, orderBy: { milestone: { occurredOn: "desc" } } },
    },
  });
  if (!source) return null;
  return {
    citation: toCitation(source, null),
    cases: source.cases.map((c) => ({ slug: c.case.slug, title: c.case.title, locator: c.locator })),
    milestones: source.milestones.map((m) => ({ slug: m.milestone.slug, title: m.milestone.title, locator: m.locator })),
  };
}
