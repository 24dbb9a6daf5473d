/**
 * Browser tests build their own users in the tests' database (never a demo account), and sign
 * in through the real form.
 */
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { hashPassword } from "../../lib/server/passwords";

export const TEST_PASSWORD = "a long enough test password";

/** Runs one statement against the browser tests' database; its rows, if it returns any. */
export async function e2eSql<T = unknown>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Inserts users with TEST_PASSWORD; skips the calling spec when there is no test database. */
export async function insertTestUsers(users: { id: string; email: string; name: string; role: "VIEWER" | "ANALYST" | "ADMIN" }[]): Promise<void> {
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (set by npm test)");
  const hash = await hashPassword(TEST_PASSWORD);
  for (const u of users) {
    await e2eSql(`insert into "User" (id, email, name, role, "passwordHash", "createdAt", "updatedAt") values ($1, $2, $3, $4, $5, now(), now())`, [
      u.id,
      u.email,
      u.name,
      u.role,
      hash,
    ]);
  }
}

/** Signs in through the form and waits to land on `callbackUrl`. */
export async function signInAs(page: Page, email: string, callbackUrl: string): Promise<void> {
  // The English form (its labels are what this helper looks for), whichever language the browser kept.
  await page.goto(`/en/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  // The form marks itself ready once hydrated; a click before that would do nothing.
  await page.locator('form.sign-in-form[data-ready="true"]').waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  // Back at the whole address, in English where it names no language: "/en/en/cases/x" (a language
  // put twice before it) is not "/en/cases/x".
  const expected = /^\/(en|uk)(\/|\?|$)/.test(callbackUrl) ? callbackUrl : callbackUrl === "/" ? "/en" : `/en${callbackUrl}`;
  // Checking the password (a deliberately slow hash) on a machine shared with other work takes longer than expect's 5 s.
  await expect(page).toHaveURL(new RegExp(`^https?://[^/]+${expected.replace(/[/?.]/g, "\\$&")}$`), { timeout: 20_000 });
}
