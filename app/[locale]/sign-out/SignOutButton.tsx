"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("SignOut");
  return (
    <button type="button"  onClick={() => void signOut({ callbackUrl: "/" })}>
      {t("button")}
    </button>
  );
}
