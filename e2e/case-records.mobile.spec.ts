/**
 * Phone width (Pixel 7): a case page (charges as cards, the stage timeline) and an accused's page
 * (one column per forum, stacked) fit the screen without sideways scrolling. The case is synthetic
 * demo data with unique slugs, inserted by the test.
 */
import { expect, test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";
import { e2eSql } from "./support/users";

const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
const caseSlug = `e2e-phone-case-${stamp}`;
const accusedSlug = `e2e-phone-accused-${stamp}`;

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
  test.skip(!process.env.E2E_DATABASE_URL, "needs E2E_DATABASE_URL (set by npm test)");
});

test.beforeAll(async ({}, testInfo) => {
  if (testInfo.project.name !== "phone" || !process.env.E2E_DATABASE_URL) return;
  await e2eSql(
    `insert into "Accused" (id, slug, "kindId", name, "nameOriginal", rank, "levelId", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, k.id, $3, 'Полковник Телефонний', 'Colonel', l.id, true, now(), now()
       from "AccusedKind" k, "ResponsibilityLevel" l where k.slug = 'natural' and l.slug = 'field-grade'`,
    [`acc_${stamp}`, accusedSlug, `E2E Phone Colonel With A Rather Long Name ${stamp}`],
  );
  await e2eSql(
    `insert into "Case" (id, slug, reference, title, "forumId", "situationId", stage, "stageOn", "stagePrecision", "openedOn", "openedPrecision", "inAbsentia", "isSynthetic", "createdAt", "updatedAt")
     select $1, $2, $3, $4, f.id, s.id, 'TRIAL', '2025-02-01', 'MONTH', '2024-03-01', 'MONTH', true, true, now(), now()
       from "Forum" f, "Situation" s where f.slug = 'ukraine-domestic' and s.slug = 'ukraine'`,
    [`case_${stamp}`, caseSlug, `E2E-PHONE-${stamp}/VERY-LONG-REFERENCE-NUMBER-1234567890`, `E2E phone case ${stamp}`],
  );
  await e2eSql(`insert into "CaseAccused" ("caseId", "accusedId") values ($1, $2)`, [`case_${stamp}`, `acc_${stamp}`]);
  await e2eSql(
    `insert into "Charge" (id, "caseId", "accusedId", "crimeId", "modeId", "provisionCited", "knowledgeStandard", "failedDuties", "createdAt", "updatedAt")
     select $1, $2, $3, c.id, m.id, 'Article 438(1) of the Criminal Code of Ukraine, read with the October 2024 provision on command responsibility', 'KNEW', '{PREVENT,REPRESS,SUBMIT_TO_AUTHORITIES}', now(), now()
       from "CrimeCategory" c, "ModeOfLiability" m where c.slug = 'war-crimes' and m.slug = 'command-responsibility'`,
    [`charge_${stamp}`, `case_${stamp}`, `acc_${stamp}`],
  );
  for (const [i, stage, on, absentia] of [
    [1, "WARRANT_OR_NOTICE_OF_SUSPICION", "2024-03-01", false],
    [2, "TRIAL", "2025-02-01", true],
  ] as const) {
    await e2eSql(
      `insert into "StageChange" (id, "caseId", stage, "occurredOn", precision, "inAbsentia", "createdAt") values ($1, $2, $3, $4, 'MONTH', $5, now() + ($6 || ' seconds')::interval)`,
      [`stage_${stamp}_${i}`, `case_${stamp}`, stage, on, absentia, String(i)],
    );
  }
});

for (const [what, path] of [
  ["a case page", () => `/cases/${caseSlug}`],
  ["an accused's page", () => `/accused/${accusedSlug}`],
] as const) {
  test(`${what} fits a phone screen`, async ({ page }) => {
    const response = await page.goto(path());
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByText("In absentia").first()).toBeVisible();
    await expectNoOverflow(page);
  });
}
