import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { writtenIn } from "@/lib/core/translations";
import type { CaseChargeView } from "@/lib/core/views";
import { FAILED_DUTY_KEYS, KNOWLEDGE_KEYS } from "./charge-keys";
import styles from "./case.module.css";

const COMMAND = "command-responsibility";

/**
 * The charges of a case: crime, mode of liability, the provision as the charge cites it, against
 * whom, and for command responsibility what the superior knew and which duties were failed. A
 * knowledge standard the source does not give reads "not stated", never a guess.
 */
export function ChargesTable({ charges, caption }: { charges: CaseChargeView[]; caption: string }) {
  const t = useTranslations("Charges");
  const head = {
    crime: t("crime"),
    mode: t("mode"),
    provision: t("provisionCited"),
    against: t("against"),
    knowledge: t("knowledgeStandardHeading"),
    duties: t("failedDuties"),
  };
  return (
    <div className={styles.tableWrap}>
      <table className={styles.charges}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head.crime}</th>
            <th scope="col">{head.mode}</th>
            <th scope="col">{head.provision}</th>
            <th scope="col">{head.against}</th>
            <th scope="col">{head.knowledge}</th>
            <th scope="col">{head.duties}</th>
          </tr>
        </thead>
        <tbody>
          {charges.map((c) => {
            const command = c.mode.slug === COMMAND;
            return (
              <tr key={c.id}>
                <th scope="row" data-label={head.crime}>
                  {c.crime.name}
                </th>
                <td data-label={head.mode}>{c.mode.name}</td>
                <td data-label={head.provision}>
                  <span lang={writtenIn(c.provisionCited)}>{c.provisionCited}</span>
                  {c.description ? (
                    <span className={styles.chargeNote} lang={writtenIn(c.description)}>
                      {c.description}
                    </span>
                  ) : null}
                </td>
                <td data-label={head.against}>{c.against ? <Link href={`/accused/${c.against.slug}`}>{c.against.name}</Link> : t("everyAccused")}</td>
                <td data-label={head.knowledge}>
                  {!command ? (
                    <span className={styles.notStated}>{t("notApplicableCommand")}</span>
                  ) : c.knowledgeStandard ? (
                    t(`knowledgeStandard.${KNOWLEDGE_KEYS[c.knowledgeStandard]}`)
                  ) : (
                    <span className={styles.notStated}>{t("notStated")}</span>
                  )}
                </td>
                <td data-label={head.duties}>
                  {!command ? (
                    <span className={styles.notStated}>{t("notApplicable")}</span>
                  ) : c.failedDuties.length > 0 ? (
                    t("failed", { duties: c.failedDuties.map((d) => t(`failedDuty.${FAILED_DUTY_KEYS[d]}`)).join(", ") })
                  ) : (
                    <span className={styles.notStated}>{t("notStated")}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
