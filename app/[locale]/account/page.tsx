import type { Metadata } from "next";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageMessages } from "@/components/PageMessages";
import type { Locale } from "@/lib/core/locales";
import { formatMinute, timeZones } from "@/lib/core/timestamps";
import { listApiTokens } from "@/lib/server/accounts/api-tokens";
import { countSessions } from "@/lib/server/accounts/sessions";
import { currentActor } from "@/lib/server/auth";
import { timeZoneOf } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { hasFeedToken } from "@/lib/server/feed-token";
import { siteOrigin } from "@/lib/server/site-url";
import styles from "./account.module.css";
import { FeedAddress } from "./FeedAddress";
import { PasswordForm } from "./PasswordForm";
import { TimeZoneForm } from "./TimeZoneForm";
import { RevokeButton } from "./RevokeButton";
import { SessionsForm } from "./SessionsForm";
import { TokenForm } from "./TokenForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Account");
  return { title: t("title") };
}

/** Each role's message key: what the role may do. */
const ROLE_DESCRIPTIONS = { VIEWER: "roleViewer", ANALYST: "roleAnalyst", ADMIN: "roleAdmin" } as const;

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

/** Whether a token still works; `revokedAt` says when it was revoked, in the reader's zone. */
function tokenState(token: TokenRow, now: Date, zone: string, locale: Locale): { state: "revoked" | "expired" | "active"; revokedAt?: string; active: boolean } {
  if (token.revokedAt) return { state: "revoked", revokedAt: formatMinute(token.revokedAt.toISOString(), zone, locale), active: false };
  if (token.expiresAt && token.expiresAt <= now) return { state: "expired", active: false };
  return { state: "active", active: true };
}

export default async function AccountPage() {
  const actor = await currentActor();
  if (actor.kind !== "user") return await redirectInLocale("/sign-in?callbackUrl=/account");
  const zone = timeZoneOf(actor);
  const [user, tokens, origin, feedActive, sessionCount] = await Promise.all([
    db.user.findUnique({ where: { id: actor.id }, select: { name: true, email: true, role: true, timeZone: true } }),
    listApiTokens(actor),
    headers().then((h) => siteOrigin({ headers: h })),
    hasFeedToken(actor),
    countSessions(actor),
  ]);
  if (!user) return await redirectInLocale("/sign-in?callbackUrl=/account");
  const [t, locale] = await Promise.all([getTranslations("Account"), getLocale() as Promise<Locale>]);
  const now = new Date();
  const active = tokens.filter((token) => tokenState(token, now, zone, locale).active).length;
  const role = user.role in ROLE_DESCRIPTIONS ? t(ROLE_DESCRIPTIONS[user.role as keyof typeof ROLE_DESCRIPTIONS]) : user.role.toLowerCase();

  return (
    // The forms read the Account messages in the browser: this page alone sends them.
    <PageMessages namespaces={["Account"]}>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>

      <section aria-labelledby="who-heading" className={styles.section}>
        <h2 id="who-heading">{t("who")}</h2>
        <dl className={styles.profile}>
          <dt>{t("name")}</dt>
          <dd data-testid="account-name">{user.name}</dd>
          <dt>{t("email")}</dt>
          <dd data-testid="account-email">{user.email}</dd>
          <dt>{t("role")}</dt>
          <dd data-testid="account-role">{role}</dd>
        </dl>
        <p className="muted small">{t("onlyAdminChanges")}</p>
        <TimeZoneForm current={user.timeZone} zones={timeZones()} />
        {user.role === "ADMIN" ? (
          <p>{t.rich("auditLink", { link: (chunks) => <Link href="/admin/audit">{chunks}</Link> })}</p>
        ) : null}
      </section>

      <section aria-labelledby="sessions-heading" className={styles.section}>
        <h2 id="sessions-heading">{t("sessions")}</h2>
        <p>{t("sessionsText")}</p>
        <SessionsForm count={sessionCount} />
        <PasswordForm />
      </section>

      <section aria-labelledby="tokens-heading" className={styles.section}>
        <h2 id="tokens-heading">{t("tokens")}</h2>
        <p>{t("tokensText")}</p>

        {tokens.length === 0 ? (
          <p className="empty" data-testid="no-tokens">
            {t("noTokens")}
          </p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-describedby="tokens-caption">
              <caption id="tokens-caption" className={styles.caption}>
                {t("tokensCaption", { active, total: tokens.length })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("startsWith")}</th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("lastUsed")}</th>
                  <th scope="col">{t("expires")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("action")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const state = tokenState(token, now, zone, locale);
                  return (
                    <tr key={token.id} data-testid="token-row" className={state.active ? undefined : styles.inactive}>
                      <th scope="row">{token.name}</th>
                      <td>
                        <code>{token.prefix}…</code>
                      </td>
                      <td>{formatMinute(token.createdAt.toISOString(), zone, locale)}</td>
                      <td>{token.lastUsedAt ? formatMinute(token.lastUsedAt.toISOString(), zone, locale) : t("never")}</td>
                      <td>{token.expiresAt ? formatMinute(token.expiresAt.toISOString(), zone, locale) : t("never")}</td>
                      <td data-testid="token-status">{state.state === "revoked" ? t("tokenRevoked", { at: state.revokedAt! }) : state.state === "expired" ? t("tokenExpired") : t("tokenActive")}</td>
                      <td>{state.active ? <RevokeButton id={token.id} name={token.name} /> : null}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}

        <TokenForm origin={origin} />
      </section>

      <section aria-labelledby="feed-heading" className={styles.section}>
        <h2 id="feed-heading">{t("feed")}</h2>
        <p>{t.rich("feedText", { link: (chunks) => <Link href="/updates">{chunks}</Link> })}</p>
        <FeedAddress active={feedActive} />
      </section>
    </PageMessages>
  );
}
