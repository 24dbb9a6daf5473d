import "server-only";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/actor";
import { AppError } from "@/lib/server/errors";
import { getAnnotationWithVersions } from "@/lib/server/queries/annotations";

/** The note a page is about, with its versions; the page's 404 if it is unknown or deleted. */
export async function loadNote(caseSlug: string, id: string, actor: Actor) {
  try {
    return await getAnnotationWithVersions(caseSlug, id, actor);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** The breadcrumbs above a note's pages: the cases, its case, the note. */
export async function noteTrail(caseSlug: string, caseTitle: string, id: string, author: string) {
  const [tc, t] = await Promise.all([getTranslations("Cases"), getTranslations("Annotations")]);
  return [
    { href: "/cases", label: tc("title") },
    { href: `/cases/${caseSlug}`, label: caseTitle },
    { href: `/cases/${caseSlug}#note-${id}`, label: t("noteBy", { author }) },
  ];
}
