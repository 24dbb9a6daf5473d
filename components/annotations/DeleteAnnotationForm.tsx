import { deleteAnnotationAction } from "@/app/cases/[slug]/annotations/actions";
import { ConfirmForm } from "@/components/ConfirmForm";

export function DeleteAnnotationForm({ caseSlug, annotationId, version, cancelHref }: { caseSlug: string; annotationId: string; version: number; cancelHref: string }) {
  return (
    <ConfirmForm action={deleteAnnotationAction} fields={{ case: caseSlug, annotation: annotationId, expectedVersion: version }} what="this note" cancelHref={cancelHref} />
  );
}
