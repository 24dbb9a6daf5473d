import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/LanguageSwitch";
import { SessionLink } from "@/components/SessionLink";
import { SiteNav } from "@/components/SiteNav";
import { alternateAddresses } from "@/lib/i18n/alternates";
import { clientMessages } from "@/lib/i18n/client-messages";
import { Link } from "@/lib/i18n/navigation";
import { routing } from "@/lib/i18n/routing";
import { currentUser } from "@/lib/server/queries/session";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "Layout" });
  return {
    // The tracker's name in every title: short in a browser tab, and what the smoke test looks for.
    title: { default: t("title"), template: t("titleTemplate") },
    description: t("description"),
    // The same page in the other language (hreflang), and the address that picks one (x-default).
    alternates: { languages: await alternateAddresses() },
  };
}

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const [user, t, messages] = await Promise.all([currentUser(), getTranslations("Layout"), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <a href="#main" className="skip-link">
            {t("skip")}
          </a>
          <header className="site-header">
            <div className="wrap header-inner">
              <Link href="/" className="site-name">
                {t("name")}
                <span className="site-tagline">{t("tagline")}</span>
              </Link>
              <SiteNav />
              <div className="header-tools">
                <LanguageSwitch />
                <SessionLink user={user} />
              </div>
            </div>
          </header>
          <main id="main" tabIndex={-1} className="wrap site-main">
            {children}
          </main>
          <footer className="site-footer">
            <div className="wrap">
              <p>
                <strong>{t("footerSources")}</strong> {t("footerSourcesText")}
              </p>
              <p className="muted">{t("footerDisclaimer")}</p>
            </div>
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
