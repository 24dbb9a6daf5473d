import path from "node:path";
import { describe, expect, it } from "vitest";
import { messagesInTree } from "./message-scan";
import { localizeMessage, MESSAGE_CATALOGUE, ukPlural } from "./message-texts";

const LIB = path.resolve(import.meta.dirname, "..");

/** A key a person reads: words, not only a value or code ("{0} {1}", "JUDGMENT", "/sign-in"). */
const isProse = (key: string) => {
  const text = key.replace(/\{\d+\}/g, "");
  return /[a-z]{2,}/.test(text) && /\s/.test(text.trim());
};

describe("every English message in lib/ has its Ukrainian", () => {
  const found = messagesInTree(LIB).filter((m) => isProse(m.key));

  it("finds the messages (the scanner still sees the schemas, the use cases and the import)", () => {
    expect(found.length).toBeGreaterThan(300);
    const keys = new Set(found.map((m) => m.key));
    for (const k of ["is required", "must be happened or expected", "cannot both open and close the same rule: {0}", "Sign in to do this.", "{0} parameters are invalid: {1}.", "the file is not valid CSV: {0}"]) {
      expect(keys, k).toContain(k);
    }
  });

  it("has no English message without a Ukrainian entry in lib/core/message-texts.ts", () => {
    const missing = found.filter((m) => !(m.key in MESSAGE_CATALOGUE)).map((m) => `${path.relative(LIB, m.file)}:${m.line}  ${JSON.stringify(m.key)}`);
    expect(missing, `Add these to lib/core/message-texts.ts:\n${[...new Set(missing)].join("\n")}`).toEqual([]);
  });

  it("keeps each value of a message ({0}, {1}…) in its Ukrainian, and writes Ukrainian the house way", () => {
    for (const [en, uk] of Object.entries(MESSAGE_CATALOGUE)) {
      const text = typeof uk === "string" ? uk : uk(["0", "1", "2", "3", "4"], ["0", "1", "2", "3", "4"]);
      if (typeof uk === "string") expect(new Set(uk.replace(/\{w(\d+)\}/g, "{$1}").match(/\{\d+\}/g) ?? []), en).toEqual(new Set(en.match(/\{\d+\}/g) ?? []));
      // The typographic apostrophe in words (пов’язані), never ' or ʼ.
      expect(text, en).not.toMatch(/[а-яіїєґ]['ʼ`][а-яіїєґ]/i);
      // Quotations in «лапки»: English “…” never survive.
      expect(text, en).not.toMatch(/[“”]/);
      if (en !== "date {0}") expect(text, en).toMatch(/[а-яіїєґ]/i);
    }
  });
});

describe("localizeMessage", () => {
  it.each([
    // Exact fragments, as a field shows them.
    ["is required", "обов’язкове поле"],
    ["must be happened or expected", "має бути «відбулася» або «очікувана»"],
    ["lists the same source twice", "одне й те саме джерело вказано двічі"],
    // Patterns: the values stay as they are.
    ["cannot both open and close the same rule: icc-art-5, icc-art-12", "не може водночас відкривати й закривати те саме правило: icc-art-5, icc-art-12"],
    ["There is no case \"ongwen\".", "Справи «ongwen» немає."],
    ["3 parameters are invalid: title, date, sources.0.url.", "Неправильні параметри (3): title, date, sources.0.url."],
    ["must be at most 300 characters", "має містити не більше ніж 300 символів"],
    ["must be at least 12 characters", "має містити щонайменше 12 символів"],
    ["must be at least 2 characters", "має містити щонайменше 2 символи"],
    ["must be at most 10,000 characters", "має містити не більше ніж 10\u00a0000 символів"],
    // A field's name in front (the API's and Conform's form) stays; the fragment is translated.
    ["foo unknown field(s): foo, bar", "foo невідомі поля: foo, bar"],
    ["title must be at most 300 characters", "title має містити не більше ніж 300 символів"],
    ["sources.0.url must be a web address starting with http:// or https://", "sources.0.url має бути вебадресою, що починається з http:// або https://"],
    ["initialStage.note: Closing a case needs a note saying why (for example: acquittal final, proceedings discontinued, accused deceased, sentence served).", "initialStage.note: Закриття справи потребує нотатки з поясненням причини (наприклад: виправдувальний вирок набрав законної сили, провадження закрито, обвинувачений помер, покарання відбуто)."],
    // A value that is itself a message, or a word the message names, is translated too.
    ["“from=2024-13” must be a date written YYYY-MM-DD, YYYY-MM or YYYY; this filter was ignored.", "«from=2024-13»: має бути датою у форматі РРРР-ММ-ДД, РРРР-ММ або РРРР; цей фільтр не враховано."],
    ["This needs the admin role; you are signed in as analyst.", "Для цього потрібна роль «адміністратор»; ви увійшли з роллю «аналітик»."],
    ["The case is already at trial. Record a stage only when the case moves to another one.", "Справа вже на стадії «судовий розгляд». Записуйте стадію лише тоді, коли справа переходить до іншої."],
    ["date is after today (25 October 2030): a milestone that has happened cannot be dated in the future. Mark it expected, with the date it is expected, or correct the date.", "date пізніше за сьогодні (25 жовтня 2030 р.): подію, яка вже відбулася, не можна датувати майбутнім. Позначте її як очікувану, з датою, на яку її очікують, або виправте дату."],
    ["field 3 has text after its closing quote: a quoted field must end at the quote (a quote inside it is written twice: \"\")", "поле 3 містить текст після закривних лапок: поле в лапках має закінчуватися лапками (лапки всередині пишуть двічі: \"\")"],
    ["“justic”: no such track; did you mean “justice”? The tracks are: justice, accountability.", "«justic»: немає такого значення (напрям); можливо, ви мали на увазі «justice»? Допустимі значення (напрями): justice, accountability."],
    ["gives 3 locators for 2 sources: give one per source, in the same order.", "наведено 3 локатори для 2 джерел: наведіть по одному на кожне джерело, у тому самому порядку."],
    ["“q” was given 2 times; only the first, “a”, is used.".replace(/“q”/, "“q”"), "«q» вказано 2 рази; використано лише перше значення, «a»."],
    // Values joined without a word between them, split by what they hold.
    ["Someone else saved a new version of milestone \"icc-warrant-2025\" (version 4 by Olena at 25 October 2025, 14:05) while you were editing version 3. Nothing was overwritten: compare the two versions, then save again based on version 4.",
      "Хтось інший зберіг нову версію події «icc-warrant-2025» (версія 4, автор: Olena, 25 October 2025, 14:05), поки ви редагували версію 3. Нічого не перезаписано: порівняйте дві версії, потім збережіть знову на основі версії 4."],
    ["“justic”: no such track. The tracker records no tracks yet.", "«justic»: немає такого значення (напрям). У трекері ще не записано значень (напрями)."],
    ["Milestone \"m\" opens icc-a and closes icc-b: deleting it would change the jurisdiction rules the tracker states. An administrator must first detach these effects.",
      "Подія «m» відкриває icc-a і закриває icc-b: її видалення змінило б правила юрисдикції, які наводить трекер. Спершу адміністратор має від’єднати ці наслідки."],
    // "Which forum?": the field's noun as what to choose.
    ["Choose a kind of accused.", "Виберіть категорію обвинуваченого."],
    ["The conduct (“2031”) begins after the “As of” date: the law in force on a day cannot reach conduct that had not yet happened. Move “As of” later, or the conduct earlier.",
      "Діяння («2031») починається пізніше, ніж дата «Станом на»: право, чинне на певний день, не може охоплювати діяння, якого ще не було. Перенесіть дату «Станом на» на пізнішу або діяння — на ранішу дату."],
    // An import's problem with the known values after it.
    ["is not a kind of accused: \"stat\" (the kinds are: state, person). The known values are: state, person.", "не є категорією обвинуваченого: «stat» (категорії: state, person). Відомі значення: state, person."],
    ["the file holds no milestones.", "файл не містить подій."],
    // The password form's sentences.
    ["The new password must be at least 12 characters.", "Новий пароль: має містити щонайменше 12 символів."],
    ["Your current password is not right.", "Поточний пароль неправильний."],
  ])("%s", (en, uk) => {
    expect(localizeMessage(en, "uk")).toBe(uk);
  });

  it("leaves English as it is, and an unknown message in English", () => {
    expect(localizeMessage("is required", "en")).toBe("is required");
    expect(localizeMessage("Something nobody wrote yet.", "uk")).toBe("Something nobody wrote yet.");
    expect(localizeMessage("", "uk")).toBe("");
  });

  it("counts in Ukrainian", () => {
    expect([1, 2, 5, 11, 21, 22, 25, 111].map((n) => ukPlural(n, "справа", "справи", "справ"))).toEqual(["справа", "справи", "справ", "справ", "справа", "справи", "справ", "справ"]);
  });
});
