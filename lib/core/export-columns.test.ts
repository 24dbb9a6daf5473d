import { describe, expect, it } from "vitest";
import { parse as parseCsv } from "csv-parse/sync";
import { toCsv } from "./csv";
import {
  CASE_EXPORT_COLUMNS,
  csvHeader,
  csvValues,
  exportFilename,
  MILESTONE_EXPORT_COLUMNS,
  NO_UKRAINIAN_NAME,
  stageFields,
  type CaseExportRecord,
  type MilestoneExportRecord,
} from "./export-columns";

const caseRecord: CaseExportRecord = {
  slug: "t-dom-colonel",
  reference: null,
  title: "Shelling of a market, \"central\"",
  lang: "en",
  translations: { uk: { title: "Обстріл ринку «Центральний»" } },
  forum: { slug: "ukraine-domestic", name: "Ukrainian national courts" },
  situation: { slug: "ukraine", name: "Ukraine" },
  ...stageFields("TRIAL"),
  stageDate: "2024-05",
  inAbsentia: true,
  openedOn: "2023-06-10",
  accused: [
    { slug: "t-colonel", name: "Colonel Ivan Testenko", nameInUkrainian: "Полковник Іван Тестенко" },
    { slug: "t-company", name: "Testchem LLC", nameInUkrainian: null },
    { slug: "t-maryana", name: "Maryana Koval", nameInUkrainian: "Мар'яна Коваль" },
  ],
  crimes: [{ slug: "war-crimes", name: "War crimes" }, { slug: "ecocide", name: "Ecocide" }],
  modesOfLiability: [{ slug: "direct", name: "Direct perpetration" }],
  provisionsCited: ["Article 438 of the Criminal Code of Ukraine", "Article 441"],
  isSynthetic: true,
  url: "https://tracker.example/cases/t-dom-colonel",
};

const milestoneRecord: MilestoneExportRecord = {
  slug: "t-amendment",
  date: "2024-10",
  precision: "MONTH",
  status: "HAPPENED",
  title: "=Amendment",
  lang: "en",
  translations: { uk: { title: "Зміни до Кримінального кодексу", description: null, whatChanged: null } },
  track: { slug: "accountability", name: "Accountability" },
  type: { slug: "legislation", name: "Legislation" },
  forums: [{ slug: "ukraine-domestic", name: "Ukrainian national courts" }, { slug: "icc", name: "International Criminal Court" }],
  situation: null,
  whatChanged: "Brought the code in line with the Rome Statute.",
  sources: [
    { title: "Law No. 4012-IX", url: "https://zakon.rada.gov.ua/", locator: "Article 1" },
    { title: "A post", url: null, locator: null },
  ],
  isSynthetic: false,
  url: "https://tracker.example/milestones/t-amendment",
};

describe("case columns", () => {
  it("has the documented headers, in order", () => {
    expect(csvHeader(CASE_EXPORT_COLUMNS)).toEqual([
      "Slug", "Case number", "Title", "Forum", "Situation", "Stage", "Stage date", "In absentia", "Opened on",
      "Accused", "Accused, name in Ukrainian", "Crimes", "Modes of liability", "Provisions cited", "Synthetic (demo data)", "URL",
      "Written in", "Title in Ukrainian", "Title in English",
    ]);
    for (const column of CASE_EXPORT_COLUMNS) expect(column.description).not.toBe("");
  });

  it.each([
    ["Slug", "t-dom-colonel"],
    ["Case number", ""],
    ["Forum", "Ukrainian national courts"],
    ["Stage", "Trial"],
    ["Stage date", "2024-05"],
    ["In absentia", "yes"],
    ["Accused", "Colonel Ivan Testenko; Testchem LLC; Maryana Koval"],
    ["Accused, name in Ukrainian", `Полковник Іван Тестенко; ${NO_UKRAINIAN_NAME}; Мар'яна Коваль`],
    ["Crimes", "War crimes; Ecocide"],
    ["Provisions cited", "Article 438 of the Criminal Code of Ukraine; Article 441"],
    ["Synthetic (demo data)", "yes"],
    ["Written in", "en"],
    ["Title in Ukrainian", "Обстріл ринку «Центральний»"],
    ["Title in English", 'Shelling of a market, "central"'],
  ])("writes %s as %j", (header, expected) => {
    const index = csvHeader(CASE_EXPORT_COLUMNS).indexOf(header);
    expect(csvValues(CASE_EXPORT_COLUMNS, caseRecord)[index]).toBe(expected);
  });

  it("round-trips through CSV with quotes and Ukrainian intact", () => {
    const [header, row] = parseCsv(toCsv(csvHeader(CASE_EXPORT_COLUMNS), [csvValues(CASE_EXPORT_COLUMNS, caseRecord)], { bom: true }), { bom: true });
    expect(header).toEqual(csvHeader(CASE_EXPORT_COLUMNS));
    expect(row).toEqual(csvValues(CASE_EXPORT_COLUMNS, caseRecord));
  });

  it("gives the stage's URL value and label", () => {
    expect(stageFields("WARRANT_OR_NOTICE_OF_SUSPICION")).toEqual({ stage: "warrant-or-notice-of-suspicion", stageLabel: expect.any(String) });
  });
});

describe("milestone columns", () => {
  it.each([
    ["Date", "2024-10"],
    ["Precision", "MONTH"],
    ["Title", "=Amendment"],
    ["Forums", "Ukrainian national courts; International Criminal Court"],
    ["Situation", ""],
    ["Sources", "Law No. 4012-IX <https://zakon.rada.gov.ua/> Article 1; A post"],
    ["Synthetic (demo data)", "no"],
    ["Language", "en"],
    ["Title in Ukrainian", "Зміни до Кримінального кодексу"],
    ["What changed, in Ukrainian", ""],
    ["Title in English", ""],
  ])("writes %s as %j", (header, expected) => {
    const index = csvHeader(MILESTONE_EXPORT_COLUMNS).indexOf(header);
    expect(csvValues(MILESTONE_EXPORT_COLUMNS, milestoneRecord)[index]).toBe(expected);
  });

  it("neutralises a formula in a title once written as CSV", () => {
    const [, row] = parseCsv(toCsv(csvHeader(MILESTONE_EXPORT_COLUMNS), [csvValues(MILESTONE_EXPORT_COLUMNS, milestoneRecord)]), { bom: true });
    expect(row![csvHeader(MILESTONE_EXPORT_COLUMNS).indexOf("Title")]).toBe("'=Amendment");
  });
});

describe("file names", () => {
  it.each([
    ["cases", "2025-06-01", "csv", "cases-2025-06-01.csv"],
    ["milestones", "2025-06-01", "json", "milestones-2025-06-01.json"],
  ] as const)("%s on %s as %s is %s", (list, today, format, expected) => {
    expect(exportFilename(list, today, format)).toBe(expected);
  });
});
