/**
 * The question forms' fields ("Which forum?", the coverage matrix) labelled in the page's language.
 * Their refusals are lib/core/query-form.ts's `formRefusals` with the page's locale: it words them
 * in English from the English nouns (PROFILE_FIELDS), then lib/core/message-texts.ts says them in
 * Ukrainian, so there is one wording of each refusal, the parser's own fallback included.
 */
import { getTranslations } from "next-intl/server";

const PROFILE_KEYS = ["crime", "accused", "level", "mode", "situation", "conduct", "asOf"] as const;
type ProfileKey = (typeof PROFILE_KEYS)[number];

/** The fields of a question about a case profile, labelled in the page's language, in the order "Which forum?" shows them. */
export async function profileFields(): Promise<Record<ProfileKey, { label: string; noun: string }>> {
  const t = await getTranslations("Jurisdiction.fields");
  return Object.fromEntries(PROFILE_KEYS.map((key) => [key, { label: t(`${key}Label`), noun: t(`${key}Noun`) }])) as Record<ProfileKey, { label: string; noun: string }>;
}
