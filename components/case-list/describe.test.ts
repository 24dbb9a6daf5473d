import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { describeCaseListQuery, emptyCaseListQuery, STAGE_OPTIONS, type CaseListOptions, type CaseListQuery } from "@/lib/core/case-list-query";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";
import { describeQuery, describeWords } from "./describe";

const options: CaseListOptions = {
  forum: [{ value: "icc", label: "International Criminal Court", short: "ICC" }],
  situation: [{ value: "ukraine", label: "Ukraine" }],
  crime: [
    { value: "war-crimes", label: "War crimes" },
    { value: "genocide", label: "Genocide" },
  ],
  mode: [],
  accused: [{ value: "legal", label: "Legal person" }],
  level: [],
  stage: STAGE_OPTIONS,
  year: [],
};

const query = (patch: Partial<CaseListQuery>): CaseListQuery => ({ ...emptyCaseListQuery(), ...patch });
const words = { en: describeWords(createTranslator({ locale: "en", messages: en, namespace: "CaseList" })), uk: describeWords(createTranslator({ locale: "uk", messages: uk, namespace: "CaseList" })) };

describe("the case list's search in the reader's words", () => {
  it("says it in English exactly as the API's description does", () => {
    for (const q of [
      query({ q: "Putin", crime: ["war-crimes"], forum: ["icc"] }),
      query({ crime: ["genocide", "war-crimes"], accused: ["legal"], stage: ["TRIAL"], year: [2024] }),
      query({}),
    ]) {
      expect(describeQuery(q, options, "en", words.en)).toBe(describeCaseListQuery(q, options));
      expect(describeQuery(q, options, "en", words.en, true)).toBe(describeCaseListQuery(q, options, { labelled: true }));
    }
  });

  it("says it in Ukrainian, stages included; recorded names stay as recorded", () => {
    const q = query({ q: "Путін", crime: ["genocide", "war-crimes"], stage: ["TRIAL"], year: [2024] });
    expect(describeQuery(q, options, "uk", words.uk)).toBe("Genocide або War crimes · Судовий розгляд · відкрито у 2024 р. · текст «Путін»");
    expect(describeQuery(q, options, "uk", words.uk, true)).toBe("Злочин: Genocide або War crimes · Стадія: Судовий розгляд · Рік відкриття: 2024 · Текст: «Путін»");
  });
});
