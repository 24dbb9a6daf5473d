import type { Metadata } from "next";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { unfollowAction } from "@/app/[locale]/follows/actions";
import { formatMinute } from "@/lib/core/timestamps";
import { describeUpdate, groupByDay, readUpTo, UPDATES_PAGE_LIMIT, type UpdateItem } from "@/lib/core/updates";
import { plural } from "@/lib/core/labels";
import { currentActor } from "@/lib/server/auth";
import { timeZoneOf } from "@/lib/server/actor";
import type { FollowRecord } from "@/lib/server/follows/follow-record";
import { getUpdatesPage } from "@/lib/server/queries/updates";
import { markAllReadAction } from "./actions";
import styles from "./updates.module.css";

export const metadata: Metadata = { title: "Updates" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const REFUSALS: Record<string, string> = {
  gone: "That case is no longer tracked (it was deleted), so it cannot be followed.",
  invalid: "That search cannot be followed: the case list does not accept its filters, or it has none. Choose filters on the case list, then follow the search.",
  limit: "You already follow the most one account may (200). Unfollow something below first.",
  error: "Something went wrong on our side; nothing was changed. The error has been logged; try again in a moment.",
};

function HowToFollow() {
  return (
    <ul className={styles.howList}>
      <li>
        <strong>A case</strong>: open it from the <Link href="/cases">case list</Link> and press <em>Follow this case</em>.
      </li>
      <li>
        <strong>A forum</strong>: on a forum&rsquo;s page (for example the <Link href="/forums/icc">International Criminal Court</Link>), press{" "}
        <em>Follow this forum</em> to see new milestones linked to it and what happens in its cases.
      </li>
      <li>
        <strong>A search</strong>: on the <Link href="/cases">case list</Link>, choose filters (a crime, a forum, a level of responsibility…), then press{" "}
        <em>Follow this search</em>. Cases recorded later that match it are covered too.
      </li>
    </ul>
  );
}

function Item({ item, zone }: { item: UpdateItem; zone: string }) {
  const d = describeUpdate(item);
  return (
    <li className={styles.item} data-testid="update-item">
      <p className={styles.kind}>
        <span className={styles.kindLabel}>{d.kindLabel}</span>
        {d.isSynthetic ? <span className="badge badge-demo">Demo data</span> : null}
      </p>
      <p className={styles.headline}>
        <Link href={d.href}>{d.subject}</Link>
      </p>
      <p className={styles.what}>{d.headline}</p>
      {d.detail ? <p className={styles.detail}>{d.detail}</p> : null}
      <p className={styles.why} data-testid="update-reasons">
        <span className={styles.whyLabel}>Why you see this:</span>{" "}
        {item.reasons.map((r, i) => (
          <span key={r.followId}>
            {i > 0 ? "; " : null}
            <Link href={r.href}>{r.text}</Link>
          </span>
        ))}
      </p>
      <p className={styles.recorded}>
        Recorded {formatMinute(item.recordedAt, zone)}
        {item.recordedBy ? ` by ${item.recordedBy}` : null}
      </p>
    </li>
  );
}

function followLabel(f: FollowRecord, descriptions: Record<string, string>): { kind: string; label: string; sub?: string } {
  if (f.target === "case") return { kind: "Case", label: f.case?.title ?? "A case", sub: f.case?.reference ?? undefined };
  if (f.target === "forum") return { kind: "Forum", label: f.forum?.name ?? "A forum" };
  return { kind: "Saved search", label: f.name ?? f.query ?? "", sub: descriptions[f.id] };
}

function FollowList({ follows, unusable, descriptions, zone }: { follows: FollowRecord[]; unusable: Set<string>; descriptions: Record<string, string>; zone: string }) {
  return (
    <ul className={styles.follows}>
      {follows.map((f) => {
        const { kind, label, sub } = followLabel(f, descriptions);
        return (
          <li key={f.id} className={styles.followRow} data-testid="follow-row">
            <div className={styles.followWhat}>
              <span className={styles.kindLabel}>{kind}</span> <Link href={f.href}>{label}</Link>
              {sub ? <span className={styles.followSub}> · {sub}</span> : null}
              {f.case?.deleted ? <span className={styles.warn}> · no longer tracked (deleted): nothing new will come from it</span> : null}
              {unusable.has(f.id) ? <span className={styles.warn}> · the case list no longer accepts this search: it matches nothing until you follow a new one</span> : null}
              <span className={styles.followSince}> · since {formatMinute(f.createdAt, zone)}</span>
            </div>
            <form action={unfollowAction}>
              <input type="hidden" name="follow" value={f.id} />
              <input type="hidden" name="returnTo" value="/updates" />
              <button type="submit" className={styles.quiet} aria-label={`Unfollow ${kind.toLowerCase()}: ${label}`}>
                Unfollow
              </button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * What changed on what the user follows since their last visit, newest first and grouped by the
 * day it was recorded; then what they follow, with a way to stop.
 */
export default async function UpdatesPage({ searchParams }: Props) {
  const params = await searchParams;
  const actor = await currentActor();
  const zone = timeZoneOf(actor);
  if (actor.kind !== "user") {
    return (
      <>
        <Breadcrumbs trail={[{ label: "Updates" }]} />
        <h1>Updates</h1>
        <div className="empty">
          <p>
            <strong>
              <Link href="/sign-in?callbackUrl=%2Fupdates">Sign in</Link> to see your updates.
            </strong>
          </p>
          <p>
            Once signed in, you can follow cases, forums and searches of the case list; this page then lists what changed
            since your last visit: new milestones, stage changes and analysts&rsquo; notes.
          </p>
        </div>
      </>
    );
  }
  const data = await getUpdatesPage(actor.id);
  if (!data) {
    return (
      <>
        <h1>Updates</h1>
        <p>
          Your account was not found. <Link href="/sign-in?callbackUrl=%2Fupdates">Sign in again</Link>.
        </p>
      </>
    );
  }
  const { items, follows, truncated, since, sinceJoined } = data;
  const upTo = readUpTo(items);
  const refused = typeof params.refused === "string" ? REFUSALS[params.refused] : undefined;
  const marked = params.marked === "1";
  const sinceText = sinceJoined ? `since you joined on ${formatMinute(since.toISOString(), zone)}` : `since your last visit on ${formatMinute(since.toISOString(), zone)}`;

  return (
    <>
      <Breadcrumbs trail={[{ label: "Updates" }]} />
      <h1>Updates</h1>
      <p className="lead" data-testid="updates-since">
        What changed on the cases, forums and searches you follow {sinceText}.
      </p>

      {refused ? (
        <p className="notice notice-error" role="alert">
          {refused}
        </p>
      ) : null}
      {marked && !refused ? (
        <p className="notice notice-success" role="status">
          Marked as read. Anything recorded after the newest update you saw will appear here.
        </p>
      ) : null}

      <section aria-labelledby="changes-heading" className={styles.section}>
        <h2 id="changes-heading">
          {follows.length === 0 ? "What changed" : items.length === 0 ? "Nothing new" : `${plural(items.length, "update")}${truncated ? ` (the ${UPDATES_PAGE_LIMIT} most recent)` : ""}`}
        </h2>
        {follows.length === 0 ? (
          <div className="empty" data-testid="updates-empty">
            <p>
              <strong>You do not follow anything yet.</strong> Follow a case, a forum or a search of the case list, and this
              page will list what changes: new milestones, stage changes and notes, with why each is shown.
            </p>
            <HowToFollow />
          </div>
        ) : items.length === 0 ? (
          <div className="empty" data-testid="updates-empty">
            <p>
              <strong>You are up to date.</strong> Nothing was recorded on what you follow {sinceText}.
            </p>
            <p>
              New milestones, stage changes and analysts&rsquo; notes will appear here. Notes you wrote or edited yourself
              are not listed.
            </p>
          </div>
        ) : (
          <>
            <form action={markAllReadAction} className={styles.markRead}>
              <input type="hidden" name="upTo" value={upTo ?? ""} />
              <button type="submit">Mark all as read</button>
              <span className={styles.hint}>
                Marks as read everything up to the newest update below (recorded {formatMinute(upTo!, zone)}). Anything recorded
                after it stays unread.
              </span>
            </form>
            {truncated ? (
              <p className="notice notice-warning">
                More than {UPDATES_PAGE_LIMIT} updates: only the most recent {UPDATES_PAGE_LIMIT} are listed. Marking them read
                marks the older ones read too.
              </p>
            ) : null}
            {groupByDay(items, zone).map((group) => (
              <section key={group.day} aria-labelledby={`day-${group.day}`} className={styles.day}>
                <h3 id={`day-${group.day}`} className={styles.dayHeading}>
                  Recorded on {group.label}
                </h3>
                <ul className={styles.items}>
                  {group.items.map((item) => (
                    <Item key={item.key} item={item} zone={zone} />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="following-heading" className={styles.section}>
        <h2 id="following-heading">What you follow</h2>
        {follows.length === 0 ? (
          <p>Nothing yet.</p>
        ) : (
          <>
            <p className={styles.hint}>
              {plural(follows.length, "follow")}. A forum covers its milestones and every case before it; a saved search covers
              the cases that match it now and later.
            </p>
            <FollowList follows={follows} unusable={new Set(data.unusableSearchIds)} descriptions={data.searchDescriptions} zone={zone} />
          </>
        )}
        {follows.length > 0 ? (
          <>
            <h3>How to follow more</h3>
            <HowToFollow />
          </>
        ) : null}
        <p className={styles.feedNote}>
          <strong>In a feed reader</strong>: your <Link href="/account#feed-heading">account page</Link> gives you a private
          feed address with your latest 50 updates.
        </p>
      </section>
    </>
  );
}
