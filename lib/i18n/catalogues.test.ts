/**
 * The two message catalogues hold the same messages: a key in one and not the other, a message
 * that does not parse, a placeholder one language uses and the other does not, or a Ukrainian
 * plural without the forms Ukrainian needs (1 справа, 2 справи, 5 справ) fails here.
 */
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import uk from "@/messages/uk.json";

type Catalogue = { [key: string]: string | Catalogue };

function flatten(catalogue: Catalogue, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The arguments a message uses, and the plural forms of each plural (by argument). */
function shape(elements: MessageFormatElement[], into = { args: new Set<string>(), plurals: new Map<string, Set<string>>() }) {
  for (const e of elements) {
    if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) into.args.add(e.value);
    if (e.type === TYPE.select || e.type === TYPE.plural) {
      into.args.add(e.value);
      if (e.type === TYPE.plural) into.plurals.set(e.value, new Set(Object.keys(e.options)));
      for (const option of Object.values(e.options)) shape(option.value, into);
    }
    if (e.type === TYPE.tag) {
      into.args.add(`<${e.value}>`);
      shape(e.children, into);
    }
  }
  return into;
}

const english = flatten(en as Catalogue);
const ukrainian = flatten(uk as Catalogue);

describe("the message catalogues", () => {
  it("hold the same keys in English and Ukrainian", () => {
    expect([...ukrainian.keys()].filter((k) => !english.has(k)), "in uk.json only").toEqual([]);
    expect([...english.keys()].filter((k) => !ukrainian.has(k)), "in en.json only").toEqual([]);
  });

  it("have no empty message", () => {
    const empty = [...english, ...ukrainian].filter(([, text]) => text.trim() === "").map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it("parse as ICU messages, with the same placeholders in both languages", () => {
    const problems: string[] = [];
    for (const [key, text] of english) {
      const other = ukrainian.get(key);
      if (other === undefined) continue;
      try {
        const a = shape(parse(text));
        const b = shape(parse(other));
        const missing = [...a.args].filter((x) => !b.args.has(x));
        const extra = [...b.args].filter((x) => !a.args.has(x));
        if (missing.length || extra.length) problems.push(`${key}: uk lacks [${missing}] / has extra [${extra}]`);
        for (const [arg, forms] of b.plurals) {
          // Ukrainian cardinal plurals: one (1, 21), few (2-4, 22-24), many (5-20, 25), other (fractions).
          for (const form of ["one", "few", "many", "other"]) if (!forms.has(form) && ![...forms].some((f) => f.startsWith("="))) problems.push(`${key}: the Ukrainian plural of {${arg}} lacks "${form}"`);
        }
        for (const [arg, forms] of a.plurals) for (const form of ["one", "other"]) if (!forms.has(form)) problems.push(`${key}: the English plural of {${arg}} lacks "${form}"`);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("agree with Intl on Ukrainian plural forms", () => {
    const rules = new Intl.PluralRules("uk");
    expect([1, 2, 5, 21, 22, 25, 11, 1.5].map((n) => rules.select(n))).toEqual(["one", "few", "many", "one", "few", "many", "many", "other"]);
  });
});
