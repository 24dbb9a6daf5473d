/**
 * Reference data in two languages (docs/decisions/039-reference-data-in-two-languages.md), against a
 * real Postgres: what the seed stores and keeps, what the read helpers pick, and that the held
 * vocabulary follows a change of a translation.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { currentDatabase } from "@/lib/server/db";
import { loadVocabulary, vocabularyIn } from "@/lib/server/jurisdiction";
import { tableChanges } from "@/lib/server/table-changes";
import { readTranslations, shownBySlug, withShown } from "@/lib/server/translations";
import { seedReferenceData } from "@/prisma/seed/seed";
import { ukrainian } from "@/prisma/seed/translations-uk";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_translations");

const sql = async <R extends pg.QueryResultRow = Record<string, unknown>>(text: string, values: unknown[] = []) => (await seeded.psql.query<R>(text, values)).rows;

/** The stored Ukrainian row of a record's field, by the record's slug. */
async function row(table: string, slug: string, field: string) {
  const [found] = await sql(
    `SELECT t.* FROM "Translation" t JOIN "${table}" r ON r.id = t."entityId" WHERE t."entityType" = $1 AND r.slug = $2 AND t.field = $3 AND t.locale = 'uk'`,
    [table, slug, field],
  );
  return found;
}

const seededCount = Object.values(ukrainian).reduce((n, records) => n + Object.values(records).reduce((m, fields) => m + Object.keys(fields).length, 0), 0);

