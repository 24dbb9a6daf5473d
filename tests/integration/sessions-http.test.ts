/**
 * Sessions end on the server (security review, defect 1), over real HTTP against the production
 * server on a fresh Postgres database: after signing out, the old session cookie gets 401 on
 * `/api/v1/me` and on a write, and pages treat it as signed out; signing out in one browser leaves
 * the user's other sessions alone. A session past its 8 hours is refused whichever clock says so
 * (the cookie's or the row's), and a visitor without a cookie never makes the server read sessions.
 */
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/server/passwords";
import { closeSharedDatabase, createDatabase, type Database } from "@/lib/server/prisma-client";
import { signInOverHttp, signOutOverHttp } from "@/tests/support/http-session";
import { createTestDatabase, type TestDatabase } from "@/tests/support/test-database";
import { startTrackerServer, type TrackerServer } from "@/tests/support/tracker-server";

const PASSWORD = "a long enough test password";
const EMAIL = "viewer@example.test";
// Known to the test, so it can make cookies the server will decrypt: only the session row decides.
const SECRET = randomBytes(32).toString("base64url");

let testDb: TestDatabase;
let database: Database;
let server: TrackerServer | undefined;
let base = "";

const signIn = (email = EMAIL) => signInOverHttp(base, email, PASSWORD);

/** Signs out as a browser does; returns the Set-Cookie lines of the answer. */
async function signOut(session: string): Promise<string[]> {
  const { status, setCookies } = await signOutOverHttp(base, session);
  expect(status).toBeLessThan(400);
  return setCookies;
}

const me = (cookie: string) => fetch(`${base}/api/v1/me`, { headers: { cookie } });

/** A write through the API with a same-origin session: following a forum. */
const followForum = (cookie: string) =>
  fetch(`${base}/api/v1/follows`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, origin: base },
    body: JSON.stringify({ target: "forum", forum: "icc" }),
  });

beforeAll(async () => {
  testDb = await createTestDatabase("tracker_sessions");
  database = createDatabase(testDb.target);
  const passwordHash = await hashPassword(PASSWORD);
  await database.prisma.user.create({ data: { email: EMAIL, name: "The viewer", role: "VIEWER", passwordHash } });
  process.env.NEXTAUTH_SECRET = SECRET;
  server = await startTrackerServer(testDb.url);
  base = server.url;
}, 900_000);

afterAll(async () => {
  await server?.stop();
  await closeSharedDatabase();
  await database?.close();
  await testDb?.drop();
}, 60_000);

describe("signing out", () => {
  it("ends the session on the server: the old cookie gets 401 on /api/v1/me and on a write, and pages see a visitor", async () => {
    const session = await signIn();
    const before = await me(session);
    expect(before.status).toBe(200);
    expect(await before.json()).toMatchObject({ email: EMAIL });

    const cleared = await signOut(session);
    expect(cleared.some((c) => /session-token=;/.test(c))).toBe(true);

    // The browser forgot the cookie; a copy of it must not work either.
    const after = await me(session);
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe("unauthenticated");
    const follows = await database.prisma.follow.count();
    const write = await followForum(session);
    expect(write.status).toBe(401);
    expect(await database.prisma.follow.count()).toBe(follows);

    const account = await fetch(`${base}/en/account`, { headers: { cookie: session }, redirect: "manual" });
    expect(account.status).toBe(307);
    expect(account.headers.get("location")).toMatch(/\/sign-in\?callbackUrl=/);
    const home = await (await fetch(`${base}/`, { headers: { cookie: session } })).text();
    expect(home).not.toContain("The viewer");
  });

  it("in one browser leaves the user's session in another browser working", async () => {
    const here = await signIn();
    const there = await signIn();
    await signOut(here);
    expect((await me(here)).status).toBe(401);
    expect((await me(there)).status).toBe(200);
    const write = await followForum(there);
    expect(write.status, await write.text()).toBeLessThan(300);
  });
});

/** The newest session row of a user: the one the last sign-in started. */
async function newestSession(email = EMAIL) {
  return database.prisma.session.findFirstOrThrow({ where: { user: { email } }, orderBy: { createdAt: "desc" }, select: { id: true, userId: true } });
}

/** A session cookie made with the server's secret: the claims are the test's to choose. */
async function madeCookie(claims: { uid: string; sid: string; authTime: number }): Promise<string> {
  return `next-auth.session-token=${await encode({ token: claims, secret: SECRET, maxAge: 8 * 60 * 60 })}`;
}

describe("expiry", () => {
  it("a session whose row has expired is refused", async () => {
    const session = await signIn();
    expect((await me(session)).status).toBe(200);
    const { id } = await newestSession();
    await database.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await me(session)).status).toBe(401);
    expect((await followForum(session)).status).toBe(401);
  });

  it("a cookie signed in more than 8 hours ago is refused, even naming a live session", async () => {
    await signIn();
    const { id, userId } = await newestSession();
    const now = Math.floor(Date.now() / 1000);
    // The control: the same cookie made with a fresh sign-in time works, so the refusals below are the claims'.
    expect((await me(await madeCookie({ uid: userId, sid: id, authTime: now - 60 }))).status).toBe(200);
    expect((await me(await madeCookie({ uid: userId, sid: id, authTime: now - 8 * 60 * 60 - 60 }))).status).toBe(401);
  });

  it("a cookie naming a made-up session, or another user's, is refused; so is one from before sessions had ids", async () => {
    await signIn();
    const { id, userId } = await newestSession();
    const now = Math.floor(Date.now() / 1000);
    expect((await me(await madeCookie({ uid: userId, sid: "made-up", authTime: now }))).status).toBe(401);
    expect((await me(await madeCookie({ uid: "someone-else", sid: id, authTime: now }))).status).toBe(401);
    const older = `next-auth.session-token=${await encode({ token: { uid: userId, authTime: now }, secret: SECRET })}`;
    expect((await me(older)).status).toBe(401);
  });

  it("a disabled user's session is refused", async () => {
    const passwordHash = await hashPassword(PASSWORD);
    await database.prisma.user.create({ data: { email: "leaving@example.test", name: "Leaving", role: "VIEWER", passwordHash } });
    const session = await signIn("leaving@example.test");
    expect((await me(session)).status).toBe(200);
    await database.prisma.user.update({ where: { email: "leaving@example.test" }, data: { disabledAt: new Date() } });
    expect((await me(session)).status).toBe(401);
  });
});

describe("visitors", () => {
  it("without a session cookie, a request never reads the sessions (it answers while they are locked)", async () => {
    const session = await signIn();
    const client = new pg.Client({ connectionString: testDb.url });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query(`LOCK TABLE "Session" IN ACCESS EXCLUSIVE MODE`);
      const anonymous = await fetch(`${base}/api/v1/me`, { signal: AbortSignal.timeout(15_000) });
      expect(anonymous.status).toBe(401);
      // A page whose layout asks who is signed in (the first visitor's request for it: rendered, not kept).
      const page = await fetch(`${base}/`, { signal: AbortSignal.timeout(15_000) });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('href="/en/sign-in"');
      // The control: with a cookie the request waits for the lock, so the lock does bite.
      const signedIn = me(session);
      const early = await Promise.race([signedIn.then(() => "answered"), new Promise((resolve) => setTimeout(() => resolve("waiting"), 1500))]);
      expect(early).toBe("waiting");
      await client.query("ROLLBACK");
      expect((await signedIn).status).toBe(200);
    } finally {
      await client.end();
    }
  });
});
