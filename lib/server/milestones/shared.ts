import "server-only";
import type { Tx } from "../transaction";
import { fromIsoDate, isoPartial, type PartialDate, partialDateOf, periodOf, toIsoDate } from "@/lib/core/dates";
import { milestoneSlug, type MilestoneInput } from "@/lib/core/milestone-input";
import type { Prisma } from "@/lib/generated/prisma/client";
import { auditActorId, auditNote, type Actor } from "../actor";
import { AppError, type FieldError } from "../errors";
import { relationSlugs as ruleRelationSlugs, snapshot as ruleSnapshot } from "../rules/save-rule";

/**
 * What the milestone use cases share: how a milestone is read with its references as slugs, its
 * picture in the audit trail, the resolution of the slugs an input names, and the effects a
 * milestone has on jurisdiction rules (which it opens or closes from its date).
 */

const slugOnly = { select: { slug: true } } as const;
export const milestoneInclude = {
  track: slugOnly,
  type: slugOnly,
  situation: slugOnly,
  forums: slugOnly,
  instruments: slugOnly,
  // A deleted case is not named (it would leak, and could not be chosen again on an edit).
  cases: { where: { deletedAt: null }, select: { slug: true } },
  rules: slugOnly,
  rulesOpened: { select: { id: true, slug: true, deletedAt: true } },
  rulesClosed: { select: { id: true, slug: true, deletedAt: true } },
  sources: { orderBy: { sortOrder: "asc" }, select: { locator: true, source: { select: { slug: true, title: true, url: true, publisher: true } } } },
} as const satisfies Prisma.MilestoneInclude;

export type MilestoneRow = Prisma.MilestoneGetPayload<{ include: typeof milestoneInclude }>;

const sortedSlugs = (rows: { slug: string }[]) => rows.map((r) => r.slug).sort();

/** The audit trail's picture of a milestone: its fields, with references as slugs. */
export function snapshot(m: MilestoneRow): Prisma.InputJsonObject {
  return picture(m);
}

function picture(m: MilestoneRow) {
  return {
    slug: m.slug,
    version: m.version,
    title: m.title,
    description: m.description,
    whatChanged: m.whatChanged,
    date: isoPartial(partialDateOf(m.occurredOn, m.precision)),
    precision: m.precision,
    track: m.track.slug,
    type: m.type.slug,
    situation: m.situation?.slug ?? null,
    forums: sortedSlugs(m.forums),
    instruments: sortedSlugs(m.instruments),
    cases: sortedSlugs(m.cases),
    rules: sortedSlugs(m.rules),
    sources: m.sources.map((s) => ({ source: s.source.slug, title: s.source.title, url: s.source.url, locator: s.locator })),
    opens: sortedSlugs(m.rulesOpened.filter((r) => !r.deletedAt)),
    closes: sortedSlugs(m.rulesClosed.filter((r) => !r.deletedAt)),
    deletedAt: m.deletedAt ? m.deletedAt.toISOString() : null,
  };
}

/** The record as the API returns it. */
export function toRecord(m: MilestoneRow) {
  return {
    id: m.id,
    ...picture(m),
    sources: m.sources.map((s) => ({ slug: s.source.slug, title: s.source.title, url: s.source.url, publisher: s.source.publisher, locator: s.locator })),
    isSynthetic: m.isSynthetic,
    createdAt: m.createdAt.toISOString(),
    updatedAt: m.updatedAt.toISOString(),
  };
}
export type MilestoneRecord = ReturnType<typeof toRecord>;

/** The current record in the input's shape, so that a PATCH may send only what changes. */
export function currentInput(m: MilestoneRow): Record<string, unknown> {
  return {
    title: m.title,
    description: m.description,
    whatChanged: m.whatChanged,
    date: isoPartial(partialDateOf(m.occurredOn, m.precision)),
    track: m.track.slug,
    type: m.type.slug,
    situation: m.situation?.slug ?? null,
    forums: sortedSlugs(m.forums),
    instruments: sortedSlugs(m.instruments),
    cases: sortedSlugs(m.cases),
    rules: sortedSlugs(m.rules),
    sources: m.sources.map((s) => ({ slug: s.source.slug, locator: s.locator })),
    opens: sortedSlugs(m.rulesOpened.filter((r) => !r.deletedAt)),
    closes: sortedSlugs(m.rulesClosed.filter((r) => !r.deletedAt)),
  };
}

/** A milestone by its id or its slug; deleted ones only when asked for. */
export async function findMilestone(tx: Tx, idOrSlug: string, { includeDeleted = false } = {}): Promise<MilestoneRow | null> {
  const row = await tx.milestone.findFirst({ where: { OR: [{ id: idOrSlug }, { slug: idOrSlug }] }, include: milestoneInclude });
  if (!row || (row.deletedAt && !includeDeleted)) return null;
  return row;
}

export function refuseEffects(actor: Actor, why: string): never {
  const role = actor.kind === "user" ? actor.role.toLowerCase() : "anonymous";
  throw new AppError(
    "FORBIDDEN",
    `${why} needs the admin role; you are signed in as ${role}. Opening or closing a jurisdiction rule changes the answers the tracker gives, so an administrator does it.`,
  );
}

