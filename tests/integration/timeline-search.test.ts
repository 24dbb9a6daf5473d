/**
 * The timeline's search and the source picker's by search keys (issue 17; decisions 040 and 045),
 * on a real Postgres server with the seeded reference data: a word in any of its forms, in the
 * Russian or the Latin spelling, with any apostrophe, with ґ or г; a word found only in a
 * milestone's text in the other language; the stored document following every write (an edit, a
 * translation saved, a source renamed, a deletion); the counts agreeing with the rows; the API's
 * handler; and operators of the query syntax read as words, never as a query program.
 */
import { describe, expect, it } from "vitest";
import type { MilestoneFilters } from "@/lib/core/milestone-filters";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { listFeedMilestones } from "@/lib/server/queries/feed";
import { listMilestones, wholeTimeline } from "@/lib/server/queries/milestones";
import { searchSources } from "@/lib/server/queries/source-search";
import { seededDatabase } from "@/tests/support/seeded-database";

const seeded = seededDatabase("tracker_timeline_search", { users: (role) => `The ${role.toLowerCase()}` });

const base = { date: "2025-03", track: "accountability", type: "ratification", situation: "ukraine", forums: ["icc"] };

/** The slugs the timeline finds for a search, after checking that the counts say the same as the rows. */
async function found(q: string, filters: MilestoneFilters = {}): Promise<string[]> {
  const page = await listMilestones({ ...filters, q }, { limit: 500 });
  expect(page.matching, q).toBe(page.milestones.length);
  const byYear: Record<number, number> = {};
  for (const m of page.milestones) byYear[Number(m.date.date.slice(0, 4))] = (byYear[Number(m.date.date.slice(0, 4))] ?? 0) + 1;
  expect(page.matchingByYear, q).toEqual(byYear);
  return page.milestones.map((m) => m.slug);
}

