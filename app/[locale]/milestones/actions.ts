"use server";

import { redirectInLocale } from "@/lib/i18n/redirect";
import { isoPartial } from "@/lib/core/dates";
import { MILESTONE_TEXT_FIELDS, milestoneInputSchema } from "@/lib/core/milestone-input";
import { LOCALES } from "@/lib/core/locales";
import { otherLocales } from "@/lib/core/written-in";
import { confirmedChange, saveFromForm } from "@/lib/server/action";
import { currentActor } from "@/lib/server/auth";
import { createMilestone } from "@/lib/server/milestones/create-milestone";
import { deleteMilestone } from "@/lib/server/milestones/delete-milestone";
import { isAdmin } from "@/lib/server/actor";
import { updateMilestone } from "@/lib/server/milestones/update-milestone";
import { MERGE_FIELDS, milestoneConflictOf } from "@/lib/core/milestone-merge";
import { AppError } from "@/lib/server/errors";
import { parseForm, type MilestoneFormReply } from "@/lib/web/form-submission";

/**
 * Logs or changes a milestone from the form, through the same schema and use cases as the API
 * (the session's user is the actor; the use case checks the role). On success, goes to the
 * milestone's page; a refusal comes back to the form with what was typed, and a stale save with
 * the version saved meanwhile beside it.
 */
export async function saveMilestoneAction(previous: MilestoneFormReply | undefined, form: FormData): Promise<MilestoneFormReply> {
  const actor = await currentActor();
  const editing = typeof form.get("milestone") === "string" ? String(form.get("milestone")) : null;
  // The effects section is only on an admin's form; an analyst's save never detaches effects.
  const withEffects = isAdmin(actor) && form.get("effects") === "shown";
  const { saved, reply, error } = await saveFromForm(parseForm(form, milestoneInputSchema, { rows: ["sources"], prepare: otherLanguageFields }), {
    attempt: (previous?.attempt ?? 0) + 1,
    doing: "saving a milestone",
    save: async ({ opens, closes, ...value }) => {
      // The use case reads the API's input: the date as written, effects only from an admin's form.
      // The form shows every text of the other language: one left empty is none (a held one is removed).
      const translations = Object.fromEntries(
        LOCALES.map((l) => [l, Object.fromEntries(MILESTONE_TEXT_FIELDS.map((f) => [f, l === value.lang ? null : (value.translations[l]?.[f] ?? null)]))]),
      );
      const input = { ...value, translations, date: isoPartial(value.date), ...(withEffects ? { opens, closes } : {}) };
      return editing ? updateMilestone({ actor, id: editing, input }) : createMilestone({ actor, input });
    },
  });
  if (reply) {
    // A stale save: both versions side by side, the form now based on theirs (the next save is a choice).
    const stale = editing && error instanceof AppError && error.code === "CONFLICT" && error.details.current
      ? milestoneConflictOf({ current: error.details.current, base: error.details.base ?? null, sent: reply.initialValue, fields: withEffects ? MERGE_FIELDS : MERGE_FIELDS.filter((f) => f !== "opens" && f !== "closes") })
      : null;
    if (stale) return { ...reply, error: undefined, initialValue: stale.proposal, conflict: stale.conflict };
    // Another refusal after a conflict keeps the comparison on the page.
    return { ...reply, conflict: previous?.conflict ?? null };
  }
  return await redirectInLocale(`/milestones/${saved.slug}?saved=${editing ? "updated" : "created"}`);
}

/**
 * The fieldset "In the other language" is named for the language the page had chosen; a browser
 * without scripts that changed "Written in" sends it under the new own language: it is the other.
 */
function otherLanguageFields(form: FormData): FormData {
  const lang = String(form.get("lang") ?? "");
  const other = otherLocales(lang);
  const own = `translations.${lang}.`;
  if (other.length !== 1 || ![...form.keys()].some((k) => k.startsWith(own)) || [...form.keys()].some((k) => k.startsWith(`translations.${other[0]}.`))) return form;
  const out = new FormData();
  for (const [name, value] of form) out.append(name.startsWith(own) ? `translations.${other[0]}.${name.slice(own.length)}` : name, value);
  return out;
}

export type DeleteState = { message: string | null };

/** Deletes (hides) a milestone after the confirmation page; on success, to its history (which says it is deleted). */
export async function deleteMilestoneAction(_previous: DeleteState, form: FormData): Promise<DeleteState> {
  return confirmedChange(form, { actor: await currentActor(), field: "milestone", doing: "deleting a milestone", change: deleteMilestone, to: (slug) => `/milestones/${slug}/history?deleted=1` });
}
