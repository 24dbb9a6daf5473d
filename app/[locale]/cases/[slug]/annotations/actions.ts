"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { annotationFormValuesOf, annotationInputFromForm, EMPTY_ANNOTATION_FORM, type AnnotationFormState } from "@/lib/core/annotation-input";
import { createAnnotation } from "@/lib/server/annotations/create-annotation";
import { deleteAnnotation } from "@/lib/server/annotations/delete-annotation";
import type { CurrentVersion } from "@/lib/server/annotations/annotation-record";
import { updateAnnotation } from "@/lib/server/annotations/update-annotation";
import { refusalOf, requestLocale } from "@/lib/server/action";
import { localizeMessage } from "@/lib/core/message-texts";
import { currentActor } from "@/lib/server/auth";
import { AppError, type FieldError } from "@/lib/server/errors";
import { formText } from "@/lib/core/input-fields";

/**
 * The note forms' server actions: the session's user is the actor and the use cases decide (the
 * same ones as the API). A refused save keeps what the user typed; a save refused because someone
 * else saved first comes back with the other version, so the form can show both texts.
 */


/** The refusal in the page's language. */
async function refusal(error: unknown): Promise<{ message: string; errors: FieldError[] }> {
  const { message, errors } = refusalOf(error, "saving a note", await requestLocale());
  return { message, errors };
}

/** Adds a note to a case; on success the list above the form shows it (the page is re-rendered). */
export async function createAnnotationAction(previous: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  const actor = await currentActor();
  const caseSlug = formText(form, "case");
  const values = annotationFormValuesOf(form);
  try {
    await createAnnotation({ actor, caseSlug, input: annotationInputFromForm({ ...values, expectedVersion: "" }) });
  } catch (error) {
    return { attempt: previous.attempt + 1, status: "refused", ...(await refusal(error)), values, conflict: null };
  }
  revalidatePath(`/cases/${caseSlug}`);
  const t = await getTranslations("Annotations");
  return { attempt: previous.attempt + 1, status: "saved", message: t("noteAdded"), errors: [], values: EMPTY_ANNOTATION_FORM, conflict: null };
}

/**
 * Saves an edited note. A stale version comes back as a conflict: the user's text stays in the
 * form, the version saved meanwhile is shown beside it, and the form's version becomes that one,
 * so the next save is a deliberate choice made after reading both.
 */
export async function updateAnnotationAction(previous: AnnotationFormState, form: FormData): Promise<AnnotationFormState> {
  const actor = await currentActor();
  const caseSlug = formText(form, "case");
  const id = formText(form, "annotation");
  const values = annotationFormValuesOf(form);
  try {
    await updateAnnotation({ actor, caseSlug, id, input: annotationInputFromForm(values) });
  } catch (error) {
    if (error instanceof AppError && error.code === "CONFLICT" && error.details.current) {
      const current = error.details.current as CurrentVersion;
      return {
        attempt: previous.attempt + 1,
        status: "refused",
        message: localizeMessage(error.message, await requestLocale()),
        errors: [],
        values: { ...values, expectedVersion: String(current.version) },
        conflict: { current, yourVersion: Number(values.expectedVersion) },
      };
    }
    return { attempt: previous.attempt + 1, status: "refused", ...(await refusal(error)), values, conflict: previous.conflict };
  }
  revalidatePath(`/cases/${caseSlug}`);
  return await redirectInLocale(`/cases/${caseSlug}#note-${id}`);
}

export type DeleteAnnotationState = { message: string | null };

/** Deletes (hides) a note after the confirmation page; then back to the case's notes. */
export async function deleteAnnotationAction(_previous: DeleteAnnotationState, form: FormData): Promise<DeleteAnnotationState> {
  const actor = await currentActor();
  const caseSlug = formText(form, "case");
  const id = formText(form, "annotation");
  const version = formText(form, "expectedVersion");
  try {
    await deleteAnnotation({ actor, caseSlug, id, input: { expectedVersion: /^\d+$/.test(version) ? Number(version) : version } });
  } catch (error) {
    const { message } = await refusal(error);
    const t = await getTranslations("Annotations");
    return { message: error instanceof AppError && error.code === "CONFLICT" ? `${message} ${t("reloadToRead")}` : message };
  }
  revalidatePath(`/cases/${caseSlug}`);
  return await redirectInLocale(`/cases/${caseSlug}#notes`);
}
