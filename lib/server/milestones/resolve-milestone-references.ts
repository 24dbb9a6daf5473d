import "server-only";
import { bySlug, slugLookup } from "../slug-lookup";
import { fromIsoDate, partialDateOf, periodOf } from "@/lib/core/dates";
import type { MilestoneInput } from "@/lib/core/milestone-input";
import { AppError, type FieldError } from "../errors";
import { storedSourceKind } from "@/lib/core/input-fields";
import { newSourceSlug } from "../slugs";
import type { Tx } from "../transaction";
import { closingBoundary, ruleForEffect, type RuleForEffect } from "./milestone-effects";

export type Resolved = Awaited<ReturnType<typeof resolveMilestoneReferences>>;

/**
 * Resolves every slug the input names; unknown slugs are refused all at once, naming the field.
 * Rules to open or close are checked too: a rule another milestone already opens (or closes) is
 * refused, and so is a closing date before the rule starts (or an opening after it ends).
 */
export async function resolveMilestoneReferences(tx: Tx, input: MilestoneInput, milestoneId: string | null) {
  const errors: FieldError[] = [];
  const { ids, one } = slugLookup(errors);

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

  await checkCitedDocuments(tx, input, existingSources, milestoneId, errors);

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

/** The milestone's source links: existing sources by slug, new ones created (official, or other: secondary). */
export async function sourceLinks(tx: Tx, input: MilestoneInput, resolved: Resolved) {
  const links: { sourceId: string; locator: string | null; documentSha256: string | null; page: number | null; sortOrder: number }[] = [];
  for (const [i, s] of input.sources.entries()) {
    let sourceId: string;
    if (s.slug) sourceId = resolved.existingSources.find((f) => f.slug === s.slug)!.id;
    else {
      const created = await tx.source.create({
        data: { slug: await newSourceSlug(tx, s.title!), kind: storedSourceKind(s.kind), title: s.title!, url: s.url, publisher: s.publisher },
        select: { id: true },
      });
      sourceId = created.id;
    }
    links.push({ sourceId, locator: s.locator, documentSha256: s.document, page: s.page, sortOrder: i });
  }
  return links;
}

/** A milestone's own columns, from its input and the references resolved: what a new and a changed milestone write alike. */
export function milestoneColumns(m: MilestoneInput, refs: Resolved) {
  return {
    title: m.title,
    description: m.description,
    whatChanged: m.whatChanged,
    lang: m.lang,
    occurredOn: fromIsoDate(m.date.date),
    precision: m.date.precision,
    status: m.status,
    trackId: refs.trackId,
    typeId: refs.typeId,
    situationId: refs.situationId,
  };
}

/**
 * A passage's document must be one attached (and not removed) to the source it cites or to the
 * milestone itself; a new milestone has none yet, and a new source neither. Refusals name the entry.
 */
async function checkCitedDocuments(tx: Tx, input: MilestoneInput, existingSources: { id: string; slug: string }[], milestoneId: string | null, errors: FieldError[]): Promise<void> {
  const cited = [...new Set(input.sources.map((s) => s.document).filter((d): d is string => !!d))];
  if (cited.length === 0) return;
  const sourceIds = existingSources.map((s) => s.id);
  const [blobs, attachments] = await Promise.all([
    tx.documentBlob.findMany({ where: { sha256: { in: cited } }, select: { sha256: true } }),
    tx.documentAttachment.findMany({
      where: { sha256: { in: cited }, deletedAt: null, OR: [{ sourceId: { in: sourceIds } }, ...(milestoneId ? [{ milestoneId }] : [])] },
      select: { sha256: true, sourceId: true, milestoneId: true },
    }),
  ]);
  input.sources.forEach((s, i) => {
    if (!s.document) return;
    const parameter = `sources.${i}.document`;
    if (!blobs.some((b) => b.sha256 === s.document)) {
      errors.push({ parameter, message: `${parameter}: there is no document ${s.document} in the tracker. Attach it to the source or the milestone first.` });
      return;
    }
    const sourceId = existingSources.find((f) => f.slug === s.slug)?.id;
    const attached = attachments.some((a) => a.sha256 === s.document && ((sourceId && a.sourceId === sourceId) || (milestoneId && a.milestoneId === milestoneId)));
    if (attached) return;
    errors.push({
      parameter,
      message: s.slug
        ? `${parameter}: document ${s.document} is not attached to the source "${s.slug}" nor to this milestone: a passage can only point at a document attached to the source it cites or to the milestone.`
        : `${parameter}: document ${s.document} is not attached to this milestone, and a new source has no documents yet: a passage can only point at a document attached to the source it cites or to the milestone.`,
    });
  });
}
