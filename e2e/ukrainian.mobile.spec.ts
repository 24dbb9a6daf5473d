/**
 * Every page in Ukrainian at phone width (issue 17): the walk of ukrainian.spec.ts at 390 px, where
 * Ukrainian's longer words are likeliest to push a page wider than the screen. A page fails when it
 * shows a text of the English catalogue or when an element sticks out past the screen's right edge.
 * Every page is looked at before the test fails, so one run lists them all; each is photographed
 * into test-results/ukrainian-phone/.
 */
import { test } from "@playwright/test";
import { expectNoOverflow } from "./support/layout";
import { expectUkrainian, walkUkrainian } from "./support/ukrainian-walk";
import { insertTestUsers } from "./support/users";

test.use({ viewport: { width: 390, height: 844 } });

const stamp = Date.now();
const admin = { id: `e2e_ukm_admin_${stamp}`, email: `e2e-ukm-admin-${stamp}@example.org`, name: "E2E Ukrainian Phone Admin", role: "ADMIN" as const };

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width checks");
});

test.beforeAll(() => insertTestUsers([admin]));

test("every page reads in Ukrainian and fits a phone's screen", async ({ page }) => {
  test.setTimeout(300_000);
  await walkUkrainian(page, admin.email, async (name) => {
    await expectUkrainian(page, true);
    await expectNoOverflow(page, { soft: true });
    await page.screenshot({ path: `test-results/ukrainian-phone/${name}.png`, fullPage: true });
  });
});
