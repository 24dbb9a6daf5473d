"use server";

import { revalidatePath } from "next/cache";
import { redirectInLocale } from "@/lib/i18n/redirect";
import { aliasInputSchema, aliasName } from "@/lib/core/alias-input";
import { accusedUpdateSchema } from "@/lib/core/case-input";
import { formText } from "@/lib/core/input-fields";
import { refusalOf, requestLocale, saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { addAccusedAlias, removeAccusedAlias } from "@/lib/server/cases/accused-aliases";
import { updateAccused } from "@/lib/server/cases/update-accused";
import { parseForm, type FormReply } from "@/lib/web/form-submission";
import type { AliasDone, AliasFormReply, AliasRemoval } from "@/lib/web/alias-forms";

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

/** The accused's page, in every language, shows the new list (the visitors' cache is dropped by the database's notice). */
const refreshAccusedPage = () => revalidatePath("/[locale]/accused/[slug]", "page");

/**
 * Adds another spelling of an accused's name (the API's schema and use case, which checks the
 * role, the version and duplicates). A refusal comes back beside the field with what was typed;
 * success empties the field and says what was added.
 */
export async function addAliasAction(previous: AliasFormReply | undefined, form: FormData): Promise<AliasFormReply> {
  const actor = await currentActor();
  const slug = formText(form, "accused");
  const attempt = (previous?.attempt ?? 0) + 1;
  const submission = parseForm(form, aliasInputSchema);
  const { reply } = await saveFromForm(submission, { attempt, doing: "adding an alias", save: (input) => addAccusedAlias({ actor, slug, input }) });
  if (reply) return { ...reply, refusedAt: Date.now() };
  refreshAccusedPage();
  const done: AliasDone = { kind: "added", alias: aliasName(formText(form, "name")), at: Date.now() };
  return { ...submission.reply({ resetForm: true }), attempt, done };
}

/** Removes one spelling (by its id) at the version the analyst saw; a refusal is said beside it. */
export async function removeAliasAction(previous: AliasRemoval, form: FormData): Promise<AliasRemoval> {
  const actor = await currentActor();
  const aliasId = formText(form, "alias");
  try {
    await removeAccusedAlias({ actor, slug: formText(form, "accused"), aliasId, input: { expectedUpdatedAt: formText(form, "expectedUpdatedAt") } });
  } catch (error) {
    return { ...previous, refused: { aliasId, message: refusalOf(error, "removing an alias", await requestLocale()).message, at: Date.now() } };
  }
  refreshAccusedPage();
  return { refused: null, done: { kind: "removed", alias: formText(form, "aliasName"), at: Date.now() } };
}
