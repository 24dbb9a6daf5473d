/**
 * `npm run bench:timeline-search`: the timeline's search at 10,000 milestones, before and after
 * decision 045 (docs/decisions/045-timeline-and-source-search-by-keys.md). Prints figures; asserts
 * nothing (timings belong here, not in tests).
 *
 * Fills a scratch database (TIMELINE_BENCH_DATABASE_URL, by default `bench_timeline` on the
 * PostgreSQL server at 127.0.0.1:55432), which it creates and migrates when absent and never
 * fills twice: 10,000 synthetic milestones over 2014-2026, each citing one or two of 500
 * sources with a passage, a third of them written in Ukrainian and a quarter of the English ones
 * with a Ukrainian title; the triggers build their documents as the rows go in (the time is
 * printed). Then, for a broad English word, a broad Ukrainian word and a rare word, the median and
 * the 95th percentile of the first page of the timeline with its counts (listMilestones, as the
 * page and GET /api/v1/milestones read them), and of the same through the ILIKE search it
 * replaced (kept below, as milestones.ts had it), 20 warm runs each. Also the source picker's
 * search (keys of title and publisher stored, of instruments and provisions computed) over the
 * seeded sources and the 500 synthetic ones, against the ILIKE search it replaced.
 */
import { execFileSync } from "node:child_process";
import pg from "pg";

const ADMIN = process.env.TIMELINE_BENCH_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:55432/postgres";
const URL_ = process.env.TIMELINE_BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:55432/bench_timeline";
const MILESTONES = 10_000;
const SOURCES = 500;
const RUNS = 20;

process.env.DATABASE_URL = URL_;

// Deterministic pseudo-random numbers (mulberry32), so every run fills the same texts.
let seed = 45;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

const EN = ["court", "warrant", "investigation", "deportation", "children", "ratification", "statute", "tribunal", "prosecutor", "hearing", "judgment", "sanctions", "parliament", "law", "amendment", "crimes", "shelling", "detention", "appeal", "evidence", "report", "commission", "Kharkiv", "Kherson", "Kyiv", "Mariupol"];
const UK = ["суд", "суду", "судом", "ордер", "розслідування", "депортація", "депортації", "дітей", "ратифікація", "статут", "трибунал", "прокурор", "засідання", "вирок", "санкції", "парламент", "закон", "зміни", "злочини", "обстріл", "затримання", "апеляція", "докази", "звіт", "комісія", "Харків", "Херсон", "Київ", "Маріуполь"];
const sentence = (words: readonly string[], n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
/** The rare word: in one milestone in a thousand. */
const RARE = "quokkaword";

async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({ connectionString: ADMIN });
  await admin.connect();
  const name = new URL(URL_).pathname.slice(1);
  const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
  if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  await admin.end();
  execFileSync("npx", ["prisma", "migrate", "deploy"], { env: { ...process.env, DATABASE_URL: URL_ }, stdio: "ignore" });
}

