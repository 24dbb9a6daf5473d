import "server-only";
import type { Option, RuleOption, MilestoneFormOptions } from "@/lib/core/views";
import { isoPartial } from "@/lib/core/dates";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { EMPTY_SOURCE, type MilestoneFormValues } from "@/lib/core/milestone-input";
import { db } from "@/lib/server/db";
import { referenceNamesIn } from "@/lib/server/reference-names";
import type { NameKind } from "@/lib/core/names-in";
import { findMilestone } from "@/lib/server/milestones/find-milestone";
import { currentInput } from "@/lib/server/milestones/milestone-record";


/** The reference data the milestone form offers: every choice is a record that exists (its own words in `locale`, the records' as recorded). */
export async function getMilestoneFormOptions(locale: Locale = "en"): Promise<MilestoneFormOptions> {
  const order = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [tracks, types, situations, forums, instruments, cases, rules] = await Promise.all([
    db.milestoneTrack.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.milestoneType.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.situation.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.forum.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.instrument.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, shortTitle: true } }),
    db.case.findMany({ where: { deletedAt: null }, orderBy: { title: "asc" }, select: { slug: true, title: true, reference: true, forum: { select: { shortName: true } } } }),
    db.jurisdictionRule.findMany({
      where: { deletedAt: null },
      orderBy: [{ forum: { sortOrder: "asc" } }, { slug: "asc" }],
      select: { slug: true, summary: true, forum: { select: { shortName: true } }, openedBy: { select: { title: true, deletedAt: true } }, closedBy: { select: { title: true, deletedAt: true } } },
    }),
  ]);
  // The vocabularies' names in the form's language (decision 039); an instrument's full title stays as recorded.
  const { words } = await referenceNamesIn(locale);
  const named = (kind: NameKind) => (r: { slug: string; name: string }) => ({ value: r.slug, label: words(kind, r.slug, r.name) });
  return {
    tracks: tracks.map(named("track")),
    types: types.map(named("type")),
    situations: situations.map(named("situation")),
    forums: forums.map(named("forum")),
    instruments: instruments.map((i) => ({ value: i.slug, label: i.shortTitle === i.title ? i.title : `${words("instrument", i.slug, i.shortTitle)} — ${i.title}` })),
    cases: cases.map((c) => ({ value: c.slug, label: c.title, hint: `${c.forum.shortName}, ${c.reference ?? localizeMessage("no public case number", locale)}` })),
    rules: rules.map((r) => ({
      value: r.slug,
      label: r.summary,
      hint: `${r.forum.shortName} · ${r.slug}`,
      openedBy: r.openedBy && !r.openedBy.deletedAt ? r.openedBy.title : null,
      closedBy: r.closedBy && !r.closedBy.deletedAt ? r.closedBy.title : null,
    })),
  };
}

/** A live milestone as the edit form shows it, with the version it was read at. */
export async function getMilestoneFormValues(slug: string) {
  const row = await findMilestone(db, slug);
  if (!row) return null;
  const input = currentInput(row);
  const values: MilestoneFormValues = {
    title: row.title,
    description: row.description,
    whatChanged: row.whatChanged ?? "",
    lang: row.lang,
    translations: Object.fromEntries(
      Object.entries(row.translations).map(([locale, texts]) => [locale, { title: texts?.title ?? "", description: texts?.description ?? "", whatChanged: texts?.whatChanged ?? "" }]),
    ),
    date: isoPartial({ date: row.occurredOn.toISOString().slice(0, 10), precision: row.precision }),
    status: row.status,
    track: row.track.slug,
    type: row.type.slug,
    situation: row.situation?.slug ?? "",
    forums: input.forums as string[],
    instruments: input.instruments as string[],
    cases: input.cases as string[],
    rules: input.rules as string[],
    sources: row.sources.map((s) => ({ ...EMPTY_SOURCE, slug: s.source.slug, title: s.source.title, url: s.source.url ?? "", publisher: s.source.publisher ?? "", locator: s.locator ?? "" })),
    opens: input.opens as string[],
    closes: input.closes as string[],
    expectedVersion: String(row.version),
  };
  return { id: row.id, slug: row.slug, title: row.title, version: row.version, values, hasEffects: values.opens.length + values.closes.length > 0, opens: values.opens, closes: values.closes };
}
