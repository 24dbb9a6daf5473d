import "server-only";
import type { Citation } from "@/lib/core/views";
import { partialDateOf } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";

/** A source as the pages cite it, fetched with only the columns they render. */

export const sourceSelect = {
  slug: true,
  kind: true,
  title: true,
  publisher: true,
  authors: true,
  url: true,
  publishedOn: true,
  publishedOnPrecision: true,
} as const satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceSelect }>;

export function toCitation(source: SourceRow, locator: string | null, document: { sha256: string | null; page: number | null } = { sha256: null, page: null }): Citation {
  return {
    slug: source.slug,
    kind: source.kind,
    title: source.title,
    publisher: source.publisher,
    authors: source.authors,
    url: source.url,
    publishedOn: partialDateOf(source.publishedOn, source.publishedOnPrecision),
    locator,
    // Only a milestone's citations name a document; the others' answers stay as they were.
    ...(document.sha256 ? { document: { sha256: document.sha256, page: document.page } } : {}),
  };
}
