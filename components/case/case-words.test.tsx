/**
 * The case components read their words from the catalogues: the English stays as it was, and a
 * Ukrainian page gets Ukrainian (the month after "з" in the genitive: "з жовтня 2024 р.").
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { NoteBadges } from "@/components/annotations/AssessmentBadge";
import type { CaseChargeView } from "@/lib/core/views";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { ChargesTable } from "./ChargesTable";
import { StageBadge } from "./StageBadge";

// next-intl's navigation needs Next's router, absent here: a plain link will do.
vi.mock("@/lib/i18n/navigation", () => ({ Link: ({ href, children }: { href: string; children: React.ReactNode }) => <a href={href}>{children}</a> }));

const text = (locale: "en" | "uk", element: React.ReactElement) =>
  renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={locale === "en" ? en : uk} timeZone="Europe/Kyiv">
      {element}
    </NextIntlClientProvider>,
  )
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const command: CaseChargeView = {
  id: "c1",
  against: null,
  crime: { slug: "war-crimes", name: "War crimes" },
  mode: { slug: "command-responsibility", name: "Command responsibility" },
  provisionCited: "Article 28(a) of the Rome Statute",
  provision: null,
  description: null,
  knowledgeStandard: "SHOULD_HAVE_KNOWN",
  failedDuties: ["PREVENT", "REPRESS"],
};

describe("the case components' words", () => {
  it("a stage, its date and in absentia", () => {
    const badge = <StageBadge stage="TRIAL" date={{ date: "2024-10-01", precision: "MONTH" }} inAbsentia />;
    expect(text("en", badge)).toBe("Trial In absentia since October 2024");
    expect(text("uk", badge)).toBe("Судовий розгляд Заочно з жовтня 2024 р.");
  });

  it("a charge of command responsibility", () => {
    const table = <ChargesTable charges={[command]} caption="Charges" />;
    expect(text("en", table)).toContain("Should have known Failed to prevent, to repress");
    expect(text("en", table)).toContain("Every accused of the case");
    expect(text("uk", table)).toContain("Мав знати Не виконав обов’язку запобігти, припинити");
  });

  it("a note's assessment", () => {
    expect(text("en", <NoteBadges assessment="BLOCKED" verified={false} />)).toBe("Assessment: ✕ Blocked Not verified");
    expect(text("uk", <NoteBadges assessment="BLOCKED" verified />)).toBe("Оцінка: ✕ Заблокована ✓ Перевірено");
  });
});
