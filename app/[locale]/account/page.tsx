import type { Metadata } from "next";
import { headers } from "next/headers";
import { Link } from "@/lib/i18n/navigation";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { Breadcrumbs } from "@/components/Breadcrumbs";
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

export const metadata: Metadata = { title: "Your account" };

const ROLE_DESCRIPTIONS: Record<string, string> = {
  VIEWER: "Viewer: reads everything the tracker holds.",
  ANALYST: "Analyst: also logs milestones, manages cases and annotates.",
  ADMIN: "Administrator: also manages accounts, jurisdiction rules and reference data.",
};

type TokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];

function tokenState(t: TokenRow, now: Date, zone: string): { label: string; active: boolean } {
  if (t.revokedAt) return { label: `Revoked ${formatMinute(t.revokedAt.toISOString(), zone)}`, active: false };
  if (t.expiresAt && t.expiresAt <= now) return { label: "Expired", active: false };
  return { label: "Active", active: true };
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
  const now = new Date();
  const active = tokens.filter((t) => tokenState(t, now, zone).active).length;

  return (
    <>
      <Breadcrumbs trail={[{ label: "Your account" }]} />
      <h1>Your account</h1>

      <section aria-labelledby="who-heading" className={styles.section}>
        <h2 id="who-heading">Who you are</h2>
        <dl className={styles.profile}>
          <dt>Name</dt>
          <dd data-testid="account-name">{user.name}</dd>
          <dt>E-mail</dt>
          <dd data-testid="account-email">{user.email}</dd>
          <dt>Role</dt>
          <dd data-testid="account-role">{ROLE_DESCRIPTIONS[user.role] ?? user.role.toLowerCase()}</dd>
        </dl>
        <p className="muted small">Only an administrator can change a name, an e-mail address or a role.</p>
        <TimeZoneForm current={user.timeZone} zones={timeZones()} />
        {user.role === "ADMIN" ? (
          <p>
            <Link href="/admin/audit">Audit trail</Link>: every change to the tracker&rsquo;s records, who made it and when.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sessions-heading" className={styles.section}>
        <h2 id="sessions-heading">Where you are signed in</h2>
        <p>
          Signing out ends a session on the server, so a copy of its cookie stops working too. If you signed in on a computer
          you no longer use, or think someone else may be using your account, sign out everywhere else and change your
          password. API tokens are not sessions: they keep working until you revoke them (below).
        </p>
        <SessionsForm count={sessionCount} />
        <PasswordForm />
      </section>

      <section aria-labelledby="tokens-heading" className={styles.section}>
        <h2 id="tokens-heading">API tokens</h2>
        <p>
          A personal API token lets a script read the tracker&rsquo;s API as you, with your role, without your password. The
          tracker stores only a fingerprint of each token; the token itself is shown once, when you create it.
        </p>

        {tokens.length === 0 ? (
          <p className="empty" data-testid="no-tokens">
            You have no API tokens yet.
          </p>
        ) : (
          <div className={styles.tableWrap}>
            <table className={styles.table} aria-describedby="tokens-caption">
              <caption id="tokens-caption" className={styles.caption}>
                {active} active of {tokens.length}. Times are in your time zone. Revoking takes effect at once and cannot be undone.
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Expires</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => {
                  const state = tokenState(t, now, zone);
                  return (
                    <tr key={t.id} data-testid="token-row" className={state.active ? undefined : styles.inactive}>
                      <th scope="row">{t.name}</th>
                      <td>
                        <code>{t.prefix}…</code>
                      </td>
                      <td>{formatMinute(t.createdAt.toISOString(), zone)}</td>
                      <td>{t.lastUsedAt ? formatMinute(t.lastUsedAt.toISOString(), zone) : "Never"}</td>
                      <td>{t.expiresAt ? formatMinute(t.expiresAt.toISOString(), zone) : "Never"}</td>
                      <td data-testid="token-status">{state.label}</td>
                      <td>{state.active ? <RevokeButton id={t.id} name={t.name} /> : null}</td>
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
        <h2 id="feed-heading">Private feed address</h2>
        <p>
          Follow your <Link href="/updates">Updates</Link> in a feed reader: a private Atom feed of the latest 50 changes on the
          cases, forums and searches you follow. Feed readers cannot sign in, so the address itself carries a secret: the
          tracker shows it once, when you create it, and keeps only a fingerprint.
        </p>
        <FeedAddress active={feedActive} />
      </section>
    </>
  );
}
