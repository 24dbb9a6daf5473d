/**
 * The translation editor (docs/decisions/043-translation-editor.md) in the Ukrainian interface: an
 * administrator corrects a crime's Ukrainian name from the crime page, records another as the
 * official text with its source (found with the source picker), and withdraws a forum's name to
 * missing with a reason (refused first without one); the crime and forum pages show each result at
 * once. A viewer gets no edit link and is refused the editor. The rows the test changes are put
 * back afterwards, so other specs read the seed's texts.
 */
import { expect, test } from "@playwright/test";
import pg from "pg";
import { insertTestUsers, signInAs } from "./support/users";

const stamp = `${Date.now()}`;
const admin = { email: `e2e-translator-${stamp}@example.org`, name: "Олена Перекладач" };
const viewer = { email: `e2e-tr-viewer-${stamp}@example.org`, name: "E2E Viewer" };

// The rows the test changes, as they were: put back at the end.
const CHANGED = [
  ["CrimeCategory", "crimes-against-humanity", "name"],
  ["CrimeCategory", "ecocide", "name"],
  ["Forum", "icc", "name"],
] as const;
let saved: Record<string, unknown>[] = [];

async function sql<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<R>(text, values)).rows;
  } finally {
    await client.end();
  }
}

const rowsOf = () =>
  Promise.all(
    CHANGED.map(async ([entity, slug, field]) => {
      const table = entity === "Forum" ? "Forum" : "CrimeCategory";
      const [row] = await sql(`select t.* from "Translation" t join "${table}" r on r.id = t."entityId" where t."entityType" = $1 and r.slug = $2 and t.field = $3 and t.locale = 'uk'`, [entity, slug, field]);
      return row!;
    }),
  );

test.beforeAll(async ({ browser }) => {
  await insertTestUsers([
    { id: `e2e_translator_${stamp}`, ...admin, role: "ADMIN" },
    { id: `e2e_tr_viewer_${stamp}`, ...viewer, role: "VIEWER" },
  ]);
  saved = await rowsOf();
  // A server just started renders each page the first time slowly; the sign-in helper waits only
  // five seconds for the page it returns to.
  const page = await browser.newPage();
  for (const path of ["/uk/translations", "/uk/crimes/ecocide", "/uk/translations/CrimeCategory/ecocide/name/uk"]) await page.goto(path);
  await page.close();
});

test.afterAll(async () => {
  if (!process.env.E2E_DATABASE_URL) return;
  for (const row of saved) {
    await sql(
      `update "Translation" set state = $2, text = $3, "sourceId" = $4, "sourceLocator" = $5, "translatedBy" = $6, "translatedOn" = $7, note = $8, version = $9 where id = $1`,
      [row.id, row.state, row.text, row.sourceId, row.sourceLocator, row.translatedBy, row.translatedOn, row.note, row.version],
    );
  }
});

test("a viewer sees no edit link and is refused the editor; the list is open to all", async ({ page }) => {
  await signInAs(page, viewer.email, "/uk/crimes/ecocide");
  await expect(page.getByRole("link", { name: "Редагувати переклад" })).toHaveCount(0);
  await page.goto("/uk/translations/CrimeCategory/ecocide/name/uk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Лише для адміністраторів");
  await page.goto("/uk/translations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Переклади довідкових даних");
  await expect(page.getByRole("link", { name: /^Редагувати/ })).toHaveCount(0);
});

test("an admin in Ukrainian corrects a name, records an official text with its source, and withdraws a name to missing", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, admin.email, "/uk/translations");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Переклади довідкових даних");
  // Missing first: the default view lists only what needs work.
  await expect(page.getByRole("link", { name: /^Бракує/ })).toHaveAttribute("aria-current", "page");
  await page.screenshot({ path: "test-results/translations/list-laptop.png" });
  await page.locator('li[id^="tr-"]').nth(3).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/translations/list-rows-laptop.png" });

  // 1. A translation corrected, from the crime page's link.
  await page.goto("/uk/crimes/crimes-against-humanity");
  await page.getByRole("link", { name: "Редагувати переклад" }).click();
  await expect(page).toHaveURL(/\/uk\/translations\/CrimeCategory\/crimes-against-humanity\/name\/uk$/);
  await expect(page.getByLabel("Переклад", { exact: true })).toBeChecked();
  await page.getByLabel("Український текст").fill("Злочини проти людяності (виправлено)");
  await page.screenshot({ path: "test-results/translations/edit-laptop.png", fullPage: true });
  await page.getByRole("button", { name: "Зберегти переклад" }).click();
  await expect(page.locator("#translation-saved")).toContainText("версія 2");
  await page.locator("#translation-saved").getByRole("link", { name: "Переглянути на сторінці запису" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Злочини проти людяності (виправлено)");
  await expect(page.locator(".text-origin")).toContainText("переклад — Олена Перекладач");

  // 2. The official text, cited from the recorded Criminal Code with the article.
  await page.goto("/uk/crimes/ecocide");
  await page.getByRole("link", { name: "Редагувати переклад" }).click();
  await page.getByLabel("Офіційний").check();
  await page.getByLabel("Послатися на записане джерело").fill("Criminal Code");
  await page.getByRole("button", { name: /^Послатися на Criminal Code of Ukraine/ }).first().click();
  await expect(page.locator("#chosen-source")).toContainText("criminal-code-of-ukraine");
  await page.getByLabel("Де саме в джерелі").fill("Стаття 441");
  await page.getByRole("button", { name: "Зберегти переклад" }).click();
  await expect(page.locator("#translation-saved")).toBeVisible();
  await page.goto("/uk/crimes/ecocide");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Екоцид");
  await expect(page.locator(".text-origin")).toContainText("офіційний текст, джерело: Criminal Code of Ukraine");
  await expect(page.locator(".text-origin")).toContainText("Стаття 441");

  // 3. A name withdrawn: refused without a reason (the text kept), then saved with one.
  await page.goto("/uk/translations?entity=Forum&state=all");
  await page.getByRole("link", { name: "Редагувати український текст поля «Назва» запису «Форум icc»" }).click();
  await page.getByLabel("Бракує").check();
  await expect(page.getByLabel("Український текст")).toBeDisabled();
  await page.getByRole("button", { name: "Зберегти переклад" }).click();
  await expect(page.locator("#field-note-error")).toHaveText(/^Обов’язкове поле, коли переклад відсутній/);
  await expect(page.getByLabel("Бракує")).toBeChecked();
  // The stored text is still there, switched off, should the admin change their mind.
  await expect(page.getByLabel("Український текст")).toHaveValue("Міжнародний кримінальний суд");
  await page.screenshot({ path: "test-results/translations/edit-refused-laptop.png", fullPage: true });
  await page.getByLabel("Примітка").fill("Назву перевіряє юрист.");
  await page.getByRole("button", { name: "Зберегти переклад" }).click();
  await expect(page.locator("#translation-saved")).toBeVisible();
  await page.goto("/uk/forums/icc");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("International Criminal Court (англійською)");
  await expect(page.locator(".text-origin")).toContainText("ще не перекладено");

  // The pages at a phone's width.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/uk/translations?state=all&q=екоцид");
  await expect(page.getByRole("status").filter({ hasText: "Показано" })).toBeVisible();
  await page.screenshot({ path: "test-results/translations/list-phone.png" });
  await page.locator('li[id^="tr-"]').first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/translations/list-rows-phone.png" });
  await page.goto("/uk/translations/CrimeCategory/ecocide/name/uk");
  await page.screenshot({ path: "test-results/translations/edit-phone.png", fullPage: true });
});
