import "server-only";
import { partialDateOf } from "@/lib/core/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import { sourceSelect, toCitation } from "./citation";

/** An instrument (treaty, statute, code…) as the pages and the API show it, with the source it is cited from. */

export const instrumentSelect = {
  slug: true,
  title: true,
  shortTitle: true,
  kind: true,
  description: true,
  adoptedOn: true,
  adoptedOnPrecision: true,
  url: true,
  sourceLocator: true,
  source: { select: sourceSelect },
} as const satisfies Prisma.InstrumentSelect;

type InstrumentRow = Prisma.InstrumentGetPayload<{ select: typeof instrumentSelect }>;

export function toInstrumentView(row: InstrumentRow) {
  return {
    slug: row.slug,
    title: row.title,
    shortTitle: row.shortTitle,
    kind: row.kind,
    description: row.description,
    adoptedOn: partialDateOf(row.adoptedOn, row.adoptedOnPrecision),
    url: row.url,
    citation: toCitation(row.source, row.sourceLocator),
  };
}
