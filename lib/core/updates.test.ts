import { describe, expect, it } from "vitest";
import { checkXml } from "@/tests/support/xml-check";
import {
  defaultSearchName,
  describeUpdate,
  excerpt,
  groupByDay,
  mergeUpdates,
  nextSeenAt,
  readUpTo,
  reasonFor,
  type CaseRef,
  type FollowRef,
  type UpdateRow,
} from "./updates";
import { buildUpdatesFeed, updateEntryId } from "@/lib/web/atom";
import { formatPartialDate } from "./dates";

const icc: FollowRef = { id: "f-icc", target: "FORUM", forum: { slug: "icc", name: "International Criminal Court", shortName: "ICC" } };
const theCase: FollowRef = { id: "f-case", target: "CASE", case: { slug: "situation-in-ukraine-x", title: "Prosecutor v. X" } };
const search: FollowRef = { id: "f-search", target: "SEARCH", query: "crime=war-crimes&forum=icc", name: "War crimes before the ICC" };
const follows = [icc, theCase, search];

const caseRef: CaseRef = { slug: "situation-in-ukraine-x", title: "Prosecutor v. X", reference: "ICC-01/22-01/23", forumShortName: "ICC", isSynthetic: false };

const stage = (over: Partial<Extract<UpdateRow, { kind: "stage" }>> = {}): UpdateRow => ({
  kind: "stage",
  id: "s1",
  recordedAt: "2026-11-20T10:00:00.000Z",
  recordedBy: "Ana Analyst",
  followIds: ["f-case"],
  case: caseRef,
  stage: "WARRANT_OR_NOTICE_OF_SUSPICION",
  previousStage: "INVESTIGATION",
  date: { date: "2023-03-17", precision: "DAY" },
  inAbsentia: false,
  ...over,
});

const milestone = (over: Partial<Extract<UpdateRow, { kind: "milestone" }>> = {}): UpdateRow => ({
  kind: "milestone",
  id: "m1",
  recordedAt: "2026-11-21T09:00:00.000Z",
  recordedBy: null,
  followIds: ["f-icc"],
  milestone: { slug: "icc-warrant-2023", title: "ICC issues arrest warrants", date: { date: "2023-03", precision: "MONTH" }, forums: ["ICC"], isSynthetic: false },
  ...over,
});

const note = (over: Partial<Extract<UpdateRow, { kind: "annotation" }>> = {}): UpdateRow => ({
  kind: "annotation",
  id: "a1",
  recordedAt: "2026-11-21T12:00:00.000Z",
  recordedBy: "Bo Analyst",
  followIds: ["f-search"],
  case: caseRef,
  change: "added",
  version: 1,
  assessment: "STALLED",
  verified: false,
  body: "## Progress\n\nThe **warrant** is [unenforced](https://example.org) so far.",
  ...over,
});

describe("why an item is shown", () => {
  it.each([
    [icc, "stage", "You follow the ICC", "/forums/icc"],
    [{ ...icc, forum: { slug: "ukraine-domestic", name: "Ukrainian national courts", shortName: "Ukrainian courts" } } as FollowRef, "stage", "You follow the Ukrainian courts", "/forums/ukraine-domestic"],
    [{ ...icc, forum: { slug: "x", name: "X", shortName: "The Court" } } as FollowRef, "stage", "You follow The Court", "/forums/x"],
    [theCase, "stage", "You follow this case", "/cases/situation-in-ukraine-x"],
    [theCase, "milestone", "You follow the case “Prosecutor v. X”", "/cases/situation-in-ukraine-x"],
    [search, "annotation", "Matches your saved search “War crimes before the ICC”", "/cases?crime=war-crimes&forum=icc"],
  ] as const)("%# %s", (follow, kind, text, href) => {
    expect(reasonFor(follow, kind)).toMatchObject({ text, href });
  });
});

