import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { safeLocalPath } from "@/lib/core/safe-path";
import { currentActor } from "@/lib/server/auth";
import { SignInForm } from "./SignInForm";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("title") };
}


export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeLocalPath(params.callbackUrl);
  if ((await currentActor()).kind === "user") return await redirectInLocale(callbackUrl);
  const t = await getTranslations("SignIn");
  return (
    <div className="narrow-page">
      <h1>{t("title")}</h1>
      {params.signedOut === "everywhere" ? (
        <p className="notice notice-success" role="status">
          {t("signedOutEverywhere")}
        </p>
      ) : null}
      <p className="lead">{t("lead")}</p>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="muted">{t("noAccount")}</p>
    </div>
  );
}
