/**
 * Reference data in the page's language (decision 039): a missing translation shows the recorded
 * English with its `lang` and a note in the page's language; the origin line says where a text comes from.
 */
import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { pickText, type StoredTranslation } from "@/lib/core/translations";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { SelectField } from "./QueryFields";
import { ShownText, TextOrigin } from "./ShownText";

const MESSAGES = { en, uk };

function html(element: React.ReactElement, locale: "en" | "uk"): string {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale={locale} messages={MESSAGES[locale]} timeZone="Europe/Kyiv">
      {element}
    </NextIntlClientProvider>,
  );
}

const translated: StoredTranslation = { locale: "uk", state: "TRANSLATED", text: "Воєнні злочини", source: null, sourceLocator: null, translatedBy: "tracker team", translatedOn: "2026-12-04" };
const official: StoredTranslation = {
  locale: "uk",
  state: "OFFICIAL",
  text: "Екоцид",
  source: { slug: "criminal-code-of-ukraine", title: "Criminal Code of Ukraine", url: "https://zakon.rada.gov.ua/laws/show/2341-14" },
  sourceLocator: "Стаття 441",
  translatedBy: null,
  translatedOn: null,
};
const shown = (text: string, rows: StoredTranslation[], locale: "en" | "uk") => pickText({ text, locale: "en" }, rows, locale)!;

describe("ShownText", () => {
  it.each<[string, string, StoredTranslation[], "en" | "uk", string]>([
    ["translated", "War crimes", [translated], "uk", "Воєнні злочини"],
    ["missing, in Ukrainian", "Direct commission", [], "uk", '<span lang="en">Direct commission</span> <span class="lang-note">(англійською)</span>'],
    ["recorded, in English", "War crimes", [translated], "en", "War crimes"],
  ])("%s", (_name, recorded, rows, locale, expected) => {
    expect(html(<ShownText value={shown(recorded, rows, locale)} />, locale)).toBe(expected);
  });
});

describe("TextOrigin", () => {
  it.each<[string, string, StoredTranslation[], string]>([
    ["translated", "War crimes", [translated], "Назва: переклад — команда трекера, 4 грудня 2026 р."],
    ["official", "Ecocide", [official], "Назва: офіційний текст, джерело: Criminal Code of Ukraine, Стаття 441"],
    ["missing", "Direct commission", [], "Назва: ще не перекладено; показано англійською, мовою запису"],
  ])("%s", (_name, recorded, rows, expected) => {
    const out = html(<TextOrigin value={shown(recorded, rows, "uk")} what="Назва" />, "uk");
    expect(out.replace(/<[^>]+>/g, "")).toBe(expected);
  });

  it("links an official text to its source, and says nothing for a recorded text", () => {
    expect(html(<TextOrigin value={shown("Ecocide", [official], "uk")} what="Назва" />, "uk")).toContain('<a href="https://zakon.rada.gov.ua/laws/show/2341-14">');
    expect(html(<TextOrigin value={shown("Ecocide", [official], "en")} what="Name" />, "en")).toBe("");
  });
});

it("an option in another language carries its lang", () => {
  const out = html(<SelectField name="mode" label="Форма участі" value="" options={[{ value: "direct", label: "Direct commission (англійською)", lang: "en" }, { value: "command", label: "Командна відповідальність" }]} />, "uk");
  expect(out).toContain('<option value="direct" lang="en">Direct commission (англійською)</option>');
  expect(out).toContain('<option value="command">Командна відповідальність</option>');
});
