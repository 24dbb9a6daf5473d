/**
 * Search inside documents in the browser (issue 18, docs/decisions/050-text-extraction-and-search-inside-documents.md):
 * an analyst attaches a generated two-page PDF to a milestone; once its text is read, a visitor
 * searching the timeline for a word that is only on the document's second page finds the milestone,
 * with the document named, the page given and the passage shown with the word marked; the page link
 * opens the PDF at that page; the same in Ukrainian. The PDF says in its text that it is generated.
 */
import { expect, test } from "@playwright/test";
import { GENERATED_MARK, generatedPdf } from "../tests/support/generated-pdf";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = `e2e-document-search-${stamp}@example.org`;
// A word no seeded record holds: letters only, so the search takes it as one word.
const word = `zyxqv${stamp.replace(/\d/g, (d) => "abcdefghij"[Number(d)]!)}`;
const pdf = {
  name: `generated-search-test-${stamp}.pdf`,
  mimeType: "application/pdf",
  buffer: generatedPdf([{ lines: [GENERATED_MARK, "The first page names nothing searched for."] }, { lines: [`The second page holds the word ${word} among others.`] }]),
};

let milestone = { slug: "", title: "" };

test.beforeAll(async () => {
  await insertTestUsers([{ id: `e2e_document_search_${stamp}`, email: analyst, name: "E2E Search Analyst", role: "ANALYST" }]);
  milestone = (await e2eSql<{ slug: string; title: string }>(`select m.slug, m.title from "Milestone" m where m."deletedAt" is null order by m."occurredOn" asc limit 1`))[0]!;
});

test("a word only on a document's second page finds its milestone, with the document, the page and the passage", async ({ page }) => {
  await signInAs(page, analyst, `/en/milestones/${milestone.slug}`);
  await page.getByTestId("document-file").setInputFiles(pdf);
  await expect(page.getByTestId("upload-result").filter({ hasText: pdf.name })).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
  // The text is read in the background, just after the upload.
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("document-list").getByTestId("document").filter({ hasText: pdf.name })).toContainText("Text: extracted", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });

  // The document's page links the text the search reads.
  await page.getByTestId("document-list").getByTestId("document").filter({ hasText: pdf.name }).getByRole("link", { name: pdf.name }).click();
  const text = await page.request.get((await page.getByTestId("document-text-link").getAttribute("href"))!);
  expect(await text.text()).toContain(`The second page holds the word ${word}`);

  await page.context().clearCookies();
  await page.goto(`/en/milestones?q=${word}`);
  const found = page.locator("[data-document-match]");
  await expect(found).toHaveCount(1);
  await expect(found).toContainText(`Found in the attached document “${pdf.name}”, page 2`);
  await expect(found.locator("mark")).toHaveText(word);
  await expect(found.locator("q")).toContainText("The second page holds the word");
  await expect(page.getByRole("link", { name: milestone.title })).toBeVisible();
  const href = await found.getByRole("link").getAttribute("href");
  expect(href).toMatch(/#page=2$/);

  await page.goto(`/uk/milestones?q=${word}`);
  await expect(page.locator("[data-document-match]")).toContainText("Знайдено в доданому документі «" + pdf.name + "», сторінка 2");
  await expect(page.locator("[data-document-match] mark")).toHaveText(word);
});
