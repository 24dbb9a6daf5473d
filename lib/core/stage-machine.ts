/**
 * The stages of a case and which changes between them the tracker accepts
 * (docs/decisions/009-case-stages.md). Pure: today's date comes in as an argument.
 *
 * The tracker records what a forum did, so the rules refuse only what cannot have happened (a
 * judgment without a trial) or what a reader could not understand without an explanation (a case
 * going back, or closing, needs a note saying why). Everything else is accepted, because real
 * proceedings skip stages: a national case may start at a notice of suspicion, and a trial in
 * absentia has no arrest.
 */
import { CASE_STAGE_LABELS } from "./labels";
import { formatPartialDate, periodOf, type IsoDate, type PartialDate } from "./dates";

/** The ten stages, in the order proceedings normally go through them. */
export const CASE_STAGES = [
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
] as const;

export type CaseStage = (typeof CASE_STAGES)[number];

/** The stages a hearing can be held at without the accused: only these may be flagged "in absentia". */
export const IN_ABSENTIA_STAGES: readonly CaseStage[] = ["TRIAL", "JUDGMENT", "APPEAL"];

/**
 * Stages that can only be reached from particular stages, by any move (forward, back, or out of a
 * closed case): a judgment ends a trial (or, without one, approves a plea agreement at the
 * indictment stage); an appeal lies against a judgment or a reparations order, and a further
 * appeal (cassation) against an appeal ruling; reparations follow a conviction (at judgment or on
 * appeal). A closed case that reopens goes back to an earlier stage first.
 */
const ONLY_FROM: Partial<Record<CaseStage, readonly CaseStage[]>> = {
  JUDGMENT: ["TRIAL", "CONFIRMATION_OR_INDICTMENT"],
  APPEAL: ["JUDGMENT", "REPARATIONS", "APPEAL"],
  REPARATIONS: ["JUDGMENT", "APPEAL"],
};

const WHY_ONLY_FROM: Record<"JUDGMENT" | "APPEAL" | "REPARATIONS", string> = {
  JUDGMENT: "A judgment ends a trial: record the trial first (or, for a plea agreement approved without a trial, the indictment)",
  APPEAL: "An appeal lies against a judgment or a reparations order: record the judgment first",
  REPARATIONS: "Reparations are ordered after a conviction: the case must be at judgment or on appeal",
};

/** Moves that are allowed but unusual enough to need a note saying what happened. */
const UNUSUAL: readonly (readonly [CaseStage, CaseStage, string])[] = [
  ["CONFIRMATION_OR_INDICTMENT", "JUDGMENT", "A judgment without a trial needs a note saying what happened (for example: a plea agreement approved at the preparatory hearing)."],
  ["APPEAL", "APPEAL", "A further appeal needs a note naming it (for example: cassation before the Supreme Court after the appellate ruling)."],
];
const unusual = (current: CaseStage | null, next: CaseStage) => UNUSUAL.find(([from, to]) => from === current && to === next)?.[2] ?? null;

const label = (stage: CaseStage) => CASE_STAGE_LABELS[stage];
const lower = (stage: CaseStage) => label(stage).charAt(0).toLowerCase() + label(stage).slice(1);
const order = (stage: CaseStage) => CASE_STAGES.indexOf(stage);

export type CurrentStage = { stage: CaseStage; date: PartialDate };

/** What kind of move a change is, which decides what it needs. */
export type Move = "first" | "forward" | "back" | "close" | "same";

export function moveOf(current: CaseStage | null, next: CaseStage): Move {
  if (current === null) return "first";
  if (current === next) return "same";
  if (next === "CLOSED") return "close";
  return order(next) > order(current) ? "forward" : "back";
}

/** Why the case cannot go from `current` to `next` at all (whatever the note or date), or null. */
export function refusalOf(current: CaseStage | null, next: CaseStage): string | null {
  const move = moveOf(current, next);
  if (move === "same" && !unusual(current, next)) return `The case is already at ${lower(next)}. Record a stage only when the case moves to another one.`;
  if (move !== "first") {
    const only = ONLY_FROM[next];
    if (only && !only.includes(current!)) {
      return `${WHY_ONLY_FROM[next as keyof typeof WHY_ONLY_FROM]} (the case is at ${lower(current!)}).`;
    }
  }
  return null;
}

