"use server";

import { revalidatePath } from "next/cache";
import { translationInputSchema } from "@/lib/core/translation-input";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { setTranslation } from "@/lib/server/translations/set-translation";
import { parseForm, type FormReply } from "@/lib/web/form-submission";

export type TranslationTargetValues = { entity: string; slug: string; field: string; locale: string };

/** What a stale save brings back: the stored translation and the user's, to compare. */
export type TranslationConflict = { current: Record<string, unknown>; yours: Record<string, unknown> };
export type TranslationFormReply = FormReply & { conflict?: TranslationConflict | null };

/**
 * Saves one field's translation through `setTranslation` (administrators, validated,
 * version-checked, audited) as the signed-in user; the target is bound by the page. A refusal
 * returns the field errors and everything typed (a stale save: both versions too); success goes to
 * the list, naming the field saved.
 */
export async function saveTranslationAction(target: TranslationTargetValues, previous: TranslationFormReply | undefined, form: FormData): Promise<TranslationFormReply> {
  const actor = await currentActor();
  const { saved, reply, error } = await saveFromForm(parseForm(form, translationInputSchema), {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "saving a translation",
    save: (values) => setTranslation({ actor, input: { ...values, ...target } }),
  });
  if (reply) {
    const conflict = error instanceof AppError && error.code === "CONFLICT" && error.details.current && error.details.yours ? { current: error.details.current, yours: error.details.yours } : null;
    return { ...reply, conflict };
  }
  revalidatePath("/", "layout");
  const query = new URLSearchParams({ entity: saved.entity, state: "all", saved: `${saved.entity}:${saved.slug}:${saved.field}` });
  return await redirectInLocale(`/translations?${query}#tr-${saved.entity}-${saved.slug}-${saved.field}`);
}
