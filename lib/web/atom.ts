/**
 * The Atom 1.0 feeds (RFC 4287) the tracker writes, built from plain data so they can be tested
 * without a server: the public feed of milestones and each user's private feed of updates. Dates
 * of milestones appear at their precision ("October 2024"); `updated` and `published` are the
 * record's own timestamps (when the tracker recorded or changed it).
 */
import { createTranslator } from "next-intl";
import { formatPartialDate, type PartialDate } from "@/lib/core/dates";
import type { Locale } from "@/lib/core/locales";
import type { MilestoneTextField } from "@/lib/core/milestone-input";
import { plainShown } from "@/lib/core/translations";
import { shownIn, type TranslationTexts } from "@/lib/core/written-in";
import { describeUpdate, readUpTo, UPDATES_FEED_LIMIT, type UpdateItem, type UpdateRow } from "@/lib/core/updates";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { element, escapeXml } from "./xml";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";

/** The generator's name: the software's, the same in every language. */
const TRACKER = "Accountability Architecture Tracker";

/**
 * The feeds' words in a language (the catalogues' Feed namespace); English when none is given.
 * Read from the catalogues directly, not the request: the routes are also called without one (tests).
 */
export function feedWords(locale: Locale = "en") {
  return createTranslator({ locale, messages: locale === "uk" ? uk : en, namespace: "Feed" });
}

/** The filters' labels in a language ("Track", "Напрям"), for the feed's title and its refusals. */
export function filterWords(locale: Locale = "en") {
  return createTranslator({ locale, messages: locale === "uk" ? uk : en, namespace: "Filters" });
}

/** The feed document: the same head for every feed the tracker writes, then its entries, each a list of elements. */
function atomFeed(head: { selfUrl: string; title: string; subtitle: string; alternate: string; updated: string; author: string }, entries: string[][]): string {
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom">`,
    `  ${element("id", {}, head.selfUrl)}`,
    `  ${element("title", { type: "text" }, head.title)}`,
    `  ${element("subtitle", { type: "text" }, head.subtitle)}`,
    `  ${element("link", { rel: "self", type: "application/atom+xml", href: head.selfUrl })}`,
    `  ${element("link", { rel: "alternate", type: "text/html", href: head.alternate })}`,
    `  ${element("updated", {}, head.updated)}`,
    `  <author><name>${escapeXml(head.author)}</name></author>`,
    `  ${element("generator", {}, TRACKER)}`,
    ...entries.flatMap((elements) => ["  <entry>", ...elements.map((e) => `    ${e}`), "  </entry>"]),
    `</feed>`,
    "",
  ].join("\n");
}

/** One milestone as the feed needs it. Timestamps are ISO 8601 date-times (UTC). */
export type FeedMilestone = {
  id: string;
  slug: string;
  /** The language its texts are written in, and those texts in the others (decision 042); English and none when left out. */
  lang?: string;
  translations?: TranslationTexts<MilestoneTextField>;
  title: string;
  description: string;
  whatChanged: string | null;
  date: PartialDate;
  status: "HAPPENED" | "EXPECTED";
  track: { slug: string; name: string };
  type: { slug: string; name: string };
  /** The situation the milestone belongs to (Ukraine, Sudan); null when it is not tied to one. */
  situation: { slug: string; name: string } | null;
  forums: { slug: string; name: string }[];
  firstSourceTitle: string | null;
  isSynthetic: boolean;
  createdAt: string;
  updatedAt: string;
};

export type MilestoneFeedInput = {
  /** The site's origin without a trailing slash: "https://tracker.example.org". */
  origin: string;
  /** The filters in force, as a query string ("track=accountability&forum=icc") or "". */
  query: string;
  /** How the filters read, e.g. "Track: Accountability · Forum: International Criminal Court"; "" for none. */
  filterDescription: string;
  milestones: FeedMilestone[];
  /** The feed's `updated` when it has no entries (the clock is the caller's). */
  now: string;
  /** The language of the feed's own words and dates (its records' texts are as recorded); English when not given. */
  locale?: Locale;
};

/** A stable entry id: a tag URI (RFC 4151) on the site's host and the record's id, not its slug. */
export function entryId(origin: string, id: string): string {
  return `tag:${new URL(origin).hostname},2025:milestone:${id}`;
}

/**
 * A milestone's text in the feed's language (decision 042): its translation, or its own text with
 * the language it is in named in brackets ("(in Ukrainian)"): a feed's text takes no markup.
 */
function feedText(m: FeedMilestone, field: MilestoneTextField, locale: Locale): string | null {
  const recorded = field === "whatChanged" ? m.whatChanged : m[field];
  const shown = shownIn({ lang: m.lang ?? "en", translations: m.translations ?? {} }, field, recorded, locale);
  return shown && plainShown(shown, feedWords(locale)("inLanguage", { language: shown.lang }));
}