async function fill(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Milestone" WHERE slug LIKE 'bench-%'`);
  if (rows[0]!.n >= MILESTONES) return console.log(`Database: ${URL_} (already filled: ${rows[0]!.n} bench milestones).`);
  console.log(`Database: ${URL_}: seeding the reference data, then ${MILESTONES.toLocaleString("en")} milestones…`);
  const { createDatabase } = await import("@/lib/server/prisma-client");
  const { seedReferenceData } = await import("@/prisma/seed/seed");
  const database = createDatabase({ kind: "postgres", url: URL_, label: "the bench database" });
  await seedReferenceData(database.prisma);
  await database.close();

  const ids = async (table: string) => (await client.query<{ id: string }>(`SELECT id FROM "${table}" ORDER BY slug`)).rows.map((r) => r.id);
  const [tracks, types] = [await ids("MilestoneTrack"), await ids("MilestoneType")];
  const sources = Array.from({ length: SOURCES }, (_, i) => ({ id: `bench-source-${i}`, title: i % 3 === 0 ? `Звіт: ${sentence(UK, 5)}` : `Report: ${sentence(EN, 5)}` }));
  await client.query(
    `INSERT INTO "Source" (id, slug, kind, title, "updatedAt") SELECT id, id, 'OTHER', title, now() FROM unnest($1::text[], $2::text[]) AS s(id, title)`,
    [sources.map((s) => s.id), sources.map((s) => s.title)],
  );
  const started = Date.now();
  for (let from = 0; from < MILESTONES; from += 1000) {
    const batch = Array.from({ length: 1000 }, (_, k) => {
      const i = from + k;
      const uk = i % 3 === 0;
      const words = uk ? UK : EN;
      const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(random() * 13 * 365) * 86_400_000).toISOString().slice(0, 10);
      return {
        id: `bench-${i}`,
        title: `${sentence(words, 6)}${i % 1000 === 7 ? ` ${RARE}` : ""}`,
        description: sentence(words, 25),
        whatChanged: sentence(words, 10),
        lang: uk ? "uk" : "en",
        day,
        track: pick(tracks),
        type: pick(types),
        translated: !uk && i % 4 === 1 ? sentence(UK, 6) : null,
        cited: [pick(sources).id, ...(random() < 0.5 ? [pick(sources).id] : [])].filter((s, n, all) => all.indexOf(s) === n),
      };
    });
    await client.query("BEGIN");
    await client.query(
      `INSERT INTO "Milestone" (id, slug, title, description, "whatChanged", lang, "occurredOn", precision, "trackId", "typeId", "isSynthetic", "updatedAt")
       SELECT id, id, title, description, what, lang, day::date, 'DAY', track, type, true, now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS m(id, title, description, what, lang, day, track, type)`,
      [batch.map((m) => m.id), batch.map((m) => m.title), batch.map((m) => m.description), batch.map((m) => m.whatChanged), batch.map((m) => m.lang), batch.map((m) => m.day), batch.map((m) => m.track), batch.map((m) => m.type)],
    );
    const links = batch.flatMap((m) => m.cited.map((s, n) => [m.id, s, `Paragraph ${n + 1 + Math.floor(random() * 40)}`]));
    await client.query(
      `INSERT INTO "MilestoneSource" ("milestoneId", "sourceId", locator, "sortOrder") SELECT m, s, l, 0 FROM unnest($1::text[], $2::text[], $3::text[]) AS x(m, s, l)`,
      [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])],
    );
    const translated = batch.filter((m) => m.translated);
    await client.query(
      `INSERT INTO "Translation" (id, "entityType", "entityId", field, locale, state, text, "updatedAt")
       SELECT 'bench-t-' || m, 'Milestone', m, 'title', 'uk', 'TRANSLATED', t, now() FROM unnest($1::text[], $2::text[]) AS x(m, t)`,
      [translated.map((m) => m.id), translated.map((m) => m.translated)],
    );
    await client.query("COMMIT");
  }
  console.log(`Filled in ${((Date.now() - started) / 1000).toFixed(1)} s (milestones, their sources and translations, the triggers building their documents).`);
  await client.query(`VACUUM ANALYZE "Milestone"`);
  await client.query(`VACUUM ANALYZE "Translation"`);
  await client.query(`VACUUM ANALYZE "MilestoneSource"`);
}

