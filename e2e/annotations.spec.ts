/**
 * Analysts' notes on a case, in the browser: an anonymous visitor sees only how many notes there
 * are; an analyst adds a note whose Markdown holds a <script> (shown as text, never run), edits it
 * and reads its versions; two editors saving the same version get one save and one refusal that
 * shows both texts and overwrites nothing; a viewer reads but cannot write; the author deletes.
 */
import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

// Its own users and synthetic case, uniquely named: the browser tests' database is shared.
const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = { id: `e2e_nanalyst_${stamp}`, email: `e2e-nanalyst-${stamp}@example.org`, name: "E2E Note Author", role: "ANALYST" as const };
const admin = { id: `e2e_nadmin_${stamp}`, email: `e2e-nadmin-${stamp}@example.org`, name: "E2E Note Admin", role: "ADMIN" as const };
const viewer = { id: `e2e_nviewer_${stamp}`, email: `e2e-nviewer-${stamp}@example.org`, name: "E2E Note Reader", role: "VIEWER" as const };
const caseSlug = `e2e-annotated-case-${stamp}`;
const caseTitle = `Prosecutor v. Annotated ${stamp}`;
const caseId = `e2e_ncase_${stamp}`;
const casePage = `/cases/${caseSlug}`;

test.describe.configure({ mode: "serial" });
// A dev server compiles pages and server actions on first use: give it time.
test.setTimeout(120_000);
const expect = baseExpect.configure({ timeout: 20_000 });

test.beforeAll(async () => {
  await insertTestUsers([analyst, admin, viewer]);
  await e2eSql(
    `insert into "Case" (id, slug, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "updatedAt")
     select $1, $2, $3, (select id from "Forum" where slug = 'ukraine-domestic'), (select id from "Situation" where slug = 'ukraine'),
            'TRIAL', '2024-05-01', 'DAY', '2024-05-01', 'DAY', true, now()`,
    [caseId, caseSlug, caseTitle],
  );
});

test.afterAll(async () => {
  // Hide the synthetic case (deleting hides), so other specs' lists are not cluttered.
  await e2eSql(`update "Case" set "deletedAt" = now() where id = $1`, [caseId]);
});

/** Fails the test if the page ever runs a script from a note (an alert, or the marker it sets). */
function watchForScripts(page: Page) {
  page.on("dialog", (dialog) => {
    throw new Error(`A note ran a script: dialog "${dialog.message()}"`);
  });
}

const notes = (page: Page) => page.locator("#notes");
const noteItems = (page: Page) => notes(page).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3 }) });

let noteId = "";

test("an anonymous visitor sees how many notes exist, not the notes, and the API answers 401", async ({ page, request }) => {
  await page.goto(casePage);
  await expect(notes(page).getByRole("heading", { level: 2 })).toContainText("Analysts’ notes (0)");
  await expect(notes(page).getByRole("link", { name: "Sign in to read the analysts’ notes" })).toHaveAttribute("href", `/en/sign-in?callbackUrl=${encodeURIComponent(casePage)}`);
  await expect(notes(page).locator("textarea")).toHaveCount(0);
  expect((await request.get(`/api/v1/cases/${caseSlug}/annotations`)).status()).toBe(401);
  expect((await request.post(`/api/v1/cases/${caseSlug}/annotations`, { data: { body: "x", assessment: "stalled" } })).status()).toBe(401);
});

