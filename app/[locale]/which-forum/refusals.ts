/**
 * The question forms' fields and refusals ("Which forum?", the coverage matrix) in the page's
 * language. lib/core/query-form.ts says them in English for its own tests and callers; this is the
 * same logic with the words from the catalogue (Jurisdiction.fields, Jurisdiction.refusals), so the
 * English stays exactly as it was. A parser's own message, the last fallback, stays as written.
 */
import { getTranslations } from "next-intl/server";
import type { ParameterError } from "@/lib/core/profile-query";
import { fieldValue, inFieldOrder, type FieldLabels, type RawParams } from "@/lib/core/query-form";

const PROFILE_KEYS = ["crime", "accused", "level", "mode", "situation", "conduct", "asOf"] as const;
type ProfileKey = (typeof PROFILE_KEYS)[number];

/** The fields of a question about a case profile, labelled in the page's language, in the order "Which forum?" shows them. */
export async function profileFields(): Promise<Record<ProfileKey, { label: string; noun: string }>> {
  const t = await getTranslations("Jurisdiction.fields");
  return Object.fromEntries(PROFILE_KEYS.map((key) => [key, { label: t(`${key}Label`), noun: t(`${key}Noun`) }])) as Record<ProfileKey, { label: string; noun: string }>;
}

/**
 * A question's refusals as its form shows them (query-form's `formRefusals`, in the page's
 * language): every one, in the form's field order, and the first of each field.
 */
export async function formRefusalsIn(
  errors: readonly ParameterError[],
  params: RawParams,
  labels: FieldLabels,
): Promise<{ problems: ParameterError[]; byField: Record<string, string> }> {
  const t = await getTranslations("Jurisdiction.refusals");

  const conductMessage = (value: string, message: string) => {
    if (message.includes("begins after")) return t("conductAfter", { value });
    if (message.includes("before it begins")) return t("conductReversed", { value });
    return t("notConduct", { value });
  };

  const fieldMessage = (error: ParameterError): string => {
    const field = labels[error.parameter];
    const raw = params[error.parameter];
    if (!field) {
      // A parameter the form has no field for: a mistyped or hand-edited address.
      return error.allowed?.includes(error.parameter) === false ? t("notPartOfQuestion", { parameter: error.parameter }) : error.message;
    }
    if (Array.isArray(raw) && raw.length > 1) return t("repeated", { noun: field.noun, count: raw.length, values: raw.join(", ") });
    const value = typeof raw === "string" ? raw.trim() : undefined;
    if (error.parameter === "level" && value !== undefined && fieldValue(params, "accused") === "legal") return t("levelForLegal");
    if (error.parameter === "conduct" && value !== undefined) return conductMessage(value, error.message);
    if (value === undefined) return t("choose", { noun: field.noun });
    if (error.parameter === "asOf") return t("notADate", { value });
    if (error.allowed && !error.allowed.includes(value)) return t("notAChoice", { value, noun: field.noun });
    return error.message;
  };

  const problems = inFieldOrder(errors, labels).map((e) => ({ ...e, message: fieldMessage(e) }));
  const byField: Record<string, string> = {};
  for (const p of problems) if (labels[p.parameter] && !byField[p.parameter]) byField[p.parameter] = p.message;
  return { problems, byField };
}
