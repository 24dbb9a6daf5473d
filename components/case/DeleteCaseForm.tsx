import { deleteCaseAction } from "@/app/cases/[slug]/actions";
import { ConfirmDeleteForm } from "@/components/ConfirmDeleteForm";

export function DeleteCaseForm({ slug, version }: { slug: string; version: number }) {
  return <ConfirmDeleteForm action={deleteCaseAction} fields={{ case: slug, expectedVersion: version }} what="this case" cancelHref={`/cases/${slug}`} />;
}
