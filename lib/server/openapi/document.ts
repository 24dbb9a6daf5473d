import "server-only";
import { buildOpenApiDocument, type Endpoint } from "@/lib/web/openapi";
import { apiEndpoints } from "./endpoints";
import { heldUntilChanged } from "../held";
import { JURISDICTION_TABLES } from "../jurisdiction";
import { CASE_LIST_OPTION_TABLES } from "../queries/case-list";
import { MILESTONE_FILTER_TABLES } from "../queries/milestones";
import { loadApiVocabulary } from "./vocabulary";

export const API_DOCUMENT_INFO = {
  title: "Accountability-architecture tracker API",
  version: "1",
  description:
    "Read the tracker's forums, crimes, instruments, jurisdiction rules, milestones, cases, coverage and jurisdiction answers; " +
    "record milestones, cases and notes; import files of cases, milestones and sources. " +
    "Every error is `{ error: { code, message, errors? } }`; a 400 names each bad parameter in `errors`. " +
    "Reads need no credentials (notes need a sign-in); writes need a session from the tracker's pages or `Authorization: Bearer <token>`.",
};

/** The endpoints with the parameter values the reference data allows right now. */
export async function currentApiEndpoints(): Promise<Endpoint[]> {
  return apiEndpoints(await loadApiVocabulary());
}

/**
 * The OpenAPI 3.1 document, generated from the endpoints' zod schemas. Generating it took some
 * 13 ms of CPU; it depends on nothing but the parameter values (vocabulary.ts), so it is held
 * until a table they are read from changes (docs/decisions/024-caches-dropped-by-changes.md).
 */
export const currentApiDocument: () => Promise<Record<string, unknown>> = heldUntilChanged("openapi document", [...JURISDICTION_TABLES, ...CASE_LIST_OPTION_TABLES, ...MILESTONE_FILTER_TABLES], async () =>
  buildOpenApiDocument(API_DOCUMENT_INFO, await currentApiEndpoints()),
);
