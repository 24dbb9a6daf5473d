/**
 * Documents in the browser (issue 18, docs/decisions/052-documents-in-the-browser.md), against the
 * production server (started with a small DOCUMENT_MAX_BYTES, e.g. 200KB, for the size refusal;
 * the test reads the limit from the page): an analyst attaches two files at once to a milestone
 * and sees each bar finish and the list; a refused file (a ZIP, and one over the limit) shows its
 * reason while the file beside it is attached; a visitor opens the document's page, sees its
 * fingerprint and checks the same file (match) and another (no match), without uploading; an
 * analyst removes a document (with a confirmation) and attaching it again brings it back; the
 * plain form works without script; a seeded source without a copy says where its official text
 * is; the pages in Ukrainian. Every document is generated here and says so in its content and name.
 */
import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectUkrainian } from "./support/ukrainian-walk";
import { e2eSql, insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const analyst = `e2e-documents-${stamp}@example.org`;
const sha = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

/** A one-page PDF whose text says it is a generated test document (a valid file: its cross-reference table points at each object). */
function generatedPdf(label: string): Buffer {
  const text = `GENERATED TEST DOCUMENT - not a real legal document (${label})`;
  const stream = `BT /F1 14 Tf 40 760 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}

const pdf = { name: `generated-test-document-${stamp}.pdf`, mimeType: "application/pdf", buffer: generatedPdf(stamp) };
const text = { name: `generated-test-note-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Generated test document ${stamp}: not a real legal document.\n`) };
const other = { name: `generated-other-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Another generated test document ${stamp}.\n`) };
const zip = { name: `generated-archive-${stamp}.zip`, mimeType: "application/zip", buffer: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), Buffer.alloc(2000, 1)]) };
const large = { name: `generated-large-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Generated test document ${stamp}, too large. `.repeat(12_000)) };

let milestone = "";
let source: { slug: string; url: string } = { slug: "", url: "" };

test.beforeAll(async () => {
  await insertTestUsers([{ id: `e2e_documents_${stamp}`, email: analyst, name: "E2E Documents Analyst", role: "ANALYST" }]);
  // A seeded milestone of its own: the one the fewest documents are attached to.
  milestone = (await e2eSql<{ slug: string }>(`select m.slug from "Milestone" m where m."deletedAt" is null order by (select count(*) from "DocumentAttachment" d where d."milestoneId" = m.id), m."occurredOn" desc limit 1`))[0]!.slug;
  source = (await e2eSql<{ slug: string; url: string }>(`select s.slug, s.url from "Source" s where s.kind = 'OFFICIAL' and s.url is not null and not exists (select 1 from "DocumentAttachment" d where d."sourceId" = s.id and d."deletedAt" is null) order by s.slug limit 1`))[0]!;
});

const documents = (page: Page) => page.getByTestId("document-list").getByTestId("document");
const result = (page: Page, name: string) => page.getByTestId("upload-result").filter({ hasText: name });

test("an analyst attaches two files at once, sees each finish and the list; a refused file says why, the one beside it is attached", async ({ page }) => {
  await signInAs(page, analyst, `/en/milestones/${milestone}`);
  await expect(page.getByRole("heading", { name: /^Documents/ })).toBeVisible();
  await page.getByTestId("document-file").setInputFiles([pdf, text]);
  for (const file of [pdf, text]) {
    await expect(result(page, file.name)).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
    await expect(result(page, file.name)).toContainText("Attached.");
  }
  await expect(documents(page).filter({ hasText: pdf.name })).toContainText("PDF");
  await expect(documents(page).filter({ hasText: text.name })).toContainText("Plain text");
  await expect(documents(page).filter({ hasText: pdf.name })).toContainText(sha(pdf.buffer).slice(0, 10));
  await expect(documents(page).filter({ hasText: pdf.name })).toContainText("by E2E Documents Analyst");

  // A ZIP, a file over the limit and a good one at once: each says what happened to it.
  await page.getByTestId("document-file").setInputFiles([zip, large, other]);
  await expect(result(page, zip.name)).toHaveAttribute("data-phase", "refused", { timeout: 20_000 });
  await expect(result(page, zip.name)).toContainText(`Not attached: "${zip.name}" is not a kind of document the tracker takes: its content is a ZIP archive`);
  await expect(result(page, large.name)).toHaveAttribute("data-phase", "refused", { timeout: 20_000 });
  await expect(result(page, large.name)).toContainText(`"${large.name}" is larger than`);
  await expect(result(page, other.name)).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
  await expect(documents(page).filter({ hasText: other.name })).toHaveCount(1);
  // Nothing lost on the page: the first two are still listed, the refusals still shown.
  await expect(documents(page).filter({ hasText: pdf.name })).toHaveCount(1);
  await expect(result(page, zip.name)).toBeVisible();
  expect(await documents(page).filter({ hasText: zip.name }).count()).toBe(0);
});

test("a visitor opens the document's page, sees its fingerprint, and checks the same file and another without uploading", async ({ page }) => {
  await page.goto(`/en/milestones/${milestone}`);
  await documents(page).filter({ hasText: pdf.name }).getByRole("link", { name: pdf.name }).click();
  await expect(page).toHaveURL(new RegExp(`/en/documents/${sha(pdf.buffer)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(pdf.name);
  await expect(page.getByTestId("document-fingerprint")).toHaveAttribute("data-sha256", sha(pdf.buffer));
  await expect(page.getByTestId("document-fingerprint")).toContainText(sha(pdf.buffer).slice(0, 8));
  await expect(page.getByTestId("document-attachments").getByRole("link")).toHaveCount(1);
  await expect(page.getByTestId("document-frame")).toHaveAttribute("src", `/api/v1/documents/${sha(pdf.buffer)}`);
  // The uploader's name is for signed-in readers.
  await expect(page.getByTestId("document-attachments")).not.toContainText("E2E Documents Analyst");

  let uploads = 0;
  page.on("request", (request) => {
    if (request.method() !== "GET") uploads++;
  });
  await page.getByTestId("check-file").setInputFiles(pdf);
  await expect(page.getByTestId("check-result")).toContainText(`Same document. «${pdf.name}» has exactly this fingerprint.`);
  const changed = { ...pdf, name: "my-copy.pdf", buffer: Buffer.concat([pdf.buffer, Buffer.from(" ")]) };
  await page.getByTestId("check-file").setInputFiles(changed);
  await expect(page.getByTestId("check-result")).toContainText("Not the same document. «my-copy.pdf» has a different fingerprint");
  await expect(page.getByTestId("check-result")).toContainText(sha(changed.buffer).slice(0, 8));
  expect(uploads, "checking a file sends nothing").toBe(0);

  // The bytes themselves: the PDF inline, the text only as a download.
  const bytes = await page.request.get(`/api/v1/documents/${sha(pdf.buffer)}`);
  expect(bytes.headers()["content-type"]).toBe("application/pdf");
  expect(bytes.headers()["x-frame-options"]).toBe("SAMEORIGIN");
  await page.goto(`/en/documents/${sha(text.buffer)}`);
  await expect(page.getByTestId("document-download")).toBeVisible();
  await expect(page.locator("iframe")).toHaveCount(0);
});

test("an analyst removes a document after confirming; attaching the same file again brings it back", async ({ page }) => {
  await signInAs(page, analyst, `/en/milestones/${milestone}`);
  const item = documents(page).filter({ hasText: other.name });
  await item.getByText("Remove…").click();
  await expect(item).toContainText("The file itself stays stored");
  await item.getByRole("button", { name: "Remove from this milestone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The document was removed." })).toBeVisible();
  await expect(documents(page).filter({ hasText: other.name })).toHaveCount(0);
  const [row] = await e2eSql<{ deletedAt: Date | null; version: number }>(`select "deletedAt", version from "DocumentAttachment" where sha256 = $1`, [sha(other.buffer)]);
  expect(row!.deletedAt).not.toBeNull();
  // The document's page no longer names this milestone (nor anything: it was attached here only).
  expect((await page.request.get(`/api/v1/documents/${sha(other.buffer)}`)).status()).toBe(404);

  await page.getByTestId("document-file").setInputFiles(other);
  await expect(result(page, other.name)).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
  await expect(documents(page).filter({ hasText: other.name })).toHaveCount(1);
  expect((await e2eSql<{ n: string }>(`select count(*) as n from "DocumentAttachment" where sha256 = $1`, [sha(other.buffer)]))[0]!.n).toBe("1");
});

