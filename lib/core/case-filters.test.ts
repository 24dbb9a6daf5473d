import { describe, expect, it } from "vitest";
import { parseCaseFilters, type CaseFilterOptions } from "./case-filters";

const opt = (...values: string[]) => values.map((value) => ({ value, label: value.toUpperCase() }));
const options: CaseFilterOptions = {
  forum: opt("icc", "special-tribunal", "ukraine-domestic"),
  crime: opt("war-crimes", "aggression"),
  accused: opt("natural", "legal"),
  level: opt("top-leadership", "field-grade"),
  mode: opt("direct", "command-responsibility"),
  situation: opt("ukraine", "sudan"),
};

describe("parseCaseFilters", () => {
  it.each([
    ["no filter", {}, {}],
    ["a cell of the matrix", { forum: "icc", crime: "war-crimes", accused: "natural", level: "field-grade" }, { forum: "icc", crime: "war-crimes", accused: "natural", level: "field-grade" }],
    ["empty values as no filter", { forum: "", crime: "aggression" }, { crime: "aggression" }],
    ["a legal person without a level", { accused: "legal", situation: "ukraine" }, { accused: "legal", situation: "ukraine" }],
  ])("keeps %s", (_name, params, filters) => {
    expect(parseCaseFilters(params, options)).toEqual({ filters, issues: [] });
  });

  it.each([
    ["an unknown forum", { forum: "ictr", crime: "aggression" }, "forum", { crime: "aggression" }, 3],
    ["an unknown crime", { crime: "piracy" }, "crime", {}, 2],
    ["a repeated filter", { situation: ["ukraine", "sudan"] }, "situation", {}, 2],
    ["an unknown parameter", { colour: "red", forum: "icc" }, "colour", { forum: "icc" }, 6],
    ["a level for a legal person", { accused: "legal", level: "field-grade" }, "level", { accused: "legal" }, 0],
  ])("sets aside %s with a notice naming it", (_name, params, param, filters, allowed) => {
    const { filters: kept, issues } = parseCaseFilters(params, options);
    expect(kept).toEqual(filters);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.param).toBe(param);
    expect(issues[0]!.allowed).toHaveLength(allowed);
  });
});
