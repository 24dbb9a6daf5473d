/**
 * Reference data in two languages (docs/decisions/039-reference-data-in-two-languages.md), against a
 * real Postgres: what the seed stores and keeps, what the read helpers pick, and that the held
 * vocabulary follows a change of a translation.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { currentDatabase } from "@/lib/server/db";
import { headline } from "@/lib/core/answer-words";
import { loadVocabulary, readJurisdiction, vocabularyIn } from "@/lib/server/jurisdiction";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { tableChanges } from "@/lib/server/table-changes";
import { readTranslations, shownBySlug, withShown } from "@/lib/server/translations";
import { seedReferenceData } from "@/prisma/seed/seed";
import { TRANSLATED_ON, ukrainian } from "@/prisma/seed/translations-uk";
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
    const rows = await sql<{ entityType: string; state: string; text: string | null; translatedBy: string | null; translatedOn: Date | null; note: string | null; sourceId: string | null }>(
      `SELECT "entityType", state, text, "translatedBy", "translatedOn"::text AS "translatedOn", note, "sourceId" FROM "Translation" WHERE locale = 'uk'`,
    );
    expect(rows).toHaveLength(seededCount);
    const translated = rows.filter((r) => r.state === "TRANSLATED");
    const missing = rows.filter((r) => r.state === "MISSING");
    const official = rows.filter((r) => r.state === "OFFICIAL");
    expect(translated.length + missing.length + official.length).toBe(rows.length);
    for (const r of translated) expect(r).toMatchObject({ translatedBy: "tracker team", translatedOn: TRANSLATED_ON[r.entityType] ?? "2026-12-04", sourceId: null, note: null });
    for (const r of translated) expect(r.text?.trim()).toBeTruthy();
    for (const r of missing) expect(r).toMatchObject({ text: null, translatedBy: null, translatedOn: null });
    // Missing for a lawyer's review, or because the text quotes an instrument whose own Ukrainian words must be recorded.
    for (const r of missing) expect(r.note).toMatch(/lawyer's review|official Ukrainian text|official text/);
  });

  it("claims as official only the Verkhovna Rada's own titles and headings, each cited to its official text (decision 048)", async () => {
    const rows = await sql<{ entity: string; field: string; text: string; source: string; locator: string; translatedBy: string | null }>(
      `SELECT t."entityType" || ':' || coalesce(i.slug, p.slug) AS entity, t.field, t.text, s.slug AS source, t."sourceLocator" AS locator, t."translatedBy"
         FROM "Translation" t JOIN "Source" s ON s.id = t."sourceId"
         LEFT JOIN "Instrument" i ON t."entityType" = 'Instrument' AND i.id = t."entityId"
         LEFT JOIN "Provision" p ON t."entityType" = 'Provision' AND p.id = t."entityId"
        WHERE t.locale = 'uk' AND t.state = 'OFFICIAL' ORDER BY 1, 2`,
    );
    const code = "criminal-code-of-ukraine";
    expect(rows).toEqual([
      { entity: "Instrument:constitution-of-ukraine", field: "shortTitle", text: "Конституція України", source: "constitution-of-ukraine", locator: "Назва", translatedBy: null },
      { entity: "Instrument:constitution-of-ukraine", field: "title", text: "Конституція України", source: "constitution-of-ukraine", locator: "Назва", translatedBy: null },
      { entity: `Instrument:${code}`, field: "shortTitle", text: "Кримінальний кодекс України", source: code, locator: "Назва", translatedBy: null },
      { entity: `Instrument:${code}`, field: "title", text: "Кримінальний кодекс України", source: code, locator: "Назва", translatedBy: null },
      { entity: "Provision:cc-ua-art-437", field: "heading", text: "Планування, підготовка, розв’язування та ведення агресивної війни", source: code, locator: "Стаття 437", translatedBy: null },
      { entity: "Provision:cc-ua-art-438", field: "heading", text: "Порушення законів та звичаїв війни", source: code, locator: "Стаття 438", translatedBy: null },
      { entity: "Provision:cc-ua-art-441", field: "heading", text: "Екоцид", source: code, locator: "Стаття 441", translatedBy: null },
      { entity: "Provision:cc-ua-art-442", field: "heading", text: "Геноцид", source: code, locator: "Стаття 442", translatedBy: null },
      { entity: "Provision:cc-ua-legal-entities", field: "heading", text: "Заходи кримінально-правового характеру щодо юридичних осіб", source: code, locator: "Розділ XIV-1", translatedBy: null },
    ]);
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

describe("the seed's Ukrainian descriptions, titles, headings and summaries", () => {
  it.each([
    ["Forum", "icc", "description", ["Гаазі", "25 жовтня 2024 року", "1 січня 2025 року", "статті 12(3)"]],
    ["Forum", "ukraine-domestic", "description", ["200 000", "стаття 31-1", "стаття 442-1", "статтею 441"]],
    ["CrimeCategory", "war-crimes", "description", ["стаття 8(2)(b)(iv) Римського статуту"]],
    ["CrimeCategory", "ecocide", "description", ["стаття 441 Кримінального кодексу України", "вересні 2024 року"]],
    ["ModeOfLiability", "command-responsibility", "description", ["стаття 28(a)", "стаття 28(b)", "стаття 31-1"]],
    ["Situation", "sudan", "description", ["22 травня 2025 року", "24 травня 1999 року"]],
    ["Instrument", "rome-statute", "title", ["Римський статут Міжнародного кримінального суду"]],
    ["Instrument", "chemical-weapons-convention", "description", ["24 травня 1999 року", "23 червня 1999 року"]],
    ["Provision", "rs-art-126-2", "summary", ["25 жовтня 2024 року", "1 січня 2025 року"]],
    ["Provision", "cc-ua-art-442-1", "summary", ["Закон № 4012-IX", "9 жовтня 2024 року"]],
    ["JurisdictionRule", "icc-no-conduct-before-the-statute", "summary", ["МКС", "Римським статутом", "1 липня 2002 року"]],
    ["JurisdictionRule", "icc-aggression-russia-not-a-party", "summary", ["стаття 15 bis(5)", "стаття 121(5)", "стаття 15 bis(4)", "стаття 11(2)", "статті 15 ter"]],
    ["JurisdictionRule", "special-tribunal-serving-leaders", "condition", ["глави держави, глави уряду або міністра закордонних справ", "заочно"]],
    ["JurisdictionRule", "ukraine-crimes-against-humanity", "summary", ["Закон № 4012-IX", "9 жовтня 2024 року", "статтею 442-1 Кримінального кодексу"]],
    ["ComplementarityPolicy", "field-grade-priority", "statement", ["майорів, підполковників і полковників"]],
  ])("%s %s %s keeps its names, articles and dates", async (table, slug, field, parts) => {
    const stored = await row(table, slug, field);
    expect(stored).toMatchObject({ state: "TRANSLATED", translatedBy: "tracker team" });
    for (const part of parts) expect(stored!.text).toContain(part);
  });

  it("keeps missing the terms decision 039 left for a lawyer's review, and the texts that quote an instrument", async () => {
    for (const [table, slug, field] of [
      ["ModeOfLiability", "direct", "name"],
      ["ModeOfLiability", "ordering", "name"],
      ["ModeOfLiability", "ordering", "description"],
      ["MilestoneType", "declaration", "name"],
      ["Instrument", "ukraine-article-12-3-declarations", "shortTitle"],
      ["Instrument", "icj-arrest-warrant-judgment", "shortTitle"],
      ["Provision", "cc-ua-art-441", "summary"],
      ["Provision", "nat-art-5", "summary"],
      // Rules and policies: Ukraine's Article 12(3) declarations, Article 31-1 in a reproduction's words, a post's quotation.
      ["JurisdictionRule", "icc-ukraine-article-12-3", "summary"],
      ["JurisdictionRule", "ukraine-command-responsibility", "summary"],
      ["ComplementarityPolicy", "icc-top-leadership", "statement"],
    ] as const) {
      expect(await row(table, slug, field), `${table} ${slug} ${field}`).toMatchObject({ state: "MISSING", text: null });
    }
  });

  it("names the vocabularies in a page's language by slug, a missing name marked", async () => {
    const uk = await referenceNamesIn("uk");
    // (War crimes' name was corrected by "a lawyer" above.)
    expect(uk.words("crime", "genocide", "Genocide")).toBe("Геноцид");
    expect(uk.words("crime", "war-crimes", "War crimes")).toBe("Воєнні злочини (виправлено)");
    expect(uk.words("track", "accountability", "Accountability")).toBe("Притягнення до відповідальності");
    expect(uk.words("instrument", "rome-statute", "Rome Statute")).toBe("Римський статут");
    expect(uk.words("mode", "direct", "Direct commission")).toBe("Direct commission (англійською)");
    expect(uk.shown("type", "declaration", "Declaration")).toMatchObject({ text: "Declaration", lang: "en", missing: true });
    // An unknown slug (a record added since) keeps its recorded name, marked.
    expect(uk.words("forum", "no-such-forum", "Some forum")).toBe("Some forum (англійською)");
    const en = await referenceNamesIn("en");
    expect(en.words("crime", "war-crimes", "War crimes")).toBe("War crimes");
  });

  it("gives a rule's summary and condition and a policy's statement in Ukrainian where translated, the English marked where missing, and a person's translation once made", async () => {
    const rule = async (slug: string) => (await sql<{ id: string; summary: string; condition: string | null }>(`SELECT id, summary, condition FROM "JurisdictionRule" WHERE slug = $1`, [slug]))[0]!;
    const statement = async (slug: string) => (await sql<{ statement: string }>(`SELECT statement FROM "ComplementarityPolicy" WHERE slug = $1`, [slug]))[0]!.statement;
    let uk = await referenceNamesIn("uk");
    // Translated by the seed.
    const immunity = await rule("special-tribunal-serving-leaders");
    expect(uk.shown("ruleSummary", "special-tribunal-serving-leaders", immunity.summary)).toMatchObject({ lang: "uk", missing: false, state: "TRANSLATED", translatedBy: "tracker team" });
    expect(uk.words("ruleSummary", "special-tribunal-serving-leaders", immunity.summary)).toMatch(/^За повідомленнями про Статут, він не передбачає персональних імунітетів/);
    expect(uk.words("ruleCondition", "special-tribunal-serving-leaders", immunity.condition!)).toMatch(/^Для судового розгляду чи судового рішення/);
    expect(uk.words("policyStatement", "field-grade-priority", await statement("field-grade-priority"))).toMatch(/^Надати пріоритет справам проти старших офіцерів/);
    // Left missing by the seed (Ukraine's Article 12(3) declaration; a post's quotation): the English, marked.
    const declaration = await rule("icc-ukraine-article-12-3");
    const division = await statement("icc-top-leadership");
    expect(uk.shown("ruleSummary", "icc-ukraine-article-12-3", declaration.summary)).toMatchObject({ text: declaration.summary, lang: "en", missing: true, state: "MISSING" });
    expect(uk.words("ruleSummary", "icc-ukraine-article-12-3", declaration.summary)).toBe(`${declaration.summary} (англійською)`);
    expect(uk.words("policyStatement", "icc-top-leadership", division)).toBe(`${division} (англійською)`);
    // A lawyer's translation of the missing summary is shown at once; withdrawn again, the English comes back, marked.
    const [missingRow] = await sql<{ id: string }>(`SELECT id FROM "Translation" WHERE "entityType" = 'JurisdictionRule' AND "entityId" = $1 AND field = 'summary' AND locale = 'uk'`, [declaration.id]);
    await sql(`UPDATE "Translation" SET state = 'TRANSLATED', text = 'Стислий виклад правила.', "translatedBy" = 'Олена', "translatedOn" = '2026-12-05', note = NULL, version = 2 WHERE id = $1`, [missingRow!.id]);
    await tableChanges(currentDatabase()).heard();
    uk = await referenceNamesIn("uk");
    expect(uk.words("ruleSummary", "icc-ukraine-article-12-3", declaration.summary)).toBe("Стислий виклад правила.");
    await sql(`UPDATE "Translation" SET state = 'MISSING', text = NULL, "translatedBy" = NULL, "translatedOn" = NULL, note = 'Withdrawn for review.', version = 3 WHERE id = $1`, [missingRow!.id]);
    await tableChanges(currentDatabase()).heard();
    expect((await referenceNamesIn("uk")).words("ruleSummary", "icc-ukraine-article-12-3", declaration.summary)).toBe(`${declaration.summary} (англійською)`);
    // English pages show the recorded English, unmarked.
    expect((await referenceNamesIn("en")).words("ruleSummary", "special-tribunal-serving-leaders", immunity.summary)).toBe(immunity.summary);
  });

  it("answers which forum in Ukrainian: the forums named in Ukrainian in the answer and its headline", async () => {
    const { result } = await readJurisdiction({ query: { crime: "war-crimes", accused: "natural", level: "top-leadership", asOf: "2025-06-01" }, today: "2026-12-04", locale: "uk" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.forums.map((f) => f.forum.name)).toEqual(["Міжнародний кримінальний суд", "Спеціальний трибунал щодо злочину агресії проти України", "Національні суди України"]);
    // The ICC's note on admissibility names its provision in Ukrainian too.
    expect(result.value.forums[0]!.note?.provision?.label).toBe("Римський статут, стаття 17: Питання прийнятності");
    const said = headline(result.value, "uk");
    expect([said.main, ...said.details].join(" ")).toContain("Міжнародний кримінальний суд");
    // The API's answer (no language) stays English.
    const { result: english } = await readJurisdiction({ query: { crime: "war-crimes", accused: "natural", level: "top-leadership", asOf: "2025-06-01" }, today: "2026-12-04" });
    expect(english.ok && english.value.forums[0]!.forum.name).toBe("International Criminal Court");
    expect(english.ok && english.value.forums[0]!.note?.provision?.label).toBe("Rome Statute, Article 17: Issues of admissibility");
  });
});

describe("reading the other language", () => {
  it("picks Ukrainian where it is stored and the English, marked, where it is missing; nothing is read for English", async () => {
    const uk = await shownBySlug("ModeOfLiability", ["command-responsibility", "direct", "ordering"], "uk");
    expect(uk("command-responsibility", "name", "Command responsibility")).toMatchObject({ text: "Відповідальність командирів та інших начальників", lang: "uk", missing: false, state: "TRANSLATED", translatedBy: "tracker team", translatedOn: "2026-12-04" });
    expect(uk("direct", "name", "Direct commission")).toMatchObject({ text: "Direct commission", lang: "en", missing: true, state: "MISSING" });
    // A field left missing on purpose (the ordering mode's description repeats Article 25(3)(b)) shows the English.
    expect(uk("ordering", "description", "Ordering, soliciting or inducing.")).toMatchObject({ text: "Ordering, soliciting or inducing.", lang: "en", missing: true });
    expect(uk("direct", "description", "Committing the crime oneself.")).toMatchObject({ text: "Вчинення злочину особисто, спільно з іншими або через іншу особу.", lang: "uk", missing: false });
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
    // Every seeded field of the forums (names, short names, descriptions, the ICC's note), none of the crimes (no ids asked).
    expect(Object.keys(index)).toHaveLength(Object.values(ukrainian.Forum).reduce((n, fields) => n + Object.keys(fields).length, 0));
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
