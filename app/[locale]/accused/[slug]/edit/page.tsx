import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/core/locales";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { AccusedForm } from "@/components/case/AccusedForm";
import { saveAccusedAction } from "../actions";
import { getAccusedPage } from "@/lib/server/queries/accused-page";
import { getCaseFormOptions } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Accused");
  return { title: t("editTitle") };
}

export default async function EditAccusedPage({ params }: Props) {
  const { slug } = await params;
  const { allowed } = await pageActor("ANALYST", `/accused/${slug}/edit`);
  const a = await getAccusedPage(slug);
  if (!a) notFound();
  const cases = a.forums.reduce((n, f) => n + f.cases.length, 0);
  const options = allowed ? await getCaseFormOptions((await getLocale()) as Locale) : null;
  const t = await getTranslations("Accused");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/accused", label: t("title") }, { href: `/accused/${slug}`, label: a.name }, { label: t("editCrumb") }]} />
      <h1>{t("editHeading", { name: a.name })}</h1>
      {!allowed || !options ? (
        <NotAllowed what={t("editNotAllowed")} role="analyst" back={{ href: `/accused/${slug}`, label: t("backToAccused") }} />
      ) : (
        <>
          <p className="lead">{t("editLead", { name: a.name, cases })}</p>
          <AccusedForm
            save={saveAccusedAction}
            slug={a.slug}
            kinds={options.kinds}
            levels={options.levels}
            initial={{
              name: a.name,
              nameUkrainian: a.nameOriginal ?? "",
              kind: a.kind.slug,
              rank: a.rank ?? "",
              level: a.level?.slug ?? "",
              description: a.description ?? "",
              expectedUpdatedAt: a.updatedAt,
            }}
          />
        </>
      )}
    </>
  );
}
