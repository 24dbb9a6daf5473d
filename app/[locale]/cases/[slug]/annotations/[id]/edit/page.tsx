import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AnnotationForm } from "@/components/annotations/AnnotationForm";
import { updateAnnotationAction } from "../../actions";
import { notePath } from "@/components/annotations/AnnotationList";
import { Timestamp } from "@/components/annotations/Timestamp";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { pageActor } from "@/lib/server/page-actor";
import { timeZoneOf } from "@/lib/server/actor";
import { loadNote, noteTrail } from "../load-note";
import { otherLocales } from "@/lib/core/user-translations";

type Props = { params: Promise<{ slug: string; id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Annotations");
  return { title: t("editTitle") };
}

export default async function EditAnnotationPage({ params }: Props) {
  const { slug, id } = await params;
  const { actor, allowed } = await pageActor("ANALYST", notePath(slug, id, "edit"));
  const note = await loadNote(slug, id, actor);
  const t = await getTranslations("Annotations");
  const back = { href: `/cases/${slug}#note-${id}`, label: t("backToNotes") };
  const latest = note.versions[0];
  const author = note.author.name;
  const zone = timeZoneOf(actor);
  const parts = {
    title: note.caseTitle,
    version: note.version,
    link: (chunks: React.ReactNode) => <Link href={`/cases/${slug}`}>{chunks}</Link>,
    history: (chunks: React.ReactNode) => <Link href={notePath(slug, id, "history")}>{chunks}</Link>,
  };
  return (
    <>
      <Breadcrumbs trail={[...(await noteTrail(slug, note.caseTitle, id, author)), { label: t("editCrumb") }]} />
      <h1>{t("editHeading", { author })}</h1>
      {!allowed ? (
        <NotAllowed what={t("editNotAllowed")} role="analyst" back={back} />
      ) : !note.canEdit ? (
        <div className="notice notice-error" role="alert">
          <h2>{t("mayNotEdit")}</h2>
          <p>{t("onlyAuthorEdits", { author })}</p>
          <p>
            <Link href={back.href}>{back.label}</Link>
          </p>
        </div>
      ) : (
        <>
          <p className="lead">
            {latest
              ? t.rich("editLeadSaved", { ...parts, editor: latest.editedBy.name, time: () => <Timestamp iso={latest.editedAt} zone={zone} /> })
              : t.rich("editLead", parts)}
          </p>
          <AnnotationForm
            save={updateAnnotationAction}
            caseSlug={slug}
            annotationId={id}
            initial={{
              body: note.body,
              lang: note.lang,
              otherBody: otherLocales(note.lang).map((l) => note.translations[l]?.body ?? "").find((b) => b !== "") ?? "",
              assessment: note.assessment.toLowerCase(),
              verified: note.verified,
              expectedVersion: String(note.version),
            }}
            cancelHref={back.href}
            zone={zone}
          />
        </>
      )}
    </>
  );
}
