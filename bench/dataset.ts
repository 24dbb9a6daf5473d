/**
 * The benchmark's synthetic dataset (`npm run bench`), written straight into PostgreSQL with
 * set-based SQL: 200,000 cases take seconds this way instead of the hours the use cases would.
 *
 * Clearly marked: every case, accused and milestone has `isSynthetic` (the pages show "Demo data"),
 * their titles and names say "synthetic", they cite one SYNTHETIC source, and notes are written by
 * bench accounts on `bench.invalid` that cannot sign in. Deterministic: the same parameters give the
 * same rows (every choice is a hash of the row number), so runs are comparable.
 *
 * The shapes follow what the use cases write: a case's stage is its latest stage change, its
 * first stage change is its opening date, each accused is linked to the case, each charge names one
 * of the case's accused (or none), notes have a first version and a search document, and every case
 * has its search document rebuilt by the app's own function (lib/server/cases/search-document.ts).
 */
import type pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refreshCaseSearch } from "@/lib/server/cases/search-document";

export type DatasetSize = { cases: number; annotations: number; milestones: number };

/** The issue's dataset, scaled to `cases` (annotations and milestones keep their proportion). */
export function datasetSize(cases: number): DatasetSize {
  return { cases, annotations: cases * 5, milestones: Math.max(50, Math.round(cases / 20)) };
}

export const BENCH_SOURCE_SLUG = "synthetic-benchmark-data";
const MARKER_VERSION = 1;

/** What the bench source's note says of the dataset it marks, to reuse it only when it matches. */
export const markerOf = (size: DatasetSize) =>
  `bench dataset v${MARKER_VERSION}: ${size.cases} cases, ${size.annotations} annotations, ${size.milestones} milestones`;

/** The marker of the dataset the database holds, or null when it holds none. */
export async function existingMarker(client: pg.ClientBase): Promise<string | null> {
  const { rows } = await client.query<{ note: string | null }>(`SELECT note FROM "Source" WHERE slug = $1`, [BENCH_SOURCE_SLUG]);
  return rows[0]?.note ?? null;
}

/** Non-synthetic cases aside, how many cases the database holds (to refuse filling a real one). */
export async function caseCount(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Case"`);
  return rows[0]!.n;
}

// A pseudo-random integer in [0, m) for row n and purpose k, the same at every run.
const pick = (n: string, k: number, m: number | string) => `(abs(hashint8((${n})::bigint * 1000 + ${k})) % ${m})`;
// The k-th element of a SQL array literal of text, chosen by pick().
const choose = (n: string, k: number, values: readonly string[]) =>
  `(ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}])[1 + ${pick(n, k, values.length)}]`;

export const PLACES = ["Kharkiv", "Mariupol", "Bucha", "Kherson", "Izium", "Irpin", "Chernihiv", "Zaporizhzhia", "Odesa", "Kyiv",
  "Sumy", "Melitopol", "Donetsk", "Luhansk", "Mykolaiv", "Borodianka", "Hostomel", "Lysychansk", "Bakhmut", "Avdiivka"];
export const ACTS = ["shelling of civilians", "deportation of children", "torture of detainees", "looting of property",
  "abuse in a filtration camp", "attack on a hospital", "strike on energy infrastructure", "unlawful detention",
  "forced conscription", "destruction of cultural property", "killing of prisoners of war", "sexual violence"];
const GIVEN = ["Ivan", "Petro", "Oleksii", "Dmytro", "Serhii", "Mykola", "Andrii", "Yurii", "Viktor", "Pavlo"];
const GIVEN_UK = ["Іван", "Петро", "Олексій", "Дмитро", "Сергій", "Микола", "Андрій", "Юрій", "Віктор", "Павло"];
const FAMILY = ["Ivanov", "Petrov", "Sidorov", "Kuznetsov", "Smirnov", "Popov", "Volkov", "Sokolov", "Lebedev", "Kozlov",
  "Novikov", "Morozov", "Pavlov", "Semenov", "Yegorov"];
const FAMILY_UK = ["Іванов", "Петров", "Сидоров", "Кузнецов", "Смирнов", "Попов", "Волков", "Соколов", "Лебедєв", "Козлов",
  "Новіков", "Морозов", "Павлов", "Семенов", "Єгоров"];
const NOTE_WORDS = ["hearing adjourned", "witness statements received", "evidence transferred", "defence motion filed",
  "translation pending", "exhumation report added", "request for cooperation sent", "judgment expected",
  "accused remains at large", "victims' representatives admitted"];

type Log = (line: string) => void;

