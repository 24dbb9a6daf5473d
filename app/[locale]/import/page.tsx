import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { PageMessages } from "@/components/PageMessages";
import { ImportPanel } from "@/components/import/ImportPanel";
import { IMPORT_KINDS, type ImportKind } from "@/lib/core/import/types";
import { db } from "@/lib/server/db";
import { loadImportVocabulary } from "@/lib/server/import/import-vocabulary";
import { referenceNamesIn } from "@/lib/server/reference-names";
import { importVocabularyIn } from "@/lib/core/names-in";
import type { Locale } from "@/lib/core/locales";
import { pageActor } from "@/lib/server/page-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Import");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Bulk import of cases, milestones or sources from CSV or JSON (analysts). `?kind=cases` preselects the kind. */
export default async function ImportPage({ searchParams }: Props) {
  const { allowed } = await pageActor("ANALYST", "/import");
  const requested = (await searchParams).kind;
  const kind = typeof requested === "string" && (IMPORT_KINDS as readonly string[]).includes(requested) ? (requested as ImportKind) : null;
  const t = await getTranslations("Import");
  return (
    <>
      <Breadcrumbs trail={[{ label: t("title") }]} />
      <h1>{t("title")}</h1>
      {allowed ? (
        <>
          <p className="lead">{t("lead")}</p>
          <p>{t("checkFirst")}</p>
          {/* The panel reads the Import messages in the browser: this page alone sends them. The allowed values' names in the page's language, beside the codes an import takes (decision 039). */}
          <PageMessages namespaces={["Import"]}>
            <ImportPanel initialKind={kind} vocabulary={importVocabularyIn((await referenceNamesIn((await getLocale()) as Locale)).words, await loadImportVocabulary(db))} />
          </PageMessages>
        </>
      ) : (
        <NotAllowed what={t("notAllowedWhat")} role="analyst" back={{ href: "/cases", label: t("backToCases") }} />
      )}
    </>
  );
}
