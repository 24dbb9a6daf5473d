import { Link } from "@/lib/i18n/navigation";
import { FAILED_DUTY_LABELS, KNOWLEDGE_STANDARD_LABELS } from "@/lib/core/case-input";
import type { CaseChargeView } from "@/lib/core/views";
import styles from "./case.module.css";

const COMMAND = "command-responsibility";

/**
 * The charges of a case: crime, mode of liability, the provision as the charge cites it, against
 * whom, and for command responsibility what the superior knew and which duties were failed. A
 * knowledge standard the source does not give reads "not stated", never a guess.
 */
export function ChargesTable({ charges, caption }: { charges: CaseChargeView[]; caption: string }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.charges}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Crime</th>
            <th scope="col">Mode of liability</th>
            <th scope="col">Provision as cited</th>
            <th scope="col">Against</th>
            <th scope="col">Knowledge standard</th>
            <th scope="col">Failed duties</th>
          </tr>
        </thead>
        <tbody>
          {charges.map((c) => {
            const command = c.mode.slug === COMMAND;
            return (
              <tr key={c.id}>
                <th scope="row" data-label="Crime">
                  {c.crime.name}
                </th>
                <td data-label="Mode of liability">{c.mode.name}</td>
                <td data-label="Provision as cited">
                  {c.provisionCited}
                  {c.description ? <span className={styles.chargeNote}>{c.description}</span> : null}
                </td>
                <td data-label="Against">{c.against ? <Link href={`/accused/${c.against.slug}`}>{c.against.name}</Link> : "Every accused of the case"}</td>
                <td data-label="Knowledge standard">
                  {!command ? (
                    <span className={styles.notStated}>Not applicable (not command responsibility)</span>
                  ) : c.knowledgeStandard ? (
                    KNOWLEDGE_STANDARD_LABELS[c.knowledgeStandard]
                  ) : (
                    <span className={styles.notStated}>Not stated</span>
                  )}
                </td>
                <td data-label="Failed duties">
                  {!command ? (
                    <span className={styles.notStated}>Not applicable</span>
                  ) : c.failedDuties.length > 0 ? (
                    `Failed ${c.failedDuties.map((d) => FAILED_DUTY_LABELS[d]).join(", ")}`
                  ) : (
                    <span className={styles.notStated}>Not stated</span>
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