async function main() {
  await ensureDatabase();
  const client = new pg.Client({ connectionString: URL_ });
  await client.connect();
  await fill(client);
  await client.end();

  const { Prisma } = await import("@/lib/generated/prisma/client");
  const { db } = await import("@/lib/server/db");
  const { listMilestones, literalInLike } = await import("@/lib/server/queries/milestones");
  const { searchSources } = await import("@/lib/server/queries/source-search");
  const { searchWords, TIMELINE_PAGE_SIZE } = await import("@/lib/core/milestone-filters");
  const { milestoneSelect } = await import("@/lib/server/queries/milestone-view");
  type Where = NonNullable<Parameters<typeof db.milestone.findMany>[0]>["where"];

  /** The search before decision 045: each word ILIKE in the texts, the translations, the sources (milestones.ts as it was). */
  async function before(q: string): Promise<{ matching: number }> {
    const words = searchWords(q);
    const translated = await Promise.all(
      words.map((word) =>
        db.translation.findMany({ where: { entityType: "Milestone", state: { not: "MISSING" }, text: { contains: literalInLike(word), mode: "insensitive" } }, select: { entityId: true }, distinct: ["entityId"] }),
      ),
    );
    const where: Where = {
      deletedAt: null,
      AND: words.map((word, i) => {
        const contains = { contains: literalInLike(word), mode: "insensitive" } as const;
        const ids = translated[i]!.map((r) => r.entityId);
        return {
          OR: [
            { title: contains },
            { description: contains },
            { whatChanged: contains },
            ...(ids.length > 0 ? [{ id: { in: ids } }] : []),
            { sources: { some: { OR: [{ locator: contains }, { source: { title: contains } }] } } },
          ],
        };
      }),
    };
    const filter = Prisma.join(
      words.map((word) => {
        const pattern = `%${literalInLike(word)}%`;
        return Prisma.sql`(m.title ILIKE ${pattern} OR m.description ILIKE ${pattern} OR m."whatChanged" ILIKE ${pattern}
          OR EXISTS (SELECT 1 FROM "Translation" t WHERE t."entityType" = 'Milestone' AND t."entityId" = m.id AND t.state <> 'MISSING' AND t.text ILIKE ${pattern})
          OR EXISTS (SELECT 1 FROM "MilestoneSource" ms JOIN "Source" s ON s.id = ms."sourceId" WHERE ms."milestoneId" = m.id AND (ms.locator ILIKE ${pattern} OR s.title ILIKE ${pattern})))`;
      }),
      " AND ",
    );
    const [, counts] = await Promise.all([
      db.milestone.findMany({ where, orderBy: [{ occurredOn: "desc" }, { title: "asc" }, { id: "asc" }], take: TIMELINE_PAGE_SIZE + 1, select: milestoneSelect }),
      db.$queryRaw<{ matching: number }[]>(Prisma.sql`
        SELECT date_part('year', m."occurredOn")::int AS year, t.slug AS track, m.status::text AS status, count(*)::int AS "all",
               (count(*) FILTER (WHERE ${filter}))::int AS matching, (count(*) FILTER (WHERE ${filter} AND FALSE))::int AS earlier
          FROM "Milestone" m JOIN "MilestoneTrack" t ON t.id = m."trackId" WHERE m."deletedAt" IS NULL GROUP BY 1, 2, 3`),
    ]);
    return { matching: counts.reduce((n, r) => n + Number(r.matching), 0) };
  }
  const after = (q: string) => listMilestones({ q });

  async function time(run: () => Promise<unknown>): Promise<{ median: number; p95: number }> {
    for (let i = 0; i < 3; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run();
      ms.push(performance.now() - start);
    }
    ms.sort((a, b) => a - b);
    return { median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.ceil(ms.length * 0.95) - 1]! };
  }
  const f = (n: number) => n.toFixed(1).padStart(7);

  console.log(`\nTimeline, first page and counts (listMilestones), ${RUNS} warm runs each, ms:`);
  console.log("search                 | before: matching  median     p95 | after: matching  median     p95");
  for (const q of ["court", "суду", "депортацію", RARE, "court kherson"]) {
    const b = await before(q);
    const a = await after(q);
    const tb = await time(() => before(q));
    const ta = await time(() => after(q));
    console.log(`${q.padEnd(22)} | ${String(b.matching).padStart(16)} ${f(tb.median)} ${f(tb.p95)} | ${String(a.matching).padStart(15)} ${f(ta.median)} ${f(ta.p95)}`);
  }
  const none = await time(() => listMilestones({}));
  console.log(`(no search)            | ${" ".repeat(16)} ${" ".repeat(15)} | ${String((await listMilestones({})).matching).padStart(15)} ${f(none.median)} ${f(none.p95)}`);

  /** The picker before decision 045: each word `contains` (ILIKE) in the source's texts, its instruments and provisions. */
  const sourcesBefore = (q: string) => {
    const contains = (w: string) => ({ contains: literalInLike(w), mode: "insensitive" as const });
    const words = q.split(/\s+/).filter(Boolean).slice(0, 8);
    return db.source.findMany({
      where: {
        kind: { not: "SYNTHETIC" },
        AND: words.map((w) => ({
          OR: [
            { title: contains(w) },
            { publisher: contains(w) },
            { url: contains(w) },
            { instruments: { some: { OR: [{ title: contains(w) }, { shortTitle: contains(w) }] } } },
            { provisions: { some: { OR: [{ number: contains(w) }, { heading: contains(w) }, { instrument: { shortTitle: contains(w) } }] } } },
          ],
        })),
      },
      orderBy: [{ title: "asc" }, { slug: "asc" }],
      take: 30,
      select: { slug: true, provisions: { where: { OR: words.flatMap((w) => [{ number: contains(w) }, { heading: contains(w) }]) }, take: 5, select: { number: true } } },
    });
  };
  const sourceCount = (await db.source.count()).toLocaleString("en");
  console.log(`\nSource picker over ${sourceCount} sources, ${RUNS} warm runs each, ms:`);
  console.log("search                 | before (ILIKE): found  median     p95 | after (keys): found  median     p95");
  for (const q of ["rome statute", "Article 28", "звіту", "report court"]) {
    const tb = await time(() => sourcesBefore(q));
    const ta = await time(() => searchSources(q));
    console.log(`${q.padEnd(22)} | ${String(Math.min(10, (await sourcesBefore(q)).length)).padStart(21)} ${f(tb.median)} ${f(tb.p95)} | ${String((await searchSources(q)).length).padStart(19)} ${f(ta.median)} ${f(ta.p95)}`);
  }
  const { closeSharedDatabase } = await import("@/lib/server/prisma-client");
  await closeSharedDatabase();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
