"use client";

import Link from "next/link";
import { useActionState } from "react";
import { deleteMilestoneAction, type DeleteState } from "@/app/milestones/actions";

export function DeleteMilestoneForm({ slug, version }: { slug: string; version: number }) {
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteMilestoneAction, { message: null });
  return (
    <form action={action} className="delete-form">
      {state.message ? (
        <p className="notice notice-error" role="alert">
          <strong>Not deleted.</strong> {state.message}
        </p>
      ) : null}
      <input type="hidden" name="milestone" value={slug} />
      <input type="hidden" name="expectedVersion" value={version} />
      <div className="form-actions">
        <button type="submit" className="button-danger" disabled={pending}>
          {pending ? "Deleting…" : "Delete this milestone"}
        </button>
        <Link href={`/milestones/${slug}`}>Cancel, keep it</Link>
      </div>
    </form>
  );
}
