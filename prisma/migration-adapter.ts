/**
 * Driver adapters for the Prisma CLI's JavaScript schema engine (`engine: "js"` in
 * prisma.config.ts). The native schema engine cannot be downloaded on our machines, so every
 * `prisma migrate` command runs through one of these. Why each workaround exists:
 * docs/decisions/002-prisma-offline.md.
 *
 * Not `server-only`: the Prisma CLI loads this file, outside any React server.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/**
 * @prisma/adapter-pg 6.19 rejects pg_catalog columns of type `name` and `"char"` ("Column type
 * 'name' could not be deserialized"), which the schema engine reads when it introspects. Their
 * values arrive as strings anyway, so reporting them as `text` is exact.
 */
function reportCatalogTypesAsText(client: pg.PoolClient): void {
  const fix = (res: pg.QueryResult | undefined) => {
    for (const field of res?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID || field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
      }
    }
    return res;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  // pg.Pool calls client.query with a callback; the adapter's own transactions use promises.
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args) => {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, fix(res));
      return query(...args);
    }
    const result = query(...args);
    return result instanceof Promise ? result.then(fix) : result;
  };
}

function catalogSafePool(connectionString: string): pg.Pool {
  // The CLI never ends the main pool; without allowExitOnIdle every `prisma migrate` command
  // waits out pg's 10-second idle timeout before it exits.
  const pool = new pg.Pool({ connectionString, max: 2, allowExitOnIdle: true });
  pool.on("connect", reportCatalogTypesAsText);
  return pool;
}

function toDriverError(error: unknown): DriverAdapterError {
  const e = error as { code?: string; severity?: string; message?: string; detail?: string; hint?: string; column?: string };
  return new DriverAdapterError({
    kind: "postgres",
    code: e.code ?? "N/A",
    severity: e.severity ?? "ERROR",
    message: e.message ?? String(error),
    detail: e.detail,
    column: e.column,
    hint: e.hint,
  });
}

/**
 * The stock adapter splits scripts on ";", which breaks any migration with a semicolon inside a
 * string or a function body. Postgres runs a multi-statement script in one simple query.
 */
function runScriptsWhole(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      throw toDriverError(error);
    }
  };
  return adapter;
}

/** A Postgres server at `url`, with a real shadow database for `migrate dev`. */
export function postgresMigrationAdapter(url: string): SqlMigrationAwareDriverAdapterFactory {
  const mainPool = catalogSafePool(url);
  const main = new PrismaPg(mainPool);
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return runScriptsWhole(await main.connect(), mainPool);
    },
    // The stock version connects to the main database again (the URL wins over `database`) and
    // drops the shadow while still connected to it; this one does neither.
    async connectToShadowDb() {
      const name = `prisma_shadow_${process.pid}_${Date.now()}`;
      const admin = new pg.Pool({ connectionString: url, max: 1 });
      await admin.query(`CREATE DATABASE "${name}"`);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadowPool = catalogSafePool(shadowUrl.toString());
      const adapter = runScriptsWhole(await new PrismaPg(shadowPool).connect(), shadowPool);
      adapter.dispose = async () => {
        await shadowPool.end();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await admin.end();
      };
      return adapter;
    },
  };
}

/**
 * An embedded PGlite directory, for `migrate deploy` only: PGlite's in-memory shadow database
 * rejects multi-statement migrations, so migrations are created against a Postgres server.
 */
export function pgliteMigrationAdapter(dataDir: string): SqlMigrationAwareDriverAdapterFactory {
  let client: PGlite | undefined;
  const open = () => (client ??= new PGlite({ dataDir }));
  const wrap = (adapter: SqlDriverAdapter, db: PGlite): SqlDriverAdapter => {
    // pglite-prisma-adapter 0.6 does not await exec(): a failing migration would be recorded as
    // applied. And its dispose() leaves PGlite open, which can corrupt the directory.
    adapter.executeScript = async (script: string) => {
      try {
        await db.exec(script);
      } catch (error) {
        throw toDriverError(error);
      }
    };
    adapter.dispose = async () => {
      if (!db.closed) await db.close();
    };
    return adapter;
  };
  return {
    provider: "postgres",
    adapterName: "pglite-prisma-adapter",
    async connect() {
      const db = open();
      // pglite-prisma-adapter 0.6 types itself against driver-adapter-utils 6.10; same runtime shape.
      return wrap((await new PrismaPGlite(db).connect()) as unknown as SqlDriverAdapter, db);
    },
    async connectToShadowDb() {
      throw new Error(
        "prisma migrate dev needs a Postgres server: set DATABASE_URL (see docs/decisions/002-prisma-offline.md).",
      );
    },
  };
}
