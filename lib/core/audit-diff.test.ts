import { describe, expect, it } from "vitest";
import { diffSnapshots, referencedSlugs, type ReferenceNames } from "./audit-diff";

describe("diffSnapshots", () => {
  it("lists only the changed fields, in words", () => {
    const before = { version: 1, title: "A", date: "2026-10", precision: "MONTH", forums: ["icc"], sources: [{ source: "s", title: "Post", url: "https://e.org", locator: null }] };
    const after = { version: 2, title: "A", date: "2026-10-25", precision: "DAY", forums: ["icc", "special-tribunal"], sources: before.sources };
    expect(diffSnapshots(before, after)).toEqual([
      { field: "date", label: "Date", before: "October 2026 (month precision)", after: "25 October 2026 (day precision)" },
      { field: "forums", label: "Forums", before: "icc", after: "icc; special-tribunal" },
    ]);
  });

  it("a creation shows every field given, against nothing", () => {
    expect(diffSnapshots(null, { title: "A", whatChanged: null })).toEqual([{ field: "title", label: "Title", before: null, after: "A" }]);
  });

  it.each([
    ["Case", { summary: "Old" }, { summary: "New" }, { field: "summary", label: "Summary", before: "Old", after: "New" }],
    ["JurisdictionRule", { summary: "Old" }, { summary: "New" }, { field: "summary", label: "What the rule says", before: "Old", after: "New" }],
    ["Case", { stage: "INVESTIGATION" }, { stage: "TRIAL" }, { field: "stage", label: "Stage", before: "Investigation", after: "Trial" }],
    ["Case", { inAbsentia: false }, { inAbsentia: true }, { field: "inAbsentia", label: "In absentia", before: "no", after: "yes" }],
    ["Case", { stageDate: "2023" }, { stageDate: "2023-03-17" }, { field: "stageDate", label: "Stage reached on", before: "2023 (year precision)", after: "17 March 2023 (day precision)" }],
    ["JurisdictionRule", { conditionKind: null }, { conditionKind: "NOT_OPERATIONAL" }, { field: "conditionKind", label: "Kind of condition", before: null, after: "The forum is not yet operational" }],
    ["JurisdictionRule", { conductTo: null }, { conductTo: "2014-02-22" }, { field: "conductTo", label: "Conduct reached until", before: null, after: "2014-02-22" }],
    ["Annotation", { assessment: "STALLED" }, { assessment: "BLOCKED" }, { field: "assessment", label: "Progress assessment", before: "Stalled", after: "Blocked" }],
  ])("a %s's own field names and values in words", (entityType, before, after, change) => {
    expect(diffSnapshots(before, after, entityType)).toEqual([change]);
  });
});

describe("a history names records, not their slugs", () => {
  const names: ReferenceNames = {
    track: new Map([["accountability", "Accountability"]]),
    situation: new Map([["ukraine", "Ukraine"]]),
    forum: new Map([
      ["icc", "ICC"],
      ["special-tribunal", "Special Tribunal"],
    ]),
  };

  it("shows each slug a milestone's snapshot holds as its record's name, and a slug it cannot name as written", () => {
    const changes = diffSnapshots(
      { track: "sanctions", situation: null, forums: ["icc"], title: "A" },
      { track: "accountability", situation: "ukraine", forums: ["icc", "special-tribunal", "gone-forum"], title: "A" },
      "Milestone",
      names,
    );
    expect(changes.map(({ label, before, after }) => [label, before, after])).toEqual([
      ["Track", "sanctions", "Accountability"],
      ["Situation", null, "Ukraine"],
      ["Forums", "ICC", "ICC; Special Tribunal; gone-forum"],
    ]);
  });

  it("the same field of another entity is not a reference (an accused's kind is; a milestone's title never is)", () => {
    expect(diffSnapshots({ title: "icc" }, { title: "special-tribunal" }, "Milestone", names)[0]!.after).toBe("special-tribunal");
  });

  it("collects the slugs to look up, per kind, from every snapshot of a history", () => {
    const wanted = referencedSlugs([
      { entityType: "Milestone", values: [{ track: "sanctions", forums: ["icc"] }, null, { track: "accountability", forums: [] }] },
      { entityType: "Accused", values: [{ kind: "natural", level: "top-leadership" }] },
      { entityType: "Source", values: [{ title: "ignored" }] },
    ]);
    expect(Object.fromEntries([...wanted].map(([k, v]) => [k, [...v].sort()]))).toEqual({
      track: ["accountability", "sanctions"],
      forum: ["icc"],
      accusedKind: ["natural"],
      level: ["top-leadership"],
    });
  });
});

describe("diffSnapshots in Ukrainian", () => {
  it.each<[string, string | undefined, Record<string, unknown>, Record<string, unknown>, { label: string; before: string | null; after: string | null }]>([
    ["a milestone's title", "Milestone", { title: "A" }, { title: "B" }, { label: "Назва", before: "A", after: "B" }],
    ["a milestone's status", "Milestone", { status: "EXPECTED" }, { status: "HAPPENED" }, { label: "Відбулася чи очікується", before: "Очікується", after: "Відбулася" }],
    ["a date and its precision", "Milestone", { date: "2024-10" }, { date: "2024-10-25" }, { label: "Дата", before: "жовтень 2024 р. (з точністю до місяця)", after: "25 жовтня 2024 р. (з точністю до дня)" }],
    ["a case's stage", "Case", { stage: "INVESTIGATION" }, { stage: "TRIAL" }, { label: "Стадія", before: "Розслідування", after: "Судовий розгляд" }],
    ["in absentia", "Case", { inAbsentia: false }, { inAbsentia: true }, { label: "Заочно", before: "ні", after: "так" }],
    ["a rule's kind of condition", "JurisdictionRule", { conditionKind: null }, { conditionKind: "NOT_OPERATIONAL" }, { label: "Вид умови", before: null, after: "Форум ще не діє" }],
    ["a note's assessment", "Annotation", { assessment: "ADVANCING" }, { assessment: "BLOCKED" }, { label: "Оцінка ходу справи", before: "Просувається", after: "Заблокована" }],
    ["a deletion", "Milestone", { deletedAt: null }, { deletedAt: "2026-11-20T10:15:00.000Z" }, { label: "Видалено", before: null, after: "так, 2026-11-20 10:15 UTC" }],
    ["a source's passage", "Milestone", { sources: [] }, { sources: [{ title: "Statute", url: null, locator: "Art. 5" }] }, { label: "Джерела", before: null, after: "Statute, уривок: «Art. 5»" }],
    ["an account's password", "User", { password: false }, { password: true }, { label: "Пароль", before: "false", after: "true" }],
  ])("%s", (_name, entityType, before, after, change) => {
    const [ukChange] = diffSnapshots(before, after, entityType, {}, "uk");
    expect(ukChange).toMatchObject(change);
    // The same field changes in English, with the English words.
    expect(diffSnapshots(before, after, entityType).map((c) => c.field)).toEqual([ukChange!.field]);
  });

  it("keeps a record's names as the server read them", () => {
    const names: ReferenceNames = { forum: new Map([["icc", "International Criminal Court"]]) };
    expect(diffSnapshots({ forum: null }, { forum: "icc" }, "JurisdictionRule", names, "uk")).toEqual([{ field: "forum", label: "Форум", before: null, after: "International Criminal Court" }]);
  });

  it("leaves the English as it was", () => {
    expect(diffSnapshots({ date: "2024-10" }, { date: "2024-10-25" }, "Milestone")).toEqual([{ field: "date", label: "Date", before: "October 2024 (month precision)", after: "25 October 2024 (day precision)" }]);
  });
});
