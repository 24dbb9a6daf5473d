import "server-only";
import { notFound } from "next/navigation";
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

export const noteTrail = (caseSlug: string, caseTitle: string, id: string, author: string) => [
  { href: "/cases", label: "Cases" },
  { href: `/cases/${caseSlug}`, label: caseTitle },
  { href: `/cases/${caseSlug}#note-${id}`, label: `Note by ${author}` },
];
