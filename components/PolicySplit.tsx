import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { Policy } from "@/lib/core/policy";
import type { NamedRef } from "@/lib/core/views";

/** "P1": a policy's marker in the matrix, from its place in the list under it. */
export const policyMarker = (index: number) => `P${index + 1}`;
export const policyId = (slug: string) => `policy-${slug}`;

/**
 * The complementarity split: who the sources say should try which cases. Policy or
 * recommendation, never jurisdiction (decision 021), so it is set apart from the legal answer, in
 * its own colours, and says that it changes no status. `numbered` gives each its marker, for the
 * matrix cells that point to it. `heading`, `intro` and `empty` come in the page's language.
 */
export function PolicySplit({
  policies,
  forums,
  heading,
  intro,
  empty,
  numbered = false,
  headingLevel = 2,
}: {
  policies: readonly Policy[];
  forums: readonly NamedRef[];
  heading: string;
  intro: React.ReactNode;
  empty: string;
  numbered?: boolean;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const t = useTranslations("Jurisdiction.policy");
  const kinds = useTranslations("Shared.policyKind");
  return (
    <section className="policy-split" aria-labelledby="policy-split-heading" id="policy-split">
      <Heading id="policy-split-heading">{heading}</Heading>
      <p className="policy-disclaimer">{intro}</p>
      {policies.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="policy-list">
          {policies.map((p, i) => {
            const forum = p.forum ? forums.find((f) => f.slug === p.forum) : undefined;
            return (
              <li key={p.slug} className="policy" id={policyId(p.slug)} data-policy={p.slug}>
                <p className="policy-head">
                  {numbered ? <span className="policy-marker">{policyMarker(i)}</span> : null}
                  <span className="policy-kind" data-kind={p.kind}>
                    {kinds(p.kind === "POLICY" ? "policy" : "recommendation")}
                  </span>
                  <span className="policy-forum">
                    {p.forum ? (
                      <>
                        {t("names")} <Link href={`/forums/${p.forum}`}>{forum?.name ?? p.forum}</Link>
                      </>
                    ) : (
                      t("noForumNamed")
                    )}
                  </span>
                </p>
                <p className="policy-statement">{p.statement}</p>
                <p className="policy-proposer">
                  <span className="citation-label">{t("proposedBy")}</span> {p.proposedBy}
                </p>
                <div className="citation">
                  <p className="citation-line">
                    <span className="citation-label">{t("source")}</span>{" "}
                    {p.source.url ? (
                      <a href={p.source.url} rel="noreferrer external">
                        {p.source.title}
                      </a>
                    ) : (
                      <cite>{p.source.title}</cite>
                    )}
                  </p>
                  {p.source.locator ? (
                    <p className="citation-locator">
                      <span className="citation-label">{t("passage")}</span> {p.source.locator}
                    </p>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