test("without script, the upload is a plain form that comes back to the page", async ({ page, browser }) => {
  await signInAs(page, analyst, `/en/milestones/${milestone}`);
  const context = await browser.newContext({ storageState: await page.context().storageState(), javaScriptEnabled: false });
  const plain = await context.newPage();
  const file = { name: `generated-plain-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Generated test document sent without script ${stamp}.\n`) };
  await plain.goto(`/en/milestones/${milestone}`);
  await plain.getByTestId("document-file").setInputFiles(file);
  await plain.getByRole("button", { name: "Attach" }).click();
  await expect(plain).toHaveURL(new RegExp(`/en/milestones/${milestone}\\?document=attached#documents$`));
  await expect(plain.getByText("The document was attached.")).toBeVisible();
  await expect(documents(plain).filter({ hasText: file.name })).toHaveCount(1);
  await plain.getByTestId("document-file").setInputFiles(zip);
  await plain.getByRole("button", { name: "Attach" }).click();
  await expect(plain.getByText("The document was not attached: The file is not a kind of document the tracker takes")).toBeVisible();
  await context.close();
});

test("a source without a copy says where its official text is", async ({ page }) => {
  await page.goto(`/en/sources/${source.slug}`);
  await expect(page.getByTestId("official-copy")).toContainText("No copy is attached here. The official text:");
  await expect(page.getByTestId("official-copy").getByRole("link")).toHaveAttribute("href", source.url);
  await page.goto(`/uk/sources/${source.slug}`);
  await expect(page.getByTestId("official-copy")).toContainText("Копії тут не долучено. Офіційний текст:");
  await expectUkrainian(page);
});

