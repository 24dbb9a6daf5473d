import { describe, expect, it } from "vitest";
import { parsePartialDate, type PartialDate } from "./dates";
import {
  allowedNextStages,
  CASE_STAGES,
  checkStageChange,
  inAbsentiaOf,
  moveOf,
  needsNote,
  stageChoices,
  type CaseStage,
  type CurrentStage,
} from "./stage-machine";

const TODAY = "2026-05-01";
const d = (text: string): PartialDate => parsePartialDate(text)!;
const at = (stage: CaseStage, date = "2024-01-10"): CurrentStage => ({ stage, date: d(date) });
const change = (stage: CaseStage, date = "2025-01-10", extra: { inAbsentia?: boolean; note?: string | null } = {}) => ({
  stage,
  date: d(date),
  inAbsentia: extra.inAbsentia ?? false,
  note: extra.note ?? null,
});
const fields = (problems: { field: string }[]) => problems.map((p) => p.field);

describe("the ten stages", () => {
  it("are in the order proceedings go through them", () => {
    expect(CASE_STAGES).toEqual([
      "PRELIMINARY_EXAMINATION",
      "INVESTIGATION",
      "WARRANT_OR_NOTICE_OF_SUSPICION",
      "ARREST_OR_SURRENDER",
      "CONFIRMATION_OR_INDICTMENT",
      "TRIAL",
      "JUDGMENT",
      "APPEAL",
      "REPARATIONS",
      "CLOSED",
    ]);
  });
});

describe("the first recorded stage", () => {
  it.each(CASE_STAGES.filter((s) => s !== "CLOSED"))("may be %s, without a note", (stage) => {
    expect(checkStageChange(null, change(stage), TODAY)).toEqual([]);
  });

  it("may be CLOSED, with a note saying why", () => {
    expect(fields(checkStageChange(null, change("CLOSED"), TODAY))).toEqual(["note"]);
    expect(checkStageChange(null, change("CLOSED", "2025", { note: "Proceedings discontinued." }), TODAY)).toEqual([]);
  });

  it("offers every stage", () => {
    expect(allowedNextStages(null)).toEqual([...CASE_STAGES]);
  });
});

