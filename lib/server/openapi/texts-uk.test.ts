/**
 * The API reference in Ukrainian: builds the whole OpenAPI document from the endpoints' module (as
 * the page's document does, with a vocabulary of made-up values: the parameter values only fill
 * enums, never a text) and fails, naming the endpoint and the place, on any text /uk/api-docs
 * shows without its Ukrainian in texts-uk.ts. A new endpoint cannot land untranslated.
 */
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "@/lib/web/openapi";
import { API_DOCUMENT_INFO } from "./document";
import { apiEndpoints } from "./endpoints";
import type { ApiVocabulary } from "./schemas";
import { API_DOC_TEXTS_UK, localizeApiDocument, localizeApiText, shownTexts } from "./texts-uk";

const vocabulary: ApiVocabulary = {
  forums: ["icc", "stca"],
  crimes: ["genocide", "aggression"],
  situations: ["ukraine"],
  accusedKinds: ["natural-person", "legal-person"],
  levels: ["senior"],
  modes: ["direct"],
  tracks: ["international"],
  milestoneTypes: ["ratification"],
  milestoneYears: ["2024"],
  caseAccused: ["someone"],
  caseYears: ["2024"],
};

const english = () => buildOpenApiDocument(API_DOCUMENT_INFO, apiEndpoints(vocabulary));

/** What a reader sees of a text outside its `code` spans. */
const prose = (text: string) => text.split("`").filter((_, i) => i % 2 === 0).join(" ");
const codeSpans = (text: string) => text.split("`").filter((_, i) => i % 2 === 1);

/** Latin words a Ukrainian sentence may keep: formats, a Latin legal term. */
const KEPT_WORDS = new Set(["JSON", "CSV", "API", "UTF", "ratione", "temporis"]);

describe("the API reference in Ukrainian", () => {
  it("has Ukrainian for every text the page shows", () => {
    const shown = shownTexts(english());
    expect(shown.length).toBeGreaterThan(100);
    const missing = shown.filter((s) => !(s.text in API_DOC_TEXTS_UK)).map((s) => `${s.where}: ${JSON.stringify(s.text)}`);
    expect(missing, `Add these to lib/server/openapi/texts-uk.ts:\n${missing.join("\n")}`).toEqual([]);
  });

  it("keeps no Ukrainian for a text the document no longer has", () => {
    const texts = new Set(shownTexts(english()).map((s) => s.text));
    expect(Object.keys(API_DOC_TEXTS_UK).filter((text) => !texts.has(text))).toEqual([]);
  });

  it("reads in Ukrainian on the page: no English left but names and code", () => {
    const page = shownTexts(localizeApiDocument(english(), "uk"));
    const leftEnglish = page.filter((s) => (prose(s.text).match(/[A-Za-z]+/g) ?? []).some((word) => !KEPT_WORDS.has(word)));
    expect(leftEnglish.map((s) => `${s.where}: ${s.text}`)).toEqual([]);
    // Typographic apostrophe and quotation marks, as in the rest of the Ukrainian.
    expect(page.filter((s) => /[а-яіїєґ]'[а-яіїєґ]/i.test(s.text) || /"/.test(prose(s.text))).map((s) => s.where)).toEqual([]);
  });

  it("keeps every name the English puts in code font", () => {
    const lost = Object.entries(API_DOC_TEXTS_UK).flatMap(([en, uk]) => codeSpans(en).filter((name) => !codeSpans(uk).includes(name)).map((name) => `${name} in ${JSON.stringify(uk)}`));
    expect(lost).toEqual([]);
    expect(Object.values(API_DOC_TEXTS_UK).filter((uk) => uk.split("`").length % 2 === 0)).toEqual([]);
  });

  it("leaves the document itself English, and English pages as they are", () => {
    const document = english();
    const before = JSON.stringify(document);
    const uk = localizeApiDocument(document, "uk");
    expect(JSON.stringify(document)).toBe(before);
    expect(localizeApiDocument(document, "en")).toBe(document);
    const paths = uk.paths as Record<string, Record<string, { summary: string; parameters?: { name: string; description?: string }[]; responses: Record<string, { description: string }> }>>;
    expect(paths["/api/v1/forums"]!.get!.summary).toBe("Перелік форумів");
    expect(paths["/api/v1/milestones/{id}"]!.patch!.responses["409"]!.description).toMatch(/^Конфлікт/);
    expect(paths["/api/v1/jurisdiction"]!.get!.parameters!.map((p) => p.name)).toEqual(["crime", "accused", "level", "mode", "situation", "conduct", "asOf"]);
    expect(localizeApiText("An unknown text.", "uk")).toBe("An unknown text.");
    expect(localizeApiText("List the forums", "en")).toBe("List the forums");
  });
});
