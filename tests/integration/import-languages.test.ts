/**
 * Imports in both languages without surprises (issue 17, decision 042): milestones and cases read
 * `lang` alike. An empty `lang` cell (or a JSON `lang: null`) keeps the language a record holds; a
 * new record without one is English. A file that leaves the language out may give the other
 * language's texts of a record already held (`title_en` of a case or milestone written in
 * Ukrainian, `title_uk` of one written in English); a text in the record's own language is
 * refused by its column, on the batch path and through the use cases alike, writing nothing.
 */
import { describe, expect, it } from "vitest";
import type { ImportFormat, ImportKind, ImportRowReport } from "@/lib/core/import/types";
import { runImport } from "@/lib/server/import/run-import";
import { refreshCaseSearch } from "@/lib/server/cases/search-document";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_import_languages", { users: (role) => `The ${role.toLowerCase()}` });
const p = () => seeded.database.prisma;

async function* bytes(text: string): AsyncGenerator<Uint8Array> {
  yield new TextEncoder().encode(text);
}

async function run(kind: ImportKind, format: ImportFormat, text: string, { dryRun = false, useCasesOnly = false } = {}) {
  const rows: ImportRowReport[] = [];
  const summary = await runImport({ actor: seeded.actors.analyst, kind, format, body: bytes(text), totalBytes: text.length, dryRun, onRow: (r) => rows.push(r), prisma: p(), now: new Date(), useCasesOnly });
  return { summary, rows };
}
const outcomes = (rows: ImportRowReport[]) => rows.map((r) => [r.externalId, r.outcome, r.problems.map((pr) => pr.column)]);
const csv = (...lines: string[]) => lines.join("\r\n") + "\r\n";

async function texts(entityType: "Milestone" | "Case", externalId: string) {
  const record = entityType === "Milestone"
    ? await p().milestone.findUniqueOrThrow({ where: { externalId }, select: { id: true, lang: true, title: true } })
    : await p().case.findUniqueOrThrow({ where: { externalId }, select: { id: true, lang: true, title: true } });
  const rows = await p().translation.findMany({ where: { entityType, entityId: record.id }, orderBy: [{ field: "asc" }, { locale: "asc" }], select: { field: true, locale: true, text: true } });
  return { lang: record.lang, title: record.title, translations: rows.map((r) => [r.field, r.locale, r.text]) };
}

async function counts() {
  const [milestones, cases, translations, audits] = await Promise.all([p().milestone.count(), p().case.count(), p().translation.count(), p().auditEvent.count()]);
  return { milestones, cases, translations, audits };
}

