/**
 * The accused list's search by name in the database (decision 047): the page reads only the
 * accused whose names or aliases have a word beginning with each word typed, in any spelling, and
 * finds exactly whom namesMatch (lib/core/search-normal.ts, which the list applied in memory to
 * every accused before) finds among everyone listed: «Путин» finds Путін's accused, "Poutine" an
 * alias, words may come from different names. The GIN indexes on the names' key words and on the
 * aliases' keys answer it.
 */
import { describe, expect, it } from "vitest";
import { nameKey, namesMatch } from "@/lib/core/search-normal";
import { nameWordQueries } from "@/lib/core/search-query";
import { createCase } from "@/lib/server/cases/create-case";
import { anyAccusedListed, listAccused } from "@/lib/server/queries/accused-page";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_accused_list_search", { users: (role) => `The ${role.toLowerCase()}` });
const p = () => seeded.database.prisma;

type Person = { name: string; nameUkrainian?: string; aliases?: string[]; kind?: "natural" | "legal"; slug?: string };
const PEOPLE: Person[] = [
  { name: "Vladimir Putin", nameUkrainian: "Володимир Путін", aliases: ["Poutine", "Путин В. В."] },
  { name: "Putintsev Ivan", nameUkrainian: "Іван Путінцев" },
  { name: "Maria Lvova-Belova", nameUkrainian: "Марія Львова-Бєлова" },
  { name: "Oleksandr Dem'ianchuk", nameUkrainian: "Олександр Дем’янчук", aliases: ["Демьянчук"] },
  { name: "Sean O'Brien" },
  { name: "Élodie Łukasz", aliases: ["ÉLODIE ŁUKASZ-2"] },
  { name: "Volodymyr Zelenskyy", nameUkrainian: "Володимир Зеленський" },
  { name: "Test Unit 123", kind: "legal", aliases: ["в/ч 12345"] },
  { name: "Georgii Hera", aliases: ["Гера Георгій"] },
];

async function record(people: Person[], forum: string, title: string) {
  const created = await createCase({
    actor: seeded.actors.analyst,
    input: {
      title,
      forum,
      situation: "ukraine",
      accused: people.map((a, i) => (a.slug ? { slug: a.slug } : { key: `a${i}`, name: a.name, nameUkrainian: a.nameUkrainian ?? null, kind: a.kind ?? "natural" })),
      charges: [{ crime: "war-crimes", mode: "direct", provisionCited: "Article 8 of the Rome Statute" }],
      isSynthetic: true,
      initialStage: { stage: "INVESTIGATION", date: "2024-03" },
    },
  });
  return created;
}

async function seed() {
  if (await p().accused.findFirst({ where: { name: PEOPLE[0]!.name } })) return;
  await record(PEOPLE.slice(0, 5), "icc", "A case before the ICC");
  const putin = await p().accused.findFirstOrThrow({ where: { name: PEOPLE[0]!.name, nameOriginal: PEOPLE[0]!.nameUkrainian }, select: { slug: true } });
  await record([{ ...PEOPLE[0]!, slug: putin.slug }, ...PEOPLE.slice(5)], "ukraine-domestic", "A case before Ukraine's courts");
  for (const person of PEOPLE) {
    const a = await p().accused.findFirstOrThrow({ where: { name: person.name, nameOriginal: person.nameUkrainian ?? null }, select: { id: true } });
    for (const alias of person.aliases ?? []) await p().accusedAlias.create({ data: { accusedId: a.id, name: alias, spelling: alias.toLowerCase(), key: nameKey(alias) } });
  }
  // Named only in a deleted case, and deleted: never listed, whatever their names.
  const gone = await record([{ name: "Putin Deleted Case" }], "icc", "A deleted case");
  await p().case.update({ where: { slug: gone.slug }, data: { deletedAt: new Date() } });
  await record([{ name: "Putin Deleted Accused" }], "icc", "Another case");
  await p().accused.updateMany({ where: { name: "Putin Deleted Accused" }, data: { deletedAt: new Date() } });
}

const namesOf = async () => {
  const rows = await p().accused.findMany({ select: { slug: true, name: true, nameOriginal: true, aliases: { select: { name: true } } } });
  return new Map(rows.map((r) => [r.slug, [r.name, r.nameOriginal, ...r.aliases.map((a) => a.name)]]));
};

