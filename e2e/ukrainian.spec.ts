/**
 * Every page in Ukrainian (issue 17): signed in as an administrator, so the analysts' and the
 * administrators' pages are walked too. A page fails when its document is not `lang="uk"` or
 * when it shows a text of the English catalogue (a message that the Ukrainian page should have
 * taken from uk.json). Each page is photographed into test-results/ukrainian/ to be looked at.
 */
import { expect, test, type Locator } from "@playwright/test";
import * as seed from "../prisma/seed/reference-data";
import { ukrainian } from "../prisma/seed/translations-uk";
import { milestonesUk } from "../prisma/seed/translations-uk-milestones";
import { expectUkrainian, walkUkrainian } from "./support/ukrainian-walk";
import { insertTestUsers, signInAs } from "./support/users";

const stamp = Date.now();
const admin = { id: `e2e_uk_admin_${stamp}`, email: `e2e-uk-admin-${stamp}@example.org`, name: "E2E Ukrainian Admin", role: "ADMIN" as const };

test.beforeAll(() => insertTestUsers([admin]));

test("every page reads in Ukrainian", async ({ page }) => {
  test.setTimeout(240_000);
  await walkUkrainian(page, admin.email, async (name) => {
    await expectUkrainian(page);
    await page.screenshot({ path: `test-results/ukrainian/${name}.png`, fullPage: true });
  });
});

// The English names of the vocabularies that have a Ukrainian name (decision 039): on a Ukrainian
// page, where the page names a forum, crime, level, mode, kind, situation, track or type, these
// must not show. (Names left missing on purpose show in English, marked, and are not listed.)
const translatedEnglishNames: string[] = (() => {
  const lists: Record<string, readonly { slug: string; name?: string; shortName?: string }[]> = {
    Forum: seed.forums,
    CrimeCategory: seed.crimes,
    ResponsibilityLevel: seed.levels,
    AccusedKind: seed.accusedKinds,
    ModeOfLiability: seed.modes,
    Situation: seed.situations,
    MilestoneTrack: seed.tracks,
    MilestoneType: seed.milestoneTypes,
  };
  const out: string[] = [];
  for (const [entity, records] of Object.entries(lists)) {
    const uk = (ukrainian as unknown as Record<string, Record<string, Record<string, unknown>>>)[entity]!;
    for (const r of records) {
      for (const field of ["name", "shortName"] as const) {
        if (typeof uk[r.slug]?.[field] === "string" && r[field]) out.push(r[field]!);
      }
    }
  }
  // Longest first, so that "Crime of aggression" is reported rather than a shorter name inside it.
  return out.sort((a, b) => b.length - a.length);
})();