describe("milestones", () => {
  const WIDE = "external_id,date,title,description,track,type,sources,lang,title_en,description_en,title_uk";
  const NARROW = "external_id,date,title,description,track,type,sources";
  const ua = (id: string) => `${id},2026-09,Подія для імпорту ${id},Опис українською,accountability,ratification,lang-src`;

  it("an empty lang cell keeps a milestone's language, as it keeps a case's; a new one without it is English", async () => {
    await p().source.create({ data: { slug: "lang-src", externalId: "lang-src", kind: "OTHER", title: "Import source", url: "https://example.org/lang-src" } });
    const first = await run("milestones", "csv", csv(WIDE, `${ua("m-uk-1")},uk,Imported event,,`));
    expect(outcomes(first.rows)).toEqual([["m-uk-1", "created", []]]);
    expect(await texts("Milestone", "m-uk-1")).toMatchObject({ lang: "uk", translations: [["title", "en", "Imported event"]] });

    // The same milestone, its lang cell left empty: nothing changes (it was reset to English, and its English title dropped).
    const again = await run("milestones", "csv", csv(WIDE, `${ua("m-uk-1")},,Imported event,,`));
    expect(outcomes(again.rows)).toEqual([["m-uk-1", "unchanged", []]]);
    expect(await texts("Milestone", "m-uk-1")).toMatchObject({ lang: "uk", translations: [["title", "en", "Imported event"]] });

    // JSON: lang given as null keeps it too.
    const json = JSON.stringify([{ externalId: "m-uk-1", date: "2026-09", title: "Подія для імпорту m-uk-1", description: "Опис українською", track: "accountability", type: "ratification", sources: [{ source: "lang-src" }], lang: null }]);
    expect(outcomes((await run("milestones", "json", json)).rows)).toEqual([["m-uk-1", "unchanged", []]]);
    expect((await texts("Milestone", "m-uk-1")).lang).toBe("uk");

    // A new milestone with an empty lang cell is English.
    const fresh = await run("milestones", "csv", csv(WIDE, "m-en-1,2026-09,An English event,Described,accountability,ratification,lang-src,,,,Подія англійською"));
    expect(outcomes(fresh.rows)).toEqual([["m-en-1", "created", []]]);
    expect(await texts("Milestone", "m-en-1")).toMatchObject({ lang: "en", translations: [["title", "uk", "Подія англійською"]] });
  });

  it("a file without lang takes title_en of a milestone written in Ukrainian, and title_uk of one written in English", async () => {
    const en = await run("milestones", "csv", csv(`${NARROW},title_en,description_en`, `${ua("m-uk-1")},Imported event renamed,Described in English`));
    expect(outcomes(en.rows)).toEqual([["m-uk-1", "updated", []]]);
    expect(await texts("Milestone", "m-uk-1")).toEqual({
      lang: "uk",
      title: "Подія для імпорту m-uk-1",
      translations: [["description", "en", "Described in English"], ["title", "en", "Imported event renamed"]],
    });
    const uk = await run("milestones", "csv", csv(`${NARROW},title_uk`, "m-en-1,2026-09,An English event,Described,accountability,ratification,lang-src,Подія англійською змінена"));
    expect(outcomes(uk.rows)).toEqual([["m-en-1", "updated", []]]);
    expect(await texts("Milestone", "m-en-1")).toMatchObject({ lang: "en", translations: [["title", "uk", "Подія англійською змінена"]] });
  });

  it("a file without lang refuses a text in the milestone's own language by its column, and title_en of a new milestone (English), writing nothing", async () => {
    const before = await counts();
    for (const dryRun of [true, false]) {
      const { summary, rows } = await run("milestones", "csv", csv(`${NARROW},title_en,title_uk`, `${ua("m-uk-1")},,Інша назва`, "m-en-1,2026-09,An English event,Described,accountability,ratification,lang-src,Another title,", `${ua("m-new-1")},A new one,`), { dryRun });
      expect(summary.committed).toBe(false);
      expect(outcomes(rows)).toEqual([
        ["m-uk-1", "rejected", ["title_uk"]],
        ["m-en-1", "rejected", ["title_en"]],
        ["m-new-1", "rejected", ["title_en"]],
      ]);
      expect(rows[0]!.problems[0]!.message).toMatch(/in the language the record is written in \("uk"\)/);
      expect(await counts()).toEqual(before);
    }
    const json = JSON.stringify([{ externalId: "m-uk-1", date: "2026-09", title: "Подія для імпорту m-uk-1", description: "Опис українською", track: "accountability", type: "ratification", sources: [{ source: "lang-src" }], translations: { uk: { title: "Інша" } } }]);
    expect(outcomes((await run("milestones", "json", json)).rows)).toEqual([["m-uk-1", "rejected", ["translations.uk.title"]]]);
    expect(await counts()).toEqual(before);
  });
});

