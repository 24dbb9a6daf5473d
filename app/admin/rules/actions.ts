"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { errorsByField, ruleFormValues, ruleInputFromForm, type RuleFormField, type RuleFormValues } from "@/lib/core/rule-form";
import { currentActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { saveRule } from "@/lib/server/rules/save-rule";

export type SaveRuleState = {
  /** Counts submissions, so the form re-mounts its fields with the values sent back. */
  attempt: number;
  /** What the admin typed, kept on every refusal. */
  values: RuleFormValues;
  status: "idle" | "invalid" | "conflict" | "refused";
  message?: string;
  errors?: Partial<Record<RuleFormField | "form", string[]>>;
};

/**
 * Saves the rule through `saveRule` (admins only, validated, optimistically locked, audited) as
 * the signed-in user. A refusal returns the field errors and everything typed; success goes back
 * to the list of rules, naming the rule saved.
 */
export async function saveRuleAction(previous: SaveRuleState, form: FormData): Promise<SaveRuleState> {
  const values = ruleFormValues(form);
  const attempt = previous.attempt + 1;
  let saved: { slug: string; version: number; created: boolean };
  try {
    saved = await saveRule({ actor: await currentActor(), input: ruleInputFromForm(values) });
  } catch (error) {
    if (error instanceof AppError) {
      if (error.code === "INVALID_INPUT") {
        return { attempt, values, status: "invalid", message: error.message, errors: errorsByField(error.details.errors ?? [{ parameter: "input", message: error.message }]) };
      }
      if (error.code === "CONFLICT") return { attempt, values, status: "conflict", message: error.message };
      return { attempt, values, status: "refused", message: error.message };
    }
    console.error("[tracker] saving a jurisdiction rule failed", error);
    return { attempt, values, status: "refused", message: "Something went wrong on our side; the rule was not saved. The error has been logged; try again in a moment." };
  }
  revalidatePath("/", "layout");
  redirect(`/admin/rules?saved=${encodeURIComponent(saved.slug)}&version=${saved.version}${saved.created ? "&created=1" : ""}`);
}