test("an analyst adds a note with Markdown and a <script>: shown as text, never run; edits it; reads its versions", async ({ page }) => {
  watchForScripts(page);
  await signInAs(page, analyst.email, casePage);
  await expect(notes(page).getByText("No analyst has written a note on this case yet.")).toBeVisible();

  // Refused without an assessment: the message names the field and the text is kept.
  const body = "Hearing **adjourned** to [the court's page](https://example.org/hearing).\n\n<script>window.__noteRan = true; alert('xss')</script>\n\n<img src=x onerror=\"alert('img')\">";
  await page.getByLabel("Note", { exact: true }).fill(body);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.locator("#new-note-assessment-error")).toContainText("Is required: choose one");
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue(body);

  await page.getByLabel("Progress assessment").selectOption("stalled");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("status")).toContainText("Your note was added.");
  await expect(page.getByLabel("Note", { exact: true })).toHaveValue("");

  const item = noteItems(page).first();
  await expect(item.getByRole("heading", { level: 3 })).toHaveText(`Note by ${analyst.name}`);
  await expect(item.locator("strong", { hasText: "adjourned" })).toBeVisible();
  await expect(item.getByRole("link", { name: "the court's page" })).toHaveAttribute("rel", "nofollow noopener noreferrer");
  // The script and the image are shown as the text that was typed.
  await expect(item.getByText("<script>window.__noteRan = true; alert('xss')</script>")).toBeVisible();
  await expect(item.getByText(`<img src=x onerror="alert('img')">`)).toBeVisible();
  await expect(item.locator("script, img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __noteRan?: boolean }).__noteRan)).toBeUndefined();
  await expect(item.getByText("Stalled", { exact: true })).toBeVisible();
  await expect(item.getByText("Not verified")).toBeVisible();
  noteId = ((await item.getAttribute("id")) ?? "").replace(/^note-/, "");
  expect(noteId).not.toBe("");

  // Edit: version 2, verified, another assessment.
  await item.getByRole("link", { name: /^Edit/ }).click();
  await page.waitForURL(/\/edit$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Edit the note by ${analyst.name}`);
  await expect(page.getByText("You are editing version 1")).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("Hearing **adjourned** again.\nNew date announced.");
  await page.getByLabel("Progress assessment").selectOption("advancing");
  await page.getByLabel("Verified").check();
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`${casePage}#note-${noteId}$`));
  const edited = page.locator(`#note-${noteId}`);
  await expect(edited.getByText("Advancing", { exact: true })).toBeVisible();
  await expect(edited.getByText("Verified", { exact: true })).toBeVisible();

  // The versions: who saved each and what changed.
  await edited.getByRole("link", { name: "edited, version 2" }).click();
  await page.waitForURL(/\/history$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Versions of the note by ${analyst.name}`);
  await expect(page.getByRole("heading", { level: 2 })).toHaveText([
    new RegExp(`^Version 2 \\(current\\) — saved by ${analyst.name}`),
    new RegExp(`^Version 1 — written by ${analyst.name}`),
  ]);
  await expect(page.getByText("Assessment changed from Stalled to Advancing.")).toBeVisible();
  await expect(page.getByText("Marked as verified.")).toBeVisible();
  await expect(page.getByLabel("Changes in the text from version 1 to 2")).toContainText("New date announced.");
  await expect(page.locator("main script, main img")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __noteRan?: boolean }).__noteRan)).toBeUndefined();
});

async function signedInPage(browser: Browser, email: string, callbackUrl: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email, callbackUrl);
  return page;
}

test("two editors save the same version: the second is refused, sees both texts, and nothing is overwritten", async ({ browser }) => {
  const editPath = `${casePage}/annotations/${noteId}/edit`;
  const mine = await signedInPage(browser, analyst.email, editPath);
  const theirs = await signedInPage(browser, admin.email, editPath);
  await expect(mine.getByText("You are editing version 2")).toBeVisible();
  await expect(theirs.getByText("You are editing version 2")).toBeVisible();

  // The admin saves first.
  await theirs.getByLabel("Note", { exact: true }).fill("Corrected by the admin: hearing set for **12 May**.");
  await theirs.getByRole("button", { name: "Save changes" }).click();
  await theirs.waitForURL(new RegExp(`#note-${noteId}$`));

  // The author saves over the version they opened: refused, both texts shown.
  const myText = "My update: the defence asked for a delay.";
  await mine.getByLabel("Note", { exact: true }).fill(myText);
  await mine.getByRole("button", { name: "Save changes" }).click();
  const alert = mine.locator("#note-form-error");
  await expect(alert).toContainText(`Someone else saved a new version of this note (version 3, by ${admin.name} at`);
  await expect(alert).toContainText("Nothing was overwritten.");
  const theirPanel = mine.getByRole("region", { name: /Their version 3/ });
  await expect(theirPanel.locator("strong", { hasText: "12 May" })).toBeVisible();
  await expect(theirPanel.locator("pre")).toHaveText("Corrected by the admin: hearing set for **12 May**.");
  await expect(mine.getByLabel("Your text", { exact: true })).toHaveValue(myText);

  // Nothing was overwritten: the case page shows the admin's text.
  const reader = await signedInPage(browser, viewer.email, casePage);
  const shown = reader.locator(`#note-${noteId}`);
  await expect(shown).toContainText("Corrected by the admin");
  await expect(shown).not.toContainText(myText);
  await expect(shown.getByRole("link", { name: "edited, version 3" })).toBeVisible();
  // A viewer reads, but has no form and no Edit or Delete links.
  await expect(reader.locator("#notes textarea")).toHaveCount(0);
  await expect(shown.getByRole("link", { name: /^(Edit|Delete)/ })).toHaveCount(0);

  // The author merges deliberately and saves: version 4, based on the admin's version.
  await mine.getByLabel("Your text", { exact: true }).fill(`Corrected by the admin: hearing set for **12 May**.\n\n${myText}`);
  await mine.getByRole("button", { name: "Save my text as version 4" }).click();
  await mine.waitForURL(new RegExp(`#note-${noteId}$`));
  await expect(mine.locator(`#note-${noteId}`)).toContainText(myText);
  await expect(mine.locator(`#note-${noteId}`).getByRole("link", { name: "edited, version 4" })).toBeVisible();

  for (const p of [mine, theirs, reader]) await p.context().close();
});

test("the author deletes the note: it disappears, the count says so", async ({ page }) => {
  await signInAs(page, analyst.email, casePage);
  await page.locator(`#note-${noteId}`).getByRole("link", { name: /^Delete/ }).click();
  await page.waitForURL(/\/delete$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Delete the note by ${analyst.name}?`);
  await page.getByRole("button", { name: "Delete this note" }).click();
  await page.waitForURL(new RegExp(`${casePage}#notes$`));
  await expect(page.locator(`#note-${noteId}`)).toHaveCount(0);
  await expect(notes(page).getByRole("heading", { level: 2 })).toContainText("Analysts’ notes (0)");
  // Its pages are gone too.
  const history = await page.goto(`${casePage}/annotations/${noteId}/history`);
  expect(history?.status()).toBe(404);
});
