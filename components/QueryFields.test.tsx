/**
 * The question forms' fields and the status words write their own words in the page's language:
 * the English exactly as before, the Ukrainian with its plural forms (1 проблема, 2 проблеми, 5 проблем).
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { ForumStatusBadge, GapBadge } from "./ForumStatusBadge";
import { DateField, ErrorSummary } from "./QueryFields";
import { StatusLegend } from "./StatusLegend";

const MESSAGES = { en, uk };

function text(element: React.ReactElement, locale: "en" | "uk" = "en"): string {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Europe/Kyiv">
      {element}
    </NextIntlClientProvider>,
  );
  return html.replace(/<[^>]+>/g, "").replace(/&#x27;/g, "'");
}

const problems = (n: number) => Array.from({ length: n }, (_, i) => ({ parameter: `p${i}`, message: `m${i}` }));

describe("the error summary of a question", () => {
  it.each<[number, string, string]>([
    [1, "There is a problem with the question", "У запитанні є проблема"],
    [2, "There are 2 problems with the question", "У запитанні 2 проблеми"],
    [5, "There are 5 problems with the question", "У запитанні 5 проблем"],
    [21, "There are 21 problems with the question", "У запитанні 21 проблема"],
  ])("%i problems: “%s” / “%s”", (n, english, ukrainian) => {
    expect(text(<ErrorSummary problems={problems(n)} fields={{}} />)).toContain(english);
    expect(text(<ErrorSummary problems={problems(n)} fields={{}} />, "uk")).toContain(ukrainian);
  });
});

describe("the fields and badges in both languages", () => {
  it("echoes a typed day as the page writes dates", () => {
    expect(text(<DateField name="asOf" label="As of" value="2026-12-03" />)).toContain("3 December 2026");
    expect(text(<DateField name="asOf" label="Станом на" value="2026-12-03" />, "uk")).toContain("3 грудня 2026 р.");
  });

  it("names the statuses and the gap", () => {
    expect(text(<ForumStatusBadge status="unknown" />)).toBe("–No rule recorded");
    expect(text(<ForumStatusBadge status="unknown" />, "uk")).toBe("–Правила не записано");
    expect(text(<GapBadge />, "uk")).toBe("⚠Прогалина");
    expect(text(<StatusLegend />)).toContain("An impunity gap: every forum is excluded by a recorded rule.");
    expect(text(<StatusLegend />, "uk")).toContain("Від чого може залежати умова");
  });
});