describe("cases", () => {
  const HEAD = "external_id,title,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,is_synthetic";
  const line = (id: string, title: string) => `${id},${title},ukraine-domestic,ukraine,investigation,2024-03,${id}-a,Test Gunner,natural,war-crimes,direct,Article 438 of the Criminal Code of Ukraine,yes`;

  for (const useCasesOnly of [false, true]) {
    const path = useCasesOnly ? "through the use cases" : "on the batch path";
    const id = useCasesOnly ? "c-uc" : "c-batch";

    it(`a file without lang takes title_en of a case written in Ukrainian, summary_uk of one written in English (${path})`, async () => {
      const created = await run("cases", "csv", csv(`${HEAD},lang`, `${line(`${id}-uk`, "Справа про обстріл")},uk`, `${line(`${id}-en`, "A shelling case")},en`), { useCasesOnly });
      expect(outcomes(created.rows)).toEqual([[`${id}-uk`, "created", []], [`${id}-en`, "created", []]]);

      const given = await run("cases", "csv", csv(`${HEAD},title_en,summary_uk`, `${line(`${id}-uk`, "Справа про обстріл")},The shelling case,`, `${line(`${id}-en`, "A shelling case")},,Справа про обстріл англійською`), { useCasesOnly });
      expect(outcomes(given.rows)).toEqual([[`${id}-uk`, "updated", []], [`${id}-en`, "updated", []]]);
      expect(await texts("Case", `${id}-uk`)).toEqual({ lang: "uk", title: "Справа про обстріл", translations: [["title", "en", "The shelling case"]] });
      expect(await texts("Case", `${id}-en`)).toEqual({ lang: "en", title: "A shelling case", translations: [["summary", "uk", "Справа про обстріл англійською"]] });

      // The same file again: unchanged.
      const again = await run("cases", "csv", csv(`${HEAD},title_en,summary_uk`, `${line(`${id}-uk`, "Справа про обстріл")},The shelling case,`, `${line(`${id}-en`, "A shelling case")},,Справа про обстріл англійською`), { useCasesOnly });
      expect(outcomes(again.rows)).toEqual([[`${id}-uk`, "unchanged", []], [`${id}-en`, "unchanged", []]]);
    });

    it(`a file without lang refuses title_en of a new case (English) and title_uk of one written in Ukrainian, by their columns, writing nothing (${path})`, async () => {
      const before = await counts();
      for (const dryRun of [true, false]) {
        const { summary, rows } = await run("cases", "csv", csv(`${HEAD},title_en,title_uk`, `${line(`${id}-new`, "A new case")},A new case again,`, `${line(`${id}-uk`, "Справа про обстріл")},,Інша назва`), { dryRun, useCasesOnly });
        expect(summary.committed).toBe(false);
        expect(outcomes(rows)).toEqual([[`${id}-new`, "rejected", ["title_en"]], [`${id}-uk`, "rejected", ["title_uk"]]]);
        expect(rows[0]!.problems[0]!.message).toMatch(/in the language the record is written in \("en"\)/);
        expect(await counts()).toEqual(before);
      }
    });
  }

  it("an empty lang cell keeps a case's language (as before), with title_en beside it", async () => {
    const kept = await run("cases", "csv", csv(`${HEAD},lang,title_en`, `${line("c-batch-uk", "Справа про обстріл")},,The shelling case`));
    expect(outcomes(kept.rows)).toEqual([["c-batch-uk", "unchanged", []]]);
    expect((await texts("Case", "c-batch-uk")).lang).toBe("uk");
  });
});

describe("new translated cases on the batch path", () => {
  it("are written once each, their search document holding their other language from the start: as the rebuild makes it", async () => {
    const HEAD = "external_id,title,summary,forum,situation,stage,stage_date,accused_id,accused_name,accused_kind,crime,mode,provision_cited,is_synthetic,lang,title_en,summary_en,title_uk,summary_uk";
    const row = (id: string, cells: string) => `${id},${cells.split("|")[0]},${cells.split("|")[1]},ukraine-domestic,ukraine,investigation,2024-03,${id}-a,Test Gunner,natural,war-crimes,direct,Article 438,yes,${cells.split("|").slice(2).join(",")}`;
    const { rows } = await run("cases", "csv", csv(
      HEAD,
      row("once-1", "Справа про обстріл Харкова|Обвинувачення.|uk|The shelling of Kharkiv|Charges of shelling.||"),
      row("once-2", "The deportation case|Charges of deportation.|en|||Справа про депортацію|Обвинувачення в депортації."),
      row("once-3", "A case without a summary||en|||Справа без опису|"),
      row("once-4", "Справа лише українською|Без перекладу.|uk||||"),
      row("once-5", "Справа з англійським описом||uk||A summary only in English.||"),
    ));
    expect(rows.map((r) => r.outcome)).toEqual(["created", "created", "created", "created", "created"]);
    const written = async () =>
      (await seeded.psql.query<{ externalId: string; cmin: string; doc: string }>(`SELECT "externalId", cmin::text, "searchVector"::text AS doc FROM "Case" WHERE "externalId" LIKE 'once-%' ORDER BY "externalId"`)).rows;
    const before = await written();
    // One statement wrote every case of the batch, translated or not: none was updated after.
    expect(new Set(before.map((r) => r.cmin)).size).toBe(1);
    expect(before[0]!.doc).toContain("'kharkiv'");
    expect(before[1]!.doc).toMatch(/'deportatsi\w*':/);
    // The documents are those the rebuild makes from the rows and their translations.
    const ids = (await p().case.findMany({ where: { externalId: { startsWith: "once-" } }, select: { id: true } })).map((c) => c.id);
    await refreshCaseSearch(p(), ids);
    expect((await written()).map((r) => [r.externalId, r.doc])).toEqual(before.map((r) => [r.externalId, r.doc]));
  });
});
