"use server";

import { redirect } from "next/navigation";
import { currentActor } from "@/lib/server/auth";
import { updateAccused } from "@/lib/server/cases/update-accused";
import { AppError, type FieldError } from "@/lib/server/errors";

export type AccusedFormValues = { name: string; nameUkrainian: string; kind: string; rank: string; level: string; description: string; expectedUpdatedAt: string };
export type AccusedFormState = { attempt: number; message: string | null; errors: FieldError[]; values: AccusedFormValues };

/** Changes an accused's record from the form, through the use case (which checks the role). */
export async function saveAccusedAction(previous: AccusedFormState, form: FormData): Promise<AccusedFormState> {
  const one = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const values: AccusedFormValues = {
    name: one("name"),
    nameUkrainian: one("nameUkrainian"),
    kind: one("kind"),
    rank: one("rank"),
    level: one("level"),
    description: one("description"),
    expectedUpdatedAt: one("expectedUpdatedAt"),
  };
  const slug = one("accused");
  try {
    await updateAccused({ actor: await currentActor(), slug, input: { ...values, level: values.level || null } });
  } catch (error) {
    if (error instanceof AppError) return { attempt: previous.attempt + 1, message: error.message, errors: error.details.errors ?? [], values };
    console.error("[tracker] unexpected error saving an accused", error);
    return { attempt: previous.attempt + 1, message: "Something went wrong on our side; nothing was saved. The error has been logged.", errors: [], values };
  }
  redirect(`/accused/${slug}?saved=1`);
}
