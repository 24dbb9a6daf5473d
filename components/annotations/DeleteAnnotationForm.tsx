"use client";

import Link from "next/link";
import { useActionState } from "react";
import { deleteAnnotationAction, type DeleteAnnotationState } from "@/app/cases/[slug]/annotations/actions";

/** The confirmation's form: sends the version the user read, so a note changed meanwhile is not deleted unread. */
export function DeleteAnnotationForm({ caseSlug, annotationId, version, cancelHref }: { caseSlug: string; annotationId: string; version: number; cancelHref: string }) {
  const [state, action, pending] = useActionState<DeleteAnnotationState, FormData>(deleteAnnotationAction, { message: null });
  return (
    <form action={action} className="delete-form">
      {state.message ? (
        <p className="notice notice-error" role="alert">
          <strong>Not deleted.</strong> {state.message}
        </p>
      ) : null}
      <input type="hidden" name="case" value={caseSlug} />
      <input type="hidden" name="annotation" value={annotationId} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete this note"}
        </button>
        <Link href={cancelHref}>Cancel, keep it</Link>
      </div>
    </form>
  );
}
