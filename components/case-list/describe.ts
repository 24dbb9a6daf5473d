import { type CaseFacet, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import { labelsIn } from "@/lib/core/labels";
import type { Locale } from "@/lib/core/locales";

const DESCRIPTION_ORDER: readonly CaseFacet[] = ["crime", "mode", "accused", "level", "forum", "situation", "stage", "year"];

/** The words a description needs, from the page's catalogue (CaseList). */
export type DescribeWords = {
  facet: (facet: CaseFacet) => string;
  or: string;
  openedIn: (years: string) => string;
  text: (q: string) => string;
  textLabelled: (q: string) => string;
};

/**
 * The search in the reader's language, as lib/core/case-list-query.ts `describeCaseListQuery`
 * says it in English: short ("War crimes · ICC · text “Putin”") names a saved search; labelled
 * ("Crime: War crimes · Text: “Putin”") says on the list what was applied. Stages in the reader's
 * language; the other values as recorded.
 */
export function describeQuery(query: CaseListQuery, options: CaseListOptions, locale: Locale, words: DescribeWords, labelled = false): string {
  const stages = labelsIn(locale).caseStage;
  const parts: string[] = [];
  for (const facet of DESCRIPTION_ORDER) {
    if (facet === "stage") {
      if (query.stage.length > 0) parts.push(labelled ? `${words.facet(facet)}: ${query.stage.map((s) => stages[s]).join(` ${words.or} `)}` : query.stage.map((s) => stages[s]).join(` ${words.or} `));
      continue;
    }
    const values = query[facet].map(String);
    if (values.length === 0) continue;
    const joined = values
      .map((v) => {
        const option = options[facet].find((o) => o.value === v);
        return (labelled ? option?.label : (option?.short ?? option?.label)) ?? v;
      })
      .join(` ${words.or} `);
    if (labelled) parts.push(`${words.facet(facet)}: ${joined}`);
    else parts.push(facet === "year" ? words.openedIn(joined) : joined);
  }
  if (query.q) parts.push(labelled ? words.textLabelled(query.q) : words.text(query.q));
  return parts.join(" · ");
}


type CaseListTranslator = (key: "or" | "openedIn" | "text" | "textLabelled" | `facet.${CaseFacet}`, values?: Record<string, string>) => string;

/** The description's words from the CaseList catalogue (`useTranslations` or `getTranslations`). */
export function describeWords(t: CaseListTranslator): DescribeWords {
  return {
    facet: (facet) => t(`facet.${facet}`),
    or: t("or"),
    openedIn: (years) => t("openedIn", { years }),
    text: (q) => t("text", { q }),
    textLabelled: (q) => t("textLabelled", { q }),
  };
}
