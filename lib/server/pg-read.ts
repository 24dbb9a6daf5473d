/**
 * One read-only SQL statement sent straight through the `pg` pool that Prisma's driver adapter
 * also uses, returning rows exactly as Prisma's `$queryRaw` would. Prisma 6.19 spends about half a
 * millisecond of CPU on every statement, raw ones included (its query compiler and interpreter); on
 * the hot read paths that was more than many of the statements themselves
 * (docs/decisions/018-hot-reads-through-the-driver.md).
 *
 * Only column types whose reading was checked against Prisma's are let through
 * (tests/integration/pg-read.test.ts): text, varchar, booleans, int4, float4, float8, JSON, jsonb,
 * arrays of text and int4, and the schema's enums (strings either way). Three need parsers of
 * their own: int8 (Prisma gives a bigint, pg a string), and date and timestamp, which Prisma
 * reads as UTC (its `timestamp(3)` columns hold UTC without a zone) and pg as local time; pg would
 * also write a Date parameter as local time. Any other type (numeric, timestamptz, bytea, arrays
 * of dates…) is refused with an error rather than read differently: cast it in SQL, or read it
 * with Prisma.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

const OWN_PARSERS: Record<number, (value: string) => unknown> = {
  20: (value) => BigInt(value), // int8
  1082: (value) => new Date(`${value}T00:00:00.000Z`), // date: UTC midnight
  1114: (value) => new Date(`${value.replace(" ", "T")}Z`), // timestamp (without zone): UTC
};
// bool, text, int4, json, float4, float8, varchar, jsonb, int4[], text[].
const SAME_AS_PRISMA = new Set([16, 25, 23, 114, 700, 701, 1043, 3802, 1007, 1009]);
// PostgreSQL's first oid for objects a database creates: the schema's enums and their arrays.
const FIRST_USER_OID = 16384;

function refused(oid: number) {
  return () => {
    throw new Error(`A column of type oid ${oid} was read through pg-read, whose reading of it is not checked against Prisma's; cast it in SQL or read it with Prisma.`);
  };
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (OWN_PARSERS[oid]) return OWN_PARSERS[oid];
    if (SAME_AS_PRISMA.has(oid) || oid >= FIRST_USER_OID) return pg.types.getTypeParser(oid, format as "text");
    return refused(oid);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/** A parameter as Prisma's adapter sends it: a Date as its UTC time, without a zone. */
function parameter(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace("T", " ").replace("Z", "");
  return Array.isArray(value) ? value.map(parameter) : value;
}

export type ReadOptions = {
  /**
   * Prepare the statement on each connection and reuse it: PostgreSQL then plans it once (a
   * generic plan) instead of on every call. Planning was 70% of reading a case (2.4 ms of 3.4).
   * Only for statements of one fixed shape, whatever the values: each distinct text stays
   * prepared on every connection of the pool for the connection's life.
   */
  prepared?: boolean;
};

// A statement's name is a digest of its text: one name can never stand for two texts.
const names = new Map<string, string>();
const MANY_SHAPES = 100;
function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `tracker_${createHash("sha256").update(text).digest("base64url").slice(0, 22)}`;
    names.set(text, name);
    // The few prepared reads have a handful of shapes between them; hundreds mean one varies.
    if (names.size === MANY_SHAPES) console.warn(`[tracker] ${MANY_SHAPES} distinct statements prepared: a read of varying shape is marked prepared.`);
  }
  return name;
}

/**
 * PostgreSQL refuses to run a prepared statement whose result columns changed type since it was
 * prepared (a migration applied while the server runs): "cached plan must not change result type".
 */
const isStalePlan = (error: unknown) => (error as { code?: unknown }).code === "0A000" && String((error as Error).message).includes("cached plan must not change result type");

/** Runs a Prisma.Sql statement on the pool, with Prisma's reading of each column type. */
export async function readThroughPool<T>(pool: pg.Pool, statement: Prisma.Sql, options: ReadOptions = {}): Promise<T[]> {
  const { text } = statement;
  const name = options.prepared ? nameOf(text) : undefined;
  const client = await pool.connect();
  try {
    const { rows } = await client.query({ name, text, values: statement.values.map(parameter), types });
    client.release();
    return rows as T[];
  } catch (error) {
    if (error instanceof pg.DatabaseError && !isStalePlan(error)) {
      // PostgreSQL refused the statement (bad input, say) and the connection is ready for the next.
      client.release();
      throw error;
    }
    // The connection failed, or holds a plan that no longer fits: it goes, its prepared statements with it.
    client.release(error as Error);
    // A statement refused for a table changed under it: once more, unprepared, on another connection.
    if (name && isStalePlan(error)) return readThroughPool(pool, statement, { ...options, prepared: false });
    throw error;
  }
}
