/**
 * The committed migrations, applied by the Prisma CLI through our JS schema engine adapter
 * (prisma/migration-adapter.ts) to a real Postgres server.
 */
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prismaEnv, runPrisma } from "@/scripts/lib/prisma-cli";
import { databaseUrl, dropDatabase, quoteIdent, withAdmin } from "@/tests/support/postgres";
import { postgresAdminUrl, templateUrl } from "@/tests/support/test-database";

const migrationNames = readdirSync(path.join("prisma", "migrations"))
  .filter((name) => existsSync(path.join("prisma", "migrations", name, "migration.sql")))
  .sort();

const target = (url: string) => ({ kind: "postgres" as const, url, label: url });

/** Every column of the public schema, as "table.column type nullable". */
async function schemaOf(url: string): Promise<string[]> {
  return withAdmin(url, async (client) => {
    const { rows } = await client.query<{ line: string }>(
      `select table_name || '.' || column_name || ' ' || udt_name || ' ' || is_nullable as line
         from information_schema.columns where table_schema = 'public' and table_name <> '_prisma_migrations'
        order by 1`,
    );
    return rows.map((r) => r.line);
  });
}

const fresh: string[] = [];
afterAll(async () => {
  for (const name of fresh) await dropDatabase(postgresAdminUrl(), name);
});

describe("migrations", () => {
  it("every table tells listeners when it changes (a migration adding a table must add the trigger)", async () => {
    // docs/decisions/024-caches-dropped-by-changes.md: a table without it would leave caches stale.
    const { rows } = await withAdmin(templateUrl(), (client) =>
      client.query<{ table: string }>(
        `select t.tablename as table from pg_tables t
          where t.schemaname = 'public' and t.tablename <> '_prisma_migrations'
            and not exists (select 1 from pg_trigger g join pg_class c on c.oid = g.tgrelid
                             where c.relname = t.tablename and g.tgname = 'notify_change' and not g.tgisinternal)
          order by 1`,
      ),
    );
    expect(rows.map((r) => r.table)).toEqual([]);
  });

  it("there is at least one committed migration", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
  });

  it("prisma migrate status reports the template up to date", async () => {
    const result = await runPrisma(["migrate", "status"], prismaEnv(target(templateUrl())));
    expect(result.output).toContain("Database schema is up to date");
    expect(result.code, result.output).toBe(0);
  });

  it("prisma migrate deploy on a fresh database creates the schema, and a second deploy has nothing to do", async () => {
    const name = `tracker_fresh_${process.pid}_${Date.now().toString(36)}`;
    fresh.push(name);
    // template0: a truly empty database, not a copy of anything of ours.
    await withAdmin(postgresAdminUrl(), (client) => client.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0`));
    const url = databaseUrl(postgresAdminUrl(), name);
    expect(await schemaOf(url)).toEqual([]);

    const pending = await runPrisma(["migrate", "status"], prismaEnv(target(url)));
    expect(pending.code, pending.output).not.toBe(0);
    expect(pending.output).toMatch(/not yet been applied/);

    const deploy = await runPrisma(["migrate", "deploy"], prismaEnv(target(url)));
    expect(deploy.code, deploy.output).toBe(0);

    const columns = await schemaOf(url);
    expect(columns.length).toBeGreaterThan(50);
    for (const table of ["Source", "Forum", "JurisdictionRule", "Milestone", "AuditEvent", "User"]) {
      expect(columns.some((c) => c.startsWith(`${table}.`)), table).toBe(true);
    }
    // The same schema as the template the other tests use.
    expect(columns).toEqual(await schemaOf(templateUrl()));

    const applied = await withAdmin(url, (client) =>
      client.query<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>(
        `select migration_name, finished_at, rolled_back_at from _prisma_migrations order by migration_name`,
      ),
    );
    expect(applied.rows.map((r) => r.migration_name)).toEqual(migrationNames);
    expect(applied.rows.every((r) => r.finished_at !== null && r.rolled_back_at === null)).toBe(true);

    const status = await runPrisma(["migrate", "status"], prismaEnv(target(url)));
    expect(status.code, status.output).toBe(0);
    const again = await runPrisma(["migrate", "deploy"], prismaEnv(target(url)));
    expect(again.code, again.output).toBe(0);
    expect(again.output).toMatch(/No pending migrations to apply/);
  });
});
