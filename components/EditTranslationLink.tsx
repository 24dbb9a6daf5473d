import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";

/** For those who may change it (administrators): the editor of a text's translation, beside where it comes from. */
export function EditTranslationLink({ href }: { href: string }) {
  const t = useTranslations("Reference");
  return (
    <p className="small edit-translation">
      <Link href={href}>{t("editTranslation")}</Link>
    </p>
  );
}
