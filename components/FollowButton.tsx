import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { savedSearchHref } from "@/lib/core/updates";
import type { FollowState } from "@/lib/core/views";
import styles from "./FollowButton.module.css";

export type FollowButtonProps = (
  | { target: "case"; caseSlug: string }
  | { target: "forum"; forumSlug: string }
  /** `query`: the case list's canonical query string; `defaultName`: how the filters read. */
  | { target: "search"; query: string; defaultName: string }
) & {
  /** Where to come back to after following (default: the case, forum or case list itself). */
  returnTo?: string;
  /** Whether the user is signed in and follows it (the page reads it: lib/server/follows/list-follows.ts followState). */
  state: FollowState;
  /** The server actions the forms post to (app/follows/actions.ts), passed by the page. */
  follow: (form: FormData) => Promise<void>;
  unfollow: (form: FormData) => Promise<void>;
};

/**
 * Follow or unfollow a case, a forum or a saved case-list search. Plain form posts to the server
 * actions the page passes: it works without JavaScript. Anonymous visitors get a sign-in link
 * that brings them back.
 */
export function FollowButton(props: FollowButtonProps) {
  const returnTo =
    props.returnTo ??
    (props.target === "case" ? `/cases/${encodeURIComponent(props.caseSlug)}` : props.target === "forum" ? `/forums/${encodeURIComponent(props.forumSlug)}` : savedSearchHref(props.query));
  const t = useTranslations("Follow");
  const target = props.target;
  const what = t(`what.${target}`);

  if (!props.state.signedIn) {
    return (
      <p className={styles.followText} data-testid="follow">
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`}>{t(`signIn.${target}`)}</Link>
        <span className={styles.hint}>{t("signInHint", { what })}</span>
      </p>
    );
  }

  if (props.state.followId) {
    return (
      <form action={props.unfollow} className={styles.follow} data-testid="follow">
        <input type="hidden" name="follow" value={props.state.followId} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <span className={styles.following} role="status">
          {t("following")} <span aria-hidden="true">✓</span>
        </span>
        <span aria-hidden="true"> · </span>
        <button type="submit" className={styles.quiet} aria-label={t(`unfollowLabel.${target}`)}>
          {t("unfollow")}
        </button>
        <span className={styles.hint}>
          {" "}
          {t.rich("changesAppear", { link: (chunks) => <Link href="/updates">{chunks}</Link> })}
        </span>
      </form>
    );
  }

  return (
    <form action={props.follow} className={styles.follow} data-testid="follow">
      <input type="hidden" name="target" value={props.target} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {props.target === "case" ? <input type="hidden" name="case" value={props.caseSlug} /> : null}
      {props.target === "forum" ? <input type="hidden" name="forum" value={props.forumSlug} /> : null}
      {props.target === "search" ? (
        <>
          <input type="hidden" name="query" value={props.query} />
          <span className={styles.nameField}>
            <label htmlFor="follow-search-name">{t("nameSearch")}</label>
            <input id="follow-search-name" name="name" type="text" maxLength={120} defaultValue={props.defaultName} />
          </span>
        </>
      ) : null}
      <button type="submit">{t(`follow.${target}`)}</button>
      <span className={styles.hint}>{t("willList", { what })}</span>
    </form>
  );
}
