/**
 * The hot reads' direct path (lib/server/pg-read.ts) returns what Prisma's `$queryRaw` returns, for
 * every column type, NULLs included, and in a time zone that is not UTC (where `pg`'s own reading
 * of `date` and `timestamp` would shift them). Also: a numeric column is refused rather than read
 * differently, bad SQL fails as it would through Prisma, and the reads share Prisma's pool.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import { createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const previousZone = process.env.TZ;

beforeAll(async () => {
  // Node reads TZ afresh when it changes: Dates made from local times shift by hours here.
  process.env.TZ = "America/New_York";
  testDb = await createTestDatabase("tracker_pgread");
  database = createDatabase(testDb.target);
});

afterAll(async () => {
  await database?.close();
  await testDb?.drop();
  if (previousZone === undefined) delete process.env.TZ;
  else process.env.TZ = previousZone;
});

// Each column of one kind, with a value and a NULL, as the hot reads select them.
const COLUMNS: [string, string][] = [
  ["int4", `7::int`],
  ["int8", `9007199254740993::bigint`],
  ["count", `count(*) OVER ()`],
  ["float4", `0.25::real`],
  ["float8", `1.5::float8`],
  ["text", `'shelling in Kharkiv'::text`],
  ["varchar", `'ICC'::varchar(20)`],
  ["bool", `true`],
  ["json", `json_build_object('slug', 'icc', 'on', '2024-03-05'::date, 'at', '2024-03-05 10:11:12.345'::timestamp(3), 'list', json_build_array(1, 'a'))`],
  ["jsonb", `'{"a": [1, 2], "b": null}'::jsonb`],
  ["text[]", `ARRAY['SUPERIOR_KNEW', 'FAILED_TO_PREVENT']::text[]`],
  ["empty text[]", `'{}'::text[]`],
  ["int[]", `ARRAY[1, 2, 3]`],
  ["enum", `'INVESTIGATION'::"CaseStage"`],
  ["enum[]", `ARRAY['INVESTIGATION', 'TRIAL']::"CaseStage"[]`],
  ["date", `'2024-03-05'::date`],
  ["date near midnight", `'2022-02-24'::date`],
  ["timestamp", `'2024-03-05 23:59:59.999'::timestamp(3)`],
  ["timestamp, whole second", `'2022-02-24 04:00:00'::timestamp(3)`],
  ["now", `now()::timestamp(3)`],
  ["uuid as text", `gen_random_uuid()::text`],
];

describe("reads through the driver, as $queryRaw reads them", () => {
  it.each(COLUMNS)("%s, and its NULL", async (_, expression) => {
    const statement = Prisma.sql`SELECT ${Prisma.raw(expression)} AS value, NULL::${Prisma.raw(expression.includes("::") ? expression.split("::").pop()!.replace(/\(.*$/, "") : "int")} AS nothing`;
    const viaPrisma = await database.prisma.$queryRaw<unknown[]>(statement);
    const direct = await database.read(statement);
    if (expression.includes("gen_random_uuid") || expression.startsWith("now")) {
      // Different each time: the same type and shape is the point.
      expect(typeof (direct[0] as { value: unknown }).value).toBe(typeof (viaPrisma[0] as { value: unknown }).value);
      expect((direct[0] as { value: unknown }).value?.constructor).toBe((viaPrisma[0] as { value: unknown }).value?.constructor);
      return;
    }
    expect(direct).toStrictEqual(viaPrisma);
  });

  it("reads several rows with parameters the same way", async () => {
    const statement = Prisma.sql`SELECT g AS n, ${"x"}::text || g AS label, make_date(2020, 1, g) AS day FROM generate_series(1, ${5}::int) g ORDER BY g`;
    expect(await database.read(statement)).toStrictEqual(await database.prisma.$queryRaw(statement));
  });

  it("sends Date parameters as Prisma does (UTC), whatever the server's time zone", async () => {
    const at = new Date("2024-03-05T23:30:00.250Z");
    const statement = Prisma.sql`SELECT ${at}::timestamp(3) AS at, ${at}::date AS day, ${at}::timestamp(3) = '2024-03-05 23:30:00.25'::timestamp AS "isUtc",
                                        (${[new Date("2022-02-24T00:00:00Z"), at]}::timestamp(3)[])[2] AS second`;
    const direct = await database.read(statement);
    expect(direct).toStrictEqual(await database.prisma.$queryRaw(statement));
    expect(direct[0]).toMatchObject({ at, isUtc: true, second: at });
  });

  it("reads the seeded reference data the same way", async () => {
    const statement = Prisma.sql`SELECT id, slug, name, "createdAt", "updatedAt" FROM "Forum" ORDER BY slug`;
    expect(await database.read(statement)).toStrictEqual(await database.prisma.$queryRaw(statement));
  });

  it.each([
    ["numeric", "1.5::numeric"],
    ["numeric[]", "ARRAY[1.5]::numeric[]"],
    ["int8[]", "ARRAY[1]::bigint[]"],
    ["date[]", "ARRAY['2024-01-01']::date[]"],
    ["timestamp[]", "ARRAY['2024-01-01 10:00']::timestamp(3)[]"],
    // Prisma's adapter reads the instant with +00:00 whatever the server's TimeZone says.
    ["timestamptz", "'2024-03-05 10:11:12.5+02'::timestamptz"],
    ["bytea", "'\\x00ff'::bytea"],
    ["int2", "1::smallint"],
    ["interval", "interval '1 day'"],
  ])("refuses a %s column, whose reading is not checked against Prisma's", async (_, expression) => {
    await expect(database.read(Prisma.sql`SELECT ${Prisma.raw(expression)} AS value`)).rejects.toThrow(/read through pg-read/);
    // The refusal leaves the pool working.
    expect(await database.read(Prisma.sql`SELECT 1::int AS one`)).toStrictEqual([{ one: 1 }]);
  });

  it("fails on bad SQL or bad input with PostgreSQL's error, keeping the connection", async () => {
    const backend = Prisma.sql`SELECT pg_backend_pid() AS pid`;
    const [{ pid }] = (await database.read<{ pid: number }>(backend)) as [{ pid: number }];
    await expect(database.read(Prisma.sql`SELECT * FROM "NoSuchTable"`)).rejects.toMatchObject({ code: "42P01" });
    await expect(database.read(Prisma.sql`SELECT slug FROM "Forum" WHERE slug = ${"a\u0000b"}`, { prepared: true })).rejects.toMatchObject({ code: "22021" });
    // Reads one after another reuse the last connection released: the same one, not a new one.
    expect(await database.read(backend)).toStrictEqual([{ pid }]);
  });

  it("prepared, reads what an unprepared read and Prisma read, again and again, with other values", async () => {
    const statement = (n: number) => Prisma.sql`SELECT ${n}::int AS n, slug, "createdAt" FROM "Forum" WHERE "sortOrder" >= ${n} ORDER BY slug`;
    for (let i = 0; i < 12; i++) {
      const prepared = await database.read(statement(i % 3), { prepared: true });
      expect(prepared).toStrictEqual(await database.read(statement(i % 3)));
      expect(prepared).toStrictEqual(await database.prisma.$queryRaw(statement(i % 3)));
    }
    // Another text is another statement: names cannot collide on a connection.
    expect(await database.read(Prisma.sql`SELECT ${"a"}::text AS t`, { prepared: true })).toStrictEqual([{ t: "a" }]);
    expect(await database.read(Prisma.sql`SELECT ${"b"}::text || 'x' AS t`, { prepared: true })).toStrictEqual([{ t: "bx" }]);
  });

  it("prepared, survives a table changing under it: a new column, and a column's type changed", async () => {
    await database.prisma.$executeRawUnsafe(`CREATE TABLE pg_read_probe (id int PRIMARY KEY, label varchar(10))`);
    await database.prisma.$executeRawUnsafe(`INSERT INTO pg_read_probe VALUES (1, 'one')`);
    const read = () => database.read<{ id: number; label: string }>(Prisma.sql`SELECT id, label FROM pg_read_probe WHERE id = ${1}`, { prepared: true });
    // Prepared on every connection of the pool, many times over.
    await Promise.all(Array.from({ length: 40 }, read));
    await database.prisma.$executeRawUnsafe(`ALTER TABLE pg_read_probe ADD COLUMN extra int`);
    expect(await read()).toStrictEqual([{ id: 1, label: "one" }]);
    await database.prisma.$executeRawUnsafe(`ALTER TABLE pg_read_probe ALTER COLUMN label TYPE text`);
    const after = await Promise.all(Array.from({ length: 40 }, read));
    expect(after.every((rows) => rows[0]?.label === "one")).toBe(true);
  });

  it("shares Prisma's pool: reads and a transaction at once stay within its ten connections", async () => {
    const reads = Array.from({ length: 30 }, () => database.read<{ n: number }>(Prisma.sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database()`));
    const inTransaction = database.prisma.$transaction(async (tx) => tx.$queryRaw<{ one: number }[]>(Prisma.sql`SELECT 1::int AS one, pg_sleep(0.05)::text`));
    const [counts, transaction] = await Promise.all([Promise.all(reads), inTransaction]);
    expect(transaction[0]!.one).toBe(1);
    expect(Math.max(...counts.map((rows) => rows[0]!.n))).toBeLessThanOrEqual(10);
  });
});
