"use client";

import Link from "next/link";
import { useActionState } from "react";
import { deleteCaseAction, type DeleteCaseState } from "@/app/cases/[slug]/actions";

export function DeleteCaseForm({ slug, version }: { slug: string; version: number }) {
  const [state, action, pending] = useActionState<DeleteCaseState, FormData>(deleteCaseAction, { message: null });
  return (
    <form action={action} className="delete-form">
      {state.message ? (
        <p className="notice notice-error" role="alert">
          <strong>Not deleted.</strong> {state.message}
        </p>
      ) : null}
      <input type="hidden" name="case" value={slug} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete this case"}
        </button>
        <Link href={`/cases/${slug}`}>Cancel, keep it</Link>
      </div>
    </form>
  );
}