describe("merging the kinds into one list", () => {
  it("shows an item matched by two follows once, with both reasons (case first)", () => {
    const items = mergeUpdates([stage({ followIds: ["f-search"] }), stage({ followIds: ["f-case", "f-icc"] })], follows);
    expect(items).toHaveLength(1);
    expect(items[0]!.reasons.map((r) => r.text)).toEqual(["You follow this case", "You follow the ICC", "Matches your saved search “War crimes before the ICC”"]);
  });

  it("sorts newest recorded first, across kinds, with a stable tie-break", () => {
    const items = mergeUpdates(
      [stage(), milestone(), note(), stage({ id: "s0", recordedAt: "2026-11-21T12:00:00.000Z" })],
      follows,
    );
    expect(items.map((i) => i.key)).toEqual(["annotation:a1", "stage:s0", "milestone:m1", "stage:s1"]);
  });

  it("drops rows whose follows are gone, and cuts at the limit", () => {
    expect(mergeUpdates([stage({ followIds: ["f-unknown"] })], follows)).toEqual([]);
    const many = Array.from({ length: 5 }, (_, n) => stage({ id: `s${n}`, recordedAt: `2026-11-2${n}T00:00:00.000Z` }));
    expect(mergeUpdates(many, follows, 3).map((i) => i.id)).toEqual(["s4", "s3", "s2"]);
  });

  it("keeps the latest reading of a record read twice", () => {
    const [item] = mergeUpdates([note({ recordedAt: "2026-11-21T12:00:00.000Z" }), note({ recordedAt: "2026-11-22T08:00:00.000Z", change: "edited", version: 2 })], follows);
    expect(item).toMatchObject({ recordedAt: "2026-11-22T08:00:00.000Z", change: "edited" });
  });
});

describe("what happened, in words", () => {
  it.each([
    [stage(), "Stage: Investigation → Warrant or notice of suspicion, 17 March 2023", "Prosecutor v. X (ICC-01/22-01/23, ICC)", "/cases/situation-in-ukraine-x"],
    [stage({ previousStage: null, stage: "INVESTIGATION", date: { date: "2022-03-01", precision: "MONTH" } }), "Stage: Investigation (first recorded stage), March 2022", "Prosecutor v. X (ICC-01/22-01/23, ICC)", "/cases/situation-in-ukraine-x"],
    [stage({ stage: "TRIAL", previousStage: "CONFIRMATION_OR_INDICTMENT", inAbsentia: true, case: { ...caseRef, reference: null, forumShortName: "Ukrainian courts" } }), "Stage: Confirmation of charges or indictment → Trial, 17 March 2023, in absentia", "Prosecutor v. X (Ukrainian courts)", "/cases/situation-in-ukraine-x"],
    [milestone(), "New milestone, dated March 2023", "ICC issues arrest warrants", "/milestones/icc-warrant-2023"],
    [note(), "New note: progress assessed as stalled", "Prosecutor v. X (ICC-01/22-01/23, ICC)", "/cases/situation-in-ukraine-x#note-a1"],
    [note({ change: "edited", version: 3, assessment: "ADVANCING", verified: true }), "Note edited (version 3): progress assessed as advancing, verified", "Prosecutor v. X (ICC-01/22-01/23, ICC)", "/cases/situation-in-ukraine-x#note-a1"],
  ])("%# %s", (row, headline, subject, href) => {
    expect(describeUpdate(row)).toMatchObject({ headline, subject, href });
  });

  it("gives a note's excerpt without its markup, and a milestone's forums", () => {
    expect(describeUpdate(note()).detail).toBe("Progress The warrant is unenforced so far.");
    expect(describeUpdate(milestone()).detail).toBe("Forums: ICC");
  });

  it.each([
    ["plain", 200, "plain"],
    ["> quoted *text* and `code`", 200, "quoted text and code"],
    ["one two three four five six", 15, "one two three…"],
    ["- a\n- b\n1. c", 200, "a b c"],
  ])("excerpt(%j, %i) = %j", (md, max, expected) => {
    expect(excerpt(md, max)).toBe(expected);
  });
});

