import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignOutButton } from "./SignOutButton";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignOut");
  return { title: t("title") };
}

export default async function SignOutPage() {
  const t = await getTranslations("SignOut");
  return (
    <div className="narrow-page">
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <SignOutButton />
    </div>
  );
}
