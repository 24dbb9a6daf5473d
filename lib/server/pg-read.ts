/**
 * One read-only SQL statement sent straight through the `pg` pool that Prisma's driver adapter
 * also uses, returning rows exactly as Prisma's `$queryRaw` would. Prisma 6.19 spends about half a
 * millisecond of CPU on every statement, raw ones included (its query compiler and interpreter); on
 * the hot read paths that was more than many of the statements themselves
 * (docs/decisions/018-hot-reads-through-the-driver.md).
 *
 * `pg`'s own parsers agree with Prisma on text, enums, integers, floats, booleans, JSON and arrays
 * of those; the ones below are where they differ. Prisma's `timestamp(3)` columns hold UTC without
 * a zone, which `pg` would read as local time, and would write a Date parameter as local time too.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { Prisma } from "@/lib/generated/prisma/client";

const TEXT_PARSERS: Record<number, (value: string) => unknown> = {
  20: (value) => BigInt(value), // int8: Prisma gives a bigint, pg a string.
  1082: (value) => new Date(`${value}T00:00:00.000Z`), // date: Prisma gives UTC midnight.
  1114: (value) => new Date(`${value.replace(" ", "T")}Z`), // timestamp (without zone): UTC.
};
// Types no hot read selects, which pg would read differently from Prisma (a Decimal, or arrays of
// the above): refused loudly rather than read differently. numeric, int8[], date[], timestamp[], numeric[].
for (const oid of [1700, 1016, 1182, 1115, 1231]) {
  TEXT_PARSERS[oid] = () => {
    throw new Error(`A column of type ${oid} (numeric, or an array of int8, date or timestamp) was read through pg-read; cast it or read it with Prisma.`);
  };
}

const types: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    format !== "binary" && TEXT_PARSERS[oid] ? TEXT_PARSERS[oid] : pg.types.getTypeParser(oid, format as "text")) as pg.CustomTypesConfig["getTypeParser"],
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
    // As pool.query does: a connection that failed a statement goes, its prepared statements with it.
    client.release(error as Error);
    // A statement refused for a table changed under it: once more, unprepared, on another connection.
    if (name && isStalePlan(error)) return readThroughPool(pool, statement, { ...options, prepared: false });
    throw error;
  }
}