describe("grouping and marking as read", () => {
  it("groups by the day of recording in the reader's zone, in order", () => {
    const items = mergeUpdates([stage(), milestone(), note()], follows);
    expect(groupByDay(items, "UTC").map((g) => [g.label, g.items.map((i) => i.id)])).toEqual([
      ["21 November 2026", ["a1", "m1"]],
      ["20 November 2026", ["s1"]],
    ]);
    // A moment late on a UTC day is the next day in Kyiv (UTC+2).
    const late = [{ recordedAt: "2026-11-20T23:30:00.000Z" }, { recordedAt: "2026-11-20T21:30:00.000Z" }];
    expect(groupByDay(late, "Europe/Kyiv").map((g) => g.label)).toEqual(["21 November 2026", "20 November 2026"]);
  });

  it("marks read up to the newest item shown, not now", () => {
    expect(readUpTo([])).toBeNull();
    expect(readUpTo(mergeUpdates([stage(), note(), milestone()], follows))).toBe("2026-11-21T12:00:00.000Z");
  });

  const now = new Date("2026-11-22T10:00:00.000Z");
  it.each([
    ["first time", null, "2026-11-21T12:00:00.000Z", "2026-11-21T12:00:00.000Z"],
    ["moves forward", new Date("2026-11-20T00:00:00.000Z"), "2026-11-21T12:00:00.000Z", "2026-11-21T12:00:00.000Z"],
    ["never backwards (a stale tab)", new Date("2026-11-22T00:00:00.000Z"), "2026-11-21T12:00:00.000Z", "2026-11-22T00:00:00.000Z"],
    ["never past now", null, "2030-01-01T00:00:00.000Z", "2026-11-22T10:00:00.000Z"],
    ["not a timestamp", null, "yesterday", null],
    ["not a date", null, "2026-13-45T99:00:00.000Z", null],
  ])("%s", (_label, current, requested, expected) => {
    expect(nextSeenAt(current, requested, now)?.toISOString() ?? null).toBe(expected);
  });

  it("names a saved search after its filters when the user gave no name", () => {
    expect(defaultSearchName("crime=war-crimes&forum=icc")).toBe("crime: war-crimes · forum: icc");
    expect(defaultSearchName("")).toBe("All cases");
  });
});

describe("the private feed", () => {
  const origin = "https://tracker.example.org";
  it("is well-formed Atom with one entry per item, its reasons and escaped text", () => {
    const items = mergeUpdates([stage({ followIds: ["f-case", "f-icc"] }), note({ body: "A <b>bold</b> & risky claim" })], follows);
    const xml = buildUpdatesFeed({ origin, selfUrl: `${origin}/updates/feed.xml?token=tft_x&y`, userName: "Ana <Analyst>", items, now: "2026-11-22T00:00:00.000Z" });
    const { problems, elements } = checkXml(xml);
    expect(problems).toEqual([]);
    expect(elements[0]).toMatchObject({ name: "feed", attributes: { xmlns: "http://www.w3.org/2005/Atom" } });
    expect(elements.filter((e) => e.name === "entry")).toHaveLength(2);
    expect(elements.filter((e) => e.name === "id").map((e) => e.text)).toEqual([
      `${origin}/updates/feed.xml?token=tft_x&y`,
      "tag:tracker.example.org,2025:update:annotation:a1",
      "tag:tracker.example.org,2025:update:stage:s1",
    ]);
    expect(elements.find((e) => e.name === "title")?.text).toBe("Updates for Ana <Analyst> · Accountability tracker");
    expect(elements.filter((e) => e.name === "updated").map((e) => e.text)).toEqual(["2026-11-21T12:00:00.000Z", "2026-11-21T12:00:00.000Z", "2026-11-20T10:00:00.000Z"]);
    expect(elements.filter((e) => e.name === "category").map((e) => e.attributes.label)).toEqual([
      "Matches your saved search “War crimes before the ICC”",
      "You follow this case",
      "You follow the ICC",
    ]);
    const summary = elements.filter((e) => e.name === "summary")[1]!.text;
    expect(summary).toContain("Stage: Investigation → Warrant or notice of suspicion, 17 March 2023");
    expect(summary).toContain("Why you see this: You follow this case; You follow the ICC.");
    expect(xml).toContain("A &lt;b&gt;bold&lt;/b&gt; &amp; risky claim");
  });

  it("uses the clock given when it has no entries", () => {
    const xml = buildUpdatesFeed({ origin, selfUrl: `${origin}/updates/feed.xml?token=t`, userName: "A", items: [], now: "2026-11-22T00:00:00.000Z" });
    expect(checkXml(xml).problems).toEqual([]);
    expect(checkXml(xml).elements.find((e) => e.name === "updated")?.text).toBe("2026-11-22T00:00:00.000Z");
    expect(updateEntryId(origin, { kind: "milestone", id: "m1" })).toBe("tag:tracker.example.org,2025:update:milestone:m1");
  });
});

