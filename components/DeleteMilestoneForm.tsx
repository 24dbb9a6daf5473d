import { deleteMilestoneAction } from "@/app/milestones/actions";
import { ConfirmForm } from "./ConfirmForm";

export function DeleteMilestoneForm({ slug, version }: { slug: string; version: number }) {
  return <ConfirmForm action={deleteMilestoneAction} fields={{ milestone: slug, expectedVersion: version }} what="this milestone" cancelHref={`/milestones/${slug}`} />;
}
