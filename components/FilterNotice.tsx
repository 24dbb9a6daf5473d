import { useTranslations } from "next-intl";

/** One filter the page could not use, in the words the notice shows. */
export type FilterNoticeItem = {
  key: string;
  param: string;
  label: string;
  message: string;
  /** "Allowed values", or what the list is when it is something else ("Years with milestones"). */
  allowedHeading: string;
  allowed: readonly { value: string; label: string }[];
};

/**
 * The notice a filtered page shows for values it did not understand: each names the parameter,
 * says what was wrong and lists what is allowed. The page still answers (HTTP 200) without them.
 */
export function FilterNotice({ items, headingId = "filter-notice-heading" }: { items: readonly FilterNoticeItem[]; headingId?: string }) {
  const t = useTranslations("Filters");
  return (
    <div className="notice notice-warning" role="status" aria-labelledby={headingId}>
      <h2 id={headingId}>{items.length === 1 ? t("noticeOne") : t("noticeSome")}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <p>
              <strong>{item.label}</strong> (<code>{item.param}</code>): {item.message}
            </p>
            {item.allowed.length > 0 ? (
              <p className="allowed">
                {item.allowedHeading}:{" "}
                {item.allowed.map((o, i) => (
                  <span key={o.value}>
                    {i > 0 ? ", " : null}
                    <code>{o.value}</code>
                    {o.label !== o.value ? ` (${o.label})` : null}
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
