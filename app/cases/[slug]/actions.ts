"use server";

import { redirect } from "next/navigation";
import { caseFormValuesOf, caseInputFromFormValues, stageFormValuesOf, stageInputFromFormValues, type CaseFormValues, type StageFormValues } from "@/lib/core/case-input";
import { currentActor } from "@/lib/server/auth";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { recordStage } from "@/lib/server/cases/record-stage";
import { updateCase } from "@/lib/server/cases/update-case";
import { AppError, type FieldError } from "@/lib/server/errors";

/** Spare empty rows the form shows below the filled ones; "add a row" buttons add one. */
export type SpareRows = { accused: number; charges: number; sources: number };

/** What the case form shows after a refused submission (or an added row): what was wrong, and what the user typed. */
export type CaseFormState = { attempt: number; message: string | null; errors: FieldError[]; values: CaseFormValues; spare: SpareRows };

function refusal(error: unknown): { message: string; errors: FieldError[] } {
  if (error instanceof AppError) return { message: error.message, errors: error.details.errors ?? [] };
  console.error("[tracker] unexpected error saving a case", error);
  return { message: "Something went wrong on our side; nothing was saved. The error has been logged.", errors: [] };
}

const ADD: Record<string, keyof SpareRows> = { "add-accused": "accused", "add-charge": "charges", "add-source": "sources" };

/**
 * Records or changes a case from the form, through the same use cases as the API (the session's
 * user is the actor; the use case checks the role). "Add a row" buttons submit the form too: they
 * save nothing and show it again with one more empty row, so the form works without JavaScript.
 */
export async function saveCaseAction(previous: CaseFormState, form: FormData): Promise<CaseFormState> {
  const values = caseFormValuesOf(form);
  const intent = String(form.get("intent") ?? "save");
  const spare: SpareRows = { accused: 0, charges: 0, sources: 0 };
  if (ADD[intent]) {
    spare[ADD[intent]] = 1;
    return { attempt: previous.attempt + 1, message: null, errors: [], values, spare };
  }
  const actor = await currentActor();
  const editing = typeof form.get("case") === "string" ? String(form.get("case")) : null;
  let slug: string;
  try {
    const input = caseInputFromFormValues(values, { creating: !editing });
    const record = editing ? await updateCase({ actor, id: editing, input }) : await createCase({ actor, input });
    slug = record.slug;
  } catch (error) {
    return { attempt: previous.attempt + 1, ...refusal(error), values, spare };
  }
  redirect(`/cases/${slug}?saved=${editing ? "updated" : "created"}`);
}

export type StageFormState = { attempt: number; message: string | null; errors: FieldError[]; values: StageFormValues };

/** Records a stage change from the form; refusals come back with the stage rules' explanation beside the field. */
export async function recordStageAction(previous: StageFormState, form: FormData): Promise<StageFormState> {
  const actor = await currentActor();
  const values = stageFormValuesOf(form);
  const id = String(form.get("case") ?? "");
  let slug: string;
  try {
    const record = await recordStage({ actor, id, input: stageInputFromFormValues(values) });
    slug = record.slug;
  } catch (error) {
    return { attempt: previous.attempt + 1, ...refusal(error), values };
  }
  redirect(`/cases/${slug}?saved=stage#stages-heading`);
}

export type DeleteCaseState = { message: string | null };

/** Deletes (hides) a case after the confirmation page; on success, to its history (which says it is deleted). */
export async function deleteCaseAction(_previous: DeleteCaseState, form: FormData): Promise<DeleteCaseState> {
  const actor = await currentActor();
  const id = String(form.get("case") ?? "");
  const version = Number(form.get("expectedVersion"));
  let slug: string;
  try {
    const record = await deleteCase({ actor, id, input: { expectedVersion: version } });
    slug = record.slug;
  } catch (error) {
    return { message: refusal(error).message };
  }
  redirect(`/cases/${slug}/history?deleted=1`);
}

/** Restores a deleted case (administrators), from its history page; then to the case itself. */
export async function restoreCaseAction(_previous: DeleteCaseState, form: FormData): Promise<DeleteCaseState> {
  const actor = await currentActor();
  const id = String(form.get("case") ?? "");
  const version = Number(form.get("expectedVersion"));
  let slug: string;
  try {
    slug = (await restoreCase({ actor, id, input: { expectedVersion: version } })).slug;
  } catch (error) {
    return { message: refusal(error).message };
  }
  redirect(`/cases/${slug}`);
}