/** Whether moving to `next` needs a note saying why: going back, closing, and the unusual moves do. */
export function needsNote(current: CaseStage | null, next: CaseStage): boolean {
  if (refusalOf(current, next) !== null) return false;
  const move = moveOf(current, next);
  return move === "back" || move === "close" || (move === "first" && next === "CLOSED") || unusual(current, next) !== null;
}

export type StageChoice = {
  stage: CaseStage;
  label: string;
  allowed: boolean;
  /** Allowed only with a note saying why (going back, or closing). */
  needsNote: boolean;
  /** Why it is not allowed (when `allowed` is false). */
  why: string | null;
};

/** Every stage, with whether the case may move to it from `current` and what that needs: for the form. */
export function stageChoices(current: CaseStage | null): StageChoice[] {
  return CASE_STAGES.map((stage) => {
    const why = refusalOf(current, stage);
    return { stage, label: label(stage), allowed: why === null, needsNote: why === null && needsNote(current, stage), why };
  });
}

/** The stages the case may move to next (for the UI; the server checks again with the date and note). */
export function allowedNextStages(current: CaseStage | null): CaseStage[] {
  return stageChoices(current)
    .filter((c) => c.allowed)
    .map((c) => c.stage);
}

export type StageChangeProposal = {
  stage: CaseStage;
  date: PartialDate;
  inAbsentia: boolean;
  note: string | null;
};

export type StageProblem = { field: "stage" | "date" | "inAbsentia" | "note"; message: string };

const NOTE_EXAMPLES: Record<"back" | "close", string> = {
  back: "for example: charges not confirmed, so back to investigation; retrial ordered on appeal; a closed case reopened",
  close: "for example: acquittal final, proceedings discontinued, accused deceased, sentence served",
};

/**
 * Checks a stage change against the case's current stage (null for the first recorded stage).
 * Returns every problem at once, each naming the field it concerns; an empty list means the change
 * may be recorded.
 */
export function checkStageChange(current: CurrentStage | null, proposal: StageChangeProposal, today: IsoDate): StageProblem[] {
  const problems: StageProblem[] = [];
  const from = current?.stage ?? null;
  const refusal = refusalOf(from, proposal.stage);
  if (refusal) problems.push({ field: "stage", message: refusal });

  if (!refusal && needsNote(from, proposal.stage) && !proposal.note?.trim()) {
    const move = moveOf(from, proposal.stage);
    problems.push({
      field: "note",
      message: unusual(from, proposal.stage) ??
        (move === "back"
          ? `Moving the case back from ${lower(from!)} to ${lower(proposal.stage)} needs a note saying why (${NOTE_EXAMPLES.back}).`
          : `Closing a case needs a note saying why (${NOTE_EXAMPLES.close}).`),
    });
  }

  if (proposal.inAbsentia && !IN_ABSENTIA_STAGES.includes(proposal.stage)) {
    problems.push({
      field: "inAbsentia",
      message: `Only a trial, a judgment or an appeal can be held in absentia; ${lower(proposal.stage)} cannot be flagged so.`,
    });
  }

  const period = periodOf(proposal.date);
  if (period.start > today) {
    problems.push({ field: "date", message: `${formatPartialDate(proposal.date)} is in the future: record a stage once it has happened.` });
  } else if (current) {
    // Partial dates are periods: refuse only when the new period certainly ends before the current
    // stage's period begins. "October 2024" after "25 October 2024" cannot be told apart, so it stands.
    const since = periodOf(current.date);
    if (period.end < since.start) {
      problems.push({
        field: "date",
        message: `The case reached ${lower(current.stage)} on ${formatPartialDate(current.date)}; a later stage cannot be dated before that (${formatPartialDate(proposal.date)}).`,
      });
    }
  }
  return problems;
}

/**
 * Whether the case is being tried in absentia: the flag of its latest trial entry. A case first
 * recorded at its judgment or appeal has no trial entry; then its latest judgment or appeal entry
 * says it. `history` is in the order the entries were recorded.
 */
export function inAbsentiaOf(history: readonly { stage: CaseStage; inAbsentia: boolean }[]): boolean {
  const latest = (stages: readonly CaseStage[]) => [...history].reverse().find((e) => stages.includes(e.stage));
  const trial = latest(["TRIAL"]);
  if (trial) return trial.inAbsentia;
  return latest(["JUDGMENT", "APPEAL"])?.inAbsentia ?? false;
}