/** The entry's plain-text summary: the date at its precision, situation, track, type, forums, what happened and changed, the source. */
export function entrySummary(m: FeedMilestone, locale: Locale = "en"): string {
  const t = feedWords(locale);
  const description = feedText(m, "description", locale)!;
  const whatChanged = feedText(m, "whatChanged", locale);
  const day = formatPartialDate(m.date, locale);
  const date = m.status === "EXPECTED" ? t("expectedOn", { date: day }) : day;
  const head = [date, ...(m.situation ? [t("situation", { name: m.situation.name })] : []), m.track.name, m.type.name].join(" · ");
  const lines = [head];
  if (m.forums.length > 0) lines.push(t("forums", { names: m.forums.map((f) => f.name).join(", ") }));
  if (m.isSynthetic) lines.push(t("demo"));
  lines.push("", description);
  if (whatChanged) lines.push("", m.status === "EXPECTED" ? t("wouldChange", { text: whatChanged }) : t("changed", { text: whatChanged }));
  if (m.firstSourceTitle) lines.push("", t("source", { title: m.firstSourceTitle }));
  return lines.join("\n");
}

const withQuery = (url: string, query: string) => (query ? `${url}?${query}` : url);

/** The whole feed as an XML document. Entries are written in the order given. */
export function buildMilestoneFeed(input: MilestoneFeedInput): string {
  const { origin, query, filterDescription, milestones, locale } = input;
  const t = feedWords(locale);
  const head = {
    selfUrl: withQuery(`${origin}/milestones/feed.xml`, query),
    title: filterDescription ? t("milestonesTitleFiltered", { filters: filterDescription }) : t("milestonesTitle"),
    subtitle: t("milestonesSubtitle"),
    alternate: withQuery(`${origin}/milestones`, query),
    updated: milestones.reduce((latest, m) => (m.updatedAt > latest ? m.updatedAt : latest), milestones.length > 0 ? "" : input.now),
    author: t("author"),
  };
  return atomFeed(
    head,
    milestones.map((m) => [
      element("id", {}, entryId(origin, m.id)),
      element("title", { type: "text" }, `${m.isSynthetic ? `${t("demoPrefix")} ` : ""}${m.status === "EXPECTED" ? `${t("expectedPrefix")} ` : ""}${feedText(m, "title", locale ?? "en")}`),
      element("link", { rel: "alternate", type: "text/html", href: `${origin}/milestones/${encodeURIComponent(m.slug)}` }),
      element("updated", {}, m.updatedAt),
      element("published", {}, m.createdAt),
      // The timeline has no situation filter to point a scheme at; the label names it for readers.
      ...(m.situation ? [element("category", { term: m.situation.slug, label: t("situation", { name: m.situation.name }) })] : []),
      element("category", { term: m.track.slug, label: t("track", { name: m.track.name }), scheme: `${origin}/milestones?track=` }),
      element("category", { term: m.type.slug, label: t("type", { name: m.type.name }), scheme: `${origin}/milestones?type=` }),
      ...m.forums.map((f) => element("category", { term: f.slug, label: t("forum", { name: f.name }), scheme: `${origin}/milestones?forum=` })),
      element("summary", { type: "text" }, entrySummary(m, locale)),
    ]),
  );
}

// ---------------------------------------------------------------------------------------------
// The private feed of a user's updates.

export type UpdatesFeedInput = {
  /** The site's origin without a trailing slash. */
  origin: string;
  /** The feed's own address (with its private token): the feed's id and self link. */
  selfUrl: string;
  /** Whose feed: shown in the feed's title. */
  userName: string;
  items: readonly UpdateItem[];
  /** The feed's `updated` when it has no entries. */
  now: string;
  /** The language of the feed's own words; English when not given. */
  locale?: Locale;
};

/** A stable entry id per record: a tag URI on the site's host, the kind and the record's id. */
export function updateEntryId(origin: string, item: Pick<UpdateRow, "kind" | "id">): string {
  return `tag:${new URL(origin).hostname},2025:update:${item.kind}:${item.id}`;
}

export function updateEntrySummary(item: UpdateItem, locale: Locale = "en"): string {
  const t = feedWords(locale);
  const d = describeUpdate(item, locale);
  const lines = [d.headline, d.subject];
  if (d.detail) lines.push(d.detail);
  if (d.isSynthetic) lines.push(t("demo"));
  lines.push("", t("why", { reasons: item.reasons.map((r) => r.text).join("; ") }));
  if (item.recordedBy) lines.push(t("recordedBy", { who: item.recordedBy }));
  return lines.join("\n");
}

export function buildUpdatesFeed(input: UpdatesFeedInput): string {
  const { origin, selfUrl, items, locale } = input;
  const t = feedWords(locale);
  const head = {
    selfUrl,
    title: t("updatesTitle", { name: input.userName }),
    subtitle: t("updatesSubtitle", { limit: UPDATES_FEED_LIMIT }),
    alternate: `${origin}/updates`,
    updated: readUpTo(items) ?? input.now,
    author: t("author"),
  };
  return atomFeed(
    head,
    items.map((item) => {
      const d = describeUpdate(item, locale);
      return [
        element("id", {}, updateEntryId(origin, item)),
        element("title", { type: "text" }, `${d.isSynthetic ? `${t("demoPrefix")} ` : ""}${d.kindLabel}: ${d.subject}: ${d.headline}`),
        element("link", { rel: "alternate", type: "text/html", href: `${origin}${d.href}` }),
        element("updated", {}, item.recordedAt),
        ...item.reasons.map((r) => element("category", { term: r.target.toLowerCase(), label: r.text })),
        element("summary", { type: "text" }, updateEntrySummary(item, locale)),
      ];
    }),
  );
}
