import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { CLIENT_NAMESPACES, clientMessages, type PAGE_NAMESPACES } from "@/lib/i18n/client-messages";

/**
 * A page's own messages for its client components (the account page's `Account`, the import
 * page's `Import`), beside those every page sends: a provider inside the layout's, which its
 * children read instead, so it carries the layout's namespaces too. Other pages never send them.
 */
export async function PageMessages({ namespaces, children }: { namespaces: readonly (typeof PAGE_NAMESPACES)[number][]; children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={clientMessages(messages, [...CLIENT_NAMESPACES, ...namespaces])}>{children}</NextIntlClientProvider>;
}
