import { describe, expect, it } from "vitest";
import { localizedReply, refusalOf, refusedReply, requestLocale, UNEXPECTED } from "./action";
import { AppError } from "./errors";

const invalid = AppError.invalidInput([
  { parameter: "title", message: "title must be at most 300 characters" },
  { parameter: "sources.0.url", message: "sources.0.url must be a web address starting with http:// or https://" },
]);

/** A stand-in for Conform's submission: the reply holds what it is given. */
const submission = { reply: (options?: { formErrors?: string[]; fieldErrors?: Record<string, string[]> }) => ({ status: "error" as const, error: { "": options?.formErrors ?? null, ...options?.fieldErrors } }) };

describe("a form's refusal in the reader's language", () => {
  it("keeps the English for English, and by default (the API's words)", () => {
    expect(refusalOf(invalid, "testing").message).toBe("2 parameters are invalid: title, sources.0.url.");
    expect(refusalOf(invalid, "testing", "en").errors[0]!.message).toBe("title must be at most 300 characters");
  });

  it("says the message and each field's message in Ukrainian, the field's name kept for the form to drop", () => {
    const refusal = refusalOf(invalid, "testing", "uk");
    expect(refusal.code).toBe("INVALID_INPUT");
    expect(refusal.message).toBe("Неправильні параметри (2): title, sources.0.url.");
    expect(refusal.errors.map((e) => [e.parameter, e.message])).toEqual([
      ["title", "title має містити не більше ніж 300 символів"],
      ["sources.0.url", "sources.0.url має бути вебадресою, що починається з http:// або https://"],
    ]);
    // The error itself keeps its English: the API answers with it.
    expect(invalid.message).toBe("2 parameters are invalid: title, sources.0.url.");
  });

  it("says an unexpected error in one neutral sentence, in Ukrainian too", () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(refusalOf(new Error("boom"), "testing", "uk").message).toBe("На нашому боці сталася помилка; нічого не збережено. Помилку записано в журнал; спробуйте ще раз за хвилину.");
      expect(refusalOf(new Error("boom"), "testing").message).toBe(UNEXPECTED);
    } finally {
      console.error = quiet;
    }
  });

  it("puts the messages at the top and beside each field (refusedReply)", () => {
    const reply = refusedReply(submission, new AppError("CONFLICT", "Case \"x\" was changed by someone else while you deleted it. Reload it."), { attempt: 2, doing: "testing", locale: "uk" });
    expect(reply.error?.[""]).toEqual(["Справу «x» змінив хтось інший, поки ви її видаляли. Перезавантажте її."]);
    expect(reply.attempt).toBe(2);
    expect(reply.code).toBe("CONFLICT");
    const fields = refusedReply(submission, invalid, { attempt: 1, doing: "testing", locale: "uk" });
    expect(fields.error?.["sources[0].url"]).toEqual(["sources.0.url має бути вебадресою, що починається з http:// або https://"]);
  });

  it("translates the schema's own refusals in a reply (localizedReply)", () => {
    const reply = { status: "error" as const, error: { title: ["is required"], date: null } };
    expect(localizedReply(reply, "uk").error).toEqual({ title: ["обов’язкове поле"], date: null });
    expect(localizedReply(reply, "en")).toBe(reply);
  });

  it("reads English outside a request", async () => {
    expect(await requestLocale()).toBe("en");
  });
});
