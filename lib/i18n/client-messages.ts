/**
 * The messages the browser needs: those of the namespaces that client components (and what they
 * import) read with `useTranslations`. The layout gives only these to `NextIntlClientProvider`;
 * the whole catalogue in every page would weigh more than the page (decision 037).
 * lib/i18n/client-messages.test.ts fails when a client component reads a namespace not listed here
 * (or, for PAGE_NAMESPACES, not sent by a page that renders it).
 */
export const CLIENT_NAMESPACES = [
  "Accused",
  "AdminRules.form",
  "Aliases",
  "Annotations",
  "CaseForm",
  "Charges",
  "Forms",
  "Layout",
  "Markdown",
  "MilestoneForm",
  "Nav",
  "Shared.confirmForm",
  "SignIn",
  "SignOut",
  "Stages",
  "Translations.form",
] as const;

/**
 * Namespaces only one page's client components read (the account page's forms, the import page's
 * panel): sent by those pages alone, through components/PageMessages.tsx, not in every page's HTML.
 */
export const PAGE_NAMESPACES = ["Account", "Documents", "Import"] as const;

type Catalogue = { [key: string]: unknown };

/** The listed namespaces of a catalogue ("Shared.confirmForm" keeps only that part of Shared). */
export function clientMessages(messages: Catalogue, namespaces: readonly string[] = CLIENT_NAMESPACES): Catalogue {
  const out: Catalogue = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: unknown = messages;
    for (const key of path) from = from && typeof from === "object" ? (from as Catalogue)[key] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const key of path.slice(0, -1)) into = (into[key] ??= {}) as Catalogue;
    into[path.at(-1)!] = from;
  }
  return out;
}