describe("moving from one stage to another", () => {
  // [from, to, accepted without a note, accepted with a note]
  const table: [CaseStage, CaseStage, boolean, boolean][] = [
    // Forward, also skipping stages.
    ["PRELIMINARY_EXAMINATION", "INVESTIGATION", true, true],
    ["INVESTIGATION", "WARRANT_OR_NOTICE_OF_SUSPICION", true, true],
    ["PRELIMINARY_EXAMINATION", "WARRANT_OR_NOTICE_OF_SUSPICION", true, true],
    ["WARRANT_OR_NOTICE_OF_SUSPICION", "CONFIRMATION_OR_INDICTMENT", true, true],
    // A trial in absentia skips the arrest.
    ["WARRANT_OR_NOTICE_OF_SUSPICION", "TRIAL", true, true],
    ["INVESTIGATION", "TRIAL", true, true],
    ["TRIAL", "JUDGMENT", true, true],
    ["JUDGMENT", "APPEAL", true, true],
    ["JUDGMENT", "REPARATIONS", true, true],
    ["APPEAL", "REPARATIONS", true, true],
    // Judgment only from trial (or, with a note, a plea agreement at indictment); appeal only from a
    // judgment, a reparations order or (with a note) an appeal; reparations only after a conviction.
    ["CONFIRMATION_OR_INDICTMENT", "JUDGMENT", false, true],
    ["APPEAL", "APPEAL", false, true],
    ["INVESTIGATION", "JUDGMENT", false, false],
    ["TRIAL", "APPEAL", false, false],
    ["TRIAL", "REPARATIONS", false, false],
    ["WARRANT_OR_NOTICE_OF_SUSPICION", "APPEAL", false, false],
    // Back: only with a note.
    ["CONFIRMATION_OR_INDICTMENT", "INVESTIGATION", false, true],
    ["APPEAL", "TRIAL", false, true],
    ["JUDGMENT", "TRIAL", false, true],
    ["REPARATIONS", "APPEAL", false, true],
    ["CLOSED", "INVESTIGATION", false, true],
    ["CLOSED", "TRIAL", false, true],
    // Out of a closed case, the only-from rules still hold: it reopens at an earlier stage first.
    ["CLOSED", "JUDGMENT", false, false],
    ["CLOSED", "APPEAL", false, false],
    ["CLOSED", "REPARATIONS", false, false],
    ["REPARATIONS", "JUDGMENT", false, false],
    // Closing: from any stage, only with a note.
    ["PRELIMINARY_EXAMINATION", "CLOSED", false, true],
    ["TRIAL", "CLOSED", false, true],
    ["JUDGMENT", "CLOSED", false, true],
    ["REPARATIONS", "CLOSED", false, true],
    // The same stage again: never.
    ["TRIAL", "TRIAL", false, false],
    ["CLOSED", "CLOSED", false, false],
    ["INVESTIGATION", "INVESTIGATION", false, false],
  ];

  it.each(table)("%s → %s: without a note %s, with a note %s", (from, to, withoutNote, withNote) => {
    expect(checkStageChange(at(from), change(to), TODAY).length === 0).toBe(withoutNote);
    expect(checkStageChange(at(from), change(to, "2025-01-10", { note: "Why it changed." }), TODAY).length === 0).toBe(withNote);
    // The form offers exactly the stages that some change (with a note if needed) allows.
    expect(allowedNextStages(from).includes(to)).toBe(withNote);
    expect(needsNote(from, to)).toBe(withNote && !withoutNote);
  });

  it.each([
    ["INVESTIGATION", "JUDGMENT", /judgment ends a trial: record the trial first .*\(the case is at investigation\)/],
    ["CLOSED", "REPARATIONS", /Reparations are ordered after a conviction/],
    ["TRIAL", "APPEAL", /appeal lies against a judgment or a reparations order: record the judgment first/],
    ["TRIAL", "REPARATIONS", /Reparations are ordered after a conviction: the case must be at judgment or on appeal \(the case is at trial\)/],
    ["TRIAL", "TRIAL", /already at trial/],
  ] as const)("%s → %s is refused on the stage, in words", (from, to, message) => {
    const problems = checkStageChange(at(from), change(to, "2025", { note: "A note does not help." }), TODAY);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: "stage", message: expect.stringMatching(message) });
  });

  it("asks for a note when moving back, with examples", () => {
    const [problem] = checkStageChange(at("CONFIRMATION_OR_INDICTMENT"), change("INVESTIGATION"), TODAY);
    expect(problem).toMatchObject({ field: "note", message: expect.stringMatching(/back from confirmation of charges or indictment to investigation needs a note saying why/) });
  });

  it("asks for a note when closing, and a blank note is no note", () => {
    const [problem] = checkStageChange(at("TRIAL"), change("CLOSED", "2025", { note: "   " }), TODAY);
    expect(problem).toMatchObject({ field: "note", message: expect.stringMatching(/Closing a case needs a note/) });
  });

  it.each<[Parameters<typeof moveOf>[0], CaseStage, string]>([
    [null, "TRIAL", "first"],
    ["TRIAL", "JUDGMENT", "forward"],
    ["TRIAL", "INVESTIGATION", "back"],
    ["TRIAL", "CLOSED", "close"],
    ["CLOSED", "TRIAL", "back"],
    ["TRIAL", "TRIAL", "same"],
  ])("%s → %s is a %s move", (from, to, move) => {
    expect(moveOf(from, to)).toBe(move);
  });

  it("lists the stages a trial may move to, and why the others are not offered", () => {
    expect(allowedNextStages("TRIAL")).toEqual([
      "PRELIMINARY_EXAMINATION",
      "INVESTIGATION",
      "WARRANT_OR_NOTICE_OF_SUSPICION",
      "ARREST_OR_SURRENDER",
      "CONFIRMATION_OR_INDICTMENT",
      "JUDGMENT",
      "CLOSED",
    ]);
    const choices = stageChoices("TRIAL");
    expect(choices.find((c) => c.stage === "JUDGMENT")).toMatchObject({ allowed: true, needsNote: false, why: null });
    expect(choices.find((c) => c.stage === "INVESTIGATION")).toMatchObject({ allowed: true, needsNote: true });
    expect(choices.find((c) => c.stage === "APPEAL")).toMatchObject({ allowed: false, why: expect.stringMatching(/record the judgment first/) });
    expect(choices.find((c) => c.stage === "TRIAL")).toMatchObject({ allowed: false, why: expect.stringMatching(/already at trial/) });
  });
});

