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
import { createRoleUsers } from "@/tests/support/seeded-database";

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
  const rule = await database.prisma.jurisdictionRule.findUnique({
    where: { slug },
    select: {
      version: true, effect: true, summary: true, condition: true, conditionKind: true,
      conductFrom: true, conductFromPrecision: true, conductTo: true, conductToPrecision: true, updatedAt: true,
    },
  });
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
  Object.assign(actors, await createRoleUsers(database.prisma, (role) => role));
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

  it("refuses a kind of condition missing, out of place or unknown, and a conduct period reversed or malformed, naming the field and writing nothing", async () => {
    const before = await stateOf(leadershipAggression.slug);
    const conditional = { ...leadershipAggression, effect: "CONDITIONAL", condition: "Once the tribunal operates.", expectedVersion: 1 };
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ["a conditional rule without its kind", conditional, "conditionKind", /conditionKind is required for a conditional rule.*“A fact about the case”.*“The forum is not yet operational”.*“A date known only to the month or year”/],
      ["a kind on a rule that covers", { ...leadershipAggression, conditionKind: "CASE_FACT", expectedVersion: 1 }, "conditionKind", /conditionKind applies only to a conditional rule/],
      ["an unknown kind", { ...conditional, conditionKind: "LAW_CHANGES" }, "conditionKind", /conditionKind must be one of CASE_FACT/],
      ["conduct that ends before it begins", { ...leadershipAggression, conductFrom: "2014-02-23", conductTo: "2014-02-22", expectedVersion: 1 }, "conductTo", /conductTo is before conductFrom/],
      ["a malformed conduct date", { ...leadershipAggression, conductFrom: "21 November 2013", expectedVersion: 1 }, "conductFrom", /conductFrom must be a date written YYYY-MM-DD, YYYY-MM or YYYY/],
    ];
    for (const [what, input, field, message] of cases) {
      const error = await refusal(saveRule({ actor: actors.admin, input }));
      expect({ what, code: error.code, fields: error.details.errors?.map((e) => e.parameter) }).toEqual({ what, code: "INVALID_INPUT", fields: [field] });
      expect(error.details.errors![0]!.message).toMatch(message);
    }
    expect(await stateOf(leadershipAggression.slug)).toEqual(before);
  });

  it("lets an admin change a rule, which changes the answer at once and is audited", async () => {
    // A forum that is conditional is not excluded, so there is no gap (the seeded status: re-check when the data changes).
    expect(await specialTribunalToday()).toEqual({ status: "conditional", gap: false });
    const result = await saveRule({ actor: actors.admin, input: { ...leadershipAggression, expectedVersion: 1 } });
    expect(result).toEqual({ slug: leadershipAggression.slug, version: 2, created: false });
    expect(await specialTribunalToday()).toEqual({ status: "covers", gap: false });
    expect((await stateOf(leadershipAggression.slug)).rule).toMatchObject({ conditionKind: null, conductFrom: null, conductTo: null });

    const audit = await database.prisma.auditEvent.findFirst({ where: { entityType: "JurisdictionRule", action: "UPDATE" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ actorId: actors.admin.kind === "user" ? actors.admin.id : null });
    expect(audit!.before).toMatchObject({ effect: "CONDITIONAL", version: 1 });
    expect(audit!.after).toMatchObject({ effect: "COVERS", condition: null, conditionKind: null, conductFrom: null, conductTo: null, version: 2 });
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

  it("saves a rule's kind of condition and the conduct it reaches, audits them, and the answer reads them", async () => {
    // A situation of the test's own, where no seeded rule of the Special Tribunal reaches: this rule
    // is the only one in force that can answer (a seeded rule naming no situation would also reach it).
    const source = await database.prisma.source.findUniqueOrThrow({ where: { slug: "coe-special-tribunal-agreement" }, select: { id: true } });
    await database.prisma.situation.create({ data: { slug: "test-situation", name: "Test situation", description: "A situation made by the test.", sourceId: source.id } });
    const rule = {
      slug: "special-tribunal-test-situation-example",
      forum: "special-tribunal",
      situation: "test-situation",
      effect: "CONDITIONAL",
      summary: "A test rule: leadership aggression in the test's own situation.",
      condition: "Once the tribunal operates (a test condition).",
      conditionKind: "NOT_OPERATIONAL",
      crimes: ["aggression"],
      accusedKinds: ["natural"],
      levels: ["top-leadership"],
      validFrom: "2025-06-25",
      conductFrom: "2023-03",
      conductTo: "2024",
      provision: "st-jurisdiction-aggression",
      source: "coe-special-tribunal-agreement",
    };
    expect(await saveRule({ actor: actors.admin, input: rule })).toEqual({ slug: rule.slug, version: 1, created: true });
    const { rule: saved } = await stateOf(rule.slug);
    expect(saved).toMatchObject({ conditionKind: "NOT_OPERATIONAL", conductFromPrecision: "MONTH", conductToPrecision: "YEAR" });
    expect([saved!.conductFrom!.toISOString().slice(0, 10), saved!.conductTo!.toISOString().slice(0, 10)]).toEqual(["2023-03-01", "2024-01-01"]);

    const created = await database.prisma.auditEvent.findFirst({ where: { entityType: "JurisdictionRule", action: "CREATE" }, orderBy: { at: "desc" } });
    expect(created!.after).toMatchObject({ slug: rule.slug, conditionKind: "NOT_OPERATIONAL", conductFrom: "2023-03-01", conductFromPrecision: "MONTH", conductTo: "2024-01-01", conductToPrecision: "YEAR" });

    const answerFor = async (conduct: string) => {
      const { answer } = await answerJurisdiction({
        query: { crime: "aggression", accused: "natural", level: "top-leadership", situation: "test-situation", conduct, asOf: "2026-01-15" },
        today: "2026-01-15",
      });
      const forum = answer.forums.find((f) => f.forum.slug === "special-tribunal")!;
      return { status: forum.status, kinds: forum.conditions.map((c) => c.kind) };
    };
    expect(await answerFor("2023-06")).toEqual({ status: "conditional", kinds: ["NOT_OPERATIONAL"] });
    expect(await answerFor("2022-06")).toEqual({ status: "unknown", kinds: [] });

    // Changed: a fact about the case, conduct to the day, no later limit. Audited before and after.
    const changed = await saveRule({ actor: actors.admin, input: { ...rule, conditionKind: "CASE_FACT", conductFrom: "2022-02-24", conductTo: null, expectedVersion: 1 } });
    expect(changed).toEqual({ slug: rule.slug, version: 2, created: false });
    const updated = await database.prisma.auditEvent.findFirst({ where: { entityType: "JurisdictionRule", action: "UPDATE", entityId: created!.entityId }, orderBy: { at: "desc" } });
    expect(updated!.before).toMatchObject({ conditionKind: "NOT_OPERATIONAL", conductFrom: "2023-03-01", conductFromPrecision: "MONTH", conductTo: "2024-01-01" });
    expect(updated!.after).toMatchObject({ conditionKind: "CASE_FACT", conductFrom: "2022-02-24", conductFromPrecision: "DAY", conductTo: null, version: 2 });
    expect(await answerFor("2022-06")).toEqual({ status: "conditional", kinds: ["CASE_FACT"] });

    // A stale version with the new fields is refused and changes nothing.
    const before = await stateOf(rule.slug);
    const stale = await refusal(saveRule({ actor: actors.admin, input: { ...rule, conductFrom: "2020", expectedVersion: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    expect(await stateOf(rule.slug)).toEqual(before);
  });
});
