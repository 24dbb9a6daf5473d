/**
 * Rules are data: an admin changes the tracker's answers without a deploy. On a real Postgres
 * server, through the same use case every entry point calls.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { answerJurisdiction } from "@/lib/server/jurisdiction";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { saveRule } from "@/lib/server/rules/save-rule";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const actors: Record<"viewer" | "analyst" | "admin", Actor> = {} as never;

const leadershipAggression = {
  slug: "special-tribunal-leadership-aggression",
  forum: "special-tribunal",
  situation: "ukraine",
  effect: "COVERS",
  summary: "The Special Tribunal tries the crime of aggression against Ukraine at the leadership level.",
  crimes: ["aggression"],
  accusedKinds: ["natural"],
  levels: ["top-leadership"],
  validFrom: "2025-06-25",
  openedBy: "special-tribunal-agreement-2025",
  provision: "st-jurisdiction-aggression",
  source: "coe-special-tribunal-agreement",
  sourceLocator: "Signed at Strasbourg on 25 June 2025",
};

async function stateOf(slug: string) {
  const rule = await database.prisma.jurisdictionRule.findUnique({ where: { slug }, select: { version: true, effect: true, summary: true, condition: true } });
  const audits = await database.prisma.auditEvent.count({ where: { entityType: "JurisdictionRule" } });
  const rules = await database.prisma.jurisdictionRule.count();
  return { rule, audits, rules };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const specialTribunalToday = async () => {
  const { answer } = await answerJurisdiction({ query: { crime: "aggression", accused: "natural", level: "top-leadership", asOf: "2026-01-15" }, today: "2026-01-15" });
  return { status: answer.forums.find((f) => f.forum.slug === "special-tribunal")!.status, gap: answer.gap };
};

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_rules");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  for (const role of ["VIEWER", "ANALYST", "ADMIN"] as const) {
    const user = await database.prisma.user.create({ data: { email: `${role.toLowerCase()}@example.test`, name: role, role }, select: { id: true } });
    actors[role.toLowerCase() as "viewer"] = { kind: "user", id: user.id, role };
  }
  // The use case uses the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("saving a jurisdiction rule", () => {
  it.each([
    ["anonymous", { kind: "anonymous" } as Actor, "UNAUTHENTICATED"],
    ["a viewer", null, "FORBIDDEN"],
    ["an analyst", null, "FORBIDDEN"],
  ] as const)("refuses %s and writes nothing", async (who, given, code) => {
    const actor = given ?? (who === "a viewer" ? actors.viewer : actors.analyst);
    const before = await stateOf(leadershipAggression.slug);
    const error = await refusal(saveRule({ actor, input: { ...leadershipAggression, expectedVersion: 1 } }));
    expect(error.code).toBe(code);
    expect(await stateOf(leadershipAggression.slug)).toEqual(before);
  });

  it("refuses bad input, naming every field, and writes nothing", async () => {
    const before = await stateOf(leadershipAggression.slug);
    const error = await refusal(saveRule({ actor: actors.admin, input: { ...leadershipAggression, crimes: ["piracy"], validTo: "2025-02-30", expectedVersion: 1 } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["validTo"]);
    const unknown = await refusal(saveRule({ actor: actors.admin, input: { ...leadershipAggression, crimes: ["piracy"], provision: "no-such-article", expectedVersion: 1 } }));
    expect(unknown.details.errors?.map((e) => e.parameter).sort()).toEqual(["crimes", "provision"]);
    const contradicts = await refusal(saveRule({ actor: actors.admin, input: { ...leadershipAggression, validFrom: "2025-07-01", expectedVersion: 1 } }));
    expect(contradicts.details.errors?.map((e) => e.parameter)).toEqual(["validFrom"]);
    expect(await stateOf(leadershipAggression.slug)).toEqual(before);
  });

  it("lets an admin change a rule, which changes the answer at once and is audited", async () => {
    expect(await specialTribunalToday()).toEqual({ status: "conditional", gap: true });
    const result = await saveRule({ actor: actors.admin, input: { ...leadershipAggression, expectedVersion: 1 } });
    expect(result).toEqual({ slug: leadershipAggression.slug, version: 2, created: false });
    expect(await specialTribunalToday()).toEqual({ status: "covers", gap: false });

    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "JurisdictionRule", action: "UPDATE" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: actors.admin.kind === "user" ? actors.admin.id : null });
    expect(audit!.before).toMatchObject({ effect: "CONDITIONAL", version: 1 });
    expect(audit!.after).toMatchObject({ effect: "COVERS", condition: null, version: 2 });
  });

  it("refuses an edit of a version someone else has changed since (no lost update)", async () => {
    const before = await stateOf(leadershipAggression.slug);
    const error = await refusal(saveRule({ actor: actors.admin, input: { ...leadershipAggression, summary: "A stale edit.", expectedVersion: 1 } }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/version 1.*version 2/);
    expect(await stateOf(leadershipAggression.slug)).toEqual(before);
  });

  it("keeps the admin's edit when the reference data is loaded again", async () => {
    const report = await seedReferenceData(database.prisma);
    expect(report.skippedEdited).toBe(1);
    expect((await stateOf(leadershipAggression.slug)).rule).toMatchObject({ version: 2, effect: "COVERS" });
  });

  it("creates a new rule at version 1 and refuses to create one that exists", async () => {
    const input = { ...leadershipAggression, slug: "special-tribunal-example", effect: "EXCLUDES", crimes: ["ecocide"], summary: "Example." };
    expect(await saveRule({ actor: { kind: "operator", name: "test" }, input })).toEqual({ slug: "special-tribunal-example", version: 1, created: true });
    const again = await refusal(saveRule({ actor: actors.admin, input }));
    expect(again.details.errors?.map((e) => e.parameter)).toEqual(["expectedVersion"]);
    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "JurisdictionRule", action: "CREATE" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: null, note: "operator: test" });
  });
});
