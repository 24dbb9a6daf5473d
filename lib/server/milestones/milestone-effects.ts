import "server-only";
import { fromIsoDate, latestDateBegun, toIsoDate, type PartialDate } from "@/lib/core/dates";
import { futureHappenedProblem, type MilestoneStatus } from "@/lib/core/milestone-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, type Actor } from "../actor";
import { AppError } from "../errors";
import { relationSlugs as ruleRelationSlugs, snapshot as ruleSnapshot } from "../rules/save-rule";
import type { Tx } from "../transaction";

/** The effects a milestone has on jurisdiction rules: which it opens or closes from its date. */

/** Refuses a milestone marked happened on a date no place on Earth has reached (latestDateBegun, as a case stage is checked). */
export function refuseFutureHappened(m: { status: MilestoneStatus; date: PartialDate }, now: Date): void {
  const problem = futureHappenedProblem(m.status, m.date, latestDateBegun(now));
  if (problem) throw AppError.invalidInput([{ parameter: "date", message: `date ${problem}` }]);
}

export function refuseEffects(actor: Actor, why: string): never {
  const role = actor.kind === "user" ? actor.role.toLowerCase() : "anonymous";
  throw new AppError(
    "FORBIDDEN",
    `${why} needs the admin role; you are signed in as ${role}. Opening or closing a jurisdiction rule changes the answers the tracker gives, so an administrator does it.`,
  );
}

export const ruleForEffect = {
  id: true,
  slug: true,
  version: true,
  validFrom: true,
  validFromPrecision: true,
  validTo: true,
  validToPrecision: true,
  openedById: true,
  closedById: true,
  openedBy: { select: { slug: true } },
  closedBy: { select: { slug: true } },
} as const satisfies Prisma.JurisdictionRuleSelect;
export type RuleForEffect = Prisma.JurisdictionRuleGetPayload<{ select: typeof ruleForEffect }>;

/**
 * The last day a rule closed by a milestone holds: the day before a milestone known to the day;
 * for a milestone known only to the month or year, that same month or year (the rule ends within
 * it), as the reference data does.
 */
export function closingBoundary(date: PartialDate): PartialDate {
  if (date.precision !== "DAY") return date;
  const d = fromIsoDate(date.date);
  d.setUTCDate(d.getUTCDate() - 1);
  return { date: toIsoDate(d), precision: "DAY" };
}

/**
 * Applies the milestone's effects: each rule it opens starts on its date, each rule it closes ends
 * with it (see closingBoundary). Rules it no longer opens or closes are detached (their dates are
 * kept: the rule's text still says them). Every changed rule gets a new version and its own audit
 * event, in the caller's transaction.
 */
export async function applyEffects(
  tx: Tx,
  actor: Actor,
  milestone: { id: string; slug: string; date: PartialDate },
  wanted: { opens: RuleForEffect[]; closes: RuleForEffect[] },
  current: { opens: string[]; closes: string[] },
  // The milestone's date before this save (null when it is new).
  previousDate: PartialDate | null = null,
) {
  const changes = new Map<string, Prisma.JurisdictionRuleUncheckedUpdateManyInput>();
  const add = (id: string, data: Prisma.JurisdictionRuleUncheckedUpdateManyInput) => changes.set(id, { ...changes.get(id), ...data });
  const end = closingBoundary(milestone.date);
  // A rule this milestone already opens or closes keeps the dates an admin may have set on it
  // (saveRule allows a later start or an earlier end); only a new effect, or a change of the
  // milestone's own date, moves a rule's dates.
  const dateChanged = previousDate !== null && (previousDate.date !== milestone.date.date || previousDate.precision !== milestone.date.precision);
  for (const r of wanted.opens) {
    const same = r.openedById === milestone.id && (!dateChanged || (r.validFrom && toIsoDate(r.validFrom) === milestone.date.date && r.validFromPrecision === milestone.date.precision));
    if (!same) add(r.id, { openedById: milestone.id, validFrom: fromIsoDate(milestone.date.date), validFromPrecision: milestone.date.precision });
  }
  for (const r of wanted.closes) {
    const same = r.closedById === milestone.id && (!dateChanged || (r.validTo && toIsoDate(r.validTo) === end.date && r.validToPrecision === end.precision));
    if (!same) add(r.id, { closedById: milestone.id, validTo: fromIsoDate(end.date), validToPrecision: end.precision });
  }
  for (const id of current.opens) if (!wanted.opens.some((r) => r.id === id)) add(id, { openedById: null });
  for (const id of current.closes) if (!wanted.closes.some((r) => r.id === id)) add(id, { closedById: null });

  for (const [id, data] of changes) {
    const before = await tx.jurisdictionRule.findUniqueOrThrow({ where: { id }, include: ruleRelationSlugs });
    const { count } = await tx.jurisdictionRule.updateMany({ where: { id, version: before.version }, data: { ...data, version: { increment: 1 } } });
    if (count !== 1) throw new AppError("CONFLICT", `Rule "${before.slug}" was changed by someone else while this milestone was saved. Try again.`);
    const after = await tx.jurisdictionRule.findUniqueOrThrow({ where: { id }, include: ruleRelationSlugs });
    await tx.auditEvent.create({
      data: {
        actorId: auditActorId(actor),
        action: "UPDATE",
        entityType: "JurisdictionRule",
        entityId: id,
        before: ruleSnapshot(before),
        after: ruleSnapshot(after),
        note: [auditNote(actor), `effect of milestone ${milestone.slug}`].filter(Boolean).join("; "),
      },
    });
  }
  return [...changes.keys()];
}
