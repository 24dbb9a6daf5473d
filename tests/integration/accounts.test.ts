/**
 * Accounts on a real Postgres server: passwords, throttled sign-in, API tokens and who may create
 * accounts. Each refusal is checked to leave the database as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { actorFromToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { createUser } from "@/lib/server/accounts/create-user";
import { MAX_FAILURES_PER_MINUTE, signIn } from "@/lib/server/accounts/sign-in";
import { setTimeZone } from "@/lib/server/accounts/set-time-zone";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const operator: Actor = { kind: "operator", name: "test" };
const password = "correct horse battery staple";
let analyst: Actor;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_accounts");
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
  const user = await createUser({ actor: operator, input: { email: "Analyst@Example.org", role: "ANALYST", password } });
  analyst = { kind: "user", id: user.id, role: "ANALYST" };
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("creating accounts", () => {
  it("stores a scrypt hash, never the password, and audits the creation without it", async () => {
    const row = await database.prisma.user.findUnique({ where: { email: "analyst@example.org" } });
    expect(row?.passwordHash).toMatch(/^scrypt\$/);
    expect(row?.passwordHash).not.toContain(password);
    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "User", entityId: row!.id } });
    expect(JSON.stringify(audit?.after)).not.toContain("scrypt");
  });

  it("refuses a non-admin, a weak password and a duplicate, writing nothing", async () => {
    const before = await database.prisma.user.count();
    expect((await refusal(createUser({ actor: analyst, input: { email: "x@example.org", role: "ADMIN", password } }))).code).toBe("FORBIDDEN");
    const weak = await refusal(createUser({ actor: operator, input: { email: "not-an-email", role: "WIZARD", password: "short" } }));
    expect(weak.details.errors?.map((e) => e.parameter).sort()).toEqual(["email", "password", "role"]);
    expect((await refusal(createUser({ actor: operator, input: { email: "analyst@example.org", role: "VIEWER", password } }))).code).toBe("CONFLICT");
    expect(await database.prisma.user.count()).toBe(before);
  });
});

describe("signing in", () => {
  it("accepts the right password (e-mail in any case) and refuses a wrong one or an unknown account", async () => {
    expect(await signIn({ input: { email: "ANALYST@example.org", password }, address: "10.0.0.1" })).toMatchObject({ email: "analyst@example.org", role: "ANALYST" });
    expect(await signIn({ input: { email: "analyst@example.org", password: "wrong password!" }, address: "10.0.0.1" })).toBeNull();
    expect(await signIn({ input: { email: "nobody@example.org", password }, address: "10.0.0.1" })).toBeNull();
  });

  it("refuses a disabled account even with the right password", async () => {
    await createUser({ actor: operator, input: { email: "gone@example.org", role: "VIEWER", password } });
    await database.prisma.user.update({ where: { email: "gone@example.org" }, data: { disabledAt: new Date() } });
    expect(await signIn({ input: { email: "gone@example.org", password }, address: "10.0.0.9" })).toBeNull();
  });

  it(`throttles after ${MAX_FAILURES_PER_MINUTE} failures a minute per account, even the right password, and recovers`, async () => {
    await createUser({ actor: operator, input: { email: "target@example.org", role: "VIEWER", password } });
    const now = new Date("2030-01-01T12:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) {
      expect(await signIn({ input: { email: "target@example.org", password: `wrong ${i}` }, address: `10.1.0.${i}`, now })).toBeNull();
    }
    const throttled = await refusal(signIn({ input: { email: "target@example.org", password }, address: "10.1.0.99", now }));
    expect(throttled.code).toBe("TOO_MANY_REQUESTS");
    expect(throttled.message).toMatch(/Wait a minute/);
    const later = new Date(now.getTime() + 61_000);
    expect(await signIn({ input: { email: "target@example.org", password }, address: "10.1.0.99", now: later })).toMatchObject({ email: "target@example.org" });
  });

  it("holds the limit when many attempts arrive at once", async () => {
    await createUser({ actor: operator, input: { email: "parallel@example.org", role: "VIEWER", password } });
    const now = new Date("2030-03-01T12:00:00Z");
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, i) => signIn({ input: { email: "parallel@example.org", password: `guess ${i}` }, address: `10.3.0.${i}`, now })),
    );
    const checked = results.filter((r) => r.status === "fulfilled").length;
    const throttled = results.filter((r) => r.status === "rejected" && (r.reason as AppError).code === "TOO_MANY_REQUESTS").length;
    expect(checked).toBeLessThanOrEqual(MAX_FAILURES_PER_MINUTE);
    expect(checked + throttled).toBe(12);
  });

  it("throttles an address that fails across many accounts", async () => {
    const now = new Date("2030-02-01T12:00:00Z");
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) {
      await signIn({ input: { email: `guess${i}@example.org`, password }, address: "10.2.0.1", now });
    }
    expect((await refusal(signIn({ input: { email: "analyst@example.org", password }, address: "10.2.0.1", now }))).code).toBe("TOO_MANY_REQUESTS");
    expect(await signIn({ input: { email: "analyst@example.org", password }, address: "10.2.0.2", now })).not.toBeNull();
  });
});

describe("API tokens", () => {
  it("shows a token once, stores only its hash, and lets it act as its owner", async () => {
    const created = await createApiToken({ actor: analyst, input: { name: "import script" } });
    expect(created.token).toMatch(/^tat_/);
    const stored = await database.prisma.apiToken.findUnique({ where: { id: created.id } });
    expect(JSON.stringify(stored)).not.toContain(created.token);
    expect(await actorFromToken(created.token)).toEqual({ ...analyst, timeZone: "Europe/Kyiv" });
    expect((await listApiTokens(analyst)).map((t) => t.name)).toContain("import script");
  });

  it("stops a revoked or expired token; another user cannot revoke yours", async () => {
    const created = await createApiToken({ actor: analyst, input: { name: "short-lived", expiresInDays: 1 } });
    expect(await actorFromToken(created.token, new Date(Date.now() + 2 * 86_400_000))).toBeNull();
    const other = await createUser({ actor: operator, input: { email: "other@example.org", role: "ADMIN", password } });
    const otherActor: Actor = { kind: "user", id: other.id, role: "ADMIN" };
    expect((await refusal(revokeApiToken({ actor: otherActor, input: { id: created.id } }))).code).toBe("NOT_FOUND");
    expect(await actorFromToken(created.token)).toEqual({ ...analyst, timeZone: "Europe/Kyiv" });
    await revokeApiToken({ actor: analyst, input: { id: created.id } });
    expect(await actorFromToken(created.token)).toBeNull();
    expect(await actorFromToken("tat_made-up")).toBeNull();
  });

  it("refuses a token without a name, naming the field", async () => {
    const error = await refusal(createApiToken({ actor: analyst, input: { name: " " } }));
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["name"]);
  });
});

describe("the time zone a user reads times in", () => {
  const zoneOf = async (id: string) => (await database.prisma.user.findUniqueOrThrow({ where: { id }, select: { timeZone: true } })).timeZone;

  it("is Kyiv's until the user chooses another; a choice is saved and audited before and after", async () => {
    const id = (analyst as { id: string }).id;
    expect(await zoneOf(id)).toBe("Europe/Kyiv");
    expect(await setTimeZone({ actor: analyst, input: { timeZone: "America/New_York" } })).toEqual({ timeZone: "America/New_York" });
    expect(await zoneOf(id)).toBe("America/New_York");
    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "User", entityId: id, action: "UPDATE" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ before: { timeZone: "Europe/Kyiv" }, after: { timeZone: "America/New_York" } });
    // The runtime's old spelling of Kyiv is kept under Kyiv's own name.
    await setTimeZone({ actor: analyst, input: { timeZone: "Europe/Kiev" } });
    expect(await zoneOf(id)).toBe("Europe/Kyiv");
  });

  it("refuses a zone it does not know, an empty one and a visitor, naming the field and changing nothing", async () => {
    const id = (analyst as { id: string }).id;
    const before = await zoneOf(id);
    for (const timeZone of ["Mars/Olympus", "", "Europe/Kyiv; DROP TABLE"]) {
      const error = await refusal(setTimeZone({ actor: analyst, input: { timeZone } }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.details.errors?.[0]?.parameter).toBe("timeZone");
    }
    expect((await refusal(setTimeZone({ actor: { kind: "anonymous" }, input: { timeZone: "UTC" } }))).code).toBe("UNAUTHENTICATED");
    expect(await zoneOf(id)).toBe(before);
  });
});
