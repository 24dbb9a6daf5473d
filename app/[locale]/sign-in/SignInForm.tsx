"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { localeOfPath, withoutLocale } from "@/lib/core/locales";
import { useRouter } from "@/lib/i18n/navigation";
import { useEffect, useState } from "react";

/** The errors NextAuth reports, by code, and the message each shows. */
const MESSAGES = { CredentialsSignin: "wrongCredentials", throttled: "throttled" } as const;

/**
 * Signs in without leaving the page, so an error appears beside the form and keeps the e-mail.
 * The inputs are uncontrolled: what someone types before the page has hydrated is not wiped.
 */
export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const t = useTranslations("SignIn");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Signing in needs this script; until it runs, the button waits rather than submit a plain form.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = form.get("email");
    const password = form.get("password");
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false });
    setPending(false);
    if (!result || result.error) {
      const code = result?.error ?? "";
      setError(t(code in MESSAGES ? MESSAGES[code as keyof typeof MESSAGES] : "failed"));
      return;
    }
    // Back to the page that asked, in its own language: an address that names one ("/uk/cases/x")
    // keeps it, instead of the router putting this page's language before it ("/en/uk/cases/x").
    const locale = localeOfPath(callbackUrl);
    router.push(withoutLocale(callbackUrl), locale ? { locale } : undefined);
    router.refresh();
  }

  return (
    // method="post": a submit before hydration must never put the password in the URL.
    <form className="sign-in-form" method="post" onSubmit={submit} noValidate data-ready={ready ? "true" : undefined}>
      {error ? (
        <p className="notice notice-error" role="alert" id="sign-in-error">
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby={error ? "sign-in-error" : undefined} />
      </div>
      <div className="field">
        <label htmlFor="password">{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <button type="submit" disabled={pending || !ready}>
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
