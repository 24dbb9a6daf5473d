import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { ImportPanel } from "@/components/import/ImportPanel";
import { IMPORT_KINDS, type ImportKind } from "@/lib/core/import/types";
import { db } from "@/lib/server/db";
import { loadImportVocabulary } from "@/lib/server/import/import-vocabulary";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Import from a file" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Bulk import of cases, milestones or sources from CSV or JSON (analysts). `?kind=cases` preselects the kind. */
export default async function ImportPage({ searchParams }: Props) {
  const { allowed } = await pageActor("ANALYST", "/import");
  const requested = (await searchParams).kind;
  const kind = typeof requested === "string" && (IMPORT_KINDS as readonly string[]).includes(requested) ? (requested as ImportKind) : null;
  return (
    <>
      <Breadcrumbs trail={[{ label: "Import from a file" }]} />
      <h1>Import from a file</h1>
      {allowed ? (
        <>
          <p className="lead">
            Add or update many cases, milestones or sources at once from a CSV or JSON file. Each record carries your own external id, so importing the same
            file again updates those records and never duplicates them.
          </p>
          <p>
            First check the file: the tracker reads it all and shows, record by record, what importing would do, writing nothing. The import itself is all or
            nothing: if a single record is refused, nothing is written.
          </p>
          <ImportPanel initialKind={kind} vocabulary={await loadImportVocabulary(db)} />
        </>
      ) : (
        <NotAllowed what="import records" role="analyst" back={{ href: "/cases", label: "Back to the cases" }} />
      )}
    </>
  );
}
