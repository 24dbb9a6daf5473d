/**
 * Every page in Ukrainian (issue 17), walked once at laptop width (ukrainian.spec.ts) and once at
 * phone width (ukrainian.mobile.spec.ts): the same pages, in the same order, signed in as an
 * administrator for the second half so the analysts' and administrators' pages are walked too.
 */
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { signInAs } from "./users";

type Catalogue = { [key: string]: string | Catalogue };
const catalogue = (locale: string) => JSON.parse(readFileSync(new URL(`../../messages/${locale}.json`, import.meta.url), "utf8")) as Catalogue;
function texts(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of texts(value, path)) out.set(k, v);
  }
  return out;
}

// English sentences a Ukrainian page must not show: whole messages without placeholders or markup,
// long enough (four words or more) not to be a name or a phrase that recorded English texts use
// ("modes of liability"), and not the same in both catalogues (a name such as "English").
const ukTexts = texts(catalogue("uk"));
const englishOnly = [...texts(catalogue("en"))].filter(([key, text]) => text.length >= 20 && text.split(/\s+/).length >= 4 && !/[{<]/.test(text) && ukTexts.get(key) !== text).map(([, text]) => text);

/** Fails when the page is not `lang="uk"` or shows a text of the English catalogue. */
export async function expectUkrainian(page: Page, soft = false): Promise<void> {
  const check = soft ? expect.soft : expect;
  await check(page.locator("html")).toHaveAttribute("lang", "uk");
  const shown = await page.locator("body").innerText();
  check(englishOnly.filter((text) => shown.includes(text)), `English catalogue text on ${page.url()}`).toEqual([]);
}

/** The public pages, as a visitor: [screenshot name, address]. */
export const VISITOR_PAGES: readonly [string, string][] = [
  ["01-home", "/uk"],
  ["02-which-forum", "/uk/which-forum"],
  ["03-which-forum-answer", "/uk/which-forum?crime=aggression&accused=natural&level=top-leadership&mode=direct&situation=ukraine"],
  ["04-coverage", "/uk/coverage"],
  ["05-forums", "/uk/forums"],
  ["06-forum", "/uk/forums/icc"],
  ["07-crimes", "/uk/crimes"],
  ["08-crime", "/uk/crimes/war-crimes"],
  ["09-milestones", "/uk/milestones"],
  ["10-cases", "/uk/cases"],
  ["11-accused", "/uk/accused"],
  ["12-api-docs", "/uk/api-docs"],
  ["13-sign-in", "/uk/sign-in"],
  ["14-not-found", "/uk/no-such-page"],
];

/** The signed-in pages, given the milestone's and the case's addresses the lists linked. */
export const signedInPages = (milestone: string, kase: string): [string, string][] => [
  ["20-account", "/uk/account"],
  ["21-updates", "/uk/updates"],
  ["22-milestone-new", "/uk/milestones/new"],
  ["23-milestone-edit", `${milestone}/edit`],
  ["24-case-new", "/uk/cases/new"],
  ["25-case-edit", `${kase}/edit`],
  ["26-case-stage", `${kase}/stage`],
  ["27-case-signed-in", kase],
  ["28-import", "/uk/import"],
  ["29-admin-rules", "/uk/admin/rules"],
  ["30-admin-rule-new", "/uk/admin/rules/new"],
  ["31-admin-audit", "/uk/admin/audit"],
];

/**
 * Walks every page: each is opened, then `check(name)` looks at it (and photographs it). A milestone
 * and a case are reached as their lists link them, then the signed-in pages as `adminEmail`.
 */
export async function walkUkrainian(page: Page, adminEmail: string, check: (name: string) => Promise<void>): Promise<void> {
  for (const [name, address] of VISITOR_PAGES) {
    await page.goto(address);
    await check(name);
  }
  await page.goto("/uk/milestones");
  await page.locator("main article h3 a, main .milestone-title a").first().click();
  await page.waitForURL(/\/uk\/milestones\/[^/?]+$/);
  await check("15-milestone");
  const milestone = new URL(page.url()).pathname;
  await page.goto(`${milestone}/history`);
  await check("16-milestone-history");
  await page.goto("/uk/cases");
  await page.locator("main .case-row a, main li h3 a").first().click();
  await page.waitForURL(/\/uk\/cases\/[^/?]+$/);
  await check("17-case");
  const kase = new URL(page.url()).pathname;
  await page.goto("/uk/accused");
  await page.locator("main li a[href*='/accused/'], main td a[href*='/accused/']").first().click();
  await page.waitForURL(/\/uk\/accused\/[^/?]+$/);
  await check("18-accused-person");

  await signInAs(page, adminEmail, "/account");
  for (const [name, address] of signedInPages(milestone, kase)) {
    await page.goto(address);
    await check(name);
  }
}
