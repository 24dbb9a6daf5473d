/**
 * Documents on an analyst's note, in the browser (issue 18, docs/decisions/056-documents-on-notes.md):
 * the note's author attaches a file under the note on the case page and sees it listed there (in
 * English, and the heading in Ukrainian); a visitor sees nothing of it on the case page, and its
 * bytes, its text and its document page answer 404 over real HTTP; the analyst reads the bytes.
 * The file is generated here and says so.
 */
import { expect, test } from "@playwright/test";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = { id: `e2e_ndoc_${stamp}`, email: `e2e-ndoc-${stamp}@example.org`, name: "E2E Note Document Author", role: "ANALYST" as const };
const caseId = `e2e_ndoccase_${stamp}`;
const caseSlug = `e2e-note-documents-${stamp}`;
const noteId = `e2e_ndocnote_${stamp}`;
const file = { name: `generated-note-document-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Generated test document ${stamp}, attached to a note: not a real legal document.\n`) };
let sha256 = "";

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.beforeAll(async () => {
  await insertTestUsers([analyst]);
  await e2eSql(
    `insert into "Case" (id, slug, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "isSynthetic", "updatedAt")
     select $1, $2, $3, (select id from "Forum" where slug = 'ukraine-domestic'), (select id from "Situation" where slug = 'ukraine'),
            'TRIAL', '2024-05-01', 'DAY', '2024-05-01', 'DAY', true, now()`,
    [caseId, caseSlug, `Prosecutor v. Note Documents ${stamp}`],
  );
  await e2eSql(`insert into "Annotation" (id, "caseId", "authorId", body, lang, assessment, verified, version, "updatedAt") values ($1, $2, $3, $4, 'en', 'ADVANCING', false, 1, now())`, [noteId, caseId, analyst.id, `A note with a document ${stamp}.`]);
  await e2eSql(`insert into "AnnotationVersion" (id, "annotationId", version, body, lang, assessment, verified, "editedById") values ($1, $2, 1, $3, 'en', 'ADVANCING', false, $4)`, [`${noteId}_v1`, noteId, `A note with a document ${stamp}.`, analyst.id]);
});

test.afterAll(async () => {
  await e2eSql(`update "Case" set "deletedAt" = now() where id = $1`, [caseId]);
});

test("the note's author attaches a file under the note and sees it listed there", async ({ page }) => {
  await signInAs(page, analyst.email, `/en/cases/${caseSlug}`);
  const note = page.locator(`#note-${noteId}`);
  const documents = note.getByTestId("note-documents");
  await expect(documents.getByRole("heading", { name: /^Documents/ })).toBeVisible();
  await documents.getByTestId("document-file").setInputFiles([file]);
  await expect(documents.getByTestId("upload-result").filter({ hasText: file.name })).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
  await expect(documents.getByTestId("document-list").getByTestId("document").filter({ hasText: file.name })).toBeVisible({ timeout: 20_000 });
  sha256 = (await documents.getByTestId("document").first().getAttribute("data-sha256"))!;
  expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  // The case's own documents are not the note's.
  await expect(page.getByTestId("documents").getByText(file.name)).toHaveCount(0);
  expect((await page.request.get(`/api/v1/documents/${sha256}`)).status()).toBe(200);
  await page.goto(`/uk/cases/${caseSlug}`);
  await expect(page.locator(`#note-${noteId}`).getByTestId("note-documents").getByRole("heading", { name: /^Документи/ })).toBeVisible();
});

test("a visitor sees nothing of the note's document, and its bytes, text and page are 404", async ({ browser }) => {
  expect(sha256).not.toBe("");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/en/cases/${caseSlug}`);
  await expect(page.locator("#notes")).toContainText("1");
  await expect(page.getByTestId("note-documents")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(file.name);
  for (const address of [`/api/v1/documents/${sha256}`, `/api/v1/documents/${sha256}/text`, `/api/v1/cases/${caseSlug}/annotations/${noteId}/documents`]) {
    expect((await page.request.get(address)).status(), address).toBe(address.includes("annotations") ? 401 : 404);
  }
  const documentPage = await page.goto(`/en/documents/${sha256}`);
  expect(documentPage!.status()).toBe(404);
  await expect(page.locator("body")).not.toContainText(file.name);
  await context.close();
});
