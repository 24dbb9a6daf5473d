import { describe, expect, it } from "vitest";
import { annotationDeleteSchema, annotationFormValuesOf, annotationInputFromForm, annotationInputSchema, sameContent } from "./annotation-input";
import { fieldErrors } from "./field-errors";

const errorsOf = (input: unknown) => {
  const parsed = annotationInputSchema.safeParse(input);
  return parsed.success ? [] : fieldErrors(parsed.error);
};

describe("annotationInputSchema accepts", () => {
  it.each([
    ["upper-case assessment", { body: "A note", assessment: "STALLED", verified: true }, { lang: "en", translations: null, body: "A note", assessment: "STALLED", verified: true, expectedVersion: null }],
    ["lower-case assessment (forms)", { body: "A note", assessment: "advancing" }, { lang: "en", translations: null, body: "A note", assessment: "ADVANCING", verified: false, expectedVersion: null }],
    ["mixed case with spaces", { body: "x", assessment: " Blocked " }, { lang: "en", translations: null, body: "x", assessment: "BLOCKED", verified: false, expectedVersion: null }],
    ["an expected version", { body: "x", assessment: "concluded", verified: false, expectedVersion: 3 }, { lang: "en", translations: null, body: "x", assessment: "CONCLUDED", verified: false, expectedVersion: 3 }],
    ["trimmed body with CRLF normalised", { body: "  line 1\r\nline 2\r\n\r\n", assessment: "stalled" }, { lang: "en", translations: null, body: "line 1\nline 2", assessment: "STALLED", verified: false, expectedVersion: null }],
    ["Markdown and HTML kept as typed", { body: "**bold** <script>alert(1)</script>", assessment: "stalled" }, { lang: "en", translations: null, body: "**bold** <script>alert(1)</script>", assessment: "STALLED", verified: false, expectedVersion: null }],
    ["a body of exactly 20,000 characters", { body: "a".repeat(20_000), assessment: "stalled" }, { lang: "en", translations: null, body: "a".repeat(20_000), assessment: "STALLED", verified: false, expectedVersion: null }],
  ])("%s", (_name, input, expected) => {
    expect(annotationInputSchema.parse(input)).toEqual(expected);
  });
});

describe("annotationInputSchema refuses, naming the field", () => {
  it.each([
    ["a missing body", { assessment: "stalled" }, "body", "body is required: write the note"],
    ["a blank body", { body: "  \n\t ", assessment: "stalled" }, "body", "body is required: write the note"],
    ["a body over 20,000 characters", { body: "a".repeat(20_001), assessment: "stalled" }, "body", "body must be at most 20,000 characters"],
    ["a NUL character", { body: "a\u0000b", assessment: "stalled" }, "body", "body contains a NUL character"],
    ["a missing assessment", { body: "x" }, "assessment", "assessment is required: choose one (advancing, stalled, blocked, concluded)"],
    ["an empty assessment", { body: "x", assessment: "" }, "assessment", "assessment is required: choose one"],
    ["an unknown assessment", { body: "x", assessment: "progressing" }, "assessment", "assessment must be one of advancing, stalled, blocked, concluded"],
    ["verified as a string", { body: "x", assessment: "stalled", verified: "yes" }, "verified", "verified must be true or false"],
    ["a version that is not a number", { body: "x", assessment: "stalled", expectedVersion: "2" }, "expectedVersion", "expectedVersion must be a whole number"],
    ["a version of 0", { body: "x", assessment: "stalled", expectedVersion: 0 }, "expectedVersion", "expectedVersion must be a whole number"],
    ["an unknown field", { body: "x", assessment: "stalled", author: "me" }, "input", "input unknown field(s): author"],
    ["an unknown language", { body: "x", assessment: "stalled", lang: "ru" }, "lang", 'lang must be one of "uk", "en": the language the text is written in'],
    ["a translation into the note's own language", { body: "Нотатка", lang: "uk", assessment: "stalled", translations: { uk: { body: "Нотатка" } } }, "translations.uk.body", 'translations.uk.body is in the language the record is written in ("uk")'],
    ["a translation into an unknown language", { body: "x", assessment: "stalled", translations: { ru: { body: "x" } } }, "translations", "unknown field(s): ru"],
    ["a translation of an unknown field", { body: "x", assessment: "stalled", translations: { uk: { title: "x" } } }, "translations.uk", "unknown field(s): title"],
    ["a translation over 20,000 characters", { body: "x", assessment: "stalled", translations: { uk: { body: "a".repeat(20_001) } } }, "translations.uk.body", "must be at most 20,000 characters"],
  ])("%s", (_name, input, parameter, message) => {
    const errors = errorsOf(input);
    expect(errors.map((e) => e.parameter)).toEqual([parameter]);
    expect(errors[0]!.message).toContain(message);
  });

  it("names every bad field at once", () => {
    expect(errorsOf({ body: "", assessment: "nope", verified: 1 }).map((e) => e.parameter)).toEqual(["body", "assessment", "verified"]);
  });
});

