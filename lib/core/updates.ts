/**
 * "Updates": what changed on the cases and forums a user follows. Pure: the server reads rows
 * (lib/server/queries/updates.ts, one query per kind of item); this module merges them into one
 * list (an item matched by several follows appears once, with every reason), sorts it newest
 * recorded first, says in words what happened and why the user sees it, and groups it by day (the
 * private Atom feed is written from it in lib/web/atom.ts). Time comes in as an argument.
 */
import { formatPartialDate, type PartialDate } from "./dates";
import { labelsIn } from "./labels";
import type { Locale } from "./locales";
import type { CaseStage } from "./views";

/** The most items one page (or the feed) lists; older ones are summarised as "more". */
export const UPDATES_PAGE_LIMIT = 200;
export const UPDATES_FEED_LIMIT = 50;
/** The most things one user may follow: each follow adds to every Updates query. */
export const MAX_FOLLOWS = 200;

export type FollowTargetKind = "CASE" | "FORUM" | "SEARCH";

/** One of the user's follows, as the reasons need it. */
export type FollowRef =
  | { id: string; target: "CASE"; case: { slug: string; title: string } }
  | { id: string; target: "FORUM"; forum: { slug: string; name: string; shortName: string } }
  | { id: string; target: "SEARCH"; query: string; name: string };

export type CaseRef = { slug: string; title: string; reference: string | null; forumShortName: string; isSynthetic: boolean };

import { ASSESSMENT_LABELS, assessmentLabels, type Assessment } from "./annotation-input";
import { dayIn } from "./timestamps";

export { ASSESSMENT_LABELS, assessmentLabels, type Assessment };

type RowBase = {
  /** The record's id (milestone, stage change or annotation). */
  id: string;
  /** When the tracker recorded it (ISO date-time, UTC): the moment "since your last visit" compares. */
  recordedAt: string;
  /** Who recorded it, where known. */
  recordedBy: string | null;
  /** The follows that matched it (ids of FollowRef). */
  followIds: string[];
};

/** A row as the server reads it, before merging. */
export type UpdateRow =
  | (RowBase & {
      kind: "milestone";
      /** `forums`: the short names of the forums it is linked to. */
      milestone: { slug: string; title: string; date: PartialDate; forums: string[]; isSynthetic: boolean };
    })
  | (RowBase & {
      kind: "stage";
      case: CaseRef;
      stage: CaseStage;
      /** The stage the case was at before this one (by date); null for the first recorded stage. */
      previousStage: CaseStage | null;
      date: PartialDate;
      inAbsentia: boolean;
    })
  | (RowBase & {
      kind: "annotation";
      case: CaseRef;
      /** "added": someone else wrote it after `since`; "edited": someone else changed it after `since`. */
      change: "added" | "edited";
      version: number;
      assessment: Assessment;
      verified: boolean;
      /** The note's text (Markdown), possibly cut: the item shows an excerpt. */
      body: string;
    });

export type UpdateKind = UpdateRow["kind"];

/** Why an item is shown: one of the user's follows, in words, with where it leads. */
export type Reason = { followId: string; target: FollowTargetKind; text: string; href: string };

export type UpdateItem = UpdateRow & { key: string; reasons: Reason[] };

const REASON_ORDER: Record<FollowTargetKind, number> = { CASE: 0, FORUM: 1, SEARCH: 2 };

/** "the ICC", "the Special Tribunal", "the Ukrainian courts". */
function forumWords(forum: { shortName: string }): string {
  return /^the\s/i.test(forum.shortName) ? forum.shortName : `the ${forum.shortName}`;
}

/**
 * Why the user sees an item, for one follow: "You follow the ICC", "You follow this case",
 * "Matches your saved search “War crimes before the ICC”". A milestone is not about one case, so
 * it names the followed case. In Ukrainian: "Ви стежите за форумом ICC", "Ви стежите за цією справою".
 */
export function reasonFor(follow: FollowRef, kind: UpdateKind, locale: Locale = "en"): Reason {
  if (locale === "uk") return ukReasonFor(follow, kind);
  switch (follow.target) {
    case "CASE":
      return {
        followId: follow.id,
        target: "CASE",
        text: kind === "milestone" ? `You follow the case “${follow.case.title}”` : "You follow this case",
        href: `/cases/${encodeURIComponent(follow.case.slug)}`,
      };
    case "FORUM":
      return { followId: follow.id, target: "FORUM", text: `You follow ${forumWords(follow.forum)}`, href: `/forums/${encodeURIComponent(follow.forum.slug)}` };
    case "SEARCH":
      return { followId: follow.id, target: "SEARCH", text: `Matches your saved search “${follow.name}”`, href: savedSearchHref(follow.query) };
  }
}

