import Link from "next/link";
import { followAction, unfollowAction } from "@/app/follows/actions";
import { savedSearchHref } from "@/lib/core/updates";
import { currentActor } from "@/lib/server/auth";
import { findFollow } from "@/lib/server/follows/list-follows";
import styles from "./FollowButton.module.css";

export type FollowButtonProps = (
  | { target: "case"; caseSlug: string }
  | { target: "forum"; forumSlug: string }
  /** `query`: the case list's canonical query string; `defaultName`: how the filters read. */
  | { target: "search"; query: string; defaultName: string }
) & {
  /** Where to come back to after following (default: the case, forum or case list itself). */
  returnTo?: string;
};

const NOUN = { case: "this case", forum: "this forum", search: "this search" } as const;
const WHAT_FOLLOWS = {
  case: "its stage changes, notes and milestones",
  forum: "its new milestones and what happens in its cases",
  search: "what happens in the cases it matches, now and later",
} as const;

/**
 * Follow or unfollow a case, a forum or a saved case-list search. A server component with plain
 * form posts to server actions: it works without JavaScript. Anonymous visitors get a sign-in
 * link that brings them back.
 */
export async function FollowButton(props: FollowButtonProps) {
  const returnTo =
    props.returnTo ??
    (props.target === "case" ? `/cases/${encodeURIComponent(props.caseSlug)}` : props.target === "forum" ? `/forums/${encodeURIComponent(props.forumSlug)}` : savedSearchHref(props.query));
  const actor = await currentActor();
  const noun = NOUN[props.target];

  if (actor.kind !== "user") {
    return (
      <p className={styles.followText} data-testid="follow">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>Sign in to follow {noun}</Link>
        <span className={styles.hint}>: your Updates page then lists {WHAT_FOLLOWS[props.target]}.</span>
      </p>
    );
  }

  const existing = await findFollow(actor, props.target === "case" ? props : props.target === "forum" ? props : { target: "search", query: props.query });
  if (existing) {
    return (
      <form action={unfollowAction} className={styles.follow} data-testid="follow">
        <input type="hidden" name="follow" value={existing.id} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <span className={styles.following} role="status">
          Following <span aria-hidden="true">✓</span>
        </span>
        <span aria-hidden="true"> · </span>
        <button type="submit" className={styles.quiet} aria-label={`Unfollow ${noun}`}>
          Unfollow
        </button>
        <span className={styles.hint}>
          {" "}
          Changes appear on <Link href="/updates">your Updates page</Link>.
        </span>
      </form>
    );
  }

  return (
    <form action={followAction} className={styles.follow} data-testid="follow">
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {props.target === "case" ? <input type="hidden" name="case" value={props.caseSlug} /> : null}
      {props.target === "forum" ? <input type="hidden" name="forum" value={props.forumSlug} /> : null}
      {props.target === "search" ? (
        <>
          <input type="hidden" name="query" value={props.query} />
          <span className={styles.nameField}>
            <label htmlFor="follow-search-name">Name this search</label>
            <input id="follow-search-name" name="name" type="text" maxLength={120} defaultValue={props.defaultName} />
          </span>
        </>
      ) : null}
      <button type="submit">Follow {noun}</button>
      <span className={styles.hint}>Your Updates page will list {WHAT_FOLLOWS[props.target]}.</span>
    </form>
  );
}
