/**
 * The complementarity matrix: case categories (crime x level of responsibility x kind of accused)
 * against forums, as of a date, with the number of tracked cases in each cell and the rows that no
 * forum covers (impunity gaps). And what a milestone changed: the cells that differ between the
 * day before it and the day after it. Pure: rules, case counts and dates come in as arguments.
 */
import { periodOf, type IsoDate, type PartialDate } from "./dates";
import { evaluateForum, type ForumRef, type Profile, type Rule, type Status } from "./jurisdiction";
import { LEGAL_PERSON } from "./profile-query";

export type MatrixAxes = {
  crimes: readonly string[];
  accusedKinds: readonly string[];
  levels: readonly string[];
  forums: readonly ForumRef[];
};

export type Category = { crime: string; accused: string; level: string | null };

export type MatrixCell = {
  forum: string;
  status: Status;
  /** The rules behind the status; empty when no rule reaches the category. */
  rules: string[];
  conditions: string[];
  caseCount: number;
};

export type MatrixRow = Category & { cells: MatrixCell[]; gap: boolean; caseCount: number };

export type Matrix = { asOf: IsoDate; situation: string; mode: string; rows: MatrixRow[] };

/** Key of a case count: forum, crime, kind of accused and level ("-" for a legal person). */
export function caseCountKey(forum: string, category: Category): string {
  return `${forum}|${category.crime}|${category.accused}|${category.level ?? "-"}`;
}

/** The case categories, in display order: each crime, natural persons by level, then legal persons. */
export function categories(axes: Pick<MatrixAxes, "crimes" | "accusedKinds" | "levels">): Category[] {
  const rows: Category[] = [];
  for (const crime of axes.crimes) {
    for (const accused of axes.accusedKinds) {
      if (accused === LEGAL_PERSON) rows.push({ crime, accused, level: null });
      else for (const level of axes.levels) rows.push({ crime, accused, level });
    }
  }
  return rows;
}

export function buildMatrix(args: {
  axes: MatrixAxes;
  rules: readonly Rule[];
  asOf: IsoDate;
  situation: string;
  mode: string;
  caseCounts?: ReadonlyMap<string, number>;
}): Matrix {
  const { axes, rules, asOf, situation, mode, caseCounts } = args;
  const rows = categories(axes).map((category): MatrixRow => {
    const profile: Profile = { ...category, mode, situation, asOf };
    const cells = axes.forums.map((forum): MatrixCell => {
      const answer = evaluateForum(forum, profile, rules);
      return {
        forum: forum.slug,
        status: answer.status,
        rules: answer.reasons.flatMap((r) => (r.rule ? [r.rule] : [])),
        conditions: answer.reasons.flatMap((r) => (r.condition ? [r.condition] : r.uncertainDate ? [r.uncertainDate] : [])),
        caseCount: caseCounts?.get(caseCountKey(forum.slug, category)) ?? 0,
      };
    });
    return { ...category, cells, gap: !cells.some((c) => c.status === "covers"), caseCount: cells.reduce((n, c) => n + c.caseCount, 0) };
  });
  return { asOf, situation, mode, rows };
}

export type CellChange = Category & { mode: string; situation: string; forum: string; before: Status; after: Status; rulesAfter: string[] };

function shift(date: IsoDate, days: number): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The day before and the day after a milestone. A milestone known only to the month or year is
 * compared across that whole period, since it may have taken effect on any day of it.
 */
export function aroundMilestone(date: PartialDate): { before: IsoDate; after: IsoDate } {
  const { start, end } = periodOf(date);
  return { before: shift(start, -1), after: shift(end, 1) };
}

/** The matrix cells whose status differs between two dates, for every mode and the situations given. */
export function matrixChanges(args: {
  axes: MatrixAxes;
  rules: readonly Rule[];
  before: IsoDate;
  after: IsoDate;
  situations: readonly string[];
  modes: readonly string[];
}): CellChange[] {
  const changes: CellChange[] = [];
  for (const situation of args.situations) {
    for (const mode of args.modes) {
      const base = { axes: args.axes, rules: args.rules, situation, mode };
      const then = buildMatrix({ ...base, asOf: args.before });
      const now = buildMatrix({ ...base, asOf: args.after });
      now.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const previous = then.rows[r]!.cells[c]!;
          if (previous.status !== cell.status) {
            changes.push({ crime: row.crime, accused: row.accused, level: row.level, mode, situation, forum: cell.forum, before: previous.status, after: cell.status, rulesAfter: cell.rules });
          }
        });
      });
    }
  }
  return changes;
}
