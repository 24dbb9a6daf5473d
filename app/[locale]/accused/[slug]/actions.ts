"use server";

import { redirectInLocale } from "@/lib/i18n/redirect";
import { accusedUpdateSchema } from "@/lib/core/case-input";
import { saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { updateAccused } from "@/lib/server/cases/update-accused";
import { parseForm, type FormReply } from "@/lib/web/form-submission";

/** Changes an accused's record from the form, read by the API's schema, through the use case (which checks the role). */
export async function saveAccusedAction(previous: FormReply | undefined, form: FormData): Promise<FormReply> {
  const actor = await currentActor();
  const slug = String(form.get("accused") ?? "");
  const { reply } = await saveFromForm(parseForm(form, accusedUpdateSchema), {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "saving an accused",
    save: (input) => updateAccused({ actor, slug, input }),
  });
  if (reply) return reply;
  return await redirectInLocale(`/accused/${slug}?saved=1`);
}
