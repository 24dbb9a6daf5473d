import "server-only";
import type { Citation } from "@/lib/core/views";
import { db } from "../db";
import { sourceSelect, toCitation } from "./citation";
import type { TitledRecord } from "./record-titles";

export type SourcePage = {
  citation: Citation;
  /** The live cases and milestones that cite it. */
  cases: { slug: string; locator: string | null; record: TitledRecord }[];
  milestones: { slug: string; locator: string | null; record: TitledRecord }[];
};

/** A source's page (docs/decisions/052-documents-in-the-browser.md): the source, and what cites it; null if there is none. */
export async function getSourcePage(slug: string): Promise<SourcePage | null> {
  const source = await db.source.findUnique({
    where: { slug },
    select: {
      ...sourceSelect,
      cases: { where: { case: { deletedAt: null } }, select: { locator: true, case: { select: { id: true, slug: true, title: true, lang: true } } }, orderBy: { case: { title: "asc" } } },
      milestones: { where: { milestone: { deletedAt: null } }, select: { locator: true, milestone: { select: { id: true, slug: true, title: true, lang: true } } }, orderBy: { milestone: { occurredOn: "desc" } } },
    },
  });
  if (!source) return null;
  return {
    citation: toCitation(source, null),
    cases: source.cases.map(({ case: c, locator }) => ({ slug: c.slug, locator, record: { entity: "Case", id: c.id, title: c.title, lang: c.lang } })),
    milestones: source.milestones.map(({ milestone: m, locator }) => ({ slug: m.slug, locator, record: { entity: "Milestone", id: m.id, title: m.title, lang: m.lang } })),
  };
}
