import { deleteCaseAction } from "@/app/cases/[slug]/actions";
import { ConfirmForm } from "@/components/ConfirmForm";

export function DeleteCaseForm({ slug, version }: { slug: string; version: number }) {
  return <ConfirmForm action={deleteCaseAction} fields={{ case: slug, expectedVersion: version }} what="this case" cancelHref={`/cases/${slug}`} />;
}
