/**
 * Milestones written in either language, the other beside them (decision 042), through the use
 * cases every entry point calls, on a real Postgres server: the record's `lang`, its translations
 * as Translation rows (TRANSLATED, by the actor, dated today in Kyiv) written, changed and removed
 * under the version check and in the audit row, and the refusals (a bad language, a translation
 * into the record's own language, a stale save of a translation, a viewer), which write nothing.
 */
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { refusedWithoutWritingTo } from "@/tests/support/refusals";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { milestoneConflictOf } from "@/lib/core/milestone-merge";
import { listMilestones } from "@/lib/server/queries/milestones";
import { listFeedMilestones } from "@/lib/server/queries/feed";
import { entrySummary } from "@/lib/web/atom";
import { runImport } from "@/lib/server/import/run-import";
import { exportMilestones } from "@/lib/server/export/milestone-export";
import { parse as parseCsv } from "csv-parse/sync";
import type { ImportFormat, ImportRowReport } from "@/lib/core/import/types";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_milestone_languages", { users: (role) => `The ${role.toLowerCase()}` });

const ukrainian = {
  title: "Верховна Рада ухвалила закон про Спеціальний трибунал",
  description: "Тестова подія, записана українською.",
  whatChanged: "Тестовий текст про те, що це змінило.",
  lang: "uk",
  date: "2026-10",
  track: "accountability",
  type: "ratification",
  situation: "ukraine",
  forums: ["icc"],
  sources: [{ title: "Тестове джерело", url: "https://example.org/uk-post", locator: "Абзац 2" }],
};

async function counts() {
  const p = seeded.database.prisma;
  const [milestones, translations, audits, versions, texts] = await Promise.all([
    p.milestone.count(),
    p.translation.count({ where: { entityType: "Milestone" } }),
    p.auditEvent.count(),
    p.milestone.aggregate({ _sum: { version: true } }),
    p.translation.findMany({ where: { entityType: "Milestone" }, select: { entityId: true, field: true, locale: true, text: true, version: true }, orderBy: [{ entityId: "asc" }, { field: "asc" }, { locale: "asc" }] }),
  ]);
  return { milestones, translations, audits, versions: versions._sum.version, texts };
}

const refusedWithoutWriting = refusedWithoutWritingTo(counts);

const rowsOf = (id: string) =>
  seeded.database.prisma.translation.findMany({
    where: { entityType: "Milestone", entityId: id },
    select: { field: true, locale: true, state: true, text: true, translatedBy: true, translatedOn: true },
    orderBy: { field: "asc" },
  });

