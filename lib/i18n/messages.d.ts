import type messages from "@/messages/en.json";
import type { Locale } from "@/lib/core/locales";

// Message keys are checked by the compiler against the English catalogue; the Ukrainian one is
// held to the same keys by lib/i18n/catalogues.test.ts.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