describe("the accused list's search by name", () => {
  it("finds what namesMatch found over everyone listed, for every query", async () => {
    await seed();
    const everyone = await listAccused();
    // The seeded reference data's accused are listed too (and searched alike).
    expect(everyone.map((a) => a.name)).toEqual(expect.arrayContaining(PEOPLE.map((x) => x.name)));
    expect(everyone.map((a) => a.name)).not.toEqual(expect.arrayContaining(["Putin Deleted Case"]));
    const names = await namesOf();
    const queries = [
      "Путин", "путін", "PUTIN", "poutine", "put", "Путина", "путин владимир", "Vlad", "Putin Shoigu", "Shoigu", "  ",
      "Дем'янчук", "Демьянчук", "dem’ianchuk", "Бєлова", "Белова", "bielova", "lvova-belova", "Львова", "O'Brien", "obrien", "Brien",
      "élodie", "ÉLODIE", "Elodie", "łukasz", "zelensky", "Зеленский", "зеленського", "volodymyr zelenskyy", "В. В.", "в/ч", "12345", "123",
      "Hera", "Gera", "Гера", "Георгий", "unit", "Putin Poutine", "Путінцев", "ivan putin", "-", "'", "в",
    ];
    for (const q of queries) {
      const expected = everyone.filter((a) => namesMatch(q, names.get(a.slug)!)).map((a) => a.slug);
      expect((await listAccused(q)).map((a) => a.slug), q).toEqual(expected);
    }
  });

  it("Путин finds Путін's accused, Poutine the alias, words from different names; the deleted never", async () => {
    await seed();
    // Among this file's people (the seeded data has its own Putin, «Володимир Путін» too).
    const ours = new Set([...PEOPLE.map((x) => x.name), "Putin Deleted Case", "Putin Deleted Accused"]);
    const found = async (q: string) => (await listAccused(q)).map((a) => a.name).filter((name) => ours.has(name));
    expect(await found("Путин")).toEqual(["Putintsev Ivan", "Vladimir Putin"]);
    expect(await found("Poutine")).toEqual(["Vladimir Putin"]);
    expect(await found("poutine володимир")).toEqual(["Vladimir Putin"]);
    expect(await found("Путин Шойгу")).toEqual([]);
    expect(await found("Deleted")).toEqual([]);
    expect(await anyAccusedListed()).toBe(true);
  });

  it("lists each accused with their live cases and forums in the forums' order, as before", async () => {
    await seed();
    const [putin] = (await listAccused("Vladimir Putin")).filter((a) => a.name === "Vladimir Putin");
    expect(putin).toEqual({
      slug: expect.stringMatching(/^vladimir-putin/),
      name: "Vladimir Putin",
      nameOriginal: "Володимир Путін",
      kind: { slug: "natural", name: "Natural person" },
      rank: null,
      level: null,
      isSynthetic: true,
      cases: 2,
      forums: [{ slug: "icc", shortName: "ICC" }, { slug: "ukraine-domestic", shortName: expect.any(String) }],
    });
  });

  it("is answered by the GIN indexes of the names' key words and of the aliases' keys", async () => {
    const [word] = nameWordQueries("Путин");
    await seeded.psql.query("SET enable_seqscan = off");
    const plan = async (sql: string) => (await seeded.psql.query(`EXPLAIN ${sql}`, [word])).rows.map((r: { "QUERY PLAN": string }) => r["QUERY PLAN"]).join("\n");
    expect(await plan(`SELECT id FROM "Accused" WHERE accused_name_words(name, "nameOriginal") @@ $1::tsquery`)).toContain("Accused_name_words_idx");
    expect(await plan(`SELECT "accusedId" FROM "AccusedAlias" WHERE key_words(key) @@ $1::tsquery`)).toContain("AccusedAlias_key_words_idx");
    await seeded.psql.query("RESET enable_seqscan");
  });

  it("finds no one listed in a database where no one is", async () => {
    await p().accused.updateMany({ data: { deletedAt: new Date() } });
    expect(await anyAccusedListed()).toBe(false);
    expect(await listAccused("")).toEqual([]);
  });
});
