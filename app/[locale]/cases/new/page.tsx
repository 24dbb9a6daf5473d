import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { NotAllowed } from "@/components/NotAllowed";
import { saveCaseAction } from "@/app/[locale]/cases/[slug]/actions";
import { CaseForm } from "@/components/case/CaseForm";
import { EMPTY_CASE_FORM } from "@/lib/core/case-input";
import { getCaseFormOptions } from "@/lib/server/queries/case-page";
import { pageActor } from "@/lib/server/page-actor";

export const metadata: Metadata = { title: "Record a case" };

export default async function NewCasePage() {
  const { allowed } = await pageActor("ANALYST", "/cases/new");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/cases", label: "Cases" }, { label: "Record a case" }]} />
      <h1>Record a case</h1>
      {allowed ? (
        <>
          <p className="lead">
            A case before one forum: who it is against, what they are charged with, and the stage it has reached. Everything you save is recorded in the
            case’s history with your name.
          </p>
          <CaseForm save={saveCaseAction} options={await getCaseFormOptions()} initial={EMPTY_CASE_FORM} cancelHref="/cases" />
        </>
      ) : (
        <NotAllowed what="record cases" role="analyst" back={{ href: "/cases", label: "Back to the cases" }} />
      )}
    </>
  );
}