describe("a milestone written in Ukrainian, with its English", () => {
  let slug = "";
  let id = "";

  it("is logged with its language and its English as translated rows, by the analyst, dated today in Kyiv, in the audit row", async () => {
    // 23:30 UTC on 4 December is already 5 December in Kyiv.
    const now = new Date("2026-12-04T23:30:00Z");
    const record = await createMilestone({
      actor: seeded.actors.analyst,
      now,
      input: { ...ukrainian, translations: { en: { title: "The Verkhovna Rada passed the Special Tribunal law", description: "A test milestone written in Ukrainian." } } },
    });
    slug = record.slug;
    id = record.id;
    expect(record.slug).toBe("verkhovna-rada-ukhvalyla-zakon-pro-spetsialnyi-trybunal-2026");
    expect(record.lang).toBe("uk");
    expect(record.title).toBe(ukrainian.title);
    expect(record.translations).toEqual({ en: { title: "The Verkhovna Rada passed the Special Tribunal law", description: "A test milestone written in Ukrainian.", whatChanged: null } });
    const rows = await rowsOf(id);
    expect(rows).toEqual([
      { field: "description", locale: "en", state: "TRANSLATED", text: "A test milestone written in Ukrainian.", translatedBy: "The analyst", translatedOn: new Date("2026-12-05T00:00:00Z") },
      { field: "title", locale: "en", state: "TRANSLATED", text: "The Verkhovna Rada passed the Special Tribunal law", translatedBy: "The analyst", translatedOn: new Date("2026-12-05T00:00:00Z") },
    ]);
    const audit = await seeded.database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Milestone", entityId: id, action: "CREATE" }, select: { after: true } });
    expect(audit.after).toMatchObject({ lang: "uk", translations: { en: { title: "The Verkhovna Rada passed the Special Tribunal law" } } });
  });

  it("a change of one translated text keeps the others; an emptied one is removed; both are audited", async () => {
    const changed = await updateMilestone({ actor: seeded.actors.admin, id: slug, input: { expectedVersion: 1, translations: { en: { whatChanged: "What it changed, in English." } } } });
    expect(changed.version).toBe(2);
    expect(changed.translations.en).toEqual({ title: "The Verkhovna Rada passed the Special Tribunal law", description: "A test milestone written in Ukrainian.", whatChanged: "What it changed, in English." });
    // The admin added the third text; the analyst's two keep their translator.
    const rows = await rowsOf(id);
    expect(rows.map((r) => [r.field, r.translatedBy])).toEqual([
      ["description", "The analyst"],
      ["title", "The analyst"],
      ["whatChanged", "The admin"],
    ]);

    const cleared = await updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 2, translations: { en: { description: "" } } } });
    expect(cleared.translations.en?.description).toBeNull();
    expect((await rowsOf(id)).map((r) => r.field)).toEqual(["title", "whatChanged"]);
    const audit = await seeded.database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Milestone", entityId: id, action: "UPDATE" }, orderBy: { at: "desc" }, select: { before: true, after: true } });
    expect((audit.before as { translations: { en: { description: string | null } } }).translations.en.description).toBe("A test milestone written in Ukrainian.");
    expect((audit.after as { translations: { en: { description: string | null } } }).translations.en.description).toBeNull();

    const none = await updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 3, translations: { en: null } } });
    expect(none.translations).toEqual({});
    expect(await rowsOf(id)).toEqual([]);
    await updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 4, translations: { en: { title: "The Rada passed the law" } } } });
  });

  it("refuses a translation into its own language, naming the field, and a language it does not know", async () => {
    const own = await refusedWithoutWriting(() => updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 5, translations: { uk: { title: "Ще одна назва" } } } }));
    expect(own.code).toBe("INVALID_INPUT");
    expect(own.details.errors?.map((e) => e.parameter)).toEqual(["translations.uk.title"]);
    expect(own.message).toMatch(/^translations\.uk\.title is in the language the record is written in \(uk\), which its title holds/);

    const created = await refusedWithoutWriting(() => createMilestone({ actor: seeded.actors.analyst, input: { ...ukrainian, title: "Інша подія", translations: { uk: { description: "Опис" } } } }));
    expect(created.details.errors?.map((e) => e.parameter)).toEqual(["translations.uk.description"]);

    const bad = await refusedWithoutWriting(() => createMilestone({ actor: seeded.actors.analyst, input: { ...ukrainian, title: "Інша подія", lang: "pl" } }));
    expect(bad.details.errors?.map((e) => e.parameter)).toEqual(["lang"]);
    expect(bad.message).toBe("lang must be one of uk, en: the language the texts are written in");

    const unknown = await refusedWithoutWriting(() => createMilestone({ actor: seeded.actors.analyst, input: { ...ukrainian, title: "Інша подія", translations: { pl: { title: "Wydarzenie" }, en: { summary: "x" } } } }));
    expect(unknown.details.errors?.map((e) => e.parameter).sort()).toEqual(["translations", "translations.en"]);
  });

  it("changing the language swaps only when the texts are swapped: a held translation into the new language is refused until it is removed", async () => {
    const refused = await refusedWithoutWriting(() => updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 5, lang: "en", title: "The Rada passed the law" } }));
    expect(refused.details.errors?.map((e) => e.parameter)).toEqual(["translations.en.title"]);
    const swapped = await updateMilestone({ actor: seeded.actors.analyst, id: slug, input: { expectedVersion: 5, lang: "en", title: "The Rada passed the law", translations: { en: null, uk: { title: ukrainian.title } } } });
    expect(swapped).toMatchObject({ lang: "en", title: "The Rada passed the law", translations: { uk: { title: ukrainian.title } } });
    expect((await rowsOf(id)).map((r) => [r.field, r.locale])).toEqual([["title", "uk"]]);
  });

  it("a stale save is refused when only a translation changed meanwhile, and the conflict shows the translation side by side", async () => {
    // They change the Ukrainian title (version 6 → 7); the analyst, still at 6, changes it too.
    await updateMilestone({ actor: seeded.actors.admin, id: slug, input: { expectedVersion: 6, translations: { uk: { title: "Рада ухвалила закон" } } } });
    const sent = { expectedVersion: 6, translations: { uk: { title: "Верховна Рада ухвалила закон" } } };
    const stale = await refusedWithoutWriting(() => updateMilestone({ actor: seeded.actors.analyst, id: slug, input: sent }));
    expect(stale.code).toBe("CONFLICT");
    expect((stale.details.current as { translations: unknown }).translations).toEqual({ uk: { title: "Рада ухвалила закон", description: null, whatChanged: null } });
    expect((stale.details.base as { translations: unknown }).translations).toEqual({ uk: { title: ukrainian.title, description: null, whatChanged: null } });
    // The form's comparison: the translation is the one field both changed; the user's text is kept.
    const yours = { ...(stale.details.current as Record<string, unknown>), expectedVersion: "6", translations: sent.translations };
    const merged = milestoneConflictOf({ current: stale.details.current!, base: stale.details.base ?? null, sent: yours })!;
    expect(merged.conflict.differences).toEqual([{ field: "translations.uk.title", changedByThem: true, changedByYou: true, take: "yours" }]);
    expect(merged.proposal.translations.uk?.title).toBe("Верховна Рада ухвалила закон");
  });

  it("a viewer and a visitor may not write a translation", async () => {
    const viewer = await refusedWithoutWriting(() => updateMilestone({ actor: seeded.actors.viewer, id: slug, input: { expectedVersion: 7, translations: { uk: { description: "Опис" } } } }));
    expect(viewer.code).toBe("FORBIDDEN");
    const visitor = await refusedWithoutWriting(() => updateMilestone({ actor: { kind: "anonymous" }, id: slug, input: { expectedVersion: 7, translations: { uk: { description: "Опис" } } } }));
    expect(visitor.code).toBe("UNAUTHENTICATED");
  });

  it("a milestone logged without a language is English, as every earlier one", async () => {
    const record = await createMilestone({ actor: seeded.actors.analyst, input: { ...ukrainian, title: "An English milestone", lang: undefined, translations: { uk: { title: "Подія англійською" } } } });
    expect(record.lang).toBe("en");
    expect(record.translations).toEqual({ uk: { title: "Подія англійською", description: null, whatChanged: null } });
  });
});

