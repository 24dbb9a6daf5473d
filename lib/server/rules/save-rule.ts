import "server-only";
import { bySlug, slugLookup } from "../slug-lookup";
import type { Tx } from "../transaction";
import { fromIsoDate, type PartialDate, partialDateOf, periodOf, toIsoDate } from "@/lib/core/dates";
import { ruleInputSchema, type RuleInput } from "@/lib/core/rule-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, requireRole, type Actor } from "../actor";
import { db } from "../db";
import { AppError, type FieldError, parseInput } from "../errors";


export type SaveRuleResult = { slug: string; version: number; created: boolean };

/**
 * Creates or changes a jurisdiction rule: data, not code, so an admin changes the tracker's
 * answers without a deploy. Admins only. Changing an existing rule needs the version the editor
 * started from (`expectedVersion`): a rule changed by someone else since is refused (409), never
 * overwritten. The change and its audit event are written in one transaction; a refusal writes
 * nothing.
 */
export async function saveRule({ actor, input }: { actor: Actor; input: unknown }): Promise<SaveRuleResult> {
  requireRole(actor, "ADMIN");
  const rule = parseInput(ruleInputSchema, input);

  return db
    .$transaction(async (tx) => {
    const refs = await resolveReferences(tx, rule);
    const existing = await tx.jurisdictionRule.findUnique({ where: { slug: rule.slug }, include: relationSlugs });
    const data = {
      forumId: refs.forumId,
      situationId: refs.situationId,
      effect: rule.effect,
      summary: rule.summary,
      condition: rule.condition,
      conditionKind: rule.conditionKind,
      validFrom: refs.validFrom ? fromIsoDate(refs.validFrom.date) : null,
      validFromPrecision: refs.validFrom?.precision ?? "DAY",
      validTo: refs.validTo ? fromIsoDate(refs.validTo.date) : null,
      validToPrecision: refs.validTo?.precision ?? "DAY",
      conductFrom: rule.conductFrom ? fromIsoDate(rule.conductFrom.date) : null,
      conductFromPrecision: rule.conductFrom?.precision ?? "DAY",
      conductTo: rule.conductTo ? fromIsoDate(rule.conductTo.date) : null,
      conductToPrecision: rule.conductTo?.precision ?? "DAY",
      openedById: refs.openedById,
      closedById: refs.closedById,
      provisionId: refs.provisionId,
      sourceId: refs.sourceId,
      sourceLocator: rule.sourceLocator,
    } as const;
    const lists = (mode: "set" | "connect") => ({
      crimes: { [mode]: refs.crimeIds.map((id) => ({ id })) },
      accusedKinds: { [mode]: refs.accusedKindIds.map((id) => ({ id })) },
      levels: { [mode]: refs.levelIds.map((id) => ({ id })) },
      modes: { [mode]: refs.modeIds.map((id) => ({ id })) },
    });

    if (!existing) {
      if (rule.expectedVersion !== null) {
        throw new AppError("NOT_FOUND", `There is no rule "${rule.slug}" to change; leave expectedVersion out to create it.`);
      }
      const created = await tx.jurisdictionRule.create({ data: { slug: rule.slug, ...data, ...lists("connect") }, include: relationSlugs });
      await tx.auditEvent.create({
        data: { actorId: auditActorId(actor), note: auditNote(actor), action: "CREATE", entityType: "JurisdictionRule", entityId: created.id, after: snapshot(created) },
      });
      return { slug: created.slug, version: created.version, created: true };
    }

    if (rule.expectedVersion === null) {
      throw AppError.invalidInput([{ parameter: "expectedVersion", message: `expectedVersion is required to change an existing rule: give the version you edited (the rule is at version ${existing.version}).` }]);
    }
    // Optimistic lock: the update only happens if nobody changed the rule since it was read.
    const { count } = await tx.jurisdictionRule.updateMany({
      where: { id: existing.id, version: rule.expectedVersion },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) {
      throw new AppError("CONFLICT", `Rule "${rule.slug}" was changed by someone else: you edited version ${rule.expectedVersion}, it is now at version ${existing.version}. Reload it and apply your change again.`);
    }
    const updated = await tx.jurisdictionRule.update({ where: { id: existing.id }, data: lists("set"), include: relationSlugs });
    await tx.auditEvent.create({
      data: { actorId: auditActorId(actor), note: auditNote(actor), action: "UPDATE", entityType: "JurisdictionRule", entityId: existing.id, before: snapshot(existing), after: snapshot(updated) },
    });
    return { slug: updated.slug, version: updated.version, created: false };
  })
    .catch((error: unknown) => {
      // Two creations of the same slug at the same moment: the unique index decides.
      if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", `A rule "${rule.slug}" was created by someone else at the same moment. Reload and edit it instead.`);
      throw error;
    });
}

const slugOnly = { select: { slug: true } } as const;
export const relationSlugs = { forum: slugOnly, situation: slugOnly, crimes: slugOnly, accusedKinds: slugOnly, levels: slugOnly, modes: slugOnly, provision: slugOnly, source: slugOnly, openedBy: slugOnly, closedBy: slugOnly } as const;

export type RuleWithSlugs = Prisma.JurisdictionRuleGetPayload<{ include: typeof relationSlugs }>;

/** The audit trail's picture of a rule: its fields, with references as slugs. */
export function snapshot(r: RuleWithSlugs): Prisma.InputJsonObject {
  const day = (d: Date | null) => (d ? toIsoDate(d) : null);
  return {
    slug: r.slug, version: r.version, forum: r.forum.slug, situation: r.situation?.slug ?? null, effect: r.effect,
    summary: r.summary, condition: r.condition, conditionKind: r.conditionKind,
    crimes: r.crimes.map((x) => x.slug), accusedKinds: r.accusedKinds.map((x) => x.slug), levels: r.levels.map((x) => x.slug), modes: r.modes.map((x) => x.slug),
    validFrom: day(r.validFrom), validFromPrecision: r.validFromPrecision, validTo: day(r.validTo), validToPrecision: r.validToPrecision,
    conductFrom: day(r.conductFrom), conductFromPrecision: r.conductFromPrecision, conductTo: day(r.conductTo), conductToPrecision: r.conductToPrecision,
    openedBy: r.openedBy?.slug ?? null, closedBy: r.closedBy?.slug ?? null,
    provision: r.provision.slug, source: r.source.slug, sourceLocator: r.sourceLocator,
  };
}

/** Resolves every slug to its record; unknown slugs are refused, all at once, naming the field. */
async function resolveReferences(tx: Tx, rule: RuleInput) {
  const errors: FieldError[] = [];
  const { ids, one } = slugLookup(errors);
  const milestoneFind = (slugs: string[]) => tx.milestone.findMany({ where: { slug: { in: slugs }, deletedAt: null }, select: { id: true, slug: true, occurredOn: true, precision: true } });

  const forumId = await one("forum", rule.forum, (s) => tx.forum.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const situationId = await one("situation", rule.situation, (s) => tx.situation.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const provisionId = await one("provision", rule.provision, (s) => tx.provision.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const sourceId = await one("source", rule.source, (s) => tx.source.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const crimeIds = await ids("crimes", rule.crimes, (s) => tx.crimeCategory.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const accusedKindIds = await ids("accusedKinds", rule.accusedKinds, (s) => tx.accusedKind.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const levelIds = await ids("levels", rule.levels, (s) => tx.responsibilityLevel.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const modeIds = await ids("modes", rule.modes, (s) => tx.modeOfLiability.findMany({ where: { slug: { in: s } }, ...bySlug }));

  // A rule opened or closed by a milestone takes the milestone's date unless it says otherwise,
  // and may not contradict it: the milestone is where the date comes from.
  async function boundary(field: "validFrom" | "validTo", milestoneField: "openedBy" | "closedBy", given: PartialDate | null) {
    const slug = rule[milestoneField];
    if (slug === null) return { id: null, date: given };
    const [m] = await milestoneFind([slug]);
    if (!m) {
      errors.push({ parameter: milestoneField, message: `${milestoneField}: no such milestone: ${slug}.` });
      return { id: null, date: given };
    }
    const own = partialDateOf(m.occurredOn, m.precision);
    if (field === "validFrom") {
      if (given && (given.precision !== own.precision ? periodOf(given).start < periodOf(own).start : given.date !== own.date)) {
        errors.push({ parameter: field, message: `validFrom must be the date of the milestone that opens the rule (${own.date}, ${own.precision.toLowerCase()} precision).` });
      }
      return { id: m.id, date: given ?? own };
    }
    // A rule closed by a milestone ends the day before it (or within its month or year).
    if (!given) errors.push({ parameter: field, message: "validTo is required when closedBy is given: the last day the rule held." });
    else if (periodOf(given).end > periodOf(own).end) {
      errors.push({ parameter: field, message: `validTo must not be after the milestone that closes the rule (${own.date}).` });
    }
    return { id: m.id, date: given };
  }
  const from = await boundary("validFrom", "openedBy", rule.validFrom);
  const to = await boundary("validTo", "closedBy", rule.validTo);

  if (errors.length > 0) throw AppError.invalidInput(errors);
  return {
    forumId: forumId!, situationId, provisionId: provisionId!, sourceId: sourceId!,
    crimeIds, accusedKindIds, levelIds, modeIds,
    openedById: from.id, closedById: to.id, validFrom: from.date, validTo: to.date,
  };
}
