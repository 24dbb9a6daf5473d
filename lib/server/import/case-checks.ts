import "server-only";
import { isoPartial } from "@/lib/core/dates";
import type { CaseWrite } from "@/lib/core/import/merge";
import type { CheckedCase } from "@/lib/core/import/records";
import { CASE_STAGE_LABELS } from "@/lib/core/labels";
import { partialDateOf as partialOf } from "@/lib/core/dates";
import { compactTranslations } from "@/lib/core/user-translations";
import type { CaseRow } from "../cases/find-case";
import { currentInput } from "../cases/case-record";
import type { Problem } from "./importer";

/** What the case import checks against what an earlier record or the tracker holds. */

/**
 * The case a checked record describes, as the case use cases take it: its accused, sources and
 * milestones by the slugs they resolved to (in the record's order), and each charge's accused by
 * slug instead of the record's stand-in key (`accused-N`, `accused-ref-N`).
 */
export function caseWriteOf(c: CheckedCase, slugs: { accused: readonly string[]; sources: readonly string[]; milestones: readonly string[] }): CaseWrite {
  const slugOfKey = (key: string) => slugs.accused[Number(/\d+$/.exec(key)![0]) - 1]!;
  return {
    reference: c.input.reference,
    title: c.input.title,
    summary: c.input.summary,
    lang: c.input.lang,
    // As the file gives them: a field left out is absent, an empty one null (decision 042).
    translations: c.input.translations ?? {},
    forum: c.input.forum,
    situation: c.input.situation,
    accused: slugs.accused.map((slug) => ({ slug })),
    charges: c.input.charges.map((ch) => ({ ...ch, accused: ch.accused ? slugOfKey(ch.accused) : null })),
    sources: c.input.sources.map((s, i) => ({ slug: slugs.sources[i]!, locator: s.locator })),
    milestones: [...slugs.milestones],
    isSynthetic: c.input.isSynthetic,
  };
}

/** What a case imported before holds, as an import compares it: with its texts in other languages. */
export function heldCaseWrite(row: CaseRow): CaseWrite {
  return { ...(currentInput(row) as Omit<CaseWrite, "translations">), translations: compactTranslations(row.translations ?? {}) };
}

/**
 * A text the file gives in the language the record is written in, where the file leaves the
 * language out (a record imported before keeps its own, which the check could not know; a new one
 * is English): refused as the form refuses it, naming the column, never silently dropped.
 * For cases and milestones alike (`translations` as the file gives them).
 */
export function ownLanguageProblems(translations: unknown, lang: string): Problem[] {
  const given = typeof translations === "object" && translations !== null ? (translations as Record<string, unknown>)[lang] : undefined;
  return Object.entries(typeof given === "object" && given !== null ? given : {}).flatMap(([field, text]) =>
    typeof text === "string" && text.trim() !== ""
      ? [{ path: ["translations", lang, field], message: `is in the language the record is written in ("${lang}"): write it in ${field} itself, or give the translation in another language` }]
      : [],
  );
}

/**
 * The first description of each accused in a file, by external id: the fields it gives as JSON.
 * Kept for the whole file, so held as fresh strings: a string cut from the file's text (a cell)
 * would keep its whole piece of the file in memory, and with one accused a case that is the file.
 */
export type Described = Map<string, { line: number; record: string; fields: string }>;

/** A copy of a string that does not point into a larger one. */
const detached = (text: string) => Buffer.from(text, "utf8").toString("utf8");

/**
 * How the file's stage compares with the case's latest stage entry: the same (nothing to do), a
 * different stage (recorded as a stage change, which the stage machine checks), or the same stage
 * with another date or in-absentia flag: a correction, which the tracker does not make to a
 * recorded stage (it keeps the dated history as recorded), so it is refused, saying so.
 */
export function stageMove(current: CaseRow, c: CheckedCase): { record: boolean; problems: Problem[] } {
  const stage = c.input.initialStage!;
  const latest = current.stages.at(-1);
  if (!latest || latest.stage !== stage.stage) return { record: true, problems: [] };
  const recorded = `${CASE_STAGE_LABELS[latest.stage]}, ${isoPartial(partialOf(latest.occurredOn, latest.precision))}${latest.inAbsentia ? ", in absentia" : ""}`;
  const why = `the case's current stage is recorded as ${recorded}; an import does not correct a recorded stage. Give the stage as recorded, or a later stage; a wrong entry is corrected on the case page by recording the right stage with a note.`;
  const problems: Problem[] = [];
  if (isoPartial(partialOf(latest.occurredOn, latest.precision)) !== isoPartial(stage.date)) problems.push({ path: ["stage", "date"], message: `differs from the recorded date: ${why}` });
  if (c.present.has("stage.inAbsentia") && latest.inAbsentia !== stage.inAbsentia) problems.push({ path: ["stage", "inAbsentia"], message: `differs from the recorded stage: ${why}` });
  if (c.present.has("stage.note") && (latest.note ?? null) !== (stage.note ?? null)) problems.push({ path: ["stage", "note"], message: `differs from the recorded stage's note: ${why}` });
  return { record: false, problems };
}

/**
 * Every description of an accused within one file must agree (the fields it gives): otherwise the
 * last would silently win over the first. The first description of each is remembered.
 */
export function describedAlike(context: { described: Described }, c: CheckedCase): Problem[] {
  const problems: Problem[] = [];
  c.input.accused.forEach((a, i) => {
    if (a.slug) return; // named by id alone
    const externalId = c.accusedExternalIds[i]!;
    const fields = { name: a.name, nameUkrainian: a.nameUkrainian, kind: a.kind ?? null, rank: a.rank, level: a.level, description: a.description };
    const given = Object.fromEntries(Object.entries(fields).filter(([field]) => c.present.has(`accused.${field}`)));
    const earlier = context.described.get(externalId);
    if (!earlier) {
      context.described.set(detached(externalId), { line: c.line, record: detached(c.externalId), fields: JSON.stringify(given) });
      return;
    }
    // The same record checked again (the batch path deferred it): by its external id, which is
    // unique in the file, not its line (every record of a one-line JSON file is on line 1).
    if (earlier.record === c.externalId) return;
    const earlierFields = JSON.parse(earlier.fields) as Record<string, unknown>;
    for (const [field, value] of Object.entries(given)) {
      if (field in earlierFields && earlierFields[field] !== value) {
        problems.push({ path: ["accused", i, field], message: `describes the accused "${externalId}" differently from line ${earlier.line} ("${String(earlierFields[field] ?? "")}"): give one description of each accused in a file.` });
      }
    }
  });
  return problems;
}