describe("read in either language", () => {
  it("the timeline's search finds a milestone by its texts in the other language too, in its rows and its counts", async () => {
    const record = await createMilestone({
      actor: seeded.actors.analyst,
      input: { ...ukrainian, title: "Подія для пошуку", description: "Опис українською.", whatChanged: null, translations: { en: { description: "Searchable zanzibarword in English." } } },
    });
    const found = await listMilestones({ q: "ZanzibarWord" });
    expect(found.milestones.map((m) => m.slug)).toEqual([record.slug]);
    expect(found.matching).toBe(1);
    // The view carries the language and the other texts, as the API's list does.
    expect(found.milestones[0]).toMatchObject({ lang: "uk", translations: { en: { description: "Searchable zanzibarword in English.", title: null } } });
    // Both words must be found, each in either language.
    expect((await listMilestones({ q: "zanzibarword українською" })).matching).toBe(1);
    expect((await listMilestones({ q: "zanzibarword nowhere" })).matching).toBe(0);

    const [feed] = await listFeedMilestones({ q: "zanzibarword" });
    // The English feed: the English description; the title, untranslated, as written, its language named.
    const summary = entrySummary(feed!, "en");
    expect(summary).toContain("Searchable zanzibarword in English.");
    expect(entrySummary(feed!, "uk")).toContain("Опис українською.");
  });
});