describe("in Ukrainian", () => {
  it.each([
    [icc, "stage", "Ви стежите за форумом ICC"],
    [theCase, "stage", "Ви стежите за цією справою"],
    [theCase, "milestone", "Ви стежите за справою «Prosecutor v. X»"],
    [search, "annotation", "Відповідає вашому збереженому пошуку «War crimes before the ICC»"],
  ] as const)("%# the reason: %s", (follow, kind, text) => {
    expect(reasonFor(follow, kind, "uk")).toMatchObject({ text, href: reasonFor(follow, kind).href });
  });

  it("merges with the reasons in Ukrainian", () => {
    const [item] = mergeUpdates([stage({ followIds: ["f-search", "f-case", "f-icc"] })], follows, 10, "uk");
    expect(item!.reasons.map((r) => r.text)).toEqual(["Ви стежите за цією справою", "Ви стежите за форумом ICC", "Відповідає вашому збереженому пошуку «War crimes before the ICC»"]);
  });

  it.each([
    [stage(), `Стадія: Розслідування → Ордер на арешт або повідомлення про підозру, ${formatPartialDate({ date: "2023-03-17", precision: "DAY" }, "uk")}`, "Зміна стадії"],
    [stage({ previousStage: null, stage: "INVESTIGATION", date: { date: "2022-03-01", precision: "MONTH" } }), "Стадія: Розслідування (перша записана стадія), березень 2022 р.", "Зміна стадії"],
    [stage({ previousStage: "TRIAL", stage: "TRIAL" }), "Стадія: Судовий розгляд (повторно), 17 березня 2023 р.", "Зміна стадії"],
    [stage({ stage: "TRIAL", previousStage: "CONFIRMATION_OR_INDICTMENT", inAbsentia: true }), "Стадія: Підтвердження обвинувачень або обвинувальний акт → Судовий розгляд, 17 березня 2023 р., заочно", "Зміна стадії"],
    [milestone(), "Нова подія, дата: березень 2023 р.", "Подія"],
    [note(), "Нова нотатка: хід справи оцінено як «застопорилася»", "Нотатка"],
    [note({ change: "edited", version: 3, assessment: "ADVANCING", verified: true }), "Нотатку змінено (версія 3): хід справи оцінено як «просувається», перевірено", "Нотатка"],
  ])("%# %s", (row, headline, kindLabel) => {
    expect(describeUpdate(row, "uk")).toMatchObject({ headline, kindLabel, subject: describeUpdate(row).subject, href: describeUpdate(row).href });
  });

  it("names a milestone's forums, and heads each day in Ukrainian", () => {
    expect(describeUpdate(milestone(), "uk").detail).toBe("Форуми: ICC");
    const items = mergeUpdates([stage(), milestone(), note()], follows);
    expect(groupByDay(items, "UTC", "uk").map((g) => g.label)).toEqual(["21 листопада 2026 р.", "20 листопада 2026 р."]);
  });

  it("writes the private feed's entries in Ukrainian", () => {
    const items = mergeUpdates([milestone()], follows, 10, "uk");
    const xml = buildUpdatesFeed({ origin: "https://tracker.example", selfUrl: "https://tracker.example/uk/updates/feed.xml?token=t", userName: "Ana", items, now: "2026-12-01T00:00:00.000Z", locale: "uk" });
    expect(xml).toContain("Подія: ICC issues arrest warrants: Нова подія, дата: березень 2023 р.");
    expect(xml).toContain('label="Ви стежите за форумом ICC"');
  });
});
