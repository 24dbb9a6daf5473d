"use server";

import { redirect } from "next/navigation";
import { filledSources, formValuesOf, inputFromFormValues, type MilestoneFormValues } from "@/lib/core/milestone-input";
import { currentActor } from "@/lib/server/auth";
import { AppError, type FieldError } from "@/lib/server/errors";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { isAdmin } from "@/lib/server/actor";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";

/** What the form shows after a refused submission: what was wrong, and what the user typed. */
export type MilestoneFormState = { attempt: number; message: string | null; errors: FieldError[]; values: MilestoneFormValues };

function refusal(error: unknown): { message: string; errors: FieldError[] } {
  if (error instanceof AppError) return { message: error.message, errors: error.details.errors ?? [] };
  console.error("[tracker] unexpected error saving a milestone", error);
  return { message: "Something went wrong on our side; nothing was saved. The error has been logged.", errors: [] };
}

/**
 * Logs or changes a milestone from the form, through the same use cases as the API (the session's
 * user is the actor; the use case checks the role). On success, goes to the milestone's page.
 */
export async function saveMilestoneAction(previous: MilestoneFormState, form: FormData): Promise<MilestoneFormState> {
  const actor = await currentActor();
  const raw = formValuesOf(form);
  const values = { ...raw, sources: filledSources(raw.sources) };
  const editing = typeof form.get("milestone") === "string" ? String(form.get("milestone")) : null;
  let slug: string;
  try {
    // The effects section is only on an admin's form; an analyst's save never detaches effects.
    const input = inputFromFormValues(values, { withEffects: isAdmin(actor) && form.get("effects") === "shown" });
    const record = editing ? await updateMilestone({ actor, id: editing, input }) : await createMilestone({ actor, input });
    slug = record.slug;
  } catch (error) {
    return { attempt: previous.attempt + 1, ...refusal(error), values };
  }
  redirect(`/milestones/${slug}?saved=${editing ? "updated" : "created"}`);
}

export type DeleteState = { message: string | null };

/** Deletes (hides) a milestone after the confirmation page; on success, to its history (which says it is deleted). */
export async function deleteMilestoneAction(_previous: DeleteState, form: FormData): Promise<DeleteState> {
  const actor = await currentActor();
  const id = String(form.get("milestone") ?? "");
  const version = Number(form.get("expectedVersion"));
  let slug: string;
  try {
    const record = await deleteMilestone({ actor, id, input: { expectedVersion: version } });
    slug = record.slug;
  } catch (error) {
    return { message: refusal(error).message };
  }
  redirect(`/milestones/${slug}/history?deleted=1`);
}