/** Fails when the region names a vocabulary in English. */
async function expectNoEnglishNames(region: Locator, where: string) {
  // Attached, not visible: a select's options are not "visible", and a facet may be folded away.
  await expect(region.first()).toBeAttached();
  const shown = (await region.allTextContents()).join("\n");
  // Whole words only: "Ukraine" inside a case title is not a situation's name, but tags and facets hold names alone.
  const found = translatedEnglishNames.filter((name) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u").test(shown));
  expect(found, `English vocabulary names on ${where}`).toEqual([]);
}

/** Each linked milestone is titled in Ukrainian, or in English marked as such (lang="en" and «англійською»). */
async function expectMilestonesMarked(links: Locator, what: string) {
  await expect(links.first()).toBeVisible();
  for (const link of await links.all()) {
    const title = (await link.textContent()) ?? "";
    if (/[А-Яа-яІіЇїЄєҐґ]/.test(title.replace(/\(англійською\)/, ""))) continue;
    await expect(link.locator('[lang="en"]'), `${what} «${title}»`).toHaveCount(1);
    await expect(link.locator(".lang-note"), `${what} «${title}»`).toHaveText("(англійською)");
  }
}

test("pages name the reference data in Ukrainian", async ({ page }) => {
  test.setTimeout(180_000);
  // The case list: the facets and the rows' forums, situations and crimes.
  await page.goto("/uk/cases");
  // Open however wide the screen (it folds on a phone).
  await page.locator("#filters").evaluate((details) => ((details as HTMLDetailsElement).open = true));
  await expect(page.locator("#filters")).toContainText("Воєнні злочини");
  await expect(page.locator("#filters")).toContainText("Фізична особа");
  await expectNoEnglishNames(page.locator("#filters label"), "the case list's facets");
  await expectNoEnglishNames(page.locator("main li[data-case] dl"), "the case list's rows");
  await page.screenshot({ path: "test-results/ukrainian/40-cases-names.png", fullPage: true });

  // A case: its forum, situation, accused's kind and level, and its charges' crimes and modes.
  await page.locator("main li[data-case] h3 a").first().click();
  await expectNoEnglishNames(page.locator("main dl.facts"), "a case's facts");
  await expectNoEnglishNames(page.locator("main table tbody th, main table tbody td:nth-child(2)"), "a case's charges");
  await page.screenshot({ path: "test-results/ukrainian/41-case-names.png", fullPage: true });

  // The timeline's tags and filters, and a milestone's facts.
  await page.goto("/uk/milestones");
  await expect(page.locator("main .tags").first()).toBeVisible();
  await expectNoEnglishNames(page.locator("main .tags"), "the timeline's tags");
  await expectNoEnglishNames(page.locator("main form select option"), "the timeline's filters");
  await page.locator("main .milestone-title a").first().click();
  await expectNoEnglishNames(page.locator("main .eyebrow, main dl.facts"), "a milestone's facts");

  // Which forum: the forums' cards and the headline name the forums in Ukrainian.
  await page.goto("/uk/which-forum?crime=war-crimes&accused=natural&level=top-leadership&mode=command-responsibility&situation=ukraine&asOf=2025-06-01");
  await expect(page.locator("section.forum-answer h3").first()).toHaveText("Міжнародний кримінальний суд");
  await expectNoEnglishNames(page.locator("section.forum-answer h3, #answer-headline"), "the which-forum answer");
  await expectMilestonesMarked(page.locator("section.forum-answer a.rule-milestone"), "a reason's milestone");

  // A forum's rules: the rule cards' scopes.
  await page.goto("/uk/forums/icc");
  await expectNoEnglishNames(page.locator("main .rule-facts > div:nth-child(-n+4) dd, main .rule-situation"), "the rule cards");
  await expectMilestonesMarked(page.locator("main .rule-card a.rule-milestone"), "a rule card's milestone");
  // The descriptions, in Ukrainian.
  await expect(page.locator("main .lead").first()).toContainText("постійний міжнародний кримінальний суд");
  await page.goto("/uk/crimes/genocide");
  await expect(page.locator("main .lead").first()).toContainText("національну, етнічну, расову чи релігійну групу");
  await expectNoEnglishNames(page.locator("main .rule-facts > div:nth-child(-n+4) dd"), "the crime's rule cards");

  // The home page: the latest milestones' tags and the situations.
  await page.goto("/uk");
  await expectNoEnglishNames(page.locator("main .home-situations dt, main .ml-meta"), "the home page");
});

test("the rule form offers its choices in Ukrainian", async ({ page }) => {
  await signInAs(page, admin.email, "/uk/admin/rules/new");
  await expect(page.locator("html")).toHaveAttribute("lang", "uk");
  // The selects' options (forums, situations, milestones, provisions, sources) and the scope's boxes.
  await expect(page.locator("#field-forum option", { hasText: "Міжнародний кримінальний суд" })).toBeAttached();
  await expectNoEnglishNames(page.locator("#field-forum option, #field-situation option, main form fieldset[data-field] label"), "the rule form");
  // The milestones: dated in Ukrainian, titled in Ukrainian or marked as English.
  for (const label of (await page.locator("#field-openedBy option").allTextContents()).slice(1)) {
    expect(label, "a milestone's choice").toMatch(/^(\d{1,2} )?[а-яіїєґ’]+ \d{4} р\. — |^\d{4} р\. — /u);
    if (/[A-Za-z]/.test(label)) expect(label, "a milestone's choice").toMatch(/ \(англійською\)$/);
  }
  await expect(page.locator("#field-provision optgroup").first()).not.toHaveAttribute("label", /^Rome Statute/);
  await expect(page.locator("#field-source option", { hasText: "Official source" })).toHaveCount(0);
});

// The seeded milestones in Ukrainian (translations-uk-milestones.ts): a translated title reads in
// Ukrainian, unmarked; a title left for a lawyer's review shows its English, marked «англійською».
test("the timeline and a milestone read in Ukrainian, a text left for a lawyer's review shown in English, marked", async ({ page }) => {
  const translated = seed.milestones.find((m) => typeof milestonesUk[m.slug]?.title === "string" && typeof milestonesUk[m.slug]?.whatChanged === "string")!;
  const untranslated = seed.milestones.find((m) => typeof milestonesUk[m.slug]?.title === "object")!;
  const [inUkrainian, leftMissing] = [page.locator(`article.milestone#${translated.slug}`), page.locator(`article.milestone#${untranslated.slug}`)];

  for (const m of [translated, untranslated]) {
    await page.goto(`/uk/milestones?year=${m.date.slice(0, 4)}`);
    await expect(page.locator(`article.milestone#${m.slug}`)).toBeVisible();
    if (m === translated) {
      await expect(inUkrainian.locator(".milestone-title")).toHaveText(milestonesUk[m.slug]!.title as string);
      await expect(inUkrainian.locator(".what-changed")).toContainText(milestonesUk[m.slug]!.whatChanged as string);
      await expect(inUkrainian.locator(".milestone-title .lang-note, .milestone-title [lang=en]")).toHaveCount(0);
    } else {
      await expect(leftMissing.locator(".milestone-title [lang=en]")).toHaveText(m.title);
      await expect(leftMissing.locator(".milestone-title .lang-note")).toHaveText("(англійською)");
    }
  }
  await page.screenshot({ path: "test-results/ukrainian/50-timeline-milestones.png", fullPage: true });

  // The milestone's own page: its heading and where its Ukrainian comes from.
  await page.goto(`/uk/milestones/${translated.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(milestonesUk[translated.slug]!.title as string);
  await expect(page.getByTestId("milestone-languages")).toContainText("команда трекера");
  await page.goto(`/uk/milestones/${untranslated.slug}`);
  await expect(page.locator("main h1 [lang=en]")).toHaveText(untranslated.title);
  await expect(page.locator("main h1 .lang-note")).toHaveText("(англійською)");
  await page.screenshot({ path: "test-results/ukrainian/51-milestone-left-missing.png", fullPage: true });

  // In English, the recorded English, unmarked.
  await page.goto(`/en/milestones/${untranslated.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(untranslated.title);
  await expect(page.locator("main h1 .lang-note")).toHaveCount(0);
});