const ruleForEffect = {
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
type RuleForEffect = Prisma.JurisdictionRuleGetPayload<{ select: typeof ruleForEffect }>;

export type Resolved = Awaited<ReturnType<typeof resolveReferences>>;

/**
 * Resolves every slug the input names; unknown slugs are refused all at once, naming the field.
 * Rules to open or close are checked too: a rule another milestone already opens (or closes) is
 * refused, and so is a closing date before the rule starts (or an opening after it ends).
 */
export async function resolveReferences(tx: Tx, input: MilestoneInput, milestoneId: string | null) {
  const errors: FieldError[] = [];
  const bySlug = { select: { id: true, slug: true } } as const;
  async function ids(field: string, slugs: readonly string[], find: (slugs: string[]) => Promise<{ id: string; slug: string }[]>) {
    if (slugs.length === 0) return [];
    const found = await find([...slugs]);
    const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length > 0) errors.push({ parameter: field, message: `${field}: no such record: ${missing.join(", ")}.` });
    return slugs.flatMap((s) => found.filter((f) => f.slug === s).map((f) => f.id));
  }
  const one = async (field: string, slug: string | null, find: (slugs: string[]) => Promise<{ id: string; slug: string }[]>) =>
    slug === null ? null : ((await ids(field, [slug], find))[0] ?? null);

  const trackId = await one("track", input.track, (s) => tx.milestoneTrack.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const typeId = await one("type", input.type, (s) => tx.milestoneType.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const situationId = await one("situation", input.situation, (s) => tx.situation.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const forumIds = await ids("forums", input.forums, (s) => tx.forum.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const instrumentIds = await ids("instruments", input.instruments, (s) => tx.instrument.findMany({ where: { slug: { in: s } }, ...bySlug }));
  const caseIds = await ids("cases", input.cases, (s) => tx.case.findMany({ where: { slug: { in: s }, deletedAt: null }, ...bySlug }));
  const ruleIds = await ids("rules", input.rules, (s) => tx.jurisdictionRule.findMany({ where: { slug: { in: s }, deletedAt: null }, ...bySlug }));

  const sourceSlugs = input.sources.map((s) => s.slug).filter((s): s is string => !!s);
  const existingSources = sourceSlugs.length ? await tx.source.findMany({ where: { slug: { in: sourceSlugs } }, ...bySlug }) : [];
  input.sources.forEach((s, i) => {
    if (s.slug && !existingSources.some((f) => f.slug === s.slug)) {
      errors.push({ parameter: `sources.${i}.slug`, message: `sources.${i}.slug: no such source: ${s.slug}. Give a title (and a URL) to add a new source.` });
    }
  });

  const date = input.date;
  async function effectRules(field: "opens" | "closes", slugs: string[]): Promise<RuleForEffect[]> {
    if (slugs.length === 0) return [];
    const found = await tx.jurisdictionRule.findMany({ where: { slug: { in: slugs }, deletedAt: null }, select: ruleForEffect });
    const missing = slugs.filter((s) => !found.some((f) => f.slug === s));
    if (missing.length > 0) errors.push({ parameter: field, message: `${field}: no such jurisdiction rule: ${missing.join(", ")}.` });
    for (const rule of found) {
      if (field === "opens") {
        if (rule.openedById && rule.openedById !== milestoneId) {
          errors.push({ parameter: field, message: `opens: rule ${rule.slug} is already opened by milestone ${rule.openedBy?.slug}; a rule starts with one milestone.` });
        }
        const to = rule.validTo ? periodOf(partialDateOf(rule.validTo, rule.validToPrecision)).end : null;
        if (to && periodOf(date).start > to) errors.push({ parameter: field, message: `opens: rule ${rule.slug} ends on ${to}, before this milestone's date.` });
      } else {
        if (rule.closedById && rule.closedById !== milestoneId) {
          errors.push({ parameter: field, message: `closes: rule ${rule.slug} is already closed by milestone ${rule.closedBy?.slug}; a rule ends with one milestone.` });
        }
        const from = rule.validFrom ? periodOf(partialDateOf(rule.validFrom, rule.validFromPrecision)).start : null;
        if (from && closingBoundary(date).date < from) errors.push({ parameter: field, message: `closes: rule ${rule.slug} starts on ${from}, after this milestone's date.` });
      }
    }
    return found;
  }
  const opens = await effectRules("opens", input.opens);
  const closes = await effectRules("closes", input.closes);

  if (errors.length > 0) throw AppError.invalidInput(errors);
  return { trackId: trackId!, typeId: typeId!, situationId, forumIds, instrumentIds, caseIds, ruleIds, existingSources, opens, closes };
}

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

/** A generated slug for a new source: its title's words and a short random tail, unique. */
async function newSourceSlug(tx: Tx, title: string): Promise<string> {
  const base = milestoneSlug(title, 0).replace(/-0$/, "").slice(0, 50).replace(/-+$/, "") || "source";
  for (;;) {
    const slug = `${base}-${Math.random().toString(36).slice(2, 8)}`;
    if (!(await tx.source.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

/** The milestone's source links: existing sources by slug, new ones created (kind OTHER). */
export async function sourceLinks(tx: Tx, input: MilestoneInput, resolved: Resolved) {
  const links: { sourceId: string; locator: string | null; sortOrder: number }[] = [];
  for (const [i, s] of input.sources.entries()) {
    let sourceId: string;
    if (s.slug) sourceId = resolved.existingSources.find((f) => f.slug === s.slug)!.id;
    else {
      const created = await tx.source.create({
        data: { slug: await newSourceSlug(tx, s.title!), kind: "OTHER", title: s.title!, url: s.url, publisher: s.publisher },
        select: { id: true },
      });
      sourceId = created.id;
    }
    links.push({ sourceId, locator: s.locator, sortOrder: i });
  }
  return links;
}

/** A unique slug for a new milestone: title words and year, with -2, -3… if taken (even by a deleted one). */
export async function newMilestoneSlug(tx: Tx, title: string, year: number): Promise<string> {
  const base = milestoneSlug(title, year);
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.milestone.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
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
