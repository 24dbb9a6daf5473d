import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { saveMilestoneAction } from "@/app/[locale]/milestones/actions";
import { MilestoneForm } from "@/components/MilestoneForm";
import { NotAllowed } from "@/components/NotAllowed";
import type { MilestoneFormValues } from "@/lib/core/milestone-input";
import { getMilestoneFormOptions } from "@/lib/server/queries/milestone-form";
import { pageActor } from "@/lib/server/page-actor";
import { hasRole, timeZoneOf } from "@/lib/server/actor";

export const metadata: Metadata = { title: "Log a milestone" };

const EMPTY: MilestoneFormValues = {
  title: "",
  description: "",
  whatChanged: "",
  date: "",
  status: "HAPPENED",
  track: "",
  type: "",
  situation: "",
  forums: [],
  instruments: [],
  cases: [],
  rules: [],
  sources: [],
  opens: [],
  closes: [],
  expectedVersion: "",
};

export default async function NewMilestonePage() {
  const { actor, allowed } = await pageActor("ANALYST", "/milestones/new");
  return (
    <>
      <Breadcrumbs trail={[{ href: "/milestones", label: "Milestones" }, { label: "Log a milestone" }]} />
      <h1>Log a milestone</h1>
      {allowed ? (
        <>
          <p className="lead">
            A legal or related event, dated only as precisely as its source, with at least one source. Everything you save is recorded in the milestone’s
            history with your name.
          </p>
          <MilestoneForm save={saveMilestoneAction} options={await getMilestoneFormOptions()} initial={EMPTY} showEffects={hasRole(actor, "ADMIN")} cancelHref="/milestones" zone={timeZoneOf(actor)} />
        </>
      ) : (
        <NotAllowed what="log milestones" role="analyst" back={{ href: "/milestones", label: "Back to the milestones" }} />
      )}
    </>
  );
}
