/**
 * The audit trail's query on a real Postgres server: only administrators may read it (the query
 * checks the actor itself), pages by id are disjoint and newest first, and the filters hold.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { createApiToken, revokeApiToken } from "@/lib/server/accounts/api-tokens";
import { createUser } from "@/lib/server/accounts/create-user";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase } from "@/lib/server/prisma-client";
import { getAuditFilterOptions, listAuditEvents } from "@/lib/server/queries/audit";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
const operator: Actor = { kind: "operator", name: "test" };
const password = "correct horse battery staple";
let admin: Actor;
let viewer: Actor;

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_audit");
  process.env.DATABASE_URL = testDb.url;
  const a = await createUser({ actor: operator, input: { email: "admin@example.org", role: "ADMIN", password } });
  const v = await createUser({ actor: operator, input: { email: "viewer@example.org", role: "VIEWER", password } });
  admin = { kind: "user", id: a.id, role: "ADMIN" };
  viewer = { kind: "user", id: v.id, role: "VIEWER" };
  // Seven token events by the viewer: five creations, two revocations.
  const made = [];
  for (let i = 1; i <= 5; i++) made.push(await createApiToken({ actor: viewer, input: { name: `script ${i}`, expiresInDays: 30 } }));
  await revokeApiToken({ actor: viewer, input: { id: made[0]!.id } });
  await revokeApiToken({ actor: viewer, input: { id: made[1]!.id } });
});

afterAll(async () => {
  await closeSharedDatabase();
  await testDb?.drop();
});

describe("who may read the audit trail", () => {
  it("refuses the anonymous (UNAUTHENTICATED) and a viewer or analyst (FORBIDDEN)", async () => {
    expect((await refusal(listAuditEvents({ kind: "anonymous" }, {}))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(getAuditFilterOptions({ kind: "anonymous" }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(listAuditEvents(viewer, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(listAuditEvents({ kind: "user", id: "someone", role: "ANALYST" }, {}))).code).toBe("FORBIDDEN");
    expect((await refusal(getAuditFilterOptions(viewer))).code).toBe("FORBIDDEN");
  });

  it("lets an administrator and the operator read it", async () => {
    expect((await listAuditEvents(admin, {})).rows.length).toBeGreaterThan(0);
    expect((await listAuditEvents(operator, {})).rows.length).toBeGreaterThan(0);
  });
});

describe("pages and filters", () => {
  it("pages by id are disjoint, newest first, and together hold every event", async () => {
    const all = (await listAuditEvents(admin, {}, 1000)).rows.map((r) => BigInt(r.id));
    expect(all.length).toBeGreaterThanOrEqual(9);
    const seen: bigint[] = [];
    let before: bigint | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const page = await listAuditEvents(admin, { before }, 3);
      seen.push(...page.rows.map((r) => BigInt(r.id)));
      if (!page.nextBefore) break;
      expect(page.rows).toHaveLength(3);
      before = BigInt(page.nextBefore);
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(all);
    expect([...seen].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0))).toEqual(seen);
  });

  it("filters by record type, action and actor (a user's e-mail, or system)", async () => {
    const deletions = await listAuditEvents(admin, { entity: "ApiToken", action: "DELETE" });
    expect(deletions.rows).toHaveLength(2);
    expect(deletions.rows.every((r) => r.actor?.email === "viewer@example.org" && r.after !== null)).toBe(true);
    const byViewer = await listAuditEvents(admin, { actor: "viewer@example.org" });
    expect(byViewer.rows).toHaveLength(7);
    const bySystem = await listAuditEvents(admin, { actor: "system" });
    expect(bySystem.rows.every((r) => r.actor === null)).toBe(true);
    expect(bySystem.rows.filter((r) => r.entityType === "User")).toHaveLength(2);
    const options = await getAuditFilterOptions(admin);
    expect(options.entity.map((o) => o.value)).toEqual(expect.arrayContaining(["ApiToken", "User"]));
    expect(options.actor.map((o) => o.value)).toEqual(["viewer@example.org"]);
  });
});
