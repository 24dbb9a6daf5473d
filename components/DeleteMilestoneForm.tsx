import { deleteMilestoneAction } from "@/app/milestones/actions";
import { ConfirmDeleteForm } from "./ConfirmDeleteForm";

export function DeleteMilestoneForm({ slug, version }: { slug: string; version: number }) {
  return <ConfirmDeleteForm action={deleteMilestoneAction} fields={{ milestone: slug, expectedVersion: version }} what="this milestone" cancelHref={`/milestones/${slug}`} />;
}
