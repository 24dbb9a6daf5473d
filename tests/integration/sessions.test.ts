/**
 * Sessions and password changes on a real Postgres server: a session is a row the cookie names, so
 * ending it (signing out, "sign out everywhere", a new password) refuses the cookie at once. Each
 * refusal is checked to leave the accounts and sessions as they were.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { changePassword } from "@/lib/server/accounts/change-password";
import { createUser } from "@/lib/server/accounts/create-user";
import { countSessions, endSession, endSessions, SESSION_MAX_AGE_SECONDS, sessionUser, startSession } from "@/lib/server/accounts/sessions";
import { MAX_FAILURES_PER_MINUTE, signIn } from "@/lib/server/accounts/sign-in";
import { AppError } from "@/lib/server/errors";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";

let testDb: TestDatabase;
let database: Database;
const operator: Actor = { kind: "operator", name: "test" };
const password = "correct horse battery staple";

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

let serial = 0;
/** A fresh user, so each test's sessions and throttle are its own. */
async function newUser(role: "VIEWER" | "ANALYST" = "VIEWER"): Promise<{ actor: Actor & { kind: "user" }; email: string }> {
  const email = `user${++serial}@example.org`;
  const user = await createUser({ actor: operator, input: { email, role, password } });
  return { actor: { kind: "user", id: user.id, role }, email };
}

/** What a refused change must leave alone. */
async function state(userId: string) {
  const [user, sessions, audits] = await Promise.all([
    database.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } }),
    database.prisma.session.findMany({ where: { userId }, select: { id: true }, orderBy: { id: "asc" } }),
    database.prisma.auditEvent.count({ where: { entityType: "User", entityId: userId } }),
  ]);
  return { passwordHash: user.passwordHash, sessions: sessions.map((s) => s.id), audits };
}

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_sessions_use");
  database = createDatabase(testDb.target);
  process.env.DATABASE_URL = testDb.url;
});

afterAll(async () => {
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
});

describe("a session", () => {
  it("stands for its user until it ends, or until 8 hours after sign-in", async () => {
    const { actor } = await newUser("ANALYST");
    const now = new Date();
    const sessionId = await startSession({ userId: actor.id, now });
    expect(await sessionUser({ sessionId, userId: actor.id, now })).toEqual({ id: actor.id, role: "ANALYST", timeZone: "Europe/Kyiv" });
    const justBefore = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000 - 1);
    expect(await sessionUser({ sessionId, userId: actor.id, now: justBefore })).not.toBeNull();
    const atExpiry = new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000);
    expect(await sessionUser({ sessionId, userId: actor.id, now: atExpiry })).toBeNull();
    await endSession(sessionId);
    expect(await sessionUser({ sessionId, userId: actor.id, now })).toBeNull();
    // Ending it twice (signing out of a cookie already ended elsewhere) is not an error.
    await endSession(sessionId);
  });

  it("is refused for another user than the cookie says, for a made-up id, and for a disabled user", async () => {
    const { actor } = await newUser();
    const other = await newUser();
    const sessionId = await startSession({ userId: actor.id });
    expect(await sessionUser({ sessionId, userId: other.actor.id })).toBeNull();
    expect(await sessionUser({ sessionId: "made-up", userId: actor.id })).toBeNull();
    await database.prisma.user.update({ where: { id: actor.id }, data: { disabledAt: new Date() } });
    expect(await sessionUser({ sessionId, userId: actor.id })).toBeNull();
  });

  it("starting one clears the user's expired sessions, and only theirs", async () => {
    const { actor } = await newUser();
    const other = await newUser();
    const long = new Date(Date.now() - 2 * SESSION_MAX_AGE_SECONDS * 1000);
    await startSession({ userId: actor.id, now: long });
    const othersOld = await startSession({ userId: other.actor.id, now: long });
    await startSession({ userId: actor.id });
    expect((await state(actor.id)).sessions).toHaveLength(1);
    expect((await state(other.actor.id)).sessions).toContain(othersOld);
  });
});

