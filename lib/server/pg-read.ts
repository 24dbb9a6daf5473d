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

/** Runs a Prisma.Sql statement on the pool, with Prisma's reading of each column type. */
export async function readThroughPool<T>(pool: pg.Pool, statement: Prisma.Sql): Promise<T[]> {
  return (await pool.query({ text: statement.text, values: statement.values.map(parameter), types })).rows as T[];
}