describe("annotationDeleteSchema", () => {
  it("needs the version", () => {
    expect(annotationDeleteSchema.safeParse({}).success).toBe(false);
    expect(annotationDeleteSchema.safeParse({ expectedVersion: 2 }).data).toEqual({ expectedVersion: 2 });
    expect(annotationDeleteSchema.safeParse({ expectedVersion: 1.5 }).success).toBe(false);
    expect(annotationDeleteSchema.safeParse({ expectedVersion: 1, extra: true }).success).toBe(false);
  });
});

describe("a note written in Ukrainian with its English", () => {
  it("keeps the language, the translation trimmed, and an empty one as a removal", () => {
    expect(annotationInputSchema.parse({ body: "Справа просувається", lang: "uk", assessment: "advancing", translations: { en: { body: " The case is moving \r\n" } } })).toMatchObject({
      lang: "uk",
      translations: { en: { body: "The case is moving" } },
    });
    expect(annotationInputSchema.parse({ body: "x", assessment: "advancing", translations: { uk: { body: "" } } }).translations).toEqual({ uk: { body: null } });
  });
});

describe("the form", () => {
  const form = (fields: Record<string, string>) => {
    const f = new FormData();
    for (const [k, v] of Object.entries(fields)) f.append(k, v);
    return f;
  };

  it.each([
    ["a ticked checkbox", { body: "Note", assessment: "stalled", verified: "on" }, { lang: "en", translations: { uk: { body: null } }, body: "Note", assessment: "stalled", verified: true }],
    ["an unticked checkbox (not sent)", { body: "Note", assessment: "blocked" }, { lang: "en", translations: { uk: { body: null } }, body: "Note", assessment: "blocked", verified: false }],
    ["a version", { body: "Note", assessment: "blocked", expectedVersion: "4" }, { lang: "en", translations: { uk: { body: null } }, body: "Note", assessment: "blocked", verified: false, expectedVersion: 4 }],
    ["a version that is not a number, sent as typed", { body: "Note", assessment: "blocked", expectedVersion: "x" }, { lang: "en", translations: { uk: { body: null } }, body: "Note", assessment: "blocked", verified: false, expectedVersion: "x" }],
    ["no assessment chosen (left out, so the message says choose one)", { body: "Note", assessment: "" }, { lang: "en", translations: { uk: { body: null } }, body: "Note", verified: false }],
  ])("%s", (_name, fields, expected) => {
    expect(annotationInputFromForm(annotationFormValuesOf(form(fields)))).toEqual(expected);
  });

  it("a note written in Ukrainian with its English body", () => {
    expect(annotationInputFromForm(annotationFormValuesOf(form({ body: "Нотатка", lang: "uk", otherBody: "A note", assessment: "stalled" })))).toEqual({
      body: "Нотатка",
      lang: "uk",
      translations: { en: { body: "A note" } },
      assessment: "stalled",
      verified: false,
    });
  });

  it("a form's values pass the schema that the API uses", () => {
    const input = annotationInputFromForm(annotationFormValuesOf(form({ body: "Line\r\n", assessment: "concluded", verified: "on", expectedVersion: "2" })));
    expect(annotationInputSchema.parse(input)).toEqual({ body: "Line", lang: "en", translations: { uk: { body: null } }, assessment: "CONCLUDED", verified: true, expectedVersion: 2 });
  });
});

describe("sameContent", () => {
  const note = { body: "a", assessment: "STALLED", verified: false };
  it.each([
    ["identical", note, true],
    ["another body", { ...note, body: "b" }, false],
    ["another assessment", { ...note, assessment: "BLOCKED" }, false],
    ["verified changed", { ...note, verified: true }, false],
  ])("%s", (_name, other, same) => {
    expect(sameContent(note, other)).toBe(same);
  });
});
