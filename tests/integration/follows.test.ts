/**
 * Following and Updates on a real Postgres server: who may follow, idempotent follows, refusals
 * (401, 403, 404, 400) that write nothing; what counts as an update for each kind of follow and
 * each kind of item (and what does not: deleted cases, deleted milestones and notes, the user's
 * own notes, anything before the mark); one item with two reasons; "mark all as read"; the
 * private feed token and the feed route, called directly with a Request.
 */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readUpTo, type UpdateItem } from "@/lib/core/updates";
import type { Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/accounts/api-tokens";
import { AppError } from "@/lib/server/errors";
import { createFeedToken, hasFeedToken, revokeFeedToken, userFromFeedToken } from "@/lib/server/feed-token";
import { follow } from "@/lib/server/follows/follow";
import { findFollow, listFollows } from "@/lib/server/follows/list-follows";
import { markUpdatesRead } from "@/lib/server/follows/mark-updates-read";
import { unfollow } from "@/lib/server/follows/unfollow";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { getUpdatesPage, listUpdates } from "@/lib/server/queries/updates";
import { seedReferenceData } from "@/prisma/seed/seed";
import { checkXml } from "@/tests/support/xml-check";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const p = () => database.prisma;

const HOUR = 3_600_000;
const longAgo = new Date(Date.now() - 48 * HOUR);
const before = new Date(Date.now() - 2 * HOUR);
const seenAt = new Date(Date.now() - HOUR);

let follower: Actor & { kind: "user" };
let analyst: Actor & { kind: "user" };
let other: Actor & { kind: "user" };
const anonymous: Actor = { kind: "anonymous" };
const operator: Actor = { kind: "operator", name: "test" };

const ids: Record<string, string> = {};
const SEARCH = "forum=icc&crime=war-crimes";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function user(email: string, role: "VIEWER" | "ANALYST" | "ADMIN") {
  const row = await p().user.create({ data: { email, name: email.split("@")[0]!, role, createdAt: longAgo }, select: { id: true } });
  return { kind: "user" as const, id: row.id, role };
}

async function makeCase(slug: string, forum: string, opts: { warCrimes?: boolean; deleted?: boolean } = {}) {
  const [f, s, crime, mode] = await Promise.all([
    p().forum.findUniqueOrThrow({ where: { slug: forum } }),
    p().situation.findUniqueOrThrow({ where: { slug: "ukraine" } }),
    p().crimeCategory.findUniqueOrThrow({ where: { slug: opts.warCrimes ? "war-crimes" : "aggression" } }),
    p().modeOfLiability.findUniqueOrThrow({ where: { slug: "direct" } }),
  ]);
  const row = await p().case.create({
    data: {
      slug,
      title: `Case ${slug}`,
      forumId: f.id,
      situationId: s.id,
      stage: "INVESTIGATION",
      stageOn: new Date("2022-03-02"),
      stagePrecision: "DAY",
      openedOn: new Date("2022-03-02"),
      openedPrecision: "DAY",
      isSynthetic: true,
      deletedAt: opts.deleted ? new Date() : null,
      createdAt: longAgo,
      charges: { create: { crimeId: crime.id, modeId: mode.id, provisionCited: "Article 8 of the Rome Statute" } },
      // The first stage, recorded long ago: the "from" of later stage changes.
      stages: { create: { stage: "INVESTIGATION", occurredOn: new Date("2022-03-02"), precision: "DAY", createdAt: longAgo } },
    },
    select: { id: true },
  });
  ids[slug] = row.id;
  return row.id;
}

async function stageChange(caseSlug: string, at?: Date, stage: "WARRANT_OR_NOTICE_OF_SUSPICION" | "TRIAL" = "WARRANT_OR_NOTICE_OF_SUSPICION", on = "2023-03-17") {
  const row = await p().stageChange.create({
    data: { caseId: ids[caseSlug]!, stage, occurredOn: new Date(on), precision: "DAY", recordedById: analyst.id, ...(at ? { createdAt: at } : {}) },
    select: { id: true },
  });
  return row.id;
}

async function milestone(slug: string, links: { forums?: string[]; cases?: string[] }, opts: { deleted?: boolean; at?: Date } = {}) {
  const [track, type] = await Promise.all([p().milestoneTrack.findFirstOrThrow(), p().milestoneType.findFirstOrThrow()]);
  const row = await p().milestone.create({
    data: {
      slug,
      title: `Milestone ${slug}`,
      description: "A test milestone.",
      occurredOn: new Date("2023-03-01"),
      precision: "MONTH",
      trackId: track.id,
      typeId: type.id,
      isSynthetic: true,
      deletedAt: opts.deleted ? new Date() : null,
      createdById: analyst.id,
      ...(opts.at ? { createdAt: opts.at } : {}),
      forums: { connect: (links.forums ?? []).map((slug) => ({ slug })) },
      cases: { connect: (links.cases ?? []).map((slug) => ({ slug })) },
    },
    select: { id: true },
  });
  return row.id;
}

async function note(caseSlug: string, author: { id: string }, opts: { at?: Date; deleted?: boolean } = {}) {
  const at = opts.at ?? new Date();
  const row = await p().annotation.create({
    data: {
      caseId: ids[caseSlug]!,
      authorId: author.id,
      body: `A **note** on ${caseSlug}.`,
      assessment: "STALLED",
      createdAt: at,
      deletedAt: opts.deleted ? new Date() : null,
      versions: { create: { version: 1, body: `A **note** on ${caseSlug}.`, assessment: "STALLED", verified: false, editedById: author.id, createdAt: at } },
    },
    select: { id: true },
  });
  return row.id;
}

async function edit(annotationId: string, editor: { id: string }, at = new Date()) {
  const a = await p().annotation.update({ where: { id: annotationId }, data: { version: { increment: 1 }, assessment: "ADVANCING", updatedAt: at }, select: { version: true } });
  await p().annotationVersion.create({ data: { annotationId, version: a.version, body: "Edited.", assessment: "ADVANCING", verified: false, editedById: editor.id, createdAt: at } });
}

const keys = (items: UpdateItem[]) => items.map((i) => i.key).sort();
const reasonsOf = (items: UpdateItem[], key: string) => items.find((i) => i.key === key)?.reasons.map((r) => r.text);

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_follows");
  database = createDatabase(testDb.target);
  await seedReferenceData(database.prisma);
  // The seeded records (milestones, any seeded cases' stages and notes) predate every test user.
  const seeded = new Date(longAgo.getTime() - HOUR);
  await p().milestone.updateMany({ data: { createdAt: seeded } });
  await p().stageChange.updateMany({ data: { createdAt: seeded } });
  await p().annotation.updateMany({ data: { createdAt: seeded } });
  await p().annotationVersion.updateMany({ data: { createdAt: seeded } });
  process.env.DATABASE_URL = testDb.url;
  follower = await user("follower@example.test", "VIEWER");
  analyst = await user("analyst@example.test", "ANALYST");
  other = await user("other@example.test", "VIEWER");
  await makeCase("case-a", "icc", { warCrimes: true }); // followed directly, and matches the saved search
  await makeCase("case-b", "ukraine-domestic"); // before a followed forum
  await makeCase("case-c", "icc", { warCrimes: true }); // matches the saved search only
  await makeCase("case-d", "ukraine-domestic", { deleted: true }); // deleted: contributes nothing
  await makeCase("case-e", "special-tribunal"); // not followed
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("following", () => {
  it("refuses anonymous visitors (401) and the operator (403), writing nothing", async () => {
    const count = await p().follow.count();
    expect((await refusal(follow({ actor: anonymous, input: { target: "case", case: "case-a" } }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(follow({ actor: operator, input: { target: "case", case: "case-a" } }))).code).toBe("FORBIDDEN");
    expect((await refusal(listFollows(anonymous))).code).toBe("UNAUTHENTICATED");
    expect(await p().follow.count()).toBe(count);
  });

  it("lets a viewer follow a case, and following twice returns the same follow", async () => {
    const first = await follow({ actor: follower, input: { target: "case", case: "case-a" } });
    expect(first.created).toBe(true);
    expect(first.record).toMatchObject({ target: "case", case: { slug: "case-a" }, href: "/cases/case-a" });
    const again = await follow({ actor: follower, input: { target: "case", case: "case-a" } });
    expect(again).toMatchObject({ created: false, record: { id: first.record.id } });
    expect(await p().follow.count({ where: { userId: follower.id } })).toBe(1);
    expect(await findFollow(follower, { target: "case", caseSlug: "case-a" })).toEqual({ id: first.record.id });
    expect(await findFollow(anonymous, { target: "case", caseSlug: "case-a" })).toBeNull();
  });

  it("follows a forum and a saved search, stored in the case list's canonical form", async () => {
    const forum = await follow({ actor: follower, input: { target: "forum", forum: "ukraine-domestic" } });
    expect(forum.record).toMatchObject({ target: "forum", forum: { slug: "ukraine-domestic" } });
    const search = await follow({ actor: follower, input: { target: "search", query: SEARCH, name: "War crimes before the ICC" } });
    expect(search.created).toBe(true);
    expect(search.record.query).toBe("forum=icc&crime=war-crimes");
    // The same filters in another order, with a leading "?", are the same saved search.
    const reordered = await follow({ actor: follower, input: { target: "search", query: `?crime=war-crimes&forum=icc` } });
    expect(reordered).toMatchObject({ created: false, record: { id: search.record.id, name: "War crimes before the ICC" } });
    expect(await findFollow(follower, { target: "search", query: "crime=war-crimes&forum=icc" })).toEqual({ id: search.record.id });
    expect((await listFollows(follower)).map((f) => f.target)).toEqual(["case", "forum", "search"]);
  });

  it("refuses a deleted or unknown case or forum (404) and a bad search (400 naming query), writing nothing", async () => {
    const count = await p().follow.count();
    for (const input of [
      { target: "case", case: "case-d" },
      { target: "case", case: "no-such-case" },
      { target: "forum", forum: "no-such-forum" },
    ]) {
      expect((await refusal(follow({ actor: follower, input }))).code).toBe("NOT_FOUND");
    }
    for (const query of ["crime=no-such-crime", "colour=blue", "", "after=xyz"]) {
      const error = await refusal(follow({ actor: follower, input: { target: "search", query } }));
      expect(error.code).toBe("INVALID_INPUT");
      expect(error.details.errors?.map((e) => e.parameter)).toEqual(["query"]);
    }
    const bad = await refusal(follow({ actor: follower, input: { target: "person", case: "case-a" } }));
    expect(bad.details.errors?.[0]?.parameter).toBe("target");
    const missing = await refusal(follow({ actor: follower, input: { target: "case" } }));
    expect(missing.details.errors?.[0]?.parameter).toBe("case");
    expect(await p().follow.count()).toBe(count);
  });

  it("allows at most 200 follows per user (400), and unfollowing makes room", async () => {
    await p().follow.createMany({ data: Array.from({ length: 200 }, (_, n) => ({ userId: other.id, target: "SEARCH" as const, query: `q=filler${n}`, name: `Filler ${n}` })) });
    const error = await refusal(follow({ actor: other, input: { target: "case", case: "case-a" } }));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toContain("200");
    expect(await p().follow.count({ where: { userId: other.id } })).toBe(200);
    // Following something already followed is still fine at the limit.
    const existing = await p().follow.findFirstOrThrow({ where: { userId: other.id } });
    expect((await unfollow({ actor: other, id: existing.id })).id).toBe(existing.id);
    expect((await follow({ actor: other, input: { target: "case", case: "case-a" } })).created).toBe(true);
    await p().follow.deleteMany({ where: { userId: other.id } });
  });

  it("unfollows only one's own follows (404 otherwise, and the second time)", async () => {
    const { record } = await follow({ actor: other, input: { target: "case", case: "case-c" } });
    expect((await refusal(unfollow({ actor: follower, id: record.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(unfollow({ actor: anonymous, id: record.id }))).code).toBe("UNAUTHENTICATED");
    await unfollow({ actor: other, id: record.id });
    expect((await refusal(unfollow({ actor: other, id: record.id }))).code).toBe("NOT_FOUND");
  });
});

describe("the follows API (route handlers called directly, with an API token)", () => {
  it("creates (201), finds the existing follow (200), lists and deletes; 401 without a valid token", async () => {
    const { token } = await createApiToken({ actor: other, input: { name: "follows test" } });
    const auth = { authorization: `Bearer ${token}`, "content-type": "application/json" };
    const { GET, POST } = await import("@/app/api/v1/follows/route");
    const byId = await import("@/app/api/v1/follows/[id]/route");
    const post = (body: unknown) => POST(new Request("http://localhost/api/v1/follows", { method: "POST", headers: auth, body: JSON.stringify(body) }));

    const created = await post({ target: "forum", forum: "icc" });
    expect(created.status).toBe(201);
    const record = (await created.json()) as { id: string; target: string };
    expect(created.headers.get("location")).toBe(`/api/v1/follows/${record.id}`);
    expect((await post({ target: "forum", forum: "icc" })).status).toBe(200);
    const notFound = await post({ target: "case", case: "case-d" });
    expect(notFound.status).toBe(404);
    const bad = await post({ target: "search", query: "crime=nonsense" });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { errors: { parameter: string }[] } }).error.errors[0]!.parameter).toBe("query");

    const list = (await (await GET(new Request("http://localhost/api/v1/follows", { headers: auth }))).json()) as { count: number; follows: { id: string }[] };
    expect(list.follows.map((f) => f.id)).toEqual([record.id]);
    const context = { params: Promise.resolve({ id: record.id }) };
    expect((await byId.GET(new Request(`http://localhost/api/v1/follows/${record.id}`, { headers: auth }), context)).status).toBe(200);
    expect((await byId.DELETE(new Request(`http://localhost/api/v1/follows/${record.id}`, { method: "DELETE", headers: auth }), context)).status).toBe(200);
    expect((await byId.DELETE(new Request(`http://localhost/api/v1/follows/${record.id}`, { method: "DELETE", headers: auth }), context)).status).toBe(404);

    const badToken = await POST(new Request("http://localhost/api/v1/follows", { method: "POST", headers: { ...auth, authorization: "Bearer tat_wrong" }, body: "{}" }));
    expect(badToken.status).toBe(401);
  });
});

const expected: Record<string, string> = {};

describe("updates", () => {
  beforeAll(async () => {
    await p().user.update({ where: { id: follower.id }, data: { updatesSeenAt: seenAt } });
    // Before the mark: never shown.
    await stageChange("case-a", before, "TRIAL", "2024-05-01");
    await milestone("old-forum-milestone", { forums: ["ukraine-domestic"] }, { at: before });
    await note("case-a", analyst, { at: before });
    // After the mark.
    expected.stageA = `stage:${await stageChange("case-a")}`;
    expected.stageB = `stage:${await stageChange("case-b")}`;
    expected.stageC = `stage:${await stageChange("case-c")}`;
    await stageChange("case-d"); // deleted case
    await stageChange("case-e"); // not followed
    expected.milestoneForum = `milestone:${await milestone("forum-milestone", { forums: ["ukraine-domestic"] })}`;
    expected.milestoneCaseA = `milestone:${await milestone("case-a-milestone", { cases: ["case-a"] })}`;
    expected.milestoneCaseB = `milestone:${await milestone("case-b-milestone", { cases: ["case-b"] })}`;
    await milestone("case-d-milestone", { cases: ["case-d"] }); // deleted case
    await milestone("case-e-milestone", { forums: ["special-tribunal"], cases: ["case-e"] }); // not followed
    await milestone("deleted-milestone", { forums: ["ukraine-domestic"] }, { deleted: true });
    expected.noteA = `annotation:${await note("case-a", analyst)}`;
    await note("case-a", follower); // the user's own note: not news to them
    await note("case-b", analyst, { deleted: true });
    await note("case-d", analyst); // deleted case
    const ownEditedByOther = await note("case-c", follower, { at: before });
    await edit(ownEditedByOther, analyst);
    expected.noteCEdited = `annotation:${ownEditedByOther}`;
    const othersEditedByMe = await note("case-b", analyst, { at: before });
    await edit(othersEditedByMe, follower); // the user's own edit: not listed
  });

  it("lists each kind of item for each kind of follow, and nothing else", async () => {
    const page = await getUpdatesPage(follower.id);
    expect(page).toMatchObject({ sinceJoined: false, since: seenAt, truncated: false, unusableSearchIds: [] });
    expect(keys(page!.items)).toEqual(Object.values(expected).sort());
    expect(Object.values(page!.searchDescriptions)).toEqual(["Crime: War crimes · Forum: International Criminal Court"]);
  });

  it("sets aside a stored search the case list no longer accepts, and says so", async () => {
    const stale = await p().follow.create({ data: { userId: follower.id, target: "SEARCH", query: "crime=a-crime-no-longer-recorded", name: "Old search" } });
    const page = (await getUpdatesPage(follower.id))!;
    expect(page.unusableSearchIds).toEqual([stale.id]);
    expect(keys(page.items)).toEqual(Object.values(expected).sort());
    await p().follow.delete({ where: { id: stale.id } });
  });

  it("says why each item is shown: one item matched by two follows appears once, with both reasons", async () => {
    const { items } = (await getUpdatesPage(follower.id))!;
    expect(reasonsOf(items, expected.stageA!)).toEqual(["You follow this case", "Matches your saved search “War crimes before the ICC”"]);
    expect(reasonsOf(items, expected.stageB!)).toEqual(["You follow the Ukrainian courts"]);
    expect(reasonsOf(items, expected.stageC!)).toEqual(["Matches your saved search “War crimes before the ICC”"]);
    expect(reasonsOf(items, expected.milestoneForum!)).toEqual(["You follow the Ukrainian courts"]);
    expect(reasonsOf(items, expected.milestoneCaseA!)).toEqual(["You follow the case “Case case-a”", "Matches your saved search “War crimes before the ICC”"]);
    expect(reasonsOf(items, expected.milestoneCaseB!)).toEqual(["You follow the Ukrainian courts"]);
  });

  it("names the forums in the reader's language: a milestone's forums and the forum followed, in Ukrainian", async () => {
    const { items } = (await getUpdatesPage(follower.id, "uk"))!;
    expect(items.find((i) => i.key === expected.milestoneForum)).toMatchObject({ milestone: { forums: ["Суди України"] } });
    expect((reasonsOf(items, expected.milestoneForum!) ?? []).join(" ")).toContain("Суди України");
    expect((reasonsOf(items, expected.milestoneForum!) ?? []).join(" ")).not.toContain("Ukrainian courts");
  });

  it("titles the cases in the reader's language: translated where a translation is held, else as written and marked", async () => {
    // Case A has a Ukrainian title; case B has none (its English title is shown, marked as English).
    const translation = await p().translation.create({
      data: { entityType: "Case", entityId: ids["case-a"]!, field: "title", locale: "uk", state: "TRANSLATED", text: "Справа case-a українською", translatedBy: "test" },
    });
    try {
      const page = (await getUpdatesPage(follower.id, "uk"))!;
      const titleOf = (key: string) => (page.items.find((i) => i.key === key) as { case?: { title: string } } | undefined)?.case?.title;
      expect(titleOf(expected.stageA!)).toBe("Справа case-a українською");
      expect(titleOf(expected.noteA!)).toBe("Справа case-a українською");
      expect(titleOf(expected.stageB!)).toBe("Case case-b (англійською)");
      // The reason naming the followed case, and the list of follows.
      expect((reasonsOf(page.items, expected.milestoneCaseA!) ?? []).join(" ")).toContain("«Справа case-a українською»");
      expect(page.follows.find((f) => f.target === "case")?.case?.title).toBe("Справа case-a українською");
      // In English, the recorded title, unmarked.
      const english = (await getUpdatesPage(follower.id, "en"))!;
      expect((english.items.find((i) => i.key === expected.stageA) as { case: { title: string } }).case.title).toBe("Case case-a");
      expect(english.follows.find((f) => f.target === "case")?.case?.title).toBe("Case case-a");
    } finally {
      await p().translation.delete({ where: { id: translation.id } });
    }
  });

  it("describes what happened: the stage moved from the previous one, the note was added or edited", async () => {
    const { items } = (await getUpdatesPage(follower.id))!;
    const stageB = items.find((i) => i.key === expected.stageB)!;
    expect(stageB).toMatchObject({ kind: "stage", previousStage: "INVESTIGATION", stage: "WARRANT_OR_NOTICE_OF_SUSPICION", recordedBy: "analyst", date: { date: "2023-03-17", precision: "DAY" } });
    // Case A's trial (2024) was recorded before this change, but this change is dated 2023: by date, it follows the investigation.
    expect(items.find((i) => i.key === expected.stageA)).toMatchObject({ previousStage: "INVESTIGATION" });
    expect(items.find((i) => i.key === expected.noteA)).toMatchObject({ change: "added", version: 1, recordedBy: "analyst" });
    // The text of the version the item is about (the other user's), not the note's current one.
    expect(items.find((i) => i.key === expected.noteCEdited)).toMatchObject({ change: "edited", version: 2, assessment: "ADVANCING", body: "Edited." });
    expect(items.find((i) => i.key === expected.milestoneForum)).toMatchObject({ milestone: { forums: ["Ukrainian courts"], date: { date: "2023-03-01", precision: "MONTH" } } });
    // Newest recorded first.
    const times = items.map((i) => i.recordedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it("counts from the account's creation before the first visit, and nothing without follows", async () => {
    await p().user.update({ where: { id: follower.id }, data: { updatesSeenAt: null } });
    const fromJoining = (await getUpdatesPage(follower.id))!;
    expect(fromJoining.sinceJoined).toBe(true);
    // Also: case A's trial, the old forum milestone, the analyst's old note on case A, and the analyst's
    // old note on case B (the follower's later edit of it is theirs, but its creation is not).
    expect(fromJoining.items.length).toBe(Object.keys(expected).length + 4);
    await p().user.update({ where: { id: follower.id }, data: { updatesSeenAt: seenAt } });
    expect((await getUpdatesPage(other.id))!.items).toEqual([]);
  });

  it("marks read up to the newest item shown: what arrives while reading stays unread", async () => {
    const shown = (await getUpdatesPage(follower.id))!.items;
    const upTo = readUpTo(shown)!;
    // Recorded while the page was open, after the newest item shown.
    const arrived = `stage:${await stageChange("case-b", new Date(new Date(upTo).getTime() + 5))}`;
    const { updatesSeenAt } = await markUpdatesRead({ actor: follower, upTo, now: new Date(Date.now() + 1000) });
    expect(updatesSeenAt.toISOString()).toBe(upTo);
    expect((await p().user.findUniqueOrThrow({ where: { id: follower.id } })).updatesSeenAt?.toISOString()).toBe(upTo);
    expect(keys((await getUpdatesPage(follower.id))!.items)).toEqual([arrived]);
    // A stale tab cannot move the mark back; a bad value is 400 naming upTo; anonymous is 401.
    await markUpdatesRead({ actor: follower, upTo: seenAt.toISOString() });
    expect((await p().user.findUniqueOrThrow({ where: { id: follower.id } })).updatesSeenAt?.toISOString()).toBe(upTo);
    expect((await refusal(markUpdatesRead({ actor: follower, upTo: "yesterday" }))).details.errors?.[0]?.parameter).toBe("upTo");
    expect((await refusal(markUpdatesRead({ actor: anonymous, upTo }))).code).toBe("UNAUTHENTICATED");
    await p().user.update({ where: { id: follower.id }, data: { updatesSeenAt: seenAt } });
  });

  it("forgets a case's items once it is deleted, and a follow's once it is unfollowed", async () => {
    await p().case.update({ where: { id: ids["case-c"]! }, data: { deletedAt: new Date() } });
    const items = (await getUpdatesPage(follower.id))!.items;
    expect(items.find((i) => i.key === expected.stageC)).toBeUndefined();
    expect(items.find((i) => i.key === expected.noteCEdited)).toBeUndefined();
    await p().case.update({ where: { id: ids["case-c"]! }, data: { deletedAt: null } });

    const forum = await p().follow.findFirstOrThrow({ where: { userId: follower.id, target: "FORUM" } });
    await unfollow({ actor: follower, id: forum.id });
    const after = (await getUpdatesPage(follower.id))!.items;
    expect(after.find((i) => i.key === expected.stageB)).toBeUndefined();
    expect(after.find((i) => i.key === expected.milestoneForum)).toBeUndefined();
    await follow({ actor: follower, input: { target: "forum", forum: "ukraine-domestic" } });
  });

  it("limits the list and says when it is cut", async () => {
    const cut = await listUpdates({ userId: follower.id, since: seenAt, limit: 2 });
    expect(cut.items).toHaveLength(2);
    expect(cut.truncated).toBe(true);
  });
});

describe("the private feed", () => {
  it("stores only a hash of the token; replacing revokes the old; revoking clears it", async () => {
    expect((await refusal(createFeedToken({ actor: anonymous }))).code).toBe("UNAUTHENTICATED");
    const first = await createFeedToken({ actor: follower });
    expect(first).toMatchObject({ replaced: false });
    expect(first.token).toMatch(/^tft_[A-Za-z0-9_-]{43}$/);
    const stored = (await p().user.findUniqueOrThrow({ where: { id: follower.id } })).feedTokenHash;
    expect(stored).toBe(createHash("sha256").update(first.token).digest("hex"));
    expect(stored).not.toContain(first.token);
    expect(await userFromFeedToken(first.token)).toMatchObject({ id: follower.id });
    expect(await hasFeedToken(follower)).toBe(true);

    const second = await createFeedToken({ actor: follower });
    expect(second.replaced).toBe(true);
    expect(await userFromFeedToken(first.token)).toBeNull();
    expect(await userFromFeedToken(second.token)).toMatchObject({ id: follower.id });

    await revokeFeedToken({ actor: follower });
    expect(await userFromFeedToken(second.token)).toBeNull();
    expect(await hasFeedToken(follower)).toBe(false);
    expect((await refusal(revokeFeedToken({ actor: follower }))).code).toBe("NOT_FOUND");
    expect(await p().auditEvent.count({ where: { entityType: "FeedToken", entityId: follower.id } })).toBe(3);
  });

  it("serves valid, private Atom for a good token and a plain 404 for a bad, revoked or missing one", async () => {
    const { GET } = await import("@/app/[locale]/updates/feed.xml/route");
    const { token } = await createFeedToken({ actor: follower });
    const response = await GET(new Request(`http://localhost:3000/updates/feed.xml?token=${encodeURIComponent(token)}`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/atom+xml");
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const xml = await response.text();
    const { problems, elements } = checkXml(xml);
    expect(problems).toEqual([]);
    expect(elements[0]!.name).toBe("feed");
    const entries = elements.filter((e) => e.name === "entry");
    // Independent of the mark: everything since joining (at most 50).
    expect(entries.length).toBeGreaterThan(Object.keys(expected).length);
    expect(entries.length).toBeLessThanOrEqual(50);
    expect(xml).toContain("Why you see this: You follow this case; Matches your saved search “War crimes before the ICC”.");

    for (const bad of ["", "?token=tft_nope", `?token=${encodeURIComponent(token)}x`]) {
      const refused = await GET(new Request(`http://localhost:3000/updates/feed.xml${bad}`));
      expect(refused.status).toBe(404);
      expect(refused.headers.get("content-type")).toContain("text/plain");
      expect(await refused.text()).not.toMatch(/user|account exists/i);
    }
    await revokeFeedToken({ actor: follower });
    expect((await GET(new Request(`http://localhost:3000/updates/feed.xml?token=${encodeURIComponent(token)}`))).status).toBe(404);
  });
});