/**
 * Fills a migrated, seeded database with the synthetic dataset. Refuses nothing itself: the caller
 * decides whether the database may be filled (see existingMarker and caseCount).
 */
export async function generateDataset(client: pg.ClientBase, size: DatasetSize, log: Log): Promise<void> {
  const N = size.cases;
  const A = Math.max(1, Math.floor((N * 3) / 4)); // accused; some stand in several cases
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    const result = await client.query(sql, params);
    log(`  ${what}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await client.query(`SET synchronous_commit = off`);
  await client.query("BEGIN");
  try {
    await step(
      "source",
      `INSERT INTO "Source" (id, slug, kind, title, publisher, note, "updatedAt")
       VALUES ('bench-source', $1, 'SYNTHETIC', 'Synthetic benchmark data: generated by npm run bench, not facts', 'npm run bench', $2, now())`,
      // The marker says "complete" only once everything below is done (see the end).
      [BENCH_SOURCE_SLUG, `${markerOf(size)} (incomplete)`],
    );
    await step(
      "bench accounts (cannot sign in)",
      `INSERT INTO "User" (id, email, name, role, "updatedAt")
       SELECT 'bench-user-' || u, 'bench-analyst-' || u || '@bench.invalid', 'Bench analyst ' || u, 'ANALYST', now()
         FROM generate_series(1, 5) u`,
    );
    await step(
      "accused",
      `INSERT INTO "Accused" (id, slug, "kindId", name, "nameOriginal", rank, "levelId", "isSynthetic", "updatedAt")
       SELECT 'bench-accused-' || n, 'synthetic-accused-' || n,
              (SELECT id FROM "AccusedKind" WHERE slug = CASE WHEN n % 12 = 0 THEN 'legal' ELSE 'natural' END),
              CASE WHEN n % 12 = 0 THEN 'Synthetic company ' || n || ' LLC'
                   ELSE ${choose("n", 1, GIVEN)} || ' ' || ${choose("n", 2, FAMILY)} || ' (synthetic ' || n || ')' END,
              CASE WHEN n % 12 = 0 THEN NULL ELSE ${choose("n", 1, GIVEN_UK)} || ' ' || ${choose("n", 2, FAMILY_UK)} END,
              NULL,
              CASE WHEN n % 12 = 0 OR n % 20 = 1 THEN NULL
                   ELSE (SELECT id FROM "ResponsibilityLevel" WHERE slug = ${choose("n", 3, ["top-leadership", "senior-command", "field-grade", "direct-perpetrator", "direct-perpetrator", "field-grade"])}) END,
              TRUE, now()
         FROM generate_series(1, ${A}) n`,
    );
    // Forum, situation, stage and dates per case, chosen once, then used by every table below.
    await client.query(`
      CREATE TEMP TABLE bench_case ON COMMIT DROP AS
      SELECT n,
             CASE WHEN ${pick("n", 1, 100)} < 85 THEN 'ukraine-domestic' WHEN ${pick("n", 1, 100)} < 97 THEN 'icc' ELSE 'special-tribunal' END AS forum,
             ${choose("n", 3, ["PRELIMINARY_EXAMINATION", "INVESTIGATION", "INVESTIGATION", "INVESTIGATION", "INVESTIGATION",
               "WARRANT_OR_NOTICE_OF_SUSPICION", "WARRANT_OR_NOTICE_OF_SUSPICION", "ARREST_OR_SURRENDER", "CONFIRMATION_OR_INDICTMENT",
               "TRIAL", "JUDGMENT", "APPEAL", "CLOSED"])}::"CaseStage" AS stage,
             (date '2014-03-01' + ${pick("n", 4, 4300)}::int) AS opened,
             ${pick("n", 5, 500)}::int AS later,
             ${choose("n", 7, ACTS)} AS act,
             ${choose("n", 8, PLACES)} AS place,
             1 + ${pick("n", 9, A)} AS accused1,
             CASE WHEN ${pick("n", 10, 10)} < 3 THEN 1 + ${pick("n", 11, A)} END AS accused2,
             1 + ${pick("n", 12, 3)} AS charges
        FROM generate_series(1, ${N}) n`);
    await step(
      "cases",
      `INSERT INTO "Case" (id, slug, reference, title, summary, "forumId", "situationId", stage, "stageOn", "stagePrecision",
                           "openedOn", "openedPrecision", "inAbsentia", "isSynthetic", "updatedAt")
       SELECT 'bench-case-' || b.n, 'synthetic-case-' || b.n,
              CASE WHEN b.n % 5 = 0 THEN NULL ELSE 'SYN-' || upper(left(b.forum, 3)) || '-' || b.n END,
              'Synthetic case ' || b.n || ': ' || b.act || ', ' || b.place,
              'Generated for the benchmark: ' || b.act || ' in ' || b.place || '. Not a real case.',
              f.id,
              (SELECT id FROM "Situation" WHERE slug = CASE WHEN b.forum = 'icc' AND b.n % 10 = 0 THEN 'sudan' ELSE 'ukraine' END),
              b.stage,
              CASE WHEN b.stage IN ('PRELIMINARY_EXAMINATION', 'INVESTIGATION') THEN b.opened ELSE least(b.opened + b.later, date '2026-11-01') END,
              'DAY', b.opened, 'DAY', b.stage = 'TRIAL' AND b.n % 7 = 0, TRUE, now()
         FROM bench_case b JOIN "Forum" f ON f.slug = b.forum`,
    );
    await step(
      "stage changes",
      `INSERT INTO "StageChange" (id, "caseId", stage, "occurredOn", precision, "inAbsentia", "sourceId")
       SELECT 'bench-stage-' || b.n || '-1', 'bench-case-' || b.n,
              CASE WHEN b.stage = 'PRELIMINARY_EXAMINATION' THEN b.stage ELSE 'INVESTIGATION'::"CaseStage" END, b.opened, 'DAY'::"DatePrecision", FALSE, 'bench-source'
         FROM bench_case b
       UNION ALL
       SELECT 'bench-stage-' || b.n || '-2', 'bench-case-' || b.n, b.stage, c."stageOn", 'DAY'::"DatePrecision", c."inAbsentia", 'bench-source'
         FROM bench_case b JOIN "Case" c ON c.id = 'bench-case-' || b.n
        WHERE b.stage NOT IN ('PRELIMINARY_EXAMINATION', 'INVESTIGATION')`,
    );
    await step(
      "case sources",
      `INSERT INTO "CaseSource" ("caseId", "sourceId", locator) SELECT 'bench-case-' || n, 'bench-source', 'row ' || n FROM bench_case`,
    );
    await step(
      "case accused",
      `INSERT INTO "CaseAccused" ("caseId", "accusedId")
       SELECT 'bench-case-' || n, 'bench-accused-' || accused1 FROM bench_case
       UNION
       SELECT 'bench-case-' || n, 'bench-accused-' || accused2 FROM bench_case WHERE accused2 IS NOT NULL`,
    );
    await step(
      "charges",
      `INSERT INTO "Charge" (id, "caseId", "accusedId", "crimeId", "modeId", "provisionCited", "knowledgeStandard", "failedDuties", "createdAt", "updatedAt")
       SELECT 'bench-charge-' || b.n || '-' || k, 'bench-case-' || b.n,
              CASE WHEN k = 2 AND ${pick("b.n", 13, 5)} = 0 THEN NULL ELSE 'bench-accused-' || b.accused1 END,
              cc.id, mo.id,
              CASE WHEN b.forum = 'ukraine-domestic' THEN 'Article 438 of the Criminal Code of Ukraine'
                   WHEN crime = 'aggression' THEN 'Article 8 bis of the Rome Statute' ELSE 'Article 8(2)(a) of the Rome Statute' END,
              CASE WHEN mode = 'command-responsibility' THEN 'KNEW'::"KnowledgeStandard" END,
              CASE WHEN mode = 'command-responsibility' THEN ARRAY['PREVENT', 'REPRESS']::"FailedDuty"[] ELSE ARRAY[]::"FailedDuty"[] END,
              -- Charge order is creation order (then id): keep k's order.
              timestamp '2026-01-01' + k * interval '1 millisecond', now()
         FROM bench_case b
         CROSS JOIN LATERAL generate_series(1, b.charges) k
         CROSS JOIN LATERAL (SELECT
              CASE WHEN b.forum = 'special-tribunal' THEN 'aggression'
                   ELSE ${choose("b.n * 10 + k", 14, ["war-crimes", "war-crimes", "war-crimes", "war-crimes", "war-crimes", "war-crimes",
                     "crimes-against-humanity", "crimes-against-humanity", "crimes-against-humanity", "genocide", "aggression", "ecocide"])} END AS crime,
              CASE WHEN ${pick("b.n * 10 + k", 15, 5)} = 0 THEN 'command-responsibility' ELSE 'direct' END AS mode) v
         JOIN "CrimeCategory" cc ON cc.slug = v.crime
         JOIN "ModeOfLiability" mo ON mo.slug = v.mode`,
    );
    await step(
      "notes",
      `INSERT INTO "Annotation" (id, "caseId", "authorId", body, assessment, verified, "searchVector", "createdAt", "updatedAt")
       SELECT 'bench-note-' || i, 'bench-case-' || (1 + ${pick("i", 1, N)}), 'bench-user-' || (1 + ${pick("i", 2, 5)}),
              body, ${choose("i", 3, ["ADVANCING", "ADVANCING", "STALLED", "BLOCKED", "CONCLUDED"])}::"ProgressAssessment",
              ${pick("i", 4, 3)} = 0, to_tsvector('simple', search_key(body)), at, at
         FROM generate_series(1, ${size.annotations}) i
         CROSS JOIN LATERAL (SELECT 'Synthetic note ' || i || ': ' || ${choose("i", 5, NOTE_WORDS)} || ' (' || ${choose("i", 6, PLACES)} || ')' AS body,
                                    timestamp '2024-01-01' + ${pick("i", 7, 900 * 24)} * interval '1 hour' AS at) v`,
    );
    await step(
      "note versions",
      `INSERT INTO "AnnotationVersion" (id, "annotationId", version, body, assessment, verified, "editedById", "createdAt")
       SELECT 'bench-note-version-' || substr(id, 12), id, 1, body, assessment, verified, "authorId", "createdAt" FROM "Annotation" WHERE id LIKE 'bench-note-%'`,
    );
    await step(
      "milestones",
      `INSERT INTO "Milestone" (id, slug, title, description, "occurredOn", precision, "trackId", "typeId", "situationId", "isSynthetic", "updatedAt")
       SELECT 'bench-milestone-' || i, 'synthetic-milestone-' || i,
              'Synthetic milestone ' || i || ': ' || t.name || ', ' || ${choose("i", 1, PLACES)},
              'Generated for the benchmark. Not a real event.',
              date '2014-03-01' + ${pick("i", 2, 4600)}::int, 'DAY', tr.id, t.id,
              (SELECT id FROM "Situation" WHERE slug = 'ukraine'), TRUE, now()
         FROM generate_series(1, ${size.milestones}) i
         JOIN LATERAL (SELECT id, name FROM "MilestoneType" ORDER BY slug OFFSET ${pick("i", 3, `(SELECT count(*) FROM "MilestoneType")`)} LIMIT 1) t ON TRUE
         JOIN LATERAL (SELECT id FROM "MilestoneTrack" ORDER BY slug OFFSET ${pick("i", 4, `(SELECT count(*) FROM "MilestoneTrack")`)} LIMIT 1) tr ON TRUE`,
    );
    await step(
      "milestone sources",
      `INSERT INTO "MilestoneSource" ("milestoneId", "sourceId", locator) SELECT id, 'bench-source', NULL FROM "Milestone" WHERE id LIKE 'bench-milestone-%'`,
    );
    await step(
      "milestone forums",
      `INSERT INTO "_ForumToMilestone" ("A", "B")
       SELECT (SELECT id FROM "Forum" ORDER BY slug OFFSET ${pick("substr(m.id, 17)::int", 5, `(SELECT count(*) FROM "Forum")`)} LIMIT 1), m.id FROM "Milestone" m WHERE m.id LIKE 'bench-milestone-%'`,
    );
    await step(
      "milestone cases",
      `INSERT INTO "_CaseToMilestone" ("A", "B")
       SELECT 'bench-case-' || (1 + ${pick("i", 6, N)}), 'bench-milestone-' || i FROM generate_series(1, ${size.milestones}) i`,
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  // Statistics first: the search-document rebuild joins every table above and needs a good plan.
  const analysed = Date.now();
  await client.query("ANALYZE");
  log(`  statistics: ${((Date.now() - analysed) / 1000).toFixed(1)} s`);
  const searched = Date.now();
  await refreshCaseSearch(pgSql(client), "all");
  log(`  search documents: ${((Date.now() - searched) / 1000).toFixed(1)} s`);
  await client.query("VACUUM ANALYZE");
  await client.query(`UPDATE "Source" SET note = $2 WHERE slug = $1`, [BENCH_SOURCE_SLUG, markerOf(size)]);
}

/** The two methods refreshCaseSearch needs, over a pg client (Prisma.Sql keeps $n text and values). */
function pgSql(client: pg.ClientBase) {
  return {
    async $executeRaw(query: Prisma.Sql) {
      return (await client.query(query.text, query.values as unknown[])).rowCount ?? 0;
    },
    async $queryRaw<T>(query: Prisma.Sql) {
      return (await client.query(query.text, query.values as unknown[])).rows as T;
    },
  };
}
