/**
 * The complementarity matrix: case categories (crime x level of responsibility x kind of accused)
 * against forums, as of a date, with the number of tracked cases in each cell and the rows that no
 * forum covers (impunity gaps). And what a milestone changed: the cells that differ between the
 * day before it and the day after it. Pure: rules, case counts and dates come in as arguments.
 */
import { periodOf, type IsoDate, type PartialDate } from "./dates";
import { describePeriod, evaluateForum, type Condition, type Conduct, type ConductPeriod, type ForumRef, type Profile, type Rule, type Status } from "./jurisdiction";
import type { Locale } from "./locales";
import { policiesFor, type Policy } from "./policy";
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
  /** Each condition of a conditional cell, with its kind. */
  conditions: Condition[];
  /** What the forum can try, stretch by stretch of conduct. */
  periods: ConductPeriod[];
  /** The policies (not jurisdiction) that send this category to this forum. */
  policies: string[];
  caseCount: number;
};

/** `gap`: every forum excludes the category by a recorded rule. `policies`: those naming no forum. */
export type MatrixRow = Category & { cells: MatrixCell[]; gap: boolean; caseCount: number; policies: string[] };

export type Matrix = { asOf: IsoDate; conduct: Conduct | null; situation: string; mode: string; rows: MatrixRow[] };

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
  conduct?: Conduct | null;
  situation: string;
  mode: string;
  caseCounts?: ReadonlyMap<string, number>;
  policies?: readonly Policy[];
  /** The language of the cells' conditions; English by default (the API's). */
  locale?: Locale;
}): Matrix {
  const { axes, rules, asOf, situation, mode, caseCounts } = args;
  const conduct = args.conduct ?? null;
  const rows = categories(axes).map((category): MatrixRow => {
    const profile: Profile = { ...category, mode, situation, asOf, conduct };
    const policies = policiesFor({ ...category, situation }, args.policies ?? []);
    const cells = axes.forums.map((forum): MatrixCell => {
      const answer = evaluateForum(forum, profile, rules, args.locale ?? "en");
      return {
        forum: forum.slug,
        status: answer.status,
        rules: answer.reasons.flatMap((r) => (r.rule ? [r.rule] : [])),
        conditions: answer.conditions,
        periods: answer.periods,
        policies: policies.filter((p) => p.forum === forum.slug).map((p) => p.slug),
        caseCount: caseCounts?.get(caseCountKey(forum.slug, category)) ?? 0,
      };
    });
    return {
      ...category,
      cells,
      gap: cells.length > 0 && cells.every((c) => c.status === "excluded"),
      caseCount: cells.reduce((n, c) => n + c.caseCount, 0),
      policies: policies.filter((p) => p.forum === null).map((p) => p.slug),
    };
  });
  return { asOf, conduct, situation, mode, rows };
}

/** A cell's reach of conduct in words: "covers conduct from 21 November 2013 onwards; excluded conduct up to 20 November 2013". */
export function describeReach(periods: readonly ConductPeriod[]): string {
  return periods.map((p) => `${p.status}: ${describePeriod(p)}`).join("; ");
}

/**
 * A changed cell. `before`/`after` are the statuses; `reachBefore`/`reachAfter` say, period by
 * period of conduct, what the forum could try: a milestone can change which conduct is reached
 * without changing the status (the second Article 12(3) declaration).
 */
export type CellChange = Category & {
  mode: string;
  situation: string;
  forum: string;
  before: Status;
  after: Status;
  reachBefore: string;
  reachAfter: string;
  /** The same reach as periods, for a page to show with its own words. */
  periodsBefore: ConductPeriod[];
  periodsAfter: ConductPeriod[];
  rulesAfter: string[];
};

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
  conduct?: Conduct | null;
}): CellChange[] {
  const changes: CellChange[] = [];
  for (const situation of args.situations) {
    for (const mode of args.modes) {
      const base = { axes: args.axes, rules: args.rules, situation, mode, conduct: args.conduct ?? null };
      const then = buildMatrix({ ...base, asOf: args.before });
      const now = buildMatrix({ ...base, asOf: args.after });
      now.rows.forEach((row, r) => {
        row.cells.forEach((cell, c) => {
          const previous = then.rows[r]!.cells[c]!;
          // Compared as of two days, the last period of each ends at its own "as of": compare reach without that end.
          const reachBefore = describeReach(previous.periods);
          const reachAfter = describeReach(cell.periods);
          if (previous.status !== cell.status || reachBefore !== reachAfter) {
            changes.push({
              crime: row.crime,
              accused: row.accused,
              level: row.level,
              mode,
              situation,
              forum: cell.forum,
              before: previous.status,
              after: cell.status,
              reachBefore,
              reachAfter,
              periodsBefore: previous.periods,
              periodsAfter: cell.periods,
              rulesAfter: cell.rules,
            });
          }
        });
      });
    }
  }
  return changes;
}
