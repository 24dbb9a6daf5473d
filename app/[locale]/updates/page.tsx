import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { unfollowAction } from "@/app/[locale]/follows/actions";
import type { Locale } from "@/lib/core/locales";
import { formatMinute } from "@/lib/core/timestamps";
import { describeUpdate, groupByDay, readUpTo, UPDATES_PAGE_LIMIT, type UpdateItem } from "@/lib/core/updates";
import { currentActor } from "@/lib/server/auth";
import { timeZoneOf } from "@/lib/server/actor";
import type { FollowRecord } from "@/lib/server/follows/follow-record";
import { getUpdatesPage } from "@/lib/server/queries/updates";
import { referenceNamesIn } from "@/lib/server/reference-names";
import type { Namer } from "@/lib/core/names-in";
import { markAllReadAction } from "./actions";
import styles from "./updates.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("Updates"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

type Translate = Awaited<ReturnType<typeof getTranslations<"Updates">>>;

/** The refusals a follow or unfollow comes back with (`?refused=`), by their keys in the catalogue. */
const REFUSALS = { gone: "refusedGone", invalid: "refusedInvalid", limit: "refusedLimit", error: "refusedError" } as const;

const rich = {
  strong: (chunks: React.ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: React.ReactNode) => <em>{chunks}</em>,
  cases: (chunks: React.ReactNode) => <Link href="/cases">{chunks}</Link>,
  icc: (chunks: React.ReactNode) => <Link href="/forums/icc">{chunks}</Link>,
};

function HowToFollow({ t }: { t: Translate }) {
  return (
    <ul className={styles.howList}>
      <li>{t.rich("howCase", rich)}</li>
      <li>{t.rich("howForum", rich)}</li>
      <li>{t.rich("howSearch", rich)}</li>
    </ul>
  );
}

function Item({ item, zone, t, locale }: { item: UpdateItem; zone: string; t: Translate; locale: Locale }) {
  const d = describeUpdate(item, locale);
  return (
    <li className={styles.item} data-testid="update-item">
      <p className={styles.kind}>
        <span className={styles.kindLabel}>{d.kindLabel}</span>
        {d.isSynthetic ? <span className="badge badge-demo">{t("demo")}</span> : null}
      </p>
      <p className={styles.headline}>
        <Link href={d.href}>{d.subject}</Link>
      </p>
      <p className={styles.what}>{d.headline}</p>
      {d.detail ? <p className={styles.detail}>{d.detail}</p> : null}
      <p className={styles.why} data-testid="update-reasons">
        <span className={styles.whyLabel}>{t("why")}</span>{" "}
        {item.reasons.map((r, i) => (
          <span key={r.followId}>
            {i > 0 ? "; " : null}
            <Link href={r.href}>{r.text}</Link>
          </span>
        ))}
      </p>
      <p className={styles.recorded}>
        {item.recordedBy
          ? t("recordedBy", { when: formatMinute(item.recordedAt, zone, locale), who: item.recordedBy })
          : t("recorded", { when: formatMinute(item.recordedAt, zone, locale) })}
      </p>
    </li>
  );
}

function followLabel(t: Translate, words: Namer, f: FollowRecord, descriptions: Record<string, string>): { kind: string; label: string; sub?: string } {
  if (f.target === "case") return { kind: t("kindCase"), label: f.case?.title ?? t("aCase"), sub: f.case?.reference ?? undefined };
  if (f.target === "forum") return { kind: t("kindForum"), label: f.forum ? words("forum", f.forum.slug, f.forum.name) : t("aForum") };
  return { kind: t("kindSearch"), label: f.name ?? f.query ?? "", sub: descriptions[f.id] };
}