describe("in absentia", () => {
  it.each<[CaseStage, boolean]>([
    ["TRIAL", true],
    ["JUDGMENT", true],
    ["APPEAL", true],
    ["WARRANT_OR_NOTICE_OF_SUSPICION", false],
    ["ARREST_OR_SURRENDER", false],
    ["CONFIRMATION_OR_INDICTMENT", false],
    ["REPARATIONS", false],
  ])("may be flagged on %s: %s", (stage, allowed) => {
    const problems = checkStageChange(null, change(stage, "2025", { inAbsentia: true }), TODAY);
    expect(problems.length === 0).toBe(allowed);
    if (!allowed) expect(problems[0]).toMatchObject({ field: "inAbsentia", message: expect.stringMatching(/Only a trial, a judgment or an appeal can be held in absentia/) });
  });

  it.each<[string, { stage: CaseStage; inAbsentia: boolean }[], boolean]>([
    ["no trial yet", [{ stage: "INVESTIGATION", inAbsentia: false }], false],
    ["a trial in absentia", [{ stage: "WARRANT_OR_NOTICE_OF_SUSPICION", inAbsentia: false }, { stage: "TRIAL", inAbsentia: true }], true],
    ["a judgment after a trial in absentia", [{ stage: "TRIAL", inAbsentia: true }, { stage: "JUDGMENT", inAbsentia: false }], true],
    [
      "a retrial in person after a trial in absentia",
      [{ stage: "TRIAL", inAbsentia: true }, { stage: "JUDGMENT", inAbsentia: true }, { stage: "APPEAL", inAbsentia: false }, { stage: "TRIAL", inAbsentia: false }],
      false,
    ],
    ["a case first recorded at its judgment in absentia", [{ stage: "JUDGMENT", inAbsentia: true }], true],
    ["an in-person trial, whatever the appeal", [{ stage: "TRIAL", inAbsentia: false }, { stage: "JUDGMENT", inAbsentia: false }, { stage: "APPEAL", inAbsentia: true }], false],
  ])("the case is in absentia after %s: %s", (_what, history, expected) => {
    expect(inAbsentiaOf(history)).toBe(expected);
  });
});

describe("dates", () => {
  // [current stage's date, new date, accepted]
  const table: [string, string, boolean][] = [
    ["2024-10-25", "2024-10-26", true],
    ["2024-10-25", "2024-10-25", true],
    ["2024-10-25", "2024-10-24", false],
    ["2024-10-25", "2024-10", true], // cannot tell: the month contains the day
    ["2024-10-25", "2024-09", false],
    ["2024-10-25", "2024", true],
    ["2024-10-25", "2023", false],
    ["2024-10", "2024-10-01", true],
    ["2024-10", "2024-09-30", false],
    ["2024", "2024-03-02", true],
    ["2024", "2023-12-31", false],
    ["2024", "2024", true],
  ];
  it.each(table)("current stage on %s, next on %s: accepted %s", (since, date, accepted) => {
    const problems = checkStageChange(at("INVESTIGATION", since), change("TRIAL", date), TODAY);
    expect(problems.length === 0).toBe(accepted);
    if (!accepted) expect(problems[0]).toMatchObject({ field: "date", message: expect.stringMatching(/reached investigation on .*; a later stage cannot be dated before that/) });
  });

  it.each<[string, boolean]>([
    ["2026-05-01", true],
    ["2026-05", true],
    ["2026", true],
    ["2026-05-02", false],
    ["2026-06", false],
    ["2027", false],
  ])("today is 2026-05-01; a stage on %s is accepted: %s", (date, accepted) => {
    const problems = checkStageChange(null, change("INVESTIGATION", date), TODAY);
    expect(problems.length === 0).toBe(accepted);
    if (!accepted) expect(problems[0]).toMatchObject({ field: "date", message: expect.stringMatching(/is in the future/) });
  });

  it("reports every problem at once", () => {
    const problems = checkStageChange(at("TRIAL", "2025-03-01"), change("INVESTIGATION", "2025-02", { inAbsentia: true }), TODAY);
    expect(fields(problems)).toEqual(["note", "inAbsentia", "date"]);
  });
});
