import "server-only";
import type { Locale } from "@/lib/core/locales";
import { shownUserText } from "@/lib/core/user-translations";
import type { MilestoneRef, RuleView } from "@/lib/core/views";
import { db } from "../db";
import { readUserTranslations } from "../translations";

/**
 * The titles of the milestones that opened and closed some rules, in the page's language
 * (docs/decisions/042-users-texts-in-either-language.md): a rule card links them, and a Ukrainian
 * page showed them in the recorded English, unmarked. The rules' reads stay as they are (the API
 * serves them); a page gets back a function that gives each rule its milestones' `shown` titles:
 * the translation where one is held, else the title as written, marked with its language.
 * Two statements for all the rules of a page (the milestones' languages, their translations).
 */
export async function ruleMilestoneTitlesIn(locale: Locale, rules: Iterable<RuleView>): Promise<<R extends RuleView>(rule: R) => R> {
  const slugs = [...new Set([...rules].flatMap((r) => [r.openedBy?.slug, r.closedBy?.slug]).filter((s): s is string => !!s))];
  const milestones = slugs.length === 0 ? [] : await db.milestone.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true, lang: true } });
  const translations = await readUserTranslations(db, "Milestone", milestones.map((m) => m.id));
  const bySlug = new Map(milestones.map((m) => [m.slug, m]));
  const titled = (ref: MilestoneRef | null): MilestoneRef | null => {
    const found = ref && bySlug.get(ref.slug);
    return ref && found ? { ...ref, shown: shownUserText(ref.title, found.lang, translations.get(found.id) ?? {}, "title", locale) } : ref;
  };
  return (rule) => ({ ...rule, openedBy: titled(rule.openedBy), closedBy: titled(rule.closedBy) });
}