describe("the seed's Ukrainian", () => {
  it("stores every seeded field once, translated by the tracker team on the seed's day, or missing with why", async () => {
    const rows = await sql<{ state: string; text: string | null; translatedBy: string | null; translatedOn: Date | null; note: string | null; sourceId: string | null }>(
      `SELECT state, text, "translatedBy", "translatedOn"::text AS "translatedOn", note, "sourceId" FROM "Translation" WHERE locale = 'uk'`,
    );
    expect(rows).toHaveLength(seededCount);
    const translated = rows.filter((r) => r.state === "TRANSLATED");
    const missing = rows.filter((r) => r.state === "MISSING");
    expect(translated.length + missing.length).toBe(rows.length);
    for (const r of translated) expect(r).toMatchObject({ translatedBy: "tracker team", translatedOn: "2026-12-04", sourceId: null, note: null });
    for (const r of translated) expect(r.text?.trim()).toBeTruthy();
    for (const r of missing) expect(r).toMatchObject({ text: null, translatedBy: null, translatedOn: null });
    for (const r of missing) expect(r.note).toMatch(/lawyer's review/);
    // No seed source gives an institution's own Ukrainian text: nothing is claimed official.
    expect(rows.filter((r) => r.state === "OFFICIAL")).toEqual([]);
  });

  it.each([
    ["Forum", "icc", "name", "Міжнародний кримінальний суд"],
    ["Forum", "icc", "shortName", "МКС"],
    ["Forum", "special-tribunal", "name", "Спеціальний трибунал щодо злочину агресії проти України"],
    ["CrimeCategory", "ecocide", "name", "Екоцид"],
    ["Instrument", "criminal-code-of-ukraine", "shortTitle", "Кримінальний кодекс України"],
    ["Instrument", "rome-statute", "shortTitle", "Римський статут"],
    ["ModeOfLiability", "direct", "name", null],
  ])("%s %s %s: %s", async (table, slug, field, text) => {
    expect((await row(table, slug, field))?.text).toBe(text);
  });

  it("writes each translation into the audit trail as the seed's, naming the record it translates", async () => {
    const [event] = await sql<{ after: Record<string, unknown>; note: string }>(
      `SELECT a.after, a.note FROM "AuditEvent" a JOIN "Translation" t ON t.id = a."entityId"
       JOIN "Forum" f ON f.id = t."entityId" WHERE a."entityType" = 'Translation' AND f.slug = 'icc' AND t.field = 'name'`,
    );
    expect(event).toMatchObject({ note: "reference data (seed)", after: { entityType: "Forum", entity: "icc", field: "name", locale: "uk", state: "TRANSLATED", text: "Міжнародний кримінальний суд" } });
  });

  it("changes nothing when run again", async () => {
    const report = await seedReferenceData(seeded.database.prisma);
    expect(report).toMatchObject({ created: 0, updated: 0, skippedEdited: 0 });
  });

  it("puts back its own text where a row still at version 1 was changed, and keeps a person's edits and withdrawals", async () => {
    // Not a person's edit (version 1, no audit event but the seed's): the seed's text comes back.
    await sql(`UPDATE "Translation" SET text = 'Stray' WHERE id = $1`, [(await row("CrimeCategory", "genocide", "name"))!.id]);
    // A lawyer's correction (version 2) and a withdrawal (MISSING, version 2).
    await sql(`UPDATE "Translation" SET text = 'Воєнні злочини (виправлено)', version = 2 WHERE id = $1`, [(await row("CrimeCategory", "war-crimes", "name"))!.id]);
    await sql(`UPDATE "Translation" SET state = 'MISSING', text = NULL, "translatedBy" = NULL, "translatedOn" = NULL, note = 'Withdrawn for review.', version = 2 WHERE id = $1`, [
      (await row("MilestoneType", "judgment", "name"))!.id,
    ]);
    // An edit audited by a person, at version 1.
    const edited = (await row("Situation", "sudan", "name"))!;
    await sql(`UPDATE "Translation" SET text = 'Республіка Судан' WHERE id = $1`, [edited.id]);
    await sql(`INSERT INTO "AuditEvent" (action, "entityType", "entityId", note) VALUES ('UPDATE', 'Translation', $1, 'edited by an analyst')`, [edited.id]);
    const report = await seedReferenceData(seeded.database.prisma);
    expect(report).toMatchObject({ created: 0, updated: 1, skippedEdited: 3 });
    expect((await row("CrimeCategory", "genocide", "name"))!.text).toBe("Геноцид");
    expect((await row("CrimeCategory", "war-crimes", "name"))!.text).toBe("Воєнні злочини (виправлено)");
    expect(await row("MilestoneType", "judgment", "name")).toMatchObject({ state: "MISSING", text: null, note: "Withdrawn for review." });
    expect((await row("Situation", "sudan", "name"))!.text).toBe("Республіка Судан");
  });
});

describe("reading the other language", () => {
  it("picks Ukrainian where it is stored and the English, marked, where it is missing; nothing is read for English", async () => {
    const uk = await shownBySlug("ModeOfLiability", ["command-responsibility", "direct", "ordering"], "uk");
    expect(uk("command-responsibility", "name", "Command responsibility")).toMatchObject({ text: "Відповідальність командирів та інших начальників", lang: "uk", missing: false, state: "TRANSLATED", translatedBy: "tracker team", translatedOn: "2026-12-04" });
    expect(uk("direct", "name", "Direct commission")).toMatchObject({ text: "Direct commission", lang: "en", missing: true, state: "MISSING" });
    // A field no one translated (the descriptions, for now) is missing too.
    expect(uk("direct", "description", "Committing the crime oneself.")).toMatchObject({ lang: "en", missing: true });
    const en = await shownBySlug("ModeOfLiability", ["command-responsibility"], "en");
    expect(en("command-responsibility", "name", "Command responsibility")).toMatchObject({ text: "Command responsibility", lang: "en", missing: false, state: "RECORDED" });
  });

  it("gives an official text with its source", async () => {
    const codeSource = (await sql<{ id: string }>(`SELECT id FROM "Source" WHERE slug = 'criminal-code-of-ukraine'`))[0]!.id;
    const article = (await row("CrimeCategory", "ecocide", "name"))!;
    await sql(`UPDATE "Translation" SET state = 'OFFICIAL', "sourceId" = $2, "sourceLocator" = 'Стаття 441', "translatedBy" = NULL, "translatedOn" = NULL, version = 2 WHERE id = $1`, [article.id, codeSource]);
    const pick = await shownBySlug("CrimeCategory", ["ecocide"], "uk");
    expect(pick("ecocide", "name", "Ecocide")).toMatchObject({
      text: "Екоцид",
      state: "OFFICIAL",
      source: { slug: "criminal-code-of-ukraine", url: "https://zakon.rada.gov.ua/laws/show/2341-14" },
      sourceLocator: "Стаття 441",
      translatedBy: null,
    });
  });

  it("reads several models' rows in one call, and adds texts beside rows it is given", async () => {
    const forums = await currentDatabase().prisma.forum.findMany({ select: { id: true, slug: true, name: true, shortName: true }, orderBy: { sortOrder: "asc" } });
    const index = await readTranslations([{ entity: "Forum", ids: forums.map((f) => f.id) }, { entity: "CrimeCategory", ids: [] }], "uk");
    expect(Object.keys(index)).toHaveLength(forums.length * 2);
    const shown = await withShown("Forum", forums, ["name", "shortName"], "uk");
    expect(shown.map((f) => [f.name, f.shown.shortName.text])).toEqual([
      ["International Criminal Court", "МКС"],
      ["Special Tribunal for the Crime of Aggression against Ukraine", "Спеціальний трибунал"],
      ["Ukrainian national courts", "Суди України"],
    ]);
  });

  it("the held vocabulary names in either language, and follows a change of a translation", async () => {
    const modes = async (locale: string) => vocabularyIn(await loadVocabulary(), locale).modes.map((m) => [m.slug, m.shown.text, m.shown.missing]);
    expect(await modes("uk")).toEqual([
      ["direct", "Direct commission", true],
      ["command-responsibility", "Відповідальність командирів та інших начальників", false],
      ["ordering", "Ordering, soliciting or inducing", true],
    ]);
    expect((await modes("en")).every(([, , missing]) => missing === false)).toBe(true);
    const forums = vocabularyIn(await loadVocabulary(), "uk").forums.map((f) => f.shown.shortName.text);
    expect(forums).toEqual(["МКС", "Спеціальний трибунал", "Суди України"]);

    await sql(`UPDATE "Translation" SET text = 'Відповідальність командирів та інших начальників (змінено)' WHERE id = $1`, [(await row("ModeOfLiability", "command-responsibility", "name"))!.id]);
    await tableChanges(currentDatabase()).heard();
    expect((await modes("uk"))[1]).toEqual(["command-responsibility", "Відповідальність командирів та інших начальників (змінено)", false]);
  });
});
