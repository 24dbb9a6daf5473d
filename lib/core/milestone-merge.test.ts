import { describe, expect, it } from "vitest";
import { EMPTY_SOURCE, type MilestoneFormValues } from "./milestone-input";
import { compareMilestoneVersions, isMilestonePicture, milestoneFormValuesOf, sameField, type MergeField } from "./milestone-merge";

const base: MilestoneFormValues = {
  title: "ICC issues arrest warrant",
  description: "Pre-Trial Chamber II issued a warrant.",
  whatChanged: "",
  lang: "en",
  translations: {},
  date: "2023-03",
  status: "HAPPENED",
  track: "accountability",
  type: "arrest-warrant",
  situation: "ukraine",
  forums: ["icc"],
  instruments: [],
  cases: ["putin"],
  rules: [],
  sources: [{ ...EMPTY_SOURCE, slug: "icc-press-release", title: "ICC press release", locator: "first paragraph" }],
  opens: [],
  closes: [],
  expectedVersion: "3",
};
const v = (over: Partial<MilestoneFormValues>): MilestoneFormValues => ({ ...base, ...over });

describe("comparing a stale save with the version saved meanwhile", () => {
  const cases: { name: string; theirs: Partial<MilestoneFormValues>; yours: Partial<MilestoneFormValues>; known?: boolean; expected: { field: MergeField; changedByThem: boolean | null; changedByYou: boolean | null; take: "theirs" | "yours" }[] }[] = [
    { name: "nothing differs", theirs: {}, yours: {}, expected: [] },
    { name: "both made the same change", theirs: { title: "New" }, yours: { title: "New" }, expected: [] },
    { name: "only they changed a field: theirs is taken", theirs: { title: "Their title" }, yours: {}, expected: [{ field: "title", changedByThem: true, changedByYou: false, take: "theirs" }] },
    { name: "only you changed a field: yours is kept", theirs: {}, yours: { description: "Mine." }, expected: [{ field: "description", changedByThem: false, changedByYou: true, take: "yours" }] },
    { name: "both changed a field differently: yours is kept, for a choice", theirs: { date: "2023-03-17" }, yours: { date: "2023-03-16" }, expected: [{ field: "date", changedByThem: true, changedByYou: true, take: "yours" }] },
    { name: "without the base, yours is kept and who changed it is unknown", theirs: { title: "Their title" }, yours: {}, known: false, expected: [{ field: "title", changedByThem: null, changedByYou: null, take: "yours" }] },
    { name: "sets compare without their order", theirs: { forums: ["special-tribunal", "icc"] }, yours: { forums: ["icc", "special-tribunal"] }, expected: [] },
    { name: "a set changed by them", theirs: { cases: ["putin", "lvova-belova"] }, yours: {}, expected: [{ field: "cases", changedByThem: true, changedByYou: false, take: "theirs" }] },
    { name: "a source's passage changed by you", theirs: {}, yours: { sources: [{ ...base.sources[0]!, locator: "second paragraph" }] }, expected: [{ field: "sources", changedByThem: false, changedByYou: true, take: "yours" }] },
    { name: "a recorded source's title is not what it cites (the form sends only its slug)", theirs: {}, yours: { sources: [{ ...base.sources[0]!, title: "" }] }, expected: [] },
    { name: "empty spare source rows do not count", theirs: {}, yours: { sources: [...base.sources, EMPTY_SOURCE, EMPTY_SOURCE] }, expected: [] },
    { name: "status in either case, text with either line end", theirs: { status: "happened", description: "a\r\nb" }, yours: { description: "a\nb " }, expected: [] },
    { name: "several fields, in the form's order", theirs: { type: "summons", title: "T" }, yours: { title: "Y" }, expected: [
      { field: "title", changedByThem: true, changedByYou: true, take: "yours" },
      { field: "type", changedByThem: true, changedByYou: false, take: "theirs" },
    ] },
  ];
  it.each(cases)("$name", ({ theirs, yours, known = true, expected }) => {
    const { differences, proposal } = compareMilestoneVersions({ base: known ? base : null, theirs: v(theirs), yours: v(yours), theirVersion: 4 });
    expect(differences).toEqual(expected);
    // The proposal is based on their version and holds what each difference takes.
    expect(proposal.expectedVersion).toBe("4");
    for (const d of differences) expect(sameField(proposal, d.take === "theirs" ? v(theirs) : v(yours), d.field)).toBe(true);
  });

  it("compares only the fields the form shows (an analyst's form has no effects)", () => {
    const { differences } = compareMilestoneVersions({ base, theirs: v({ opens: ["icc-rule"] }), yours: v({}), theirVersion: 4, fields: ["title"] });
    expect(differences).toEqual([]);
  });
});

describe("a version in the form's shape", () => {
  it("reads a record, a history picture and a form's submission alike", () => {
    const record = { ...base, version: 4, expectedVersion: undefined, whatChanged: null, situation: null, sources: [{ slug: "s", title: "S", url: null, publisher: "P", locator: "p. 2" }] };
    expect(milestoneFormValuesOf(record)).toMatchObject({ expectedVersion: "4", whatChanged: "", situation: "", sources: [{ slug: "s", title: "S", url: "", publisher: "P", locator: "p. 2" }] });
    const picture = { ...base, version: 2, sources: [{ source: "s", title: "S", url: null, locator: null }] };
    expect(milestoneFormValuesOf(picture)?.sources).toEqual([{ ...EMPTY_SOURCE, slug: "s", title: "S" }]);
    // Conform leaves an empty field out and a single ticked box as a string.
    const submission = { title: "T", forums: "icc", sources: [{ title: "New source", url: "https://example.org" }], expectedVersion: "3" };
    expect(milestoneFormValuesOf(submission)).toMatchObject({ title: "T", description: "", forums: ["icc"], cases: [], sources: [{ ...EMPTY_SOURCE, title: "New source", url: "https://example.org" }], expectedVersion: "3" });
    expect(milestoneFormValuesOf(null)).toBeNull();
  });

  it("takes as a base only a picture that names its track and type by slug", () => {
    expect(isMilestonePicture({ ...base })).toBe(true);
    expect(isMilestonePicture({ title: "Seeded long ago", typeId: "cm0", trackId: "cm1" })).toBe(false);
    expect(isMilestonePicture(null)).toBe(false);
  });
});