describe("signing out everywhere", () => {
  it("else: ends the user's other sessions, keeps this one and other users', and audits how many", async () => {
    const { actor } = await newUser();
    const other = await newUser();
    const here = await startSession({ userId: actor.id });
    const elsewhere = [await startSession({ userId: actor.id }), await startSession({ userId: actor.id })];
    const othersSession = await startSession({ userId: other.actor.id });
    expect(await countSessions(actor)).toBe(3);

    expect(await endSessions({ actor, input: { keep: here } })).toEqual({ ended: 2 });
    expect((await state(actor.id)).sessions).toEqual([here]);
    for (const id of elsewhere) expect(await sessionUser({ sessionId: id, userId: actor.id })).toBeNull();
    expect(await sessionUser({ sessionId: othersSession, userId: other.actor.id })).not.toBeNull();
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: actor.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: actor.id, action: "UPDATE", after: { sessionsEnded: 2, thisSessionKept: true } });
  });

  it("here too: ends every session of the user", async () => {
    const { actor } = await newUser();
    await startSession({ userId: actor.id });
    await startSession({ userId: actor.id });
    expect(await endSessions({ actor, input: {} })).toEqual({ ended: 2 });
    expect(await countSessions(actor)).toBe(0);
  });

  it("counts only live sessions as ended", async () => {
    const { actor } = await newUser();
    await startSession({ userId: actor.id, now: new Date(Date.now() - 2 * SESSION_MAX_AGE_SECONDS * 1000) });
    const here = await startSession({ userId: actor.id, now: new Date(Date.now() - SESSION_MAX_AGE_SECONDS * 1000 - 5_000) });
    // Both have expired (the second 5 s ago): nothing live was ended, and both rows go.
    expect(await endSessions({ actor, input: {} })).toEqual({ ended: 0 });
    expect((await state(actor.id)).sessions).toEqual([]);
    expect(here).toBeTruthy();
  });

  it("is refused to an anonymous caller and to the operator, writing nothing", async () => {
    const { actor } = await newUser();
    await startSession({ userId: actor.id });
    const before = await state(actor.id);
    expect((await refusal(endSessions({ actor: { kind: "anonymous" }, input: {} }))).code).toBe("UNAUTHENTICATED");
    expect((await refusal(endSessions({ actor: operator, input: {} }))).code).toBe("FORBIDDEN");
    expect(await state(actor.id)).toEqual(before);
  });
});

describe("changing the password", () => {
  const change = (actor: Actor, input: Record<string, string>, sessionId: string | null, now?: Date) =>
    changePassword({ actor, input, sessionId, address: "10.9.0.1", now });

  it("needs the current password, signs out the other sessions, keeps this one, and audits it without the password", async () => {
    const { actor, email } = await newUser();
    const here = await startSession({ userId: actor.id });
    const elsewhere = await startSession({ userId: actor.id });
    const fresh = "a brand new passphrase for me";

    expect(await change(actor, { currentPassword: password, newPassword: fresh, confirmPassword: fresh }, here)).toEqual({ sessionsEnded: 1 });
    expect(await sessionUser({ sessionId: here, userId: actor.id })).not.toBeNull();
    expect(await sessionUser({ sessionId: elsewhere, userId: actor.id })).toBeNull();
    expect(await signIn({ input: { email, password: fresh }, address: "10.9.0.2" })).toMatchObject({ email });
    expect(await signIn({ input: { email, password }, address: "10.9.0.2" })).toBeNull();
    const audit = await database.prisma.auditEvent.findFirstOrThrow({ where: { entityType: "User", entityId: actor.id }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ actorId: actor.id, action: "UPDATE", after: { password: "changed", sessionsEnded: 1 } });
    expect(JSON.stringify([audit.before, audit.after, audit.note])).not.toMatch(/scrypt|passphrase/);
  });

  it.each([
    ["a wrong current password", { currentPassword: "not my password", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }, ["currentPassword"], /current password is not right/],
    ["no current password", { currentPassword: "", newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase" }, ["currentPassword"], /current password is required/],
    ["a new password too short (user:create's rule)", { currentPassword: password, newPassword: "short", confirmPassword: "short" }, ["newPassword"], /at least 12 characters/],
    ["a repeat that differs", { currentPassword: password, newPassword: "a brand new passphrase", confirmPassword: "a brand new passphrase!" }, ["confirmPassword"], /does not match/],
    ["the same password again", { currentPassword: password, newPassword: password, confirmPassword: password }, ["newPassword"], /must differ/],
  ])("refuses %s, naming the field and changing nothing", async (_label, input, fields, message) => {
    const { actor } = await newUser();
    const here = await startSession({ userId: actor.id });
    await startSession({ userId: actor.id });
    const before = await state(actor.id);
    const error = await refusal(change(actor, input, here));
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.details.errors?.map((e) => e.parameter)).toEqual(fields);
    expect(error.details.errors?.[0]?.message).toMatch(message);
    expect(await state(actor.id)).toEqual(before);
  });

  it(`is throttled like signing in: after ${MAX_FAILURES_PER_MINUTE} wrong current passwords, even the right one is refused`, async () => {
    const { actor } = await newUser();
    const now = new Date("2031-01-01T12:00:00Z");
    const fresh = "a brand new passphrase for me";
    for (let i = 0; i < MAX_FAILURES_PER_MINUTE; i++) {
      await refusal(change(actor, { currentPassword: `guess ${i}`, newPassword: fresh, confirmPassword: fresh }, null, now));
    }
    const before = await state(actor.id);
    expect((await refusal(change(actor, { currentPassword: password, newPassword: fresh, confirmPassword: fresh }, null, now))).code).toBe("TOO_MANY_REQUESTS");
    expect(await state(actor.id)).toEqual(before);
  });

  it("is refused to an anonymous caller", async () => {
    expect((await refusal(change({ kind: "anonymous" }, { currentPassword: password, newPassword: "x".repeat(20), confirmPassword: "x".repeat(20) }, null))).code).toBe("UNAUTHENTICATED");
  });
});
