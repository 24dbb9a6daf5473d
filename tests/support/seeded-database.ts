/**
 * A test file's own database with the reference data seeded, the app's shared client pointed at it
 * (DATABASE_URL), a psql-like client beside it, all closed after the file:
 *
 *   const seeded = seededDatabase("tracker_refdata");
 *   ... seeded.database.prisma, seeded.psql.query(...), seeded.testDb.url ...
 */
import pg from "pg";
import { afterAll, beforeAll } from "vitest";
import type { Actor } from "@/lib/server/actor";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "./test-database";

type Role = "VIEWER" | "ANALYST" | "ADMIN";
export type RoleActors = Record<"viewer" | "analyst" | "admin", Actor>;

/** One user of each role (`viewer@example.test`, …), named by `nameOf`, as the actors use cases take. */
export async function createRoleUsers(prisma: PrismaClient, nameOf: (role: Role) => string = (role) => `The ${role.toLowerCase()}`): Promise<RoleActors> {
  const actors = {} as RoleActors;
  for (const role of ["VIEWER", "ANALYST", "ADMIN"] as const) {
    const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: nameOf(role), role }, select: { id: true } });
    actors[role.toLowerCase() as "viewer"] = { kind: "user", id: user.id, role };
  }
  return actors;
}

export type SeededDatabase = { testDb: TestDatabase; database: Database; psql: pg.Client; actors: RoleActors };

/**
 * Registers the file's beforeAll/afterAll; the fields are set once beforeAll has run. With
 * `users`, one user of each role is created too (`seeded.actors`), named by it.
 */
export function seededDatabase(prefix: string, options: { users?: (role: Role) => string } = {}): SeededDatabase {
  const seeded = {} as SeededDatabase;
  beforeAll(async () => {
    seeded.testDb = await createTestDatabase(prefix);
    seeded.database = createDatabase(seeded.testDb.target);
    await seedReferenceData(seeded.database.prisma);
    if (options.users) seeded.actors = await createRoleUsers(seeded.database.prisma, options.users);
    seeded.psql = new pg.Client({ connectionString: seeded.testDb.url });
    await seeded.psql.connect();
    process.env.DATABASE_URL = seeded.testDb.url;
  });
  afterAll(async () => {
    await seeded.psql?.end();
    await closeSharedDatabase();
    await seeded.database?.close();
    await seeded.testDb?.drop();
  });
  return seeded;
}
