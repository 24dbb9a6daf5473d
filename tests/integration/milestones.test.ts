/**
 * Logging, changing and deleting milestones on a real Postgres server, through the use cases every
 * entry point (form, API) calls: who may do what, field errors, lost updates, soft delete, effects
 * on jurisdiction rules (admins only) and the audit trail. Every refusal leaves the tables as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { saveRule } from "@/lib/server/rules/save-rule";
import { seedReferenceData } from "@/prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { createRoleUsers } from "@/tests/support/seeded-database";

let testDb: TestDatabase;
let database: Database;
const actors: Record<"viewer" | "analyst" | "admin", Actor> = {} as never;
const userId = (a: Actor) => (a.kind === "user" ? a.id : null);

const valid = {
  title: "Test milestone: a month-precision event",
  description: "A milestone logged by the integration test.",
  date: "2026-10",
  track: "accountability",
  type: "ratification",
  situation: "ukraine",
  forums: ["icc"],
  sources: [{ title: "A test source", url: "https://example.org/post", publisher: "Example", locator: "Paragraph 2" }],
};

async function counts() {
  const p = database.prisma;
  const [milestones, milestoneSources, sources, rules, audits, ruleVersions] = await Promise.all([
    p.milestone.count(),
    p.milestoneSource.count(),
    p.source.count(),
    p.jurisdictionRule.count(),
    p.auditEvent.count(),
    p.jurisdictionRule.aggregate({ _sum: { version: true } }),
  ]);
  const live = await p.milestone.aggregate({ _sum: { version: true }, where: { deletedAt: null } });
  return { milestones, milestoneSources, sources, rules, audits, ruleVersions: ruleVersions._sum.version, milestoneVersions: live._sum.version };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function refusedWithoutWriting(promise: () => Promise<unknown>): Promise<AppError> {
  const before = await counts();
  const error = await refusal(promise());
  expect(await counts()).toEqual(before);
  return error;
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_milestones");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  Object.assign(actors, await createRoleUsers(database.prisma));
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("logging a milestone", () => {
  it.each([
    ["anonymous", () => ({ kind: "anonymous" }) as Actor, "UNAUTHENTICATED"],
    ["a viewer", () => actors.viewer, "FORBIDDEN"],
  ] as const)("refuses %s and writes nothing", async (_who, actor, code) => {
    const error = await refusedWithoutWriting(() => createMilestone({ actor: actor(), input: valid }));
    expect(error.code).toBe(code);
  });

  it("refuses bad input naming every field, and writes nothing", async () => {
    const error = await refusedWithoutWriting(() =>
      createMilestone({ actor: actors.analyst, input: { ...valid, title: " ", date: "2026-02-30", sources: [{ title: "", url: "javascript:alert(1)" }] } }),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.errors?.map((e) => e.parameter).sort()).toEqual(["date", "sources.0.title", "sources.0.url", "title"]);
  });

  it("refuses unknown slugs all at once, naming the fields, and writes nothing (not even the new source)", async () => {
    const error = await refusedWithoutWriting(() =>
      createMilestone({ actor: actors.analyst, input: { ...valid, track: "weather", forums: ["icc", "atlantis"], rules: ["no-such-rule"], sources: [...valid.sources, { slug: "no-such-source" }] } }),
    );
    expect(error.details.errors?.map((e) => e.parameter).sort()).toEqual(["forums", "rules", "sources.1.slug", "track"]);
  });

  it("refuses a milestone without a source", async () => {
    const error = await refusedWithoutWriting(() => createMilestone({ actor: actors.analyst, input: { ...valid, sources: [] } }));
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(["sources"]);
  });

  it("refuses an analyst attaching effects (403 saying why) and writes nothing", async () => {
    const error = await refusedWithoutWriting(() => createMilestone({ actor: actors.analyst, input: { ...valid, closes: ["icc-ecocide-not-a-crime"] } }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/admin role.*analyst/);
  });

  it("logs a milestone with a new source and an existing one, audited in the same transaction", async () => {
    const before = await counts();
    const record = await createMilestone({ actor: actors.analyst, input: { ...valid, sources: [...valid.sources, { slug: "icc-press-release-2023-03-17", locator: "First paragraph" }] } });
    expect(record).toMatchObject({ slug: "test-milestone-a-month-precision-event-2026", version: 1, date: "2026-10", precision: "MONTH", forums: ["icc"], opens: [], closes: [] });
    expect(record.sources.map((s) => s.locator)).toEqual(["Paragraph 2", "First paragraph"]);
    expect(await counts()).toMatchObject({ milestones: before.milestones + 1, milestoneSources: before.milestoneSources + 2, sources: before.sources + 1, audits: before.audits + 1 });
    const row = await database.prisma.milestone.findUniqueOrThrow({ where: { id: record.id } });
    expect(row).toMatchObject({ createdById: userId(actors.analyst), occurredOn: new Date("2026-10-01T00:00:00Z") });
    const source = await database.prisma.source.findUniqueOrThrow({ where: { slug: record.sources[0]!.slug } });
    expect(source).toMatchObject({ kind: "OTHER", title: "A test source", url: "https://example.org/post" });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Milestone", entityId: record.id } });
    expect(audit).toMatchObject({ action: "CREATE", actorId: userId(actors.analyst), before: null });
    expect(audit.after).toMatchObject({ slug: record.slug, title: valid.title, date: "2026-10", track: "accountability" });

    // The same title and year again: a unique slug.
    const again = await createMilestone({ actor: actors.analyst, input: valid });
    expect(again.slug).toBe("test-milestone-a-month-precision-event-2026-2");
  });

  it("gives a milestone titled in Ukrainian an address in Latin letters, by the official transliteration", async () => {
    const title = "Верховна Рада ухвалила закон про Спеціальний трибунал";
    const record = await createMilestone({ actor: actors.analyst, input: { ...valid, title } });
    expect(record).toMatchObject({ slug: "verkhovna-rada-ukhvalyla-zakon-pro-spetsialnyi-trybunal-2026", title });
    const again = await createMilestone({ actor: actors.analyst, input: { ...valid, title } });
    expect(again.slug).toBe("verkhovna-rada-ukhvalyla-zakon-pro-spetsialnyi-trybunal-2026-2");
    // The title is stored as written; only the address is in Latin letters.
    expect(await database.prisma.milestone.findUniqueOrThrow({ where: { slug: record.slug }, select: { title: true } })).toEqual({ title });
  });
});

describe("changing a milestone", () => {
  it("changes only what is sent, with the version edited, and audits before and after", async () => {
    const created = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Edit me" } });
    const updated = await updateMilestone({ actor: actors.analyst, id: created.slug, input: { description: "A better description.", date: "2026-10-25", expectedVersion: 1 } });
    expect(updated).toMatchObject({ slug: created.slug, version: 2, description: "A better description.", date: "2026-10-25", precision: "DAY", title: "Edit me" });
    expect(updated.sources).toEqual(created.sources);
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Milestone", entityId: created.id, action: "UPDATE" } });
    expect(audit.before).toMatchObject({ version: 1, description: valid.description, date: "2026-10" });
    expect(audit.after).toMatchObject({ version: 2, description: "A better description.", date: "2026-10-25" });
  });

  it("refuses a stale version (409 naming both versions), a missing version and bad input, writing nothing", async () => {
    const created = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Contested" } });
    await updateMilestone({ actor: actors.analyst, id: created.id, input: { title: "Contested (first edit)", expectedVersion: 1 } });
    const stale = await refusedWithoutWriting(() => updateMilestone({ actor: actors.admin, id: created.id, input: { title: "A stale edit", expectedVersion: 1 } }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toMatch(/version 2 by The analyst at .*editing version 1/);
    // What a merge needs: the milestone as it is now, who saved it, and the version the editor started from.
    expect(stale.details.current).toMatchObject({ version: 2, title: "Contested (first edit)", editedBy: "The analyst", editedAt: expect.any(String) });
    expect(stale.details.base).toMatchObject({ version: 1, title: "Contested", track: "accountability" });
    const missing = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: created.id, input: { title: "No version" } }));
    expect(missing.details.errors?.map((e) => e.parameter)).toEqual(["expectedVersion"]);
    const bad = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: created.id, input: { date: "2026-13", colour: "red", expectedVersion: 2 } }));
    expect(bad.details.errors?.map((e) => e.parameter).sort()).toEqual(["date", "input"]);
    const viewer = await refusedWithoutWriting(() => updateMilestone({ actor: actors.viewer, id: created.id, input: { title: "Viewer", expectedVersion: 2 } }));
    expect(viewer.code).toBe("FORBIDDEN");
    const unknown = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: "no-such-milestone", input: { expectedVersion: 1 } }));
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("a stale save whose starting version the history does not hold (an old picture in database ids) says so with a null base", async () => {
    const created = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Old history" } });
    await database.prisma.auditEvent.updateMany({ where: { entityType: "Milestone", entityId: created.id }, data: { after: { title: "Old history", version: 1, trackId: "cm0", typeId: "cm1" } } });
    await updateMilestone({ actor: actors.admin, id: created.id, input: { title: "Old history, edited", expectedVersion: 1 } });
    const stale = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: created.id, input: { title: "Mine", expectedVersion: 1 } }));
    expect(stale.details.base).toBeNull();
    expect(stale.details.current).toMatchObject({ version: 2, editedBy: "The admin" });
  });
});

describe("deleting a milestone", () => {
  it("hides it, keeps the row and its history, and refuses a second delete", async () => {
    const created = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Delete me" } });
    const stale = await refusedWithoutWriting(() => deleteMilestone({ actor: actors.analyst, id: created.slug, input: { expectedVersion: 7 } }));
    expect(stale.code).toBe("CONFLICT");
    const noVersion = await refusedWithoutWriting(() => deleteMilestone({ actor: actors.analyst, id: created.slug, input: {} }));
    expect(noVersion.details.errors?.map((e) => e.parameter)).toEqual(["expectedVersion"]);
    const viewer = await refusedWithoutWriting(() => deleteMilestone({ actor: actors.viewer, id: created.slug, input: { expectedVersion: 1 } }));
    expect(viewer.code).toBe("FORBIDDEN");

    const before = await counts();
    const deleted = await deleteMilestone({ actor: actors.analyst, id: created.slug, input: { expectedVersion: 1 } });
    expect(deleted.version).toBe(2);
    expect(deleted.deletedAt).not.toBeNull();
    const after = await counts();
    expect(after).toMatchObject({ milestones: before.milestones, milestoneSources: before.milestoneSources, audits: before.audits + 1 });
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "Milestone", entityId: created.id, action: "DELETE" } });
    expect(audit.before).toMatchObject({ deletedAt: null });
    expect(audit.after).toMatchObject({ deletedAt: expect.any(String) });

    const again = await refusedWithoutWriting(() => deleteMilestone({ actor: actors.analyst, id: created.slug, input: { expectedVersion: 2 } }));
    expect(again.code).toBe("NOT_FOUND");
    const edit = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: created.slug, input: { title: "Back", expectedVersion: 2 } }));
    expect(edit.code).toBe("NOT_FOUND");
  });
});

describe("effects on jurisdiction rules (admins only)", () => {
  const closing = "icc-ecocide-not-a-crime";

  it("an admin's milestone closes a rule from its date: the rule's end, version and audit change in the same transaction", async () => {
    const ruleBefore = await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: closing } });
    const before = await counts();
    const record = await createMilestone({ actor: actors.admin, input: { ...valid, title: "Ecocide added to the Rome Statute", date: "2026-10-25", closes: [closing] } });
    expect(record.closes).toEqual([closing]);
    const rule = await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: closing } });
    expect(rule).toMatchObject({ closedById: record.id, validTo: new Date("2026-10-24T00:00:00Z"), validToPrecision: "DAY", version: ruleBefore.version + 1 });
    expect(await counts()).toMatchObject({ milestones: before.milestones + 1, audits: before.audits + 2 });
    const ruleAudit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "JurisdictionRule", entityId: rule.id }, orderBy: { at: "desc" } });
    expect(ruleAudit).toMatchObject({ action: "UPDATE", actorId: userId(actors.admin) });
    expect(ruleAudit.note).toContain(record.slug);
    expect(ruleAudit.before).toMatchObject({ validTo: null, closedBy: null });
    expect(ruleAudit.after).toMatchObject({ validTo: "2026-10-24", closedBy: record.slug });

    // An analyst may fix its description, but not move its date or detach its effect.
    await updateMilestone({ actor: actors.analyst, id: record.slug, input: { description: "Fixed.", expectedVersion: 1 } });
    const moved = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: record.slug, input: { date: "2026-11", expectedVersion: 2 } }));
    expect(moved.code).toBe("FORBIDDEN");
    const detached = await refusedWithoutWriting(() => updateMilestone({ actor: actors.analyst, id: record.slug, input: { closes: [], expectedVersion: 2 } }));
    expect(detached.code).toBe("FORBIDDEN");
    // Nor delete it: the law the tracker states must not silently change.
    const deleting = await refusedWithoutWriting(() => deleteMilestone({ actor: actors.admin, id: record.slug, input: { expectedVersion: 2 } }));
    expect(deleting.code).toBe("CONFLICT");
    expect(deleting.message).toContain(closing);

    // An admin moves it to a month: the rule now ends within that month.
    await updateMilestone({ actor: actors.admin, id: record.slug, input: { date: "2026-11", expectedVersion: 2 } });
    expect(await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: closing } })).toMatchObject({ validTo: new Date("2026-11-01T00:00:00Z"), validToPrecision: "MONTH", version: ruleBefore.version + 2 });
    // …and detaches it, after which it may be deleted.
    await updateMilestone({ actor: actors.admin, id: record.slug, input: { closes: [], expectedVersion: 3 } });
    expect(await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: closing } })).toMatchObject({ closedById: null });
    await deleteMilestone({ actor: actors.admin, id: record.slug, input: { expectedVersion: 4 } });
  });

  it("an admin's milestone opens a rule from its date; a rule another milestone opens is refused", async () => {
    await saveRule({
      actor: actors.admin,
      input: { slug: "test-rule-to-open", forum: "icc", effect: "COVERS", summary: "A test rule.", crimes: ["genocide"], provision: "rs-art-12-2-a", source: "icc-states-parties" },
    });
    const record = await createMilestone({ actor: actors.admin, input: { ...valid, title: "Opens a rule", date: "2027", opens: ["test-rule-to-open"] }, now: new Date("2028-01-01T00:00:00Z") });
    expect(await database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: "test-rule-to-open" } })).toMatchObject({
      openedById: record.id,
      validFrom: new Date("2027-01-01T00:00:00Z"),
      validFromPrecision: "YEAR",
      version: 2,
    });
    const taken = await refusedWithoutWriting(() => createMilestone({ actor: actors.admin, input: { ...valid, title: "Opens it too", opens: ["test-rule-to-open", "no-such-rule"] } }));
    expect(taken.code).toBe("INVALID_INPUT");
    expect(taken.details.errors?.map((e) => e.parameter)).toEqual(["opens", "opens"]);
    expect(taken.message).toBeTruthy();
  });
});

describe("a milestone's save leaves the dates an admin set on its rules", () => {
  it("an analyst's title fix does not move a rule's end the admin set earlier", async () => {
    const rule = async () => database.prisma.jurisdictionRule.findUniqueOrThrow({ where: { slug: "icc-aggression-deferred" }, select: { validTo: true, version: true } });
    const closing = await database.prisma.milestone.findUniqueOrThrow({ where: { slug: "icc-aggression-jurisdiction-activated-2018" }, select: { version: true } });
    const start = await rule();
    await saveRule({
      actor: actors.admin,
      input: {
        slug: "icc-aggression-deferred",
        forum: "icc",
        effect: "EXCLUDES",
        summary: "An admin's reading: the rule ended at the end of June 2018.",
        crimes: ["aggression"],
        validFrom: "2002-07-01",
        validTo: "2018-06-30",
        openedBy: "rome-statute-in-force-2002",
        closedBy: "icc-aggression-jurisdiction-activated-2018",
        provision: "rs-art-5-2-1998",
        source: "icc-asp-res-aggression-activation",
        expectedVersion: start.version,
      },
    });
    const edited = await rule();
    await updateMilestone({ actor: actors.analyst, id: "icc-aggression-jurisdiction-activated-2018", input: { title: "ICC jurisdiction over aggression activated (title fixed)", expectedVersion: closing.version } });
    expect(await rule()).toEqual(edited);
    expect(edited.validTo?.toISOString().slice(0, 10)).toBe("2018-06-30");
  });
});

describe("expected milestones (issue 16)", () => {
  const NOW = new Date("2026-12-03T12:00:00Z");

  it("a milestone is logged as expected on a future date; marked happened on that date it is refused, naming the date", async () => {
    const expected = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Statute expected to enter into force", date: "2027-03", status: "expected" }, now: NOW });
    expect(expected.status).toBe("EXPECTED");
    const refused = await refusedWithoutWriting(() => createMilestone({ actor: actors.analyst, input: { ...valid, title: "Dated in the future", date: "2027-03" }, now: NOW }));
    expect(refused.code).toBe("INVALID_INPUT");
    expect(refused.details.errors?.map((e) => e.parameter)).toEqual(["date"]);
    expect(refused.message).toContain("Mark it expected");
    // This month has begun: a month-precise "happened" milestone of it stands.
    expect((await createMilestone({ actor: actors.analyst, input: { ...valid, title: "This month", date: "2026-12" }, now: NOW })).status).toBe("HAPPENED");
    // An expected milestone changes no rule: effects wait until it happens.
    const effects = await refusedWithoutWriting(() => createMilestone({ actor: actors.admin, input: { ...valid, title: "Expected with effects", date: "2027-03", status: "EXPECTED", opens: ["x"] }, now: NOW }));
    expect(effects.details.errors?.map((e) => e.parameter)).toContain("status");
  });

  it("an analyst marks it happened later, on the day it happened: one change in its history", async () => {
    const created = await createMilestone({ actor: actors.analyst, input: { ...valid, title: "Hearing scheduled", date: "2027-02", status: "expected" }, now: NOW });
    const later = new Date("2027-02-20T12:00:00Z");
    const happened = await updateMilestone({ actor: actors.analyst, id: created.slug, input: { status: "happened", date: "2027-02-18", expectedVersion: 1 }, now: later });
    expect(happened).toMatchObject({ status: "HAPPENED", date: "2027-02-18", version: 2 });
    const events = await database.prisma.auditEvent.findMany({ where: { entityType: "Milestone", entityId: created.id }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["CREATE", "UPDATE"]);
    expect(events[1]!.before).toMatchObject({ status: "EXPECTED", date: "2027-02" });
    expect(events[1]!.after).toMatchObject({ status: "HAPPENED", date: "2027-02-18" });
  });
});
