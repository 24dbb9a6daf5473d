import "server-only";
import type { Option, RuleOption, MilestoneFormOptions } from "@/lib/core/views";
import { isoPartial } from "@/lib/core/dates";
import type { Locale } from "@/lib/core/locales";
import { localizeMessage } from "@/lib/core/message-texts";
import { EMPTY_SOURCE, type CitableDocument, type MilestoneFormValues } from "@/lib/core/milestone-input";
import { db } from "@/lib/server/db";
import { missingNote, referenceNamesIn } from "@/lib/server/reference-names";
import { readUserTranslations } from "@/lib/server/translations";
import { plainShown } from "@/lib/core/translations";
import { shownUserText } from "@/lib/core/user-translations";
import type { NameKind } from "@/lib/core/names-in";
import { findMilestone } from "@/lib/server/milestones/find-milestone";
import { currentInput } from "@/lib/server/milestones/milestone-record";


const milestoneTitleSelect = { id: true, title: true, lang: true, deletedAt: true } as const;

/** The reference data the milestone form offers: every choice is a record that exists (its own words in `locale`, the records' as recorded). */
export async function getMilestoneFormOptions(locale: Locale = "en"): Promise<MilestoneFormOptions> {
  const order = [{ sortOrder: "asc" as const }, { name: "asc" as const }];
  const [tracks, types, situations, forums, instruments, cases, rules] = await Promise.all([
    db.milestoneTrack.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.milestoneType.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.situation.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.forum.findMany({ orderBy: order, select: { slug: true, name: true } }),
    db.instrument.findMany({ orderBy: { title: "asc" }, select: { slug: true, title: true, shortTitle: true } }),
    db.case.findMany({ where: { deletedAt: null }, orderBy: { title: "asc" }, select: { slug: true, title: true, reference: true, forum: { select: { slug: true, shortName: true } } } }),
    db.jurisdictionRule.findMany({
      where: { deletedAt: null },
      orderBy: [{ forum: { sortOrder: "asc" } }, { slug: "asc" }],
      select: { slug: true, summary: true, forum: { select: { slug: true, shortName: true } }, openedBy: { select: milestoneTitleSelect }, closedBy: { select: milestoneTitleSelect } },
    }),
  ]);
  // The vocabularies' names in the form's language (decision 039); an instrument's full title stays as recorded.
  // The rules' summaries and the milestones that open and close them too (decisions 039, 042).
  const milestoneIds = rules.flatMap((r) => [r.openedBy?.id, r.closedBy?.id]).filter((id): id is string => !!id);
  const [{ words }, titles] = await Promise.all([referenceNamesIn(locale), readUserTranslations(db, "Milestone", milestoneIds)]);
  const note = missingNote(locale);
  const titleOf = (m: { id: string; title: string; lang: string; deletedAt: Date | null } | null) => {
    if (!m || m.deletedAt) return null;
    const shown = shownUserText(m.title, m.lang, titles.get(m.id) ?? {}, "title", locale);
    return plainShown(shown, note(shown.lang));
  };
  const named = (kind: NameKind) => (r: { slug: string; name: string }) => ({ value: r.slug, label: words(kind, r.slug, r.name) });
  return {
    tracks: tracks.map(named("track")),
    types: types.map(named("type")),
    situations: situations.map(named("situation")),
    forums: forums.map(named("forum")),
    instruments: instruments.map((i) => ({ value: i.slug, label: i.shortTitle === i.title ? i.title : `${words("instrument", i.slug, i.shortTitle)} — ${i.title}` })),
    cases: cases.map((c) => ({ value: c.slug, label: c.title, hint: `${words("forumShort", c.forum.slug, c.forum.shortName)}, ${c.reference ?? localizeMessage("no public case number", locale)}` })),
    rules: rules.map((r) => ({
      value: r.slug,
      label: words("ruleSummary", r.slug, r.summary),
      hint: `${words("forumShort", r.forum.slug, r.forum.shortName)} · ${r.slug}`,
      openedBy: titleOf(r.openedBy),
      closedBy: titleOf(r.closedBy),
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
    sources: row.sources.map((s) => ({
      ...EMPTY_SOURCE,
      slug: s.source.slug,
      title: s.source.title,
      url: s.source.url ?? "",
      publisher: s.source.publisher ?? "",
      locator: s.locator ?? "",
      document: s.documentSha256 ?? "",
      page: s.page ? String(s.page) : "",
    })),
    opens: input.opens as string[],
    closes: input.closes as string[],
    expectedVersion: String(row.version),
  };
  // The documents a passage may point at: attached (and not removed) to the milestone or to its sources.
  const attached = await db.documentAttachment.findMany({
    where: { deletedAt: null, OR: [{ milestoneId: row.id }, { source: { slug: { in: row.sources.map((s) => s.source.slug) } } }] },
    select: { sha256: true, title: true, source: { select: { slug: true } } },
    orderBy: [{ uploadedAt: "asc" }, { id: "asc" }],
  });
  const documents: CitableDocument[] = attached.map((a) => ({ sha256: a.sha256, title: a.title, source: a.source?.slug ?? null }));
  return { id: row.id, slug: row.slug, title: row.title, version: row.version, values, documents, hasEffects: values.opens.length + values.closes.length > 0, opens: values.opens, closes: values.closes };
}