describe("import and export in either language", () => {
  async function* bytes(text: string): AsyncGenerator<Uint8Array> {
    yield new TextEncoder().encode(text);
  }
  async function run(format: ImportFormat, text: string, dryRun = false) {
    const rows: ImportRowReport[] = [];
    const summary = await runImport({ actor: seeded.actors.analyst, kind: "milestones", format, body: bytes(text), totalBytes: text.length, dryRun, onRow: (r) => rows.push(r), prisma: seeded.database.prisma, now: new Date() });
    return { summary, rows };
  }
  const header = "external_id,date,title,description,track,type,sources,lang,title_en,description_en,what_changed_en,title_uk";
  const source = "https://example.org/import-source";

  it("imports a milestone written in Ukrainian with its English, re-imports it unchanged, then changes and removes a translation by its column", async () => {
    await seeded.database.prisma.source.create({ data: { slug: "import-lang-source", externalId: "import-lang-source", kind: "OTHER", title: "Import source", url: source } });
    const line = (title_en: string, description_en: string) => `uk-1,2026-09,Імпортована подія,Опис українською,accountability,ratification,import-lang-source,uk,${title_en},${description_en},,`;
    const first = await run("csv", [header, line("Imported milestone", "Described in English")].join("\r\n"));
    expect(first.rows.map((r) => r.outcome)).toEqual(["created"]);
    const id = (await seeded.database.prisma.milestone.findUniqueOrThrow({ where: { externalId: "uk-1" }, select: { id: true, lang: true } }));
    expect(id.lang).toBe("uk");
    expect((await rowsOf(id.id)).map((r) => [r.field, r.locale, r.text, r.translatedBy])).toEqual([
      ["description", "en", "Described in English", "The analyst"],
      ["title", "en", "Imported milestone", "The analyst"],
    ]);

    const again = await run("csv", [header, line("Imported milestone", "Described in English")].join("\r\n"));
    expect(again.rows.map((r) => r.outcome)).toEqual(["unchanged"]);

    // An empty cell in a column the file has removes that text; a changed one replaces it.
    const changed = await run("csv", [header, line("Imported milestone renamed", "")].join("\r\n"));
    expect(changed.rows.map((r) => r.outcome)).toEqual(["updated"]);
    expect((await rowsOf(id.id)).map((r) => [r.field, r.text])).toEqual([["title", "Imported milestone renamed"]]);

    // A file without the translation columns keeps the texts.
    const narrow = await run("csv", ["external_id,date,title,description,track,type,sources", "uk-1,2026-09,Імпортована подія,Опис українською,accountability,ratification,import-lang-source"].join("\r\n"));
    expect(narrow.rows.map((r) => r.outcome)).toEqual(["unchanged"]);
    expect((await rowsOf(id.id)).map((r) => r.field)).toEqual(["title"]);

    // The export carries the language and the English beside the Ukrainian.
    const csvExport = await exportMilestones({ format: "csv", params: { q: "Імпортована" }, origin: "https://tracker.example", now: new Date() });
    const [head, row] = parseCsv(await csvExport.text(), { bom: true }) as string[][];
    expect(row![head!.indexOf("Title")]).toBe("Імпортована подія");
    expect(row![head!.indexOf("Language")]).toBe("uk");
    expect(row![head!.indexOf("Title in English")]).toBe("Imported milestone renamed");
    expect(row![head!.indexOf("Title in Ukrainian")]).toBe("");
    const jsonExport = await exportMilestones({ format: "json", params: { q: "Імпортована" }, origin: "https://tracker.example", now: new Date() });
    expect(await jsonExport.json()).toMatchObject([{ lang: "uk", translations: { en: { title: "Imported milestone renamed" } } }]);
  });

  it("a check names the column of a translation into the milestone's own language and of a bad language; JSON reads lang and translations", async () => {
    const own = await run("csv", [header, "uk-2,2026-09,Ще одна подія,Опис,accountability,ratification,import-lang-source,uk,,,,Назва ще раз"].join("\r\n"), true);
    expect(own.rows[0]).toMatchObject({ outcome: "rejected", problems: [{ column: "title_uk" }] });
    const bad = await run("csv", [header, "uk-3,2026-09,Ще одна подія,Опис,accountability,ratification,import-lang-source,ru,,,,"].join("\r\n"), true);
    expect(bad.rows[0]).toMatchObject({ outcome: "rejected", problems: [{ column: "lang" }] });

    const json = JSON.stringify([{ externalId: "uk-4", date: "2026-08", title: "Подія з JSON", description: "Опис", track: "accountability", type: "ratification", sources: [{ source: "import-lang-source" }], lang: "uk", translations: { en: { title: "A milestone from JSON" } } }]);
    expect((await run("json", json)).rows.map((r) => r.outcome)).toEqual(["created"]);
    const m = await seeded.database.prisma.milestone.findUniqueOrThrow({ where: { externalId: "uk-4" }, select: { id: true, lang: true } });
    expect(m.lang).toBe("uk");
    expect((await rowsOf(m.id)).map((r) => [r.field, r.locale, r.text])).toEqual([["title", "en", "A milestone from JSON"]]);
    const ownJson = JSON.stringify([{ externalId: "uk-5", date: "2026-08", title: "Подія", description: "Опис", track: "accountability", type: "ratification", sources: [{ source: "import-lang-source" }], lang: "uk", translations: { uk: { title: "Назва" } } }]);
    expect((await run("json", ownJson, true)).rows[0]).toMatchObject({ outcome: "rejected", problems: [{ column: "translations.uk.title" }] });
  });
});
