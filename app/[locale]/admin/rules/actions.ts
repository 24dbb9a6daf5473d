"use server";

import { revalidatePath } from "next/cache";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { isoPartial, type PartialDate } from "@/lib/core/dates";
import { ruleInputSchema } from "@/lib/core/rule-input";
import { saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { saveRule } from "@/lib/server/rules/save-rule";
import { parseForm, type FormReply } from "@/lib/web/form-submission";

const written = (date: PartialDate | null) => (date ? isoPartial(date) : null);

/**
 * Saves the rule through `saveRule` (admins only, validated, optimistically locked, audited) as
 * the signed-in user, from the form read by the same schema. A refusal returns the field errors
 * and everything typed; success goes back to the list of rules, naming the rule saved.
 */
export async function saveRuleAction(previous: FormReply | undefined, form: FormData): Promise<FormReply> {
  const actor = await currentActor();
  const { saved, reply } = await saveFromForm(parseForm(form, ruleInputSchema), {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "saving a jurisdiction rule",
    // The use case reads the API's input: dates as written.
    save: (rule) =>
      saveRule({
        actor,
        input: { ...rule, validFrom: written(rule.validFrom), validTo: written(rule.validTo), conductFrom: written(rule.conductFrom), conductTo: written(rule.conductTo) },
      }),
  });
  if (reply) return reply;
  revalidatePath("/", "layout");
  return await redirectInLocale(`/admin/rules?saved=${encodeURIComponent(saved.slug)}&version=${saved.version}${saved.created ? "&created=1" : ""}`);
}
