import "server-only";
import { isoPartial } from "@/lib/core/dates";
import { checkMilestone, type CheckedMilestone } from "@/lib/core/import/records";
import type { Actor } from "../actor";
import { createMilestone } from "../milestones/create-milestone";
import { findMilestone } from "../milestones/find-milestone";
import { currentInput } from "../milestones/milestone-record";
import { updateMilestone } from "../milestones/update-milestone";
import type { Tx } from "../transaction";
import { sameSet, slugsOf, unresolved } from "./import-references";
import { ImportRejection, type Importer } from "./importer";
import { ownLanguageProblems } from "./case-checks";
import { LOCALES } from "@/lib/core/locales";
import { MILESTONE_TEXT_FIELDS } from "@/lib/core/milestone-input";
import { mergedTranslations } from "@/lib/core/written-in";

/** Texts in other languages as compared: each language's non-empty texts in a fixed order, none in the record's own. */
function comparableTranslations(translations: unknown, lang: string): [string, string, string][] {
  const held = (typeof translations === "object" && translations !== null ? translations : {}) as Record<string, Record<string, unknown> | null>;
  return LOCALES.filter((l) => l !== lang).flatMap((l) =>
    MILESTONE_TEXT_FIELDS.flatMap((f): [string, string, string][] => {
      const text = held[l]?.[f];
      return typeof text === "string" && text.trim() !== "" ? [[l, f, text.trim()]] : [];
    }),
  );
}

/**
 * Milestones, written by the milestone form's own use cases (createMilestone, updateMilestone) in
 * the import's transaction. An import never sets a milestone's effects (the rules it opens or
 * closes): that changes the law the tracker states and is done, by an administrator, on the form.
 */
export const milestoneImporter: Importer<CheckedMilestone, { actor: Actor }> = {
  kind: "milestones",
  check: checkMilestone,
  externalIdOf: (m) => m.externalId,
  prepare: async (_tx, { actor }) => ({ actor }),
  recordPath: (path) => (path[0] === "sources" && path[2] === "slug" ? ["sources", path[1]!, "source"] : path),
  async write(tx: Tx, { actor }, m) {
    const sourceSlugs = await slugsOf(tx, "source", m.sourceRefs);
    const caseSlugs = await slugsOf(tx, "case", m.caseRefs);
    const existing = await tx.milestone.findUnique({ where: { externalId: m.externalId }, select: { id: true, slug: true, deletedAt: true, lang: true } });
    const problems = [...unresolved(m.sourceRefs, sourceSlugs, (i) => ["sources", i, "source"], "source"), ...unresolved(m.caseRefs, caseSlugs, () => ["cases"], "case")];
    if (existing?.deletedAt) {
      problems.push({ path: ["externalId"], message: `is the milestone "${existing.slug}", which was deleted in the tracker: it is not brought back by an import.` });
    }
    // The language the milestone is written in: the file's, else the one it holds (English for a new one).
    const lang = existing && !m.present.has("lang") ? existing.lang : m.input.lang;
    problems.push(...ownLanguageProblems(m.givenTranslations, lang));
    if (problems.length > 0) throw new ImportRejection(problems);

    const input = {
      title: m.input.title,
      description: m.input.description,
      whatChanged: m.input.whatChanged,
      date: isoPartial(m.input.date),
      status: m.input.status,
      track: m.input.track,
      type: m.input.type,
      situation: m.input.situation,
      forums: m.input.forums,
      instruments: m.input.instruments,
      cases: caseSlugs as string[],
      sources: m.input.sources.map((s, i) => ({ slug: sourceSlugs[i]!, locator: s.locator, document: s.document, page: s.page })),
      lang: m.input.lang,
      translations: m.givenTranslations,
    };
    if (!existing) {
      const created = await createMilestone({ actor, input, tx });
      await tx.milestone.update({ where: { id: created.id }, data: { externalId: m.externalId }, select: { id: true } });
      return { outcome: "created", slug: created.slug };
    }
    const current = (await findMilestone(tx, existing.id))!;
    const now = currentInput(current);
    // Fields the file does not give keep their value. A milestone's cases are only ever added to
    // here: the case import sets a case's milestones, and the two files must not undo each other.
    const next: Record<string, unknown> = { ...input, cases: [...new Set([...(now.cases as string[]), ...input.cases])] };
    for (const field of ["whatChanged", "status", "situation", "forums", "instruments", "cases", "lang"] as const) {
      if (!m.present.has(field)) next[field] = now[field];
    }
    // The texts in other languages: those the file gives over those held (decision 042).
    const translations = comparableTranslations(mergedTranslations(now.translations, m.givenTranslations), String(next.lang));
    if (!m.present.has("sources.locator")) {
      next.sources = input.sources.map((s) => ({ ...s, locator: (now.sources as { slug: string; locator: string | null }[]).find((c) => c.slug === s.slug)?.locator ?? null }));
    }
    // A file without columns (fields) for a passage's document and page: a source it still cites keeps them.
    if (!m.present.has("sources.document") && !m.present.has("sources.page")) {
      const held = now.sources as { slug: string; document: string | null; page: number | null }[];
      next.sources = (next.sources as { slug: string; locator: string | null }[]).map((s) => {
        const kept = held.find((c) => c.slug === s.slug);
        return { ...s, document: kept?.document ?? null, page: kept?.page ?? null };
      });
    }
    const same =
      ["title", "description", "whatChanged", "date", "status", "track", "type", "situation", "lang"].every((field) => now[field] === next[field]) &&
      JSON.stringify(comparableTranslations(now.translations, String(now.lang))) === JSON.stringify(translations) &&
      ["forums", "instruments", "cases"].every((field) => sameSet(now[field] as string[], next[field] as string[])) &&
      JSON.stringify(now.sources) === JSON.stringify(next.sources);
    if (same) return { outcome: "unchanged", slug: current.slug };
    const updated = await updateMilestone({ actor, id: existing.id, input: { ...next, expectedVersion: current.version }, tx });
    return { outcome: "updated", slug: updated.slug };
  },
};
