import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { listOrAny } from "@/lib/core/labels";
import type { PolicyView } from "@/lib/core/views";
import { SourceCitation } from "./SourceCitation";

/**
 * One complementarity policy: who should take which cases, as its proponent states it. Labelled
 * "Policy, not jurisdiction" on every card, so it is never read as a rule: it changes no answer.
 * `showForum` names the forum it sends the cases to, for pages that list several forums' policies.
 */
export function PolicyCard({ policy, showForum = false, headingLevel = 3 }: { policy: PolicyView; showForum?: boolean; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const t = useTranslations("Jurisdiction.policy");
  const kinds = useTranslations("Shared.policyKind");
  const locale = useLocale();
  return (
    <article className={`policy-card policy-${policy.kind.toLowerCase()}`} id={`policy-${policy.slug}`}>
      <header>
        <p className="badges">
          <span className="badge policy-badge">{t("badge")}</span> <span className="policy-kind">{kinds(policy.kind === "POLICY" ? "policy" : "recommendation")}</span>
        </p>
        <Heading className="policy-proposer">
          {showForum ? (
            <>
              {policy.forum ? <Link href={`/forums/${policy.forum.slug}`}>{policy.forum.name}</Link> : t("everyForum")}
              {": "}
            </>
          ) : null}
          {t("statedBy", { who: policy.proposedBy })}
        </Heading>
      </header>
      <p className="policy-statement">{policy.statement}</p>
      <dl className="facts facts-inline policy-scope">
        <div>
          <dt>{t("situation")}</dt>
          <dd>{policy.situation ? policy.situation.name : t("everySituation")}</dd>
        </div>
        <div>
          <dt>{t("crimes")}</dt>
          <dd>{policy.crimes.length === 0 ? t("anyCrime") : listOrAny(policy.crimes, locale)}</dd>
        </div>
        <div>
          <dt>{t("accusedKind")}</dt>
          <dd>{listOrAny(policy.accusedKinds, locale)}</dd>
        </div>
        <div>
          <dt>{t("level")}</dt>
          <dd>{listOrAny(policy.levels, locale)}</dd>
        </div>
      </dl>
      <SourceCitation citation={policy.citation} />
    </article>
  );
}
