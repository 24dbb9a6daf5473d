import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { TranslationForm } from "@/components/TranslationForm";
import { Link } from "@/lib/i18n/navigation";
import { findTranslation } from "@/lib/server/translations/list-translations";
import { saveTranslationAction } from "../../../../actions";
import { editorOf, entityWord, fieldWord, recordPageOf } from "@/lib/web/translation-links";
import { Provenance } from "../../../../Provenance";
import { AdminsOnly, requireAdminPage } from "../../../../../admins-only";
import styles from "../../../../translations.module.css";

type Props = { params: Promise<{ entity: string; slug: string; field: string; to: string }> };

const targetOf = async (params: Props["params"]) => {
  const { entity, slug, field, to } = await params;
  return { entity: decodeURIComponent(entity), slug: decodeURIComponent(slug), field: decodeURIComponent(field), locale: decodeURIComponent(to) };
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const target = await targetOf(params);
  const t = await getTranslations("Translations");
  return { title: t("editTitle", { field: target.field, record: target.slug }) };
}

/**
 * The editor of one field's translation (docs/decisions/043-translation-editor.md). Administrators
 * only: an anonymous visitor is sent to sign in and back; anyone else is told who may, and that the
 * list stays open. `saveTranslationAction` checks the role again, whoever calls it.
 */
export default async function TranslationEditPage({ params }: Props) {
  const target = await targetOf(params);
  const t = await getTranslations("Translations");
  if (!(await requireAdminPage(editorOf(target)))) {
    return (
      <AdminsOnly title={t("adminsOnly")} text={t("adminsOnlyText")}>
        {t.rich("readList", { list: (chunks) => <Link href="/translations">{chunks}</Link> })}
      </AdminsOnly>
    );
  }
  const translation = await findTranslation(target);
  if (!translation) notFound();
  const field = fieldWord(t, translation.field);
  const record = `${entityWord(t, translation.entity)} ${translation.slug}`;
  const page = recordPageOf(translation.entity, translation.slug);
  return (
    <div className={styles.page}>
      <Breadcrumbs trail={[{ href: "/translations", label: t("title") }, { label: `${field}: ${translation.slug}` }]} />
      <h1>{t("editTitle", { field, record })}</h1>
      <p className="lead">{t("editLead")}</p>
      {page ? (
        <p>
          <Link href={page}>{t("seeOn")}</Link>
        </p>
      ) : null}
      <section aria-labelledby="recorded-heading" className={styles.recorded}>
        <h2 id="recorded-heading">{t("recordedHeading")}</h2>
        <p lang={translation.recordedLocale}>{translation.recorded}</p>
      </section>
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t("currentHeading")}</h2>
        <p>
          <strong>{t(`states.${translation.state}`)}</strong>
          {translation.text ? (
            <>
              {": "}
              <span lang={translation.locale}>{translation.text}</span>
            </>
          ) : null}
          {translation.stored ? <span className="muted"> ({t("version", { version: translation.version })})</span> : null}
        </p>
        <Provenance t={translation} />
      </section>
      <TranslationForm
        save={saveTranslationAction.bind(null, { entity: translation.entity, slug: translation.slug, field: translation.field, locale: translation.locale })}
        lang={translation.locale}
        initial={{
          // A field never translated starts as a translation to write; a stored one as it is.
          state: translation.stored ? translation.state : "TRANSLATED",
          text: translation.text ?? "",
          source: translation.source ? { slug: translation.source.slug, title: translation.source.title } : null,
          sourceLocator: translation.sourceLocator ?? "",
          note: translation.note ?? "",
          expectedVersion: translation.version,
        }}
      />
      <p>
        <Link href="/translations">{t("backToList")}</Link>
      </p>
    </div>
  );
}
