import { describe, expect, it } from "vitest";
import { jsonRecord } from "./records";
import { closestValue, codedValueProblems, unknownValueMessage, type CodedValue, type ImportVocabulary } from "./vocabulary";

const list = (...pairs: [string, string][]): CodedValue[] => pairs.map(([value, label]) => ({ value, label }));
const tracks = list(["accountability", "Accountability"], ["security-guarantees", "Security guarantees"], ["sanctions", "Sanctions"]);
const forums = list(["icc", "International Criminal Court"], ["special-tribunal", "Special Tribunal for the Crime of Aggression"], ["ukraine-domestic", "Courts of Ukraine"]);
const types = list(["arrest-warrant", "Arrest warrant"], ["judgment", "Judgment"], ["entry-into-force", "Entry into force"]);

describe("closestValue names the value a person most likely meant, and only a close one", () => {
  it.each([
    ["the slug in capitals", "ACCOUNTABILITY", tracks, "accountability"],
    ["the name instead of the slug", "Security guarantees", tracks, "security-guarantees"],
    ["underscores for hyphens", "security_guarantees", tracks, "security-guarantees"],
    ["a typing slip", "sanctons", tracks, "sanctions"],
    ["two letters swapped", "jugdment", types, "judgment"],
    ["one word of the slug", "tribunal", forums, "special-tribunal"],
    ["the forum's name", "international criminal court", forums, "icc"],
    ["a word meaning something else", "justice", tracks, null],
    ["a short word far from all", "xyz", forums, null],
    ["nothing", "  ", tracks, null],
  ])("%s", (_name, given, values, expected) => {
    expect(closestValue(given, values)).toBe(expected);
  });
});

describe("unknownValueMessage", () => {
  it("names the value, the list's values, and the likely one", () => {
    expect(unknownValueMessage("sanctons", "track", tracks)).toBe("“sanctons”: no such track; did you mean “sanctions”? The tracks are: accountability, security-guarantees, sanctions.");
    expect(unknownValueMessage("justice", "track", tracks)).toBe("“justice”: no such track. The tracks are: accountability, security-guarantees, sanctions.");
    expect(unknownValueMessage("x", "instrument", [])).toBe("“x”: no such instrument. The tracker records no instruments yet.");
  });
});

describe("codedValueProblems refuses every unknown code of a record at its column", () => {
  const vocabulary = {
    forum: forums,
    situation: list(["ukraine", "Ukraine"]),
    stage: list(["investigation", "Investigation"], ["warrant-or-notice-of-suspicion", "Warrant or notice of suspicion"]),
    crime: list(["war-crimes", "War crimes"]),
    mode: list(["direct", "Direct"]),
    accusedKind: list(["natural", "Natural person"], ["legal", "Legal person"]),
    level: list(["senior-command", "Senior command"]),
    provision: [],
    track: tracks,
    type: types,
    instrument: [],
  } satisfies ImportVocabulary;

  it("a milestone's track, type, situation and each forum", () => {
    const record = jsonRecord({ track: "justice", type: "judgment", situation: "ukraine", forums: ["icc", "tribunal"], instruments: [] }, 1, 1);
    expect(codedValueProblems("milestones", record, vocabulary)).toEqual([
      { column: "track", message: expect.stringMatching(/^“justice”: no such track\./) },
      { column: "forums[1]", message: expect.stringMatching(/^“tribunal”: no such forum; did you mean “special-tribunal”\?/) },
    ]);
  });

  it("a case's stage in either spelling, its accused's kind and level, its charges' codes", () => {
    const record = jsonRecord(
      {
        forum: "icc",
        situation: "ukraine",
        stage: { stage: "WARRANT_OR_NOTICE_OF_SUSPICION" },
        accused: [{ kind: "robot", level: "senior-command" }, { slug: "someone-recorded" }],
        charges: [{ crime: "war-crimes", mode: "drect", provision: null }],
      },
      1,
      1,
    );
    expect(codedValueProblems("cases", record, vocabulary)).toEqual([
      { column: "accused[0].kind", message: "“robot”: no such kind of accused. The kinds of accused are: natural, legal." },
      { column: "charges[0].mode", message: "“drect”: no such mode of liability; did you mean “direct”? The modes of liability are: direct." },
    ]);
  });

  it("leaves empty, missing, mistyped and NUL-bearing values to the schema's own refusals", () => {
    const record = jsonRecord({ track: "", type: 3, forums: ["icc", null], situation: "uk\u0000raine" }, 1, 1);
    expect(codedValueProblems("milestones", record, vocabulary)).toEqual([]);
  });
});
