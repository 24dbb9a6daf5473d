import { describe, expect, it } from "vitest";
import { formatPartialDate, type PartialDate } from "./dates";
import { appliesToCrime, describeValidity, validityStatus, validityStatusLabels, type Validity, type ValidityStatus } from "./rule-validity";

const day = (date: string): PartialDate => ({ date, precision: "DAY" });
const month = (date: string): PartialDate => ({ date, precision: "MONTH" });

describe("validityStatus", () => {
  it.each<[string, Validity, string, ValidityStatus]>([
    ["open-ended rule", { from: null, to: null }, "2025-06-01", "IN_FORCE"],
    ["started, no end", { from: day("2025-01-01"), to: null }, "2025-06-01", "IN_FORCE"],
    ["starts today", { from: day("2025-01-01"), to: null }, "2025-01-01", "IN_FORCE"],
    ["starts tomorrow", { from: day("2025-01-01"), to: null }, "2024-12-31", "NOT_YET"],
    ["ends today (inclusive)", { from: null, to: day("2024-12-31") }, "2024-12-31", "IN_FORCE"],
    ["ended yesterday", { from: null, to: day("2024-12-31") }, "2025-01-01", "HISTORICAL"],
    ["until October 2024, asked in November", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-11-01", "HISTORICAL"],
    ["until October 2024, asked on 31 October", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-10-31", "UNCERTAIN"],
    ["until October 2024, asked on 15 October", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-10-15", "UNCERTAIN"],
    ["until October 2024, asked in September", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-09-30", "IN_FORCE"],
    ["until October 2024, asked on 1 October", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-10-01", "IN_FORCE"],
    ["until October 2024, asked on 15 October", { from: day("2001-09-01"), to: month("2024-10-01") }, "2024-10-15", "UNCERTAIN"],
    ["from October 2024, asked on 15 October", { from: month("2024-10-01"), to: null }, "2024-10-15", "UNCERTAIN"],
    ["from October 2024, asked on 31 October", { from: month("2024-10-01"), to: null }, "2024-10-31", "IN_FORCE"],
    ["from October 2024, asked in September", { from: month("2024-10-01"), to: null }, "2024-09-30", "NOT_YET"],
  ])("%s", (_name, validity, today, expected) => {
    expect(validityStatus(validity, today)).toBe(expected);
  });
});

describe("describeValidity keeps each date's precision", () => {
  it.each<[Validity, string]>([
    [{ from: day("2025-01-01"), to: null }, "From 1 January 2025"],
    [{ from: null, to: day("2024-12-31") }, "Until 31 December 2024"],
    [{ from: day("2001-09-01"), to: month("2024-10-01") }, "From 1 September 2001 until October 2024"],
    [{ from: month("2024-10-01"), to: null }, "From October 2024"],
    [{ from: null, to: null }, "No start or end date recorded"],
  ])("%o reads %j", (validity, words) => {
    expect(describeValidity(validity)).toBe(words);
  });
});

describe("appliesToCrime", () => {
  it.each<[string[], string, boolean]>([
    [[], "ecocide", true],
    [["ecocide"], "ecocide", true],
    [["war-crimes", "genocide"], "ecocide", false],
  ])("rule crimes %j, crime %s: %s", (crimes, crime, expected) => {
    expect(appliesToCrime(crimes, crime)).toBe(expected);
  });
});

describe("describeValidity in Ukrainian", () => {
  it.each<[Validity, string, string]>([
    [{ from: day("2002-07-01"), to: day("2024-07-17") }, "З 1 липня 2002 р. до 17 липня 2024 р.", "From 1 July 2002 until 17 July 2024"],
    [{ from: month("2025-06-01"), to: null }, "З червня 2025 р.", "From June 2025"],
    [{ from: null, to: day("2013-11-20") }, "До 20 листопада 2013 р.", "Until 20 November 2013"],
    [{ from: { date: "2002-01-01", precision: "YEAR" }, to: null }, "З 2002 р.", "From 2002"],
    [{ from: null, to: null }, "Дату початку чи закінчення не записано", "No start or end date recorded"],
  ])("%o reads “%s” (“%s”)", (validity, uk, en) => {
    expect(describeValidity(validity, "uk")).toBe(uk);
    expect(describeValidity(validity)).toBe(en);
  });

  it("says dates as formatPartialDate does, in the genitive after «з» and «до»", () => {
    expect(describeValidity({ from: day("2025-01-01"), to: null }, "uk")).toBe(`З ${formatPartialDate(day("2025-01-01"), "uk")}`);
  });
});

describe("validity statuses in words", () => {
  it.each<[ValidityStatus, string, string]>([
    ["IN_FORCE", "Чинне сьогодні", "In force today"],
    ["HISTORICAL", "Утратило чинність", "No longer in force"],
    ["NOT_YET", "Ще не набрало чинності", "Not yet in force"],
    ["UNCERTAIN", "Межа припадає на цей період", "Boundary falls this period"],
  ])("%s: “%s”", (status, uk, en) => {
    expect(validityStatusLabels("uk")[status]).toBe(uk);
    expect(validityStatusLabels()[status]).toBe(en);
  });
});
