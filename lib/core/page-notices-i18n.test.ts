/**
 * The notices the list pages show for a filter they ignored (the case list, the timeline, the
 * audit trail) are passed through localizeMessage with the page's language: each one the parsers
 * write must be in the catalogue, or a Ukrainian page would show it in English.
 */
import { describe, expect, it } from "vitest";
import { parseAuditFilters } from "./audit-filters";
import { readCaseListQuery, STAGE_OPTIONS, type CaseListOptions } from "./case-list-query";
import { localizeMessage } from "./message-texts";
import { parseMilestoneFilters, parseTimelinePage, type FilterOptions } from "./milestone-filters";
import { CASE_STAGES, stageChoices } from "./stage-machine";

const opt = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const CYRILLIC = /[а-яіїєґ]/i;

function expectUkrainian(messages: string[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    const uk = localizeMessage(message, "uk");
    expect(uk, message).not.toBe(message);
    expect(uk, message).toMatch(CYRILLIC);
    expect(localizeMessage(message, "en")).toBe(message);
  }
}

describe("filter notices in Ukrainian", () => {
  it("the timeline's", () => {
    const options: FilterOptions = { track: opt("accountability"), type: opt("ratification"), forum: opt("icc"), year: opt("2024") };
    const { issues } = parseMilestoneFilters({ track: "justic", year: "24", from: "2024-13", to: "2020", q: ["a", "b"] }, options);
    const { issues: pageIssues } = parseTimelinePage({ limit: "0", after: "x" }, "page");
    expectUkrainian([...issues, ...pageIssues].map((i) => i.message));
  });

  it("the case list's", () => {
    const options: CaseListOptions = {
      forum: [{ value: "icc", label: "International Criminal Court", short: "ICC" }],
      situation: opt("ukraine"),
      crime: [{ value: "war-crimes", label: "War crimes" }],
      mode: opt("direct"),
      accused: [{ value: "natural", label: "Natural person" }],
      level: opt("top-leadership"),
      stage: STAGE_OPTIONS,
      year: opt("2022"),
    };
    const { issues } = readCaseListQuery({ forum: "icx", crime: "genocid", year: "22", sort: "best", q: ["a", "b"] }, options);
    expectUkrainian(issues.map((i) => i.message));
  });

  it("the audit trail's", () => {
    const { issues } = parseAuditFilters({ entity: "Nothing", action: "explode", before: "abc" }, { entity: opt("Milestone"), actor: [] });
    expectUkrainian(issues.map((i) => i.message));
  });
});

describe("the stage form's reasons a stage is not offered, in Ukrainian", () => {
  it("for every current stage", () => {
    const reasons = [null, ...CASE_STAGES].flatMap((current) => stageChoices(current).flatMap((c) => (c.why ? [c.why] : [])));
    expectUkrainian([...new Set(reasons)]);
    expect(localizeMessage("Reparations are ordered after a conviction: the case must be at judgment or on appeal (the case is at trial).", "uk")).toBe(
      "Репарації призначають після обвинувального вироку: справа має бути на стадії судового рішення або апеляції (справа на стадії «судовий розгляд»).",
    );
  });
});

describe("the history's and the milestone form's own words, in Ukrainian", () => {
  it.each([
    ["an operator (command line)", "оператор (командний рядок)"],
    ["reference data (seed)", "довідкові дані (початкове заповнення)"],
    ["import (no user account)", "import (без облікового запису)"],
    ["reference data (seed) (no user account)", "довідкові дані (початкове заповнення) (без облікового запису)"],
    ["no public case number", "без публічного номера справи"],
  ])("%s", (en, uk) => {
    expect(localizeMessage(en, "uk")).toBe(uk);
    expect(localizeMessage(en, "en")).toBe(en);
  });
});