function FollowList({ follows, unusable, descriptions, zone, t, locale, words }: { follows: FollowRecord[]; unusable: Set<string>; descriptions: Record<string, string>; zone: string; t: Translate; locale: Locale; words: Namer }) {
  return (
    <ul className={styles.follows}>
      {follows.map((f) => {
        const { kind, label, sub } = followLabel(t, words, f, descriptions);
        return (
          <li key={f.id} className={styles.followRow} data-testid="follow-row">
            <div className={styles.followWhat}>
              <span className={styles.kindLabel}>{kind}</span> <Link href={f.href}>{label}</Link>
              {sub ? <span className={styles.followSub}> · {sub}</span> : null}
              {f.case?.deleted ? <span className={styles.warn}> · {t("caseDeleted")}</span> : null}
              {unusable.has(f.id) ? <span className={styles.warn}> · {t("searchUnusable")}</span> : null}
              <span className={styles.followSince}> · {t("followSince", { when: formatMinute(f.createdAt, zone, locale) })}</span>
            </div>
            <form action={unfollowAction}>
              <input type="hidden" name="follow" value={f.id} />
              <input type="hidden" name="returnTo" value="/updates" />
              <button type="submit" className={styles.quiet} aria-label={t("unfollowLabel", { kind: kind.toLowerCase(), label })}>
                {t("unfollow")}
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
  const [actor, t, locale] = await Promise.all([currentActor(), getTranslations("Updates"), getLocale() as Promise<Locale>]);
  const zone = timeZoneOf(actor);
  const signIn = (chunks: React.ReactNode) => <Link href="/sign-in?callbackUrl=%2Fupdates">{chunks}</Link>;
  if (actor.kind !== "user") {
    return (
      <>
        <Breadcrumbs trail={[{ label: t("title") }]} />
        <h1>{t("title")}</h1>
        <div className="empty">
          <p>
            <strong>{t.rich("signInToSee", { signIn })}</strong>
          </p>
          <p>{t("signedOutText")}</p>
        </div>
      </>
    );
  }
  const [data, { words }] = await Promise.all([getUpdatesPage(actor.id, locale), referenceNamesIn(locale)]);
  if (!data) {
    return (
      <>
        <h1>{t("title")}</h1>
        <p>{t.rich("accountNotFound", { signIn })}</p>
      </>
    );
  }
  const { items, follows, truncated, since, sinceJoined } = data;
  const upTo = readUpTo(items);
  const refusal = typeof params.refused === "string" && Object.hasOwn(REFUSALS, params.refused) ? REFUSALS[params.refused as keyof typeof REFUSALS] : undefined;
  const refused = refusal ? t(refusal) : undefined;
  const marked = params.marked === "1";
  const sinceWhen = formatMinute(since.toISOString(), zone, locale);
  const sinceText = sinceJoined ? t("sinceJoined", { when: sinceWhen }) : t("sinceLastVisit", { when: sinceWhen });

  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      <p className="lead" data-testid="updates-since">
        {t("lead", { since: sinceText })}
      </p>

      {refused ? (
        <p className="notice notice-error" role="alert">
          {refused}
        </p>
      ) : null}
      {marked && !refused ? (
        <p className="notice notice-success" role="status">
          {t("marked")}
        </p>
      ) : null}

      <section aria-labelledby="changes-heading" className={styles.section}>
        <h2 id="changes-heading">
          {follows.length === 0
            ? t("whatChanged")
            : items.length === 0
              ? t("nothingNew")
              : truncated
                ? t("updateCountTruncated", { count: items.length, limit: UPDATES_PAGE_LIMIT })
                : t("updateCount", { count: items.length })}
        </h2>
        {follows.length === 0 ? (
          <div className="empty" data-testid="updates-empty">
            <p>{t.rich("followNothing", rich)}</p>
            <HowToFollow t={t} />
          </div>
        ) : items.length === 0 ? (
          <div className="empty" data-testid="updates-empty">
            <p>{t.rich("upToDate", { ...rich, since: sinceText })}</p>
            <p>{t("willAppear")}</p>
          </div>
        ) : (
          <>
            <form action={markAllReadAction} className={styles.markRead}>
              <input type="hidden" name="upTo" value={upTo ?? ""} />
              <button type="submit">{t("markAllRead")}</button>
              <span className={styles.hint}>{t("markHint", { when: formatMinute(upTo!, zone, locale) })}</span>
            </form>
            {truncated ? (
              <p className="notice notice-warning">{t("truncated", { limit: UPDATES_PAGE_LIMIT })}</p>
            ) : null}
            {groupByDay(items, zone, locale).map((group) => (
              <section key={group.day} aria-labelledby={`day-${group.day}`} className={styles.day}>
                <h3 id={`day-${group.day}`} className={styles.dayHeading}>
                  {t("recordedOn", { day: group.label })}
                </h3>
                <ul className={styles.items}>
                  {group.items.map((item) => (
                    <Item key={item.key} item={item} zone={zone} t={t} locale={locale} />
                  ))}
                </ul>
              </section>
            ))}
          </>
        )}
      </section>

      <section aria-labelledby="following-heading" className={styles.section}>
        <h2 id="following-heading">{t("youFollow")}</h2>
        {follows.length === 0 ? (
          <p>{t("nothingYet")}</p>
        ) : (
          <>
            <p className={styles.hint}>{t("followCount", { count: follows.length })}</p>
            <FollowList follows={follows} unusable={new Set(data.unusableSearchIds)} descriptions={data.searchDescriptions} zone={zone} t={t} locale={locale} words={words} />
          </>
        )}
        {follows.length > 0 ? (
          <>
            <h3>{t("howToFollowMore")}</h3>
            <HowToFollow t={t} />
          </>
        ) : null}
        <p className={styles.feedNote}>
          {t.rich("feedNote", { ...rich, account: (chunks) => <Link href="/account#feed-heading">{chunks}</Link> })}
        </p>
      </section>
    </>
  );
}