test("in Ukrainian: the documents, a refusal's reason, the document's page and its check", async ({ page }) => {
  await signInAs(page, analyst, `/uk/milestones/${milestone}`);
  await expect(page.getByRole("heading", { name: /^Документи/ })).toBeVisible();
  await expect(documents(page).filter({ hasText: pdf.name })).toContainText("Долучено");
  await page.getByTestId("document-file").setInputFiles(zip);
  await expect(result(page, zip.name)).toContainText(`Не долучено: Файл «${zip.name}» не належить до документів, які приймає трекер: за вмістом це ZIP-архів`, { timeout: 20_000 });
  await expectUkrainian(page);
  // The language chosen before adding files is theirs.
  const ukrainian = { name: `generated-ukrainian-${stamp}.txt`, mimeType: "text/plain", buffer: Buffer.from(`Згенерований тестовий документ ${stamp}: не справжній юридичний документ.\n`) };
  await page.getByLabel("Мова файлів, які ви додасте").selectOption("uk");
  await page.getByTestId("document-file").setInputFiles(ukrainian);
  await expect(result(page, ukrainian.name)).toHaveAttribute("data-phase", "attached", { timeout: 20_000 });
  await expect(documents(page).filter({ hasText: ukrainian.name })).toContainText(/Простий текст · \d+ байт\S* · українською/);
  await page.goto(`/uk/documents/${sha(pdf.buffer)}`);
  await expect(page.getByRole("heading", { name: "Відбиток (SHA-256)" })).toBeVisible();
  await page.getByTestId("check-file").setInputFiles(pdf);
  await expect(page.getByTestId("check-result")).toContainText(`Той самий документ. Файл «${pdf.name}» має саме цей відбиток.`);
  await expectUkrainian(page);
});
