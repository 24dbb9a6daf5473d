"use server";

import { redirectInLocale } from "@/lib/i18n/redirect";
import { caseInputSchema, stageChangeInputSchema, withAccusedNamed, withStageSource } from "@/lib/core/case-input";
import { isoPartial } from "@/lib/core/dates";
import { confirmedChange, saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { createCase } from "@/lib/server/cases/create-case";
import { deleteCase } from "@/lib/server/cases/delete-case";
import { restoreCase } from "@/lib/server/cases/restore-case";
import { recordStage } from "@/lib/server/cases/record-stage";
import { updateCase } from "@/lib/server/cases/update-case";
import { parseForm, type FormReply } from "@/lib/web/form-submission";
import { formTranslations } from "@/lib/core/user-translations";

/**
 * Records or changes a case from the form, read by the same schema and through the same use cases
 * as the API (the session's user is the actor; the use case checks the role). "Add another …"
 * buttons are Conform's insert intent: they save nothing and show the form again with one more
 * row, so the form works without JavaScript.
 */
export async function saveCaseAction(previous: FormReply | undefined, form: FormData): Promise<FormReply> {
  const actor = await currentActor();
  const editing = typeof form.get("case") === "string" ? String(form.get("case")) : null;
  const submission = parseForm(form, caseInputSchema, { rows: ["accused", "charges", "sources"], prepare: withAccusedNamed });
  const { saved, reply } = await saveFromForm(submission, {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "saving a case",
    save: async ({ initialStage, ...fields }) => {
      // The form shows every other-language field: one left empty removes a saved translation.
      const value = { ...fields, translations: formTranslations(fields.translations, fields.lang, ["title", "summary"]) };
      if (editing) return updateCase({ actor, id: editing, input: value });
      // The use case reads the API's input: the stage's date as written.
      return createCase({ actor, input: { ...value, initialStage: initialStage && { ...initialStage, date: isoPartial(initialStage.date) } } });
    },
  });
  if (reply) return reply;
  return await redirectInLocale(`/cases/${saved.slug}?saved=${editing ? "updated" : "created"}`);
}

/** Records a stage change from the form; refusals come back with the stage rules' explanation beside the field. */
export async function recordStageAction(previous: FormReply | undefined, form: FormData): Promise<FormReply> {
  const actor = await currentActor();
  const id = String(form.get("case") ?? "");
  const { saved, reply } = await saveFromForm(parseForm(form, stageChangeInputSchema, { prepare: withStageSource }), {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "recording a stage change",
    // The use case reads the API's input: the date as written.
    save: (value) => recordStage({ actor, id, input: { ...value, date: isoPartial(value.date) } }),
  });
  if (reply) return reply;
  return await redirectInLocale(`/cases/${saved.slug}?saved=stage#stages-heading`);
}

export type DeleteCaseState = { message: string | null };

/** Deletes (hides) a case after the confirmation page; on success, to its history (which says it is deleted). */
export async function deleteCaseAction(_previous: DeleteCaseState, form: FormData): Promise<DeleteCaseState> {
  return confirmedChange(form, { actor: await currentActor(), field: "case", doing: "deleting or restoring a case", change: deleteCase, to: (slug) => `/cases/${slug}/history?deleted=1` });
}

/** Restores a deleted case (administrators), from its history page; then to the case itself. */
export async function restoreCaseAction(_previous: DeleteCaseState, form: FormData): Promise<DeleteCaseState> {
  return confirmedChange(form, { actor: await currentActor(), field: "case", doing: "deleting or restoring a case", change: restoreCase, to: (slug) => `/cases/${slug}` });
}