describe("the timeline's search", () => {
  let deportation = { slug: "", id: "", version: 0 };
  let village = { slug: "", version: 0 };
  let english = { slug: "", version: 0 };

  it("finds a Ukrainian word in its other forms, in Russian, and an English word only its translation holds", async () => {
    const record = await createMilestone({
      actor: seeded.actors.analyst,
      input: {
        ...base,
        lang: "uk",
        title: "Повідомлено про підозру у справі про депортація дітей",
        description: "Тестова подія пошуку.",
        sources: [{ title: "Тестове джерело пошуку", url: "https://example.org/search-test", locator: "Абзац 3" }],
        translations: { en: { title: "Notice of suspicion over the deportation of children" } },
      },
    });
    deportation = { slug: record.slug, id: record.id, version: record.version };
    for (const q of ["депортація", "депортацію", "депортації", "Депортацією", "Депортация", "ДЕПОРТАЦИИ", "deportation", "deportation children"]) {
      expect(await found(q), q).toContain(deportation.slug);
    }
    // Every word must match.
    expect(await found("депортацію zzznowhere")).toEqual([]);
  });

  it("takes ґ for г and every apostrophe for another, and a word's other case ending", async () => {
    const record = await createMilestone({
      actor: seeded.actors.analyst,
      input: { ...base, lang: "uk", title: "Обстріл села Мар’янівка біля Ґорґан", description: "Тестова подія про апостроф.", sources: [{ title: "Звіт про обстріл", locator: "с. 2" }] },
    });
    village = { slug: record.slug, version: record.version };
    for (const q of ["Мар’янівка", "Мар'янівка", "Марʼянівка", "Мар`янівку", "марянівки", "Горган", "ґорґани", "Marianivka"]) {
      expect(await found(q), q).toContain(village.slug);
    }
  });

  it("finds an English milestone by a word only its Ukrainian translation holds, and the other way round", async () => {
    const record = await createMilestone({
      actor: seeded.actors.analyst,
      input: {
        ...base,
        lang: "en",
        title: "Parliament ratifies the search test amendments",
        description: "A test milestone of the search.",
        whatChanged: "Nothing outside this test.",
        sources: [{ title: "Search test gazette", locator: "Item 7" }],
        translations: { uk: { description: "Тестова подія про Зміїний острів." } },
      },
    });
    english = { slug: record.slug, version: record.version };
    expect(await found("Зміїного")).toContain(english.slug);
    expect(await found("зміїному острові")).toContain(english.slug);
    // English words match as typed and as prefixes: "amendment" finds "amendments".
    expect(await found("ratifies amendment")).toContain(english.slug);
    // A word of the cited passage, and of the cited source's title.
    expect(await found("gazette item")).toContain(english.slug);
  });

  it("follows every write: an edit, a translation saved, a source renamed, a deletion", async () => {
    const edited = await updateMilestone({ actor: seeded.actors.analyst, id: english.slug, input: { expectedVersion: english.version, title: "Parliament adopts the quokka changes" } });
    expect(await found("quokka")).toEqual([english.slug]);
    expect(await found("ratifies amendment")).not.toContain(english.slug);
    // A translation saved with the milestone: the new word is found, the removed one no longer.
    const translated = await updateMilestone({ actor: seeded.actors.analyst, id: english.slug, input: { expectedVersion: edited.version, translations: { uk: { description: "Тестова подія про Тузлу." } } } });
    expect(await found("Тузли")).toContain(english.slug);
    expect(await found("Зміїного")).not.toContain(english.slug);
    // Its source renamed anywhere (an import, the seed, an edit of the source).
    await seeded.database.prisma.source.updateMany({ where: { title: "Search test gazette" }, data: { title: "Search test bulletin" } });
    expect(await found("bulletin")).toEqual([english.slug]);
    expect(await found("gazette")).not.toContain(english.slug);
    await deleteMilestone({ actor: seeded.actors.analyst, id: english.slug, input: { expectedVersion: translated.version } });
    expect(await found("quokka")).toEqual([]);
  });

  it("keeps its filters beside the words, in the feed and the export too", async () => {
    expect(await found("депортацію", { year: 2025 })).toContain(deportation.slug);
    expect(await found("депортацію", { year: 2024 })).toEqual([]);
    expect(await found("депортацію", { track: "accountability", forum: "icc" })).toContain(deportation.slug);
    expect((await listFeedMilestones({ q: "депортації" })).map((m) => m.slug)).toContain(deportation.slug);
    expect((await listFeedMilestones({ q: "депортації zzznowhere" })).map((m) => m.slug)).toEqual([]);
    const exported: string[] = [];
    for await (const batch of wholeTimeline({ q: "Марʼянівку" }, 7)) exported.push(...batch.map((m) => m.slug));
    expect(exported).toEqual(await found("Марʼянівку"));
    expect(exported).toContain(village.slug);
  });

  it("reads the query syntax and SQL as plain words: nothing is run, nothing is thrown", async () => {
    for (const q of ["депортацію & !zzz | x:*", "'; DROP TABLE \"Milestone\"; --", "депортацію')) OR TRUE --", "<->", "!", "\\", "''"]) {
      const slugs = await found(q);
      expect(slugs, q).not.toContain(village.slug);
    }
    expect(await found("депортацію & !zzz")).toEqual(await found("депортацію zzz"));
    expect(await seeded.database.prisma.milestone.count()).toBeGreaterThan(0);
    // Punctuation alone asks for no word and finds nothing, as the literal search did.
    expect(await found("%")).toEqual([]);
    expect(await found("—")).toEqual([]);
  });

  it("GET /api/v1/milestones?q= finds by every form, its counts agreeing", async () => {
    const { GET } = await import("@/app/api/v1/milestones/route");
    const response = await GET(new Request(`https://tracker.example/api/v1/milestones?q=${encodeURIComponent("Депортация дітей")}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { matching: number; milestones: { slug: string }[] };
    expect(body.milestones.map((m) => m.slug)).toContain(deportation.slug);
    expect(body.matching).toBe(body.milestones.length);
  });
});

describe("the source picker's search", () => {
  it("finds a source by another form of a word of its title, in Russian, and with another apostrophe", async () => {
    await seeded.database.prisma.source.create({ data: { slug: "search-test-uk-report", kind: "OTHER", title: "Звіт про депортацію дітей з Мар’янівки", publisher: "Тестова організація" } });
    for (const q of ["депортація", "Депортации", "Мар'янівка", "організації звіт"]) {
      expect((await searchSources(q)).map((s) => s.slug), q).toContain("search-test-uk-report");
    }
    expect(await searchSources("депортація zzznowhere")).toEqual([]);
    // Renamed, it is found by its new title and no longer by the old one.
    await seeded.database.prisma.source.update({ where: { slug: "search-test-uk-report" }, data: { title: "Звіт про примусове переміщення" } });
    expect((await searchSources("переміщенню")).map((s) => s.slug)).toContain("search-test-uk-report");
    expect((await searchSources("депортація")).map((s) => s.slug)).not.toContain("search-test-uk-report");
  });

  it("finds an instrument's and a provision's words in any form, naming the provision", async () => {
    const rome = (await searchSources("Article 28")).find((s) => s.slug === "rome-statute-text")!;
    expect(rome.provisions).toContainEqual({ number: "Article 28", heading: "Responsibility of commanders and other superiors", instrument: expect.any(String) });
    // An English word by its own plural, the heading's "commanders" by "commander".
    expect((await searchSources("commander superior")).map((s) => s.slug)).toContain("rome-statute-text");
    expect(await searchSources("'; DROP TABLE \"Source\"; --")).toEqual(await searchSources("drop table source"));
    expect(await searchSources("rome & statute | court")).toEqual(await searchSources("rome statute court"));
    expect(await searchSources("rome & statute | court")).not.toEqual([]);
    expect(await seeded.database.prisma.source.count()).toBeGreaterThan(0);
  });
});