function ukReasonFor(follow: FollowRef, kind: UpdateKind): Reason {
  switch (follow.target) {
    case "CASE":
      return {
        followId: follow.id,
        target: "CASE",
        text: kind === "milestone" ? `Ви стежите за справою «${follow.case.title}»` : "Ви стежите за цією справою",
        href: `/cases/${encodeURIComponent(follow.case.slug)}`,
      };
    case "FORUM":
      return { followId: follow.id, target: "FORUM", text: `Ви стежите за форумом ${follow.forum.shortName}`, href: `/forums/${encodeURIComponent(follow.forum.slug)}` };
    case "SEARCH":
      return { followId: follow.id, target: "SEARCH", text: `Відповідає вашому збереженому пошуку «${follow.name}»`, href: savedSearchHref(follow.query) };
  }
}

export function savedSearchHref(query: string): string {
  return query ? `/cases?${query}` : "/cases";
}

/** A stable key per record: the same milestone matched twice is one item. */
export const itemKey = (row: Pick<UpdateRow, "kind" | "id">) => `${row.kind}:${row.id}`;

/** Newest recorded first; ties broken by kind and id so the order never flickers between loads. */
export function compareNewestFirst(a: Pick<UpdateRow, "recordedAt" | "kind" | "id">, b: Pick<UpdateRow, "recordedAt" | "kind" | "id">): number {
  if (a.recordedAt !== b.recordedAt) return a.recordedAt < b.recordedAt ? 1 : -1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Merges the rows of every kind into one list: a record matched by several follows (or read twice)
 * appears once with all its reasons (case first, then forum, then saved search); rows whose
 * follows are all gone are dropped; newest first, at most `limit`.
 */
export function mergeUpdates(rows: readonly UpdateRow[], follows: readonly FollowRef[], limit = UPDATES_PAGE_LIMIT, locale: Locale = "en"): UpdateItem[] {
  const byId = new Map(follows.map((f) => [f.id, f]));
  const merged = new Map<string, UpdateRow & { followIds: string[] }>();
  for (const row of rows) {
    const key = itemKey(row);
    const seen = merged.get(key);
    if (seen) {
      seen.followIds = [...new Set([...seen.followIds, ...row.followIds])];
      // Two reads of one annotation may differ in when it was last changed; keep the latest.
      if (row.recordedAt > seen.recordedAt) merged.set(key, { ...row, followIds: seen.followIds });
    } else {
      merged.set(key, { ...row, followIds: [...new Set(row.followIds)] });
    }
  }
  const items: UpdateItem[] = [];
  for (const [key, row] of merged) {
    const reasons = row.followIds
      .map((id) => byId.get(id))
      .filter((f): f is FollowRef => f !== undefined)
      .map((f) => reasonFor(f, row.kind, locale))
      .sort((a, b) => REASON_ORDER[a.target] - REASON_ORDER[b.target] || a.text.localeCompare(b.text));
    if (reasons.length === 0) continue;
    items.push({ ...row, key, reasons });
  }
  return items.sort(compareNewestFirst).slice(0, limit);
}

/** Markdown reduced to plain words for a one-line excerpt: no markup, no link targets, at most `max` characters. */
export function excerpt(markdown: string, max = 200): string {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, "")
    .replace(/[*_~`]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}…`;
}

/** What happened, in words: the item's headline, its subject (the case or milestone) and where it leads. */
export type UpdateDescription = {
  /** "Stage: Investigation → Warrant or notice of suspicion, 17 March 2023" */
  headline: string;
  /** The case or milestone it is about, as a link text. */
  subject: string;
  href: string;
  /** One more line: the milestone's forums, the note's excerpt. */
  detail: string | null;
  /** "Milestone", "Stage change", "Note". */
  kindLabel: string;
  isSynthetic: boolean;
};

export function caseSubject(c: CaseRef): string {
  return c.reference ? `${c.title} (${c.reference}, ${c.forumShortName})` : `${c.title} (${c.forumShortName})`;
}

export function describeUpdate(item: UpdateRow, locale: Locale = "en"): UpdateDescription {
  if (locale === "uk") return ukDescribeUpdate(item);
  const CASE_STAGE_LABELS = labelsIn("en").caseStage;
  switch (item.kind) {
    case "milestone": {
      const m = item.milestone;
      return {
        headline: `New milestone, dated ${formatPartialDate(m.date)}`,
        subject: m.title,
        href: `/milestones/${encodeURIComponent(m.slug)}`,
        detail: m.forums.length > 0 ? `Forums: ${m.forums.join(", ")}` : null,
        kindLabel: "Milestone",
        isSynthetic: m.isSynthetic,
      };
    }
    case "stage": {
      const to = CASE_STAGE_LABELS[item.stage];
      const move = item.previousStage && item.previousStage !== item.stage ? `${CASE_STAGE_LABELS[item.previousStage]} → ${to}` : item.previousStage ? `${to} (again)` : `${to} (first recorded stage)`;
      return {
        headline: `Stage: ${move}, ${formatPartialDate(item.date)}${item.inAbsentia ? ", in absentia" : ""}`,
        subject: caseSubject(item.case),
        href: `/cases/${encodeURIComponent(item.case.slug)}`,
        detail: null,
        kindLabel: "Stage change",
        isSynthetic: item.case.isSynthetic,
      };
    }
    case "annotation": {
      const what = item.change === "added" ? "New note" : `Note edited (version ${item.version})`;
      return {
        headline: `${what}: progress assessed as ${ASSESSMENT_LABELS[item.assessment].toLowerCase()}${item.verified ? ", verified" : ""}`,
        subject: caseSubject(item.case),
        href: `/cases/${encodeURIComponent(item.case.slug)}#note-${encodeURIComponent(item.id)}`,
        detail: excerpt(item.body) || null,
        kindLabel: "Note",
        isSynthetic: item.case.isSynthetic,
      };
    }
  }
}

/** `describeUpdate` in Ukrainian: "Нова подія, дата: 25 жовтня 2024 р.", "Стадія: Розслідування → …". */
function ukDescribeUpdate(item: UpdateRow): UpdateDescription {
  const stages = labelsIn("uk").caseStage;
  switch (item.kind) {
    case "milestone": {
      const m = item.milestone;
      return {
        headline: `Нова подія, дата: ${formatPartialDate(m.date, "uk")}`,
        subject: m.title,
        href: `/milestones/${encodeURIComponent(m.slug)}`,
        detail: m.forums.length > 0 ? `Форуми: ${m.forums.join(", ")}` : null,
        kindLabel: "Подія",
        isSynthetic: m.isSynthetic,
      };
    }
    case "stage": {
      const to = stages[item.stage];
      const move = item.previousStage && item.previousStage !== item.stage ? `${stages[item.previousStage]} → ${to}` : item.previousStage ? `${to} (повторно)` : `${to} (перша записана стадія)`;
      return {
        headline: `Стадія: ${move}, ${formatPartialDate(item.date, "uk")}${item.inAbsentia ? ", заочно" : ""}`,
        subject: caseSubject(item.case),
        href: `/cases/${encodeURIComponent(item.case.slug)}`,
        detail: null,
        kindLabel: "Зміна стадії",
        isSynthetic: item.case.isSynthetic,
      };
    }
    case "annotation": {
      const what = item.change === "added" ? "Нова нотатка" : `Нотатку змінено (версія ${item.version})`;
      return {
        headline: `${what}: хід справи оцінено як «${assessmentLabels("uk")[item.assessment].toLowerCase()}»${item.verified ? ", перевірено" : ""}`,
        subject: caseSubject(item.case),
        href: `/cases/${encodeURIComponent(item.case.slug)}#note-${encodeURIComponent(item.id)}`,
        detail: excerpt(item.body) || null,
        kindLabel: "Нотатка",
        isSynthetic: item.case.isSynthetic,
      };
    }
  }
}

/**
 * Items grouped by the day they were recorded in the reader's time zone, in the order given
 * (newest first); each day's heading in the locale ("3 December 2026", "3 грудня 2026 р.").
 */
export function groupByDay<T extends { recordedAt: string }>(items: readonly T[], zone: string, locale: Locale = "en"): { day: string; label: string; items: T[] }[] {
  const groups: { day: string; label: string; items: T[] }[] = [];
  for (const item of items) {
    const { iso: day, label } = dayIn(new Date(item.recordedAt), zone, locale);
    const last = groups.at(-1);
    if (last && last.day === day) last.items.push(item);
    else groups.push({ day, label, items: [item] });
  }
  return groups;
}

/**
 * The moment "Mark all as read" moves the user's mark to: the recorded time of the newest item
 * the user was shown, never "now". Anything recorded while the page was open (after that item)
 * stays unread. Null when nothing was shown.
 */
export function readUpTo(items: readonly Pick<UpdateRow, "recordedAt">[]): string | null {
  return items.reduce<string | null>((newest, i) => (newest === null || i.recordedAt > newest ? i.recordedAt : newest), null);
}

/**
 * The new "seen" mark from the one the form sent: it only moves forward (a stale tab cannot bring
 * old items back), and never past `now` (a forged time cannot hide future updates). Null when the
 * sent value is not a timestamp.
 */
export function nextSeenAt(current: Date | null, requested: string, now: Date): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(requested)) return null;
  const asked = new Date(requested);
  if (Number.isNaN(asked.getTime())) return null;
  const capped = asked > now ? now : asked;
  return current && current > capped ? current : capped;
}

/** How a saved search reads when the user gave it no name: its query string, shortened. */
export function defaultSearchName(query: string): string {
  const words = query.replace(/&/g, " · ").replace(/=/g, ": ");
  return words.length > 120 ? `${words.slice(0, 119)}…` : words || "All cases";
}
