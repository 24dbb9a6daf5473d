/**
 * The refusals and notices the tracker writes in English (zod messages in the shared schemas,
 * AppError messages, the import's problems), in Ukrainian for a person who reads the site in it.
 *
 * Gettext's way: the English text is the message's id. The schemas, the use cases and the API
 * keep their English (a machine reads the API's `message`); a page, a form or the import report
 * passes what it shows through `localizeMessage(message, locale)`. A message with values in it
 * (`cannot both open and close the same rule: ${list}`) is found by its pattern, `{0}` for each
 * value, which is kept as it is (a value that is itself a message, or an English word the
 * message names, is translated too). An unknown message stays English: better than nothing.
 *
 * A field's message is a fragment written to follow the field ("title must be at most 300
 * characters"): forms drop the field's name and show the rest as a sentence beside the field
 * ("Must be at most 300 characters") or after its label in the summary ("Title: Must be…"). The
 * Ukrainian fragments are written to read the same way on their own: "має містити не більше ніж
 * 300 символів", "обов’язкове поле".
 *
 * lib/core/message-texts.test.ts finds every English message in lib/ and fails on one missing here.
 */
import { formatPartialDate, type PartialDate } from "./dates";
import { CASE_STAGE_LABELS, labelsIn } from "./labels";
import type { Locale } from "./locales";

/** The message's values, as translated as they can be (`raw`: as the English gave them). */
type Texts = (a: readonly string[], raw: readonly string[]) => string;
type Uk = string | Texts;

/** "1 символ", "2 символи", "5 символів": Ukrainian's three forms after a number. */
export function ukPlural(count: number | string, one: string, few: string, many: string): string {
  const n = typeof count === "number" ? count : Number(String(count).replace(/[,\s\u00a0]/g, ""));
  if (!Number.isInteger(n)) return many;
  const tens = Math.abs(n) % 100;
  const units = Math.abs(n) % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

/** "10,000" (English digit groups) as Ukrainian writes it, "10 000". */
const num = (value: string) => value.replace(/(\d),(?=\d{3}\b)/g, "$1\u00a0");
const chars = (n: string) => `${num(n)} ${ukPlural(n, "символ", "символи", "символів")}`;
const times = (n: string) => `${n} ${ukPlural(n, "раз", "рази", "разів")}`;

/** formatSize's "50 MB", "1.5 MB", "512 KB", "700 bytes" as Ukrainian writes them. */
function ukSize(size: string): string {
  const m = /^([\d.]+) (MB|KB|bytes)$/.exec(size);
  if (!m) return size;
  const n = m[1]!.replace(".", ",");
  return m[2] === "MB" ? `${n} МБ` : m[2] === "KB" ? `${n} КБ` : `${n} ${ukPlural(m[1]!, "байт", "байти", "байтів")}`;
}

/** An import's kind ("cases") as "of what": справ, подій, джерел. */
const KIND_OF: Record<string, string> = { cases: "справ", milestones: "подій", sources: "джерел" };
const kindOf = (kind: string) => KIND_OF[kind] ?? kind;

/** The texts users write in either language, named in a refusal (decision 042). */
const TEXT_FIELDS: Record<string, string> = { title: "Назва", description: "Що сталося", whatChanged: "Що це змінило", summary: "Короткий опис", body: "Текст" };

const PRECISION: Record<string, string> = { day: "день", month: "місяць", year: "рік" };

/**
 * English words that messages put in as values (a role, a list's name, a stage in lower case)
 * and their Ukrainian. Only used for a message's values, never for a whole message.
 */
const WORDS: Record<string, string> = {
  viewer: "читач",
  analyst: "аналітик",
  admin: "адміністратор",
  // Lists (import/vocabulary.ts CODE_LIST_NAMES, the case list's facets, the timeline's filters).
  forum: "форум",
  forums: "форуми",
  situation: "ситуація",
  situations: "ситуації",
  stage: "стадія",
  stages: "стадії",
  crime: "злочин",
  "crime category": "категорія злочину",
  "crime categories": "категорії злочинів",
  "mode of liability": "форма участі",
  "modes of liability": "форми участі",
  "kind of accused": "категорія обвинуваченого",
  "kinds of accused": "категорії обвинувачених",
  "level of responsibility": "рівень відповідальності",
  "levels of responsibility": "рівні відповідальності",
  provision: "положення",
  provisions: "положення",
  track: "напрям",
  tracks: "напрями",
  type: "тип",
  "milestone type": "тип події",
  "milestone types": "типи подій",
  instrument: "правовий акт",
  instruments: "правові акти",
  year: "рік",
  "year opened": "рік відкриття",
  words: "слова",
  from: "від",
  to: "до",
  case: "справа",
  milestone: "подія",
  rule: "правило",
  "jurisdiction rule": "правило юрисдикції",
  "complementarity policy": "політика комплементарності",
  "milestone track": "напрям подій",
  note: "нотатка",
  source: "джерело",
  accused: "обвинувачений",
  // The audit trail's filters.
  "record type": "тип запису",
  action: "дія",
  who: "хто",
  page: "сторінка",
  // The case list's orders.
  "best match (when searching)": "найкраща відповідність (під час пошуку)",
  "latest stage first": "спершу справи з найновішою стадією",
  "most recently opened first": "спершу нещодавно відкриті справи",
  "case number": "номер справи",
  "title, a to z": "назва, від А до Я",
  // What a refused action was doing.
  "Adding a note": "Додавання нотатки",
  "Editing a note": "Редагування нотатки",
  "Deleting a note": "Видалення нотатки",
  "Changing the effects (opens, closes)": "Зміна наслідків (opens, closes)",
  "the system (seed or import)": "система (початкові дані або імпорт)",
  "YYYY-MM-DD, YYYY-MM or YYYY, or a period FROM/TO of those": "РРРР-ММ-ДД, РРРР-ММ або РРРР чи період FROM/TO з таких дат",
  "the stage of the proceedings": "стадія провадження",
  // What a refused document's bytes are (lib/core/media-type.ts).
  "a ZIP archive (Word, Excel and OpenDocument files are ZIP archives too)": "ZIP-архів (файли Word, Excel і OpenDocument — теж ZIP-архіви)",
  "a Windows program": "програма для Windows",
  "a program": "програма",
  "a compressed (gzip) file": "стиснений файл (gzip)",
  "a RAR archive": "архів RAR",
  "a 7-Zip archive": "архів 7-Zip",
  "an old Microsoft Office file": "файл старого формату Microsoft Office",
  "a GIF image": "зображення GIF",
  "an empty file": "порожній файл",
};
// The stages as messages name them in lower case: by label ("judgment") and by code ("confirmation or indictment").
for (const [stage, label] of Object.entries(CASE_STAGE_LABELS)) {
  const uk = labelsIn("uk").caseStage[stage as keyof typeof CASE_STAGE_LABELS];
  const lower = uk.charAt(0).toLowerCase() + uk.slice(1);
  WORDS[label.charAt(0).toLowerCase() + label.slice(1)] = lower;
  WORDS[stage.toLowerCase().replace(/_/g, " ")] = lower;
}

/** query-form.ts's nouns ("a kind of accused"): as what to choose, and as what is given many times. */
const NOUNS: Record<string, { choose: string; many: string }> = {
  "a crime": { choose: "злочин", many: "злочин" },
  "a kind of accused": { choose: "категорію обвинуваченого", many: "категорію обвинуваченого" },
  "a level of responsibility": { choose: "рівень відповідальності", many: "рівень відповідальності" },
  "a mode of liability": { choose: "форму участі", many: "форму участі" },
  "a situation": { choose: "ситуацію", many: "ситуацію" },
  "a date of conduct": { choose: "дату діяння", many: "дату діяння" },
  "a date": { choose: "дату", many: "дату" },
};

/** Subjects a message begins with instead of a field's name (account-input.ts PASSWORD_CHANGE_LABELS). */
const SUBJECTS: Record<string, string> = {
  "Your current password": "Поточний пароль",
  "The new password": "Новий пароль",
  "The repeated new password": "Повторений новий пароль",
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ENGLISH_DATE = new RegExp(`^(?:(\\d{1,2}) )?(${MONTHS.join("|")}) (\\d{4})$`);

/** "25 October 2024" or "October 2024" (formatPartialDate's English) as Ukrainian writes it. */
function ukrainianDate(text: string): string | null {
  const m = ENGLISH_DATE.exec(text);
  if (!m) return null;
  const month = String(MONTHS.indexOf(m[2]!) + 1).padStart(2, "0");
  const date: PartialDate = m[1] ? { date: `${m[3]}-${month}-${m[1].padStart(2, "0")}`, precision: "DAY" } : { date: `${m[3]}-${month}-01`, precision: "MONTH" };
  return formatPartialDate(date, "uk");
}

// prettier-ignore
const UK: Record<string, Uk> = {
  // --- Fields: what a value must be -------------------------------------------------------
  "is required": "обов’язкове поле",
  "is required: another spelling of the accused's name": "обов’язкове поле: інше написання імені обвинуваченого",
  "must hold a letter or digit": "має містити літеру або цифру",
  "must not be empty": "не може бути порожнім",
  "is required: choose one": "обов’язкове поле: виберіть значення",
  "is required: choose one ({0})": "обов’язкове поле: виберіть значення ({0})",
  "is required: write the note": "обов’язкове поле: напишіть нотатку",
  "is required: give the version you are deleting": "обов’язкове поле: вкажіть версію, яку ви видаляєте",
  "is required: give the version of the case you saw": "обов’язкове поле: вкажіть версію справи, яку ви бачили",
  "is required: give the version of the deleted case you saw": "обов’язкове поле: вкажіть версію видаленої справи, яку ви бачили",
  "is required: give the time of the last change you saw (updatedAt)": "обов’язкове поле: вкажіть час останньої зміни, яку ви бачили (updatedAt)",
  "is required: write it YYYY-MM-DD, YYYY-MM or YYYY": "обов’язкове поле: напишіть дату у форматі РРРР-ММ-ДД, РРРР-ММ або РРРР",
  "is required: choose the stage the proceedings have reached": "обов’язкове поле: виберіть стадію, якої досягло провадження",
  "is required: the accused's name in English (or give the slug of a recorded accused)": "обов’язкове поле: ім’я обвинуваченого англійською (або вкажіть ідентифікатор уже записаного обвинуваченого)",
  "is required: \"natural\" (a person) or \"legal\" (a company or other legal entity)": "обов’язкове поле: «natural» (фізична особа) або «legal» (компанія чи інша юридична особа)",
  "is required for a new source (or pick a recorded source instead)": "обов’язкове поле для нового джерела (або виберіть натомість уже записане джерело)",
  "is required: say what the token is for": "обов’язкове поле: вкажіть, для чого цей токен",
  "is required: choose a time zone from the list.": "обов’язкове поле: виберіть часовий пояс зі списку.",
  "is required: the words to look for (a title, a publisher, an instrument, an article)": "обов’язкове поле: слова для пошуку (назва, видавець, правовий акт, стаття)",
  "is required: the case list's query string, e.g. crime=war-crimes&forum=icc": "обов’язкове поле: рядок запиту списку справ, наприклад crime=war-crimes&forum=icc",
  "is required: the {0}'s slug, as in its address": (_a, raw) => `обов’язкове поле: ідентифікатор ${raw[0] === "case" ? "справи" : raw[0] === "forum" ? "форуму" : `(${raw[0]})`}, як в адресі`,
  "is required for a conditional rule: say under which condition the forum would have jurisdiction": "обов’язкове поле для правила з умовою: вкажіть, за якої умови форум мав би юрисдикцію",
  "is required for a conditional rule: say what the condition turns on, one of {0}": "обов’язкове поле для правила з умовою: вкажіть, від чого залежить умова, одне зі значень {0}",
  "applies only to a conditional rule; leave it empty": "стосується лише правила з умовою; залиште порожнім",
  "unknown field(s): {0}": "невідомі поля: {0}",
  "must be text": "має бути текстом",
  // Users' texts in either language (decision 042).
  "must be one of {0}: the language the text is written in": "має бути одним зі значень {0}: мова, якою написано текст",
  "must be text, or null to remove the translation": "має бути текстом або null, щоб вилучити переклад",
  'is in the language the record is written in ("{0}"): write it in {1} itself, or give the translation in another language': "написано мовою самого запису («{0}»): напишіть цей текст у полі {1} або дайте переклад іншою мовою",
  "is not a field that is translated ({0})": "не є полем, яке перекладають ({0})",
  "must be a list": "має бути списком",
  "must be a list.": "має бути списком.",
  "must be a whole number": "має бути цілим числом",
  "must be a whole number: the version you edited": "має бути цілим числом: версія, яку ви редагували",
  "must be true or false": "має бути true або false",
  "must be an e-mail address": "має бути адресою електронної пошти",
  "must be at least {0} characters": (a) => `має містити щонайменше ${chars(a[0]!)}`,
  "must be at most {0} characters": (a) => `має містити не більше ніж ${chars(a[0]!)}`,
  "must be at most 200 characters": "має містити не більше ніж 200 символів",
  "is too long (at most 2,000 characters)": "задовге (не більше ніж 2\u00a0000 символів)",
  "is too long (at most 120 characters)": "задовге (не більше ніж 120 символів)",
  "is longer than {0} characters": (a) => `містить понад ${chars(a[0]!)}`,
  "must be one of {0}": "має бути одним зі значень: {0}",
  "must be one of {0} ({1})": "має бути одним зі значень: {0} ({w1})",
  // Users' texts in either language (decision 042, lib/core/written-in.ts).
  "must be one of {0}: the language the texts are written in": "має бути одним зі значень: {0} — мова, якою написано тексти",
  "must be an object of languages, each with its texts: { \"uk\": { \"title\": \"…\" } }": "має бути об’єктом мов, кожна зі своїми текстами: { \"uk\": { \"title\": \"…\" } }",
  "is in the language the record is written in ({0}), which its {1} holds: a record holds each language once. Give the translation into another language, or change the language the record is written in": (_a, raw) =>
    `мовою, якою написано запис (${raw[0]}), а цю мову вже містить його поле «${TEXT_FIELDS[raw[1]!] ?? raw[1]}»: запис містить кожну мову лише раз. Дайте переклад іншою мовою або змініть мову, якою написано запис`,
  "must be one of {0} (the stage of the proceedings)": "має бути одним зі значень: {0} (стадія провадження)",
  "must be one of: case, forum, search": "має бути одним зі значень: case, forum, search",
  "must be happened or expected": "має бути «відбулася» або «очікувана»",
  "must be official or secondary": "має бути офіційним або вторинним джерелом",
  "must be \"official\", \"other\" or \"synthetic\"": "має бути «official», «other» або «synthetic»",
  "must be yes or no; it is \"{0}\".": "має бути yes або no; зараз «{0}».",
  "must be a slug: lower-case words joined by hyphens": "має бути ідентифікатором: слова малими латинськими літерами, з’єднані дефісами",
  "must be a web address starting with http:// or https://": "має бути вебадресою, що починається з http:// або https://",
  // A passage at a page of an attached document (issue 18, decision 053).
  "must be a document's SHA-256": "має бути SHA-256 документа",
  "must be a document's SHA-256: 64 hexadecimal digits": "має бути SHA-256 документа: 64 шістнадцяткові цифри",
  "must be a page number: a whole number from 1": "має бути номером сторінки: цілим числом від 1",
  "needs the document it is a page of (document: its SHA-256)": "потребує документа, сторінкою якого вона є (document: його SHA-256)",
  "{0}: there is no document {1} in the tracker. Attach it to the source or the milestone first.": "{0}: документа {1} у трекері немає. Спершу прикріпіть його до джерела або до події.",
  "{0}: document {1} is not attached to the source \"{2}\" nor to this milestone: a passage can only point at a document attached to the source it cites or to the milestone.":
    "{0}: документ {1} не прикріплено ні до джерела «{2}», ні до цієї події: уривок може вказувати лише на документ, прикріплений до джерела, на яке він посилається, або до події.",
  "{0}: document {1} is not attached to this milestone, and a new source has no documents yet: a passage can only point at a document attached to the source it cites or to the milestone.":
    "{0}: документ {1} не прикріплено до цієї події, а нове джерело ще не має документів: уривок може вказувати лише на документ, прикріплений до джерела, на яке він посилається, або до події.",
  "must be a date written YYYY-MM-DD, YYYY-MM or YYYY": "має бути датою у форматі РРРР-ММ-ДД, РРРР-ММ або РРРР",
  "must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year)": "має бути справжньою датою у форматі РРРР-ММ-ДД (день), РРРР-ММ (місяць) або РРРР (рік)",
  "must be a real date written YYYY-MM-DD (a day), YYYY-MM (a month) or YYYY (a year); it is \"{0}\"": "має бути справжньою датою у форматі РРРР-ММ-ДД (день), РРРР-ММ (місяць) або РРРР (рік); зараз «{0}»",
  "must be in a year from 0001 to 9999: there is no year 0000": "має припадати на рік від 0001 до 9999: року 0000 не існує",
  "must be a calendar date (YYYY-MM-DD)": "має бути календарною датою (РРРР-ММ-ДД)",
  "must be a four-digit year": "має бути чотиризначним роком",
  "must be between {0} and {1}": "має бути від {0} до {1}",
  "must be the number of an audit event": "має бути номером події журналу змін",
  "must be the slug of a provision": "має бути ідентифікатором положення",
  "must be the slug or key of one of the case's accused": "має бути ідентифікатором або ключем одного з обвинувачених у справі",
  "must not hold control characters": "не має містити керівних символів",
  "must differ from the current password": "має відрізнятися від поточного пароля",
  "does not match the new password": "не збігається з новим паролем",
  "is not right": "неправильний",
  "is not allowed": "не дозволено",
  "holds a NUL character": "містить символ NUL",
  "is not a date: write a day, a month or a year (2024-10-25, 2024-10 or 2024)": "не є датою: напишіть день, місяць або рік (2024-10-25, 2024-10 або 2024)",
  "is not a known {0}": "невідоме значення фільтра «{w0}»",
  "is not a time zone the tracker knows: choose one from the list (for example Europe/Kyiv).": "не є часовим поясом, відомим трекеру: виберіть пояс зі списку (наприклад, Europe/Kyiv).",
  "is before validFrom": "раніше за початок дії правила (validFrom)",
  "is before conductFrom": "раніше за початок охоплюваного діяння (conductFrom)",
  "contains a NUL character (U+0000), which cannot be stored": "містить символ NUL (U+0000), який неможливо зберегти",
  "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it)": "містить символ NUL (U+0000), який неможливо зберегти: видаліть його (більшість редакторів його не показує)",
  "contains a NUL character (U+0000), which cannot be stored: remove it (most editors do not show it).": "містить символ NUL (U+0000), який неможливо зберегти: видаліть його (більшість редакторів його не показує).",
  "lists a value twice": "одне значення вказано двічі",
  "lists a duty twice": "один обов’язок вказано двічі",
  "lists the same source twice": "одне й те саме джерело вказано двічі",
  "lists a record twice.": "один запис вказано двічі.",
  "must be left out when the entry refers to a recorded source (by its slug): a recorded source is changed on its own": "має залишитися порожнім, коли запис посилається на вже записане джерело (за ідентифікатором): записане джерело змінюють окремо",

  // --- Milestones ------------------------------------------------------------------------------
  "needs at least one source: where the fact comes from": "потрібне щонайменше одне джерело: звідки відомий цей факт",
  "must list at most 20 sources": "може містити не більше ніж 20 джерел",
  "cannot be expected while the milestone opens or closes rules: a rule changes when the milestone happens. Remove the effects, or mark it happened":
    "не може бути «очікувана», поки подія відкриває або закриває правила: правило змінюється тоді, коли подія відбувається. Вилучіть наслідки або позначте, що подія відбулася",
  "cannot both open and close the same rule: {0}": "не може водночас відкривати й закривати те саме правило: {0}",
  "is after today ({0}): a milestone that has happened cannot be dated in the future. Mark it expected, with the date it is expected, or correct the date.":
    "пізніше за сьогодні ({0}): подію, яка вже відбулася, не можна датувати майбутнім. Позначте її як очікувану, з датою, на яку її очікують, або виправте дату.",

  // --- Cases -----------------------------------------------------------------------------------
  "needs at least one accused: who the proceedings are against": "потрібен щонайменше один обвинувачений: проти кого ведеться провадження",
  "must list at most 100 accused": "може містити не більше ніж 100 обвинувачених",
  "needs at least one charge: the crime, the mode of liability and the provision cited": "потрібне щонайменше одне обвинувачення: злочин, форма участі та положення, на яке посилаються",
  "must list at most 200 charges": "може містити не більше ніж 200 обвинувачень",
  "lists the accused \"{0}\" a second time": "обвинуваченого «{0}» вказано вдруге",
  "is used by another new accused (\"{0}\"); give each a different key": "уже використано для іншого нового обвинуваченого («{0}»); дайте кожному окремий ключ",
  "\"{0}\" is also the slug of an accused listed; give the new accused another key": "«{0}» — це також ідентифікатор одного з указаних обвинувачених; дайте новому обвинуваченому інший ключ",
  "must name one of the case's accused (the slug of one listed, or the key of a new one); \"{0}\" is not among them. Leave it out for a charge against every accused.":
    "має називати одного з обвинувачених у справі (ідентифікатор одного з указаних або ключ нового); «{0}» серед них немає. Залиште порожнім для обвинувачення проти всіх обвинувачених.",
  "must be left out when the entry refers to an existing accused by slug (change the accused's own record instead)": "має залишитися порожнім, коли запис посилається на наявного обвинуваченого за ідентифікатором (змініть натомість запис самого обвинуваченого)",
  "must be left out for a legal person: a company has no military or official rank": "має залишитися порожнім для юридичної особи: компанія не має військового чи службового звання",
  "must be left out for a legal person: levels of responsibility (top leadership … direct perpetrator) describe individuals": "має залишитися порожнім для юридичної особи: рівні відповідальності (від вищого керівництва до безпосереднього виконавця) описують фізичних осіб",
  "must be left out: the knowledge standard {0}": "має залишитися порожнім: стандарт обізнаності {0}",
  "must be left out: the failed duties {0}": "має залишитися порожнім: невиконані обов’язки {0}",
  "applies only to command responsibility (mode \"{0}\"); this charge's mode is \"{1}\"": "— лише для відповідальності командирів та інших начальників (форма участі «{0}»); у цьому обвинуваченні форма участі «{1}»",

  // --- Stages (stage-machine.ts) ---------------------------------------------------------------
  "A judgment ends a trial: record the trial first (or, for a plea agreement approved without a trial, the indictment)": "Судове рішення завершує судовий розгляд: спершу запишіть судовий розгляд (або, якщо угоду про визнання винуватості затверджено без судового розгляду, обвинувальний акт)",
  "An appeal lies against a judgment or a reparations order: record the judgment first": "Апеляцію подають на судове рішення або рішення про репарації: спершу запишіть судове рішення",
  "Reparations are ordered after a conviction: the case must be at judgment or on appeal": "Репарації призначають після обвинувального вироку: справа має бути на стадії судового рішення або апеляції",
  "A judgment without a trial needs a note saying what happened (for example: a plea agreement approved at the preparatory hearing).": "Судове рішення без судового розгляду потребує нотатки про те, що сталося (наприклад: угоду про визнання винуватості затверджено в підготовчому судовому засіданні).",
  "A further appeal needs a note naming it (for example: cassation before the Supreme Court after the appellate ruling).": "Подальша апеляція потребує нотатки, яка її називає (наприклад: касація до Верховного Суду після рішення апеляційного суду).",
  "for example: charges not confirmed, so back to investigation; retrial ordered on appeal; a closed case reopened": "наприклад: обвинувачення не підтверджено, тож справа повернулася до розслідування; апеляційна інстанція призначила новий розгляд; закриту справу відновлено",
  "for example: acquittal final, proceedings discontinued, accused deceased, sentence served": "наприклад: виправдувальний вирок набрав законної сили, провадження закрито, обвинувачений помер, покарання відбуто",
  "Moving the case back from {0} to {1} needs a note saying why ({2}).": "Повернення справи зі стадії «{w0}» на стадію «{w1}» потребує нотатки з поясненням причини ({2}).",
  "Closing a case needs a note saying why ({0}).": "Закриття справи потребує нотатки з поясненням причини ({0}).",
  "Only a trial, a judgment or an appeal can be held in absentia; {0} cannot be flagged so.": "Заочно можуть відбуватися лише судовий розгляд, ухвалення судового рішення або апеляція; стадію «{w0}» так позначити не можна.",
  "{0} is in the future: record a stage once it has happened.": "{0} — дата в майбутньому: записуйте стадію, коли вона вже настала.",
  "The case reached {0} on {1}; a later stage cannot be dated before that ({2}).": "Справа перейшла до стадії «{w0}» {1}; пізнішу стадію не можна датувати ранішою датою ({2}).",
  "The case is already at {0}. Record a stage only when the case moves to another one.": "Справа вже на стадії «{w0}». Записуйте стадію лише тоді, коли справа переходить до іншої.",
  "{0} (the case is at {1}).": "{0} (справа на стадії «{w1}»).",

  // --- Rules -----------------------------------------------------------------------------------
  "validFrom must be the date of the milestone that opens the rule ({0}, {1} precision).": (a, raw) => `validFrom має бути датою події, яка відкриває правило (${a[0]}, точність: ${PRECISION[raw[1]!] ?? raw[1]}).`,
  "validTo is required when closedBy is given: the last day the rule held.": "validTo обов’язковий, коли вказано closedBy: останній день дії правила.",
  "validTo must not be after the milestone that closes the rule ({0}).": "validTo не може бути пізніше за подію, яка закриває правило ({0}).",
  "There is no rule \"{0}\" to change; leave expectedVersion out to create it.": "Правила «{0}», яке можна змінити, немає; не вказуйте expectedVersion, щоб створити його.",
  "expectedVersion is required to change an existing rule: give the version you edited (the rule is at version {0}).": "Щоб змінити наявне правило, потрібен expectedVersion: вкажіть версію, яку ви редагували (зараз правило має версію {0}).",
  "Rule \"{0}\" was changed by someone else: you edited version {1}, it is now at version {2}. Reload it and apply your change again.": "Правило «{0}» змінив хтось інший: ви редагували версію {1}, тепер воно має версію {2}. Перезавантажте його й внесіть зміну знову.",
  "A rule \"{0}\" was created by someone else at the same moment. Reload and edit it instead.": "Правило «{0}» у ту саму мить створив хтось інший. Перезавантажте сторінку й натомість відредагуйте його.",
  "Rule \"{0}\" was changed by someone else while this milestone was saved. Try again.": "Правило «{0}» змінив хтось інший, поки зберігалася ця подія. Спробуйте ще раз.",

  // --- Translations of reference data (the translation editor, decision 043) ------------------
  "entity must be one of {0}": "entity має бути одним зі значень: {0}",
  "field must be one of {0}": "field має бути одним зі значень: {0}",
  "locale must be one of {0}": "locale має бути одним зі значень: {0}",
  "must be one of official, translated, missing": "має бути одним зі значень: official (офіційний текст), translated (переклад), missing (бракує)",
  "must be a whole number: the version you edited (0 when there was no translation)": "має бути цілим числом: версія, яку ви редагували (0, якщо перекладу не було)",
  "is required for an official or translated text": "обов’язкове поле для офіційного тексту чи перекладу",
  "must be left empty when the translation is missing: say why in note": "має залишитися порожнім, коли переклад відсутній: причину вкажіть у примітці (note)",
  "is required when the translation is missing: say why (an uncertain legal term, a wrong translation withdrawn)": "обов’язкове поле, коли переклад відсутній: вкажіть причину (неусталений юридичний термін, відкликаний хибний переклад)",
  "is required for an official text: the recorded source that publishes it": "обов’язкове поле для офіційного тексту: записане джерело, яке його публікує",
  "is required for an official text: where the source gives it (an article, a page)": "обов’язкове поле для офіційного тексту: де саме в джерелі його наведено (стаття, сторінка)",
  "applies only to an official text; leave it empty": "стосується лише офіційного тексту; залиште порожнім",
  "body must be a JSON object with the translation's fields.": "body має бути об’єктом JSON із полями перекладу.",
  "slug is required: the record's slug, as in its address": "slug — обов’язковий: ідентифікатор запису, як в адресі",
  "field: the {0} \"{1}\" has no {2} recorded, so there is nothing to translate.": "field: у записі «{1}» ({w0}) поле {2} не заповнено, тож перекладати нічого.",
  "{0} is given by the address, not the body.": "{0} задається адресою, а не тілом запиту (body).",
  "source: no such source: {0}.": "source: немає такого джерела: {0}.",
  "source: \"{0}\" is not an official source; an official text is cited from the institution's own publication.": "source: «{0}» не є офіційним джерелом; офіційний текст наводять з власної публікації установи.",
  "The {0} of {1} \"{2}\" in {3} was changed by someone else: you edited version {4}, it is now at version {5}. Nothing was overwritten: compare the two, then save again.":
    "Переклад поля {0} запису «{2}» ({w1}, мова: {3}) змінив хтось інший: ви редагували версію {4}, тепер він має версію {5}. Нічого не перезаписано: порівняйте обидва варіанти, потім збережіть знову.",
  "The {0} of {1} \"{2}\" in {3} was translated by someone else at the same moment. Reload it and apply your change again.":
    "Переклад поля {0} запису «{2}» ({w1}, мова: {3}) у ту саму мить зберіг хтось інший. Перезавантажте сторінку й внесіть зміну знову.",

  // --- References that name nothing ------------------------------------------------------------
  "forum: no such forum: {0}.": "forum: немає такого форуму: {0}.",
  "situation: no such situation: {0}.": "situation: немає такої ситуації: {0}.",
  "accused.{0}.slug: no such accused: {1}. Describe a new accused (name, kind) to add one.": "accused.{0}.slug: немає такого обвинуваченого: {1}. Щоб додати нового, опишіть його (ім’я, категорія).",
  "accused.{0}.kind: no such kind of accused: {1}.": "accused.{0}.kind: немає такої категорії обвинуваченого: {1}.",
  "accused.{0}.level: no such level of responsibility: {1}.": "accused.{0}.level: немає такого рівня відповідальності: {1}.",
  "kind: no such kind of accused: {0}.": "kind: немає такої категорії обвинуваченого: {0}.",
  "level: no such level of responsibility: {0}.": "level: немає такого рівня відповідальності: {0}.",
  "charges.{0}.crime: no such crime category: {1}.": "charges.{0}.crime: немає такої категорії злочину: {1}.",
  "charges.{0}.mode: no such mode of liability: {1}.": "charges.{0}.mode: немає такої форми участі: {1}.",
  "charges.{0}.provision: no such provision: {1}.": "charges.{0}.provision: немає такого положення: {1}.",
  "{0}.slug: no such source: {1}. Give a title (and a URL) to add a new source.": "{0}.slug: немає такого джерела: {1}. Щоб додати нове джерело, вкажіть назву (і URL).",
  "sources.{0}.slug: no such source: {1}. Give a title (and a URL) to add a new source.": "sources.{0}.slug: немає такого джерела: {1}. Щоб додати нове джерело, вкажіть назву (і URL).",
  "milestones: no such milestone: {0}.": "milestones: немає такої події: {0}.",
  "{0}: no such milestone: {1}.": "{0}: немає такої події: {1}.",
  "{0}: no such jurisdiction rule: {1}.": "{0}: немає такого правила юрисдикції: {1}.",
  "{0}: no such record: {1}.": "{0}: немає такого запису: {1}.",
  "There is no case \"{0}\".": "Справи «{0}» немає.",
  "There is no deleted case \"{0}\".": "Видаленої справи «{0}» немає.",
  "There is no accused \"{0}\".": "Обвинуваченого «{0}» немає.",
  "{0} already has this spelling, as \"{1}\" (capitals, spaces and apostrophes do not count).": "{0} вже має це написання: «{1}» (великі й малі літери, пробіли та апострофи не розрізняються).",
  "name: {0} already has this spelling, as \"{1}\" (capitals, spaces and apostrophes do not count).": "name: {0} вже має це написання: «{1}» (великі й малі літери, пробіли та апострофи не розрізняються).",
  "{0} has no alias \"{1}\".": "{0} не має іншого написання «{1}».",
  "There is no forum \"{0}\".": "Форуму «{0}» немає.",
  "There is no milestone \"{0}\".": "Події «{0}» немає.",
  "There is no note \"{0}\".": "Нотатки «{0}» немає.",
  "There is no {0} \"{1}\".": "Не знайдено: {w0} «{1}».",
  // Documents (docs/decisions/049-documents-stored-by-fingerprint.md).
  "There is no document \"{0}\".": "Документа «{0}» немає.",
  "The upload is larger than {0}, the largest document the tracker takes. Nothing was stored.": (_a, raw) => `Завантаження більше за ${ukSize(raw[0]!)}: це найбільший документ, який приймає трекер. Нічого не збережено.`,
  "\"{0}\" is larger than {1}, the largest document the tracker takes. Nothing was stored.": (_a, raw) => `Файл «${raw[0]}» більший за ${ukSize(raw[1]!)}: це найбільший документ, який приймає трекер. Нічого не збережено.`,
  "\"{0}\" is not a kind of document the tracker takes: its content is {1}. It takes PDF, HTML, plain text (UTF-8), and JPEG or PNG scans. Nothing was stored.": "Файл «{0}» не належить до документів, які приймає трекер: за вмістом це {w1}. Трекер приймає PDF, HTML, простий текст (UTF-8) і скани JPEG або PNG. Нічого не збережено.",
  "\"{0}\" is not a kind of document the tracker takes: its content is not PDF, HTML, UTF-8 text, JPEG or PNG, whatever its name or declared type says. Nothing was stored.": "Файл «{0}» не належить до документів, які приймає трекер: за вмістом це не PDF, не HTML, не текст UTF-8, не JPEG і не PNG, хоч би що казали його назва чи заявлений тип. Нічого не збережено.",
  "Document \"{0}\" is not attached to this {1} (\"{2}\").": "Документ «{0}» не долучено до цього запису ({w1} «{2}»).",
  "Document \"{0}\" was changed since you saw it (version {1}; it is now at version {2}): it was removed and attached again. Nothing was removed: reload the page before deciding.":
    "Документ «{0}» змінився відтоді, як ви його бачили (версія {1}, тепер версія {2}): його прибрали й долучили знову. Нічого не прибрано: перезавантажте сторінку, перш ніж вирішувати.",
  "Send one document per request, in the field \"file\" (this one also had {0}).": "Надсилайте один документ на запит, у полі «file» (у цьому запиті було ще {0}).",
  "file is required: send the document as the multipart/form-data field \"file\".": "file — обов’язкове поле: надішліть документ у полі «file» тіла multipart/form-data.",
  "body must be multipart/form-data with the document in the field \"file\" (and optionally \"title\" and \"language\").": "body має бути у форматі multipart/form-data, з документом у полі «file» (і, за бажанням, «title» та «language»).",
  // Why a document's text was not read (docs/decisions/050-text-extraction-and-search-inside-documents.md).
  "An image (a scan): it has no text layer; OCR is not done.": "Зображення (скан): текстового шару немає; розпізнавання тексту (OCR) не виконується.",
  "A scan without a text layer; OCR is not done.": "Скан без текстового шару; розпізнавання тексту (OCR) не виконується.",
  "Documents of type {0} are not read for text.": "Текст із документів типу {0} не видобувається.",
  "The document holds no text.": "Документ не містить тексту.",
  "Reading the text was started {0} times and never finished (the server stopped during it); it is not tried again.": "Видобування тексту починалося {0} рази й жодного разу не завершилося (сервер зупинявся під час нього); більше не повторюється.",
  "The upload did not arrive whole (the multipart body is cut short or malformed). Send the file again.": "Завантаження надійшло не повністю (тіло multipart обірване або пошкоджене). Надішліть файл ще раз.",
  "The document store cannot be reached just now; try again later. The error has been logged.": "Сховище документів зараз недоступне; спробуйте пізніше. Помилку записано в журнал.",
  "The text of document {0} has not been extracted yet: it is queued. Ask again later.": "Текст документа {0} ще не видобуто: він у черзі. Спробуйте пізніше.",
  "Document {0} has no text layer to extract (a scan without recognised text).": "Документ {0} не має текстового шару, з якого можна видобути текст (це скан без розпізнаного тексту).",
  "The text of document {0} could not be extracted.": "Текст документа {0} видобути не вдалося.",
  "Case \"{0}\" has no note \"{1}\" (or it was deleted).": "У справі «{0}» немає нотатки «{1}» (або її видалено).",
  "opens: rule {0} is already opened by milestone {1}; a rule starts with one milestone.": "opens: правило {0} уже відкриває подія {1}; правило починається з однієї події.",
  "opens: rule {0} ends on {1}, before this milestone's date.": "opens: правило {0} закінчується {1}, раніше за дату цієї події.",
  "closes: rule {0} is already closed by milestone {1}; a rule ends with one milestone.": "closes: правило {0} уже закриває подія {1}; правило закінчується однією подією.",
  "closes: rule {0} starts on {1}, after this milestone's date.": "closes: правило {0} починається {1}, пізніше за дату цієї події.",

  // --- Versions and conflicts ------------------------------------------------------------------
  "expectedVersion applies only to changing a note; leave it out to add a new one.": "expectedVersion стосується лише зміни нотатки; не вказуйте його, щоб додати нову.",
  "expectedVersion applies only to changing a case; leave it out to record a new one.": "expectedVersion стосується лише зміни справи; не вказуйте його, щоб записати нову.",
  "expectedVersion applies only to changing a milestone; leave it out to log a new one.": "expectedVersion стосується лише зміни події; не вказуйте його, щоб записати нову.",
  "expectedVersion is required to change a note: give the version you edited (it is at version {0}).": "Щоб змінити нотатку, потрібен expectedVersion: вкажіть версію, яку ви редагували (зараз нотатка має версію {0}).",
  "expectedVersion is required to change a case: give the version you edited (it is at version {0}).": "Щоб змінити справу, потрібен expectedVersion: вкажіть версію, яку ви редагували (зараз справа має версію {0}).",
  "expectedVersion is required to change a milestone: give the version you edited (it is at version {0}).": "Щоб змінити подію, потрібен expectedVersion: вкажіть версію, яку ви редагували (зараз подія має версію {0}).",
  "expectedUpdatedAt must be the time of the last change you saw, as an ISO timestamp.": "expectedUpdatedAt має бути часом останньої зміни, яку ви бачили, у форматі ISO.",
  "initialStage is required: the stage the case is at when the tracker starts following it ({ stage, date }), e.g. its warrant.": "initialStage — обов’язковий параметр: стадія, на якій перебуває справа, коли трекер починає її відстежувати ({ stage, date }), наприклад ордер на арешт.",
  "initialStage applies only to recording a new case. To change the stage, record a stage change (POST /api/v1/cases/{0}/stages), which keeps the stage's dated history.": "initialStage стосується лише запису нової справи. Щоб змінити стадію, запишіть зміну стадії (POST /api/v1/cases/{0}/stages): так зберігається датована історія стадій.",
  "body must be a JSON object with the fields to change.": "body має бути об’єктом JSON із полями, які треба змінити.",
  "Case \"{0}\" was changed by someone else: you saw version {1}, it is now at version {2}. Reload it before deleting.": "Справу «{0}» змінив хтось інший: ви бачили версію {1}, тепер вона має версію {2}. Перезавантажте її, перш ніж видаляти.",
  "Case \"{0}\" was changed by someone else while you deleted it. Reload it.": "Справу «{0}» змінив хтось інший, поки ви її видаляли. Перезавантажте її.",
  "Case \"{0}\" was changed by someone else: you saw version {1}, it is now at version {2} (at {3}). Reload it and record the stage again if it still applies.": "Справу «{0}» змінив хтось інший: ви бачили версію {1}, тепер вона має версію {2} (стадія «{w3}»). Перезавантажте її й запишіть стадію знову, якщо це досі актуально.",
  "Case \"{0}\" was changed by someone else while you recorded the stage. Reload it.": "Справу «{0}» змінив хтось інший, поки ви записували стадію. Перезавантажте її.",
  "Case \"{0}\" was changed by someone else: you saw version {1}, it is now at version {2}. Reload it.": "Справу «{0}» змінив хтось інший: ви бачили версію {1}, тепер вона має версію {2}. Перезавантажте її.",
  "Case \"{0}\" was changed by someone else: you edited version {1}, it is now at version {2}. Reload it and apply your change again.": "Справу «{0}» змінив хтось інший: ви редагували версію {1}, тепер вона має версію {2}. Перезавантажте її й внесіть зміну знову.",
  "Case \"{0}\" was changed by someone else while you saved it (you edited version {1}). Reload it and apply your change again.": "Справу «{0}» змінив хтось інший, поки ви її зберігали (ви редагували версію {1}). Перезавантажте її й внесіть зміну знову.",
  "The record of {0} was changed by someone else since you opened it. Reload it and apply your change again.": "Запис «{0}» змінив хтось інший після того, як ви його відкрили. Перезавантажте його й внесіть зміну знову.",
  "Milestone \"{0}\" was changed by someone else: you saw version {1}, it is now at version {2}. Reload it before deleting.": "Подію «{0}» змінив хтось інший: ви бачили версію {1}, тепер вона має версію {2}. Перезавантажте її, перш ніж видаляти.",
  "Milestone \"{0}\" was changed by someone else while you deleted it. Reload it.": "Подію «{0}» змінив хтось інший, поки ви її видаляли. Перезавантажте її.",
  "Milestone \"{0}\" {1}: deleting it would change the jurisdiction rules the tracker states. An administrator must first detach these effects.": "Подія «{0}» {1}: її видалення змінило б правила юрисдикції, які наводить трекер. Спершу адміністратор має від’єднати ці наслідки.",
  "opens {0} and closes {1}": "відкриває {0} і закриває {1}",
  "opens {0}": "відкриває {0}",
  "closes {0}": "закриває {0}",
  "Milestone \"{0}\" was deleted while you were editing it; its history keeps every version.": "Подію «{0}» видалили, поки ви її редагували; її історія змін зберігає кожну версію.",
  // {1}{2}: the version's number, then " by … at …" where the history knows who.
  "Someone else saved a new version of milestone \"{0}\" (version {1}{2}) while you were editing version {3}. Nothing was overwritten: compare the two versions, then save again based on version {4}.": (a, raw) => {
    const [, version, by] = /^(\d*)([\s\S]*)$/.exec(`${raw[1]}${raw[2]}`)!;
    return `Хтось інший зберіг нову версію події «${a[0]}» (версія ${version}${by ? value(by!) : ""}), поки ви редагували версію ${a[3]}. Нічого не перезаписано: порівняйте дві версії, потім збережіть знову на основі версії ${a[4]}.`;
  },
  " by {0} at {1}": ", автор: {w0}, {1}",
  "Someone else saved a new version of this note (version {0}, by {1} at {2}) after you opened version {3}. Nothing was deleted: read the new version before deciding.":
    "Хтось інший зберіг нову версію цієї нотатки (версія {0}, автор: {1}, {2}) після того, як ви відкрили версію {3}. Нічого не видалено: прочитайте нову версію, перш ніж вирішувати.",
  "Someone else saved a new version of this note (version {0}, by {1} at {2}) while you were editing version {3}. Nothing was overwritten: compare the two texts, then save again based on version {4}.":
    "Хтось інший зберіг нову версію цієї нотатки (версія {0}, автор: {1}, {2}), поки ви редагували версію {3}. Нічого не перезаписано: порівняйте два тексти, потім збережіть знову на основі версії {4}.",
  "Others were saving the same records at the same moment, and your change could not be written after three tries: nothing was saved. Save again.":
    "Інші користувачі в ту саму мить зберігали ті самі записи, і вашу зміну не вдалося записати з трьох спроб: нічого не збережено. Збережіть знову.",
  "Another milestone with the same title was saved at the same moment. Save again.": "Іншу подію з такою самою назвою збережено в ту саму мить. Збережіть знову.",
  "Another {0} with the same name was saved at the same moment. Save again.": "Інший запис такого самого типу ({w0}) з такою самою назвою збережено в ту саму мить. Збережіть знову.",
  "reference: another case before this forum was saved with the same case number at the same moment. Check the case list, then save again.": "reference: іншу справу цього форуму з тим самим номером справи збережено в ту саму мить. Перевірте список справ і збережіть знову.",
  "reference: a deleted case before the {0} (“{1}”) had the case number {2}; numbers stay unique, so an administrator must look at that case's history before it is reused.":
    "reference: видалена справа у форумі {0} («{1}») мала номер справи {2}; номери залишаються унікальними, тож адміністратор має переглянути історію змін тієї справи, перш ніж номер використають знову.",
  "reference: the case “{0}” ({1}) before the {2} already has the case number {3}. Each case number is recorded once per forum.": "reference: справа «{0}» ({1}) у форумі {2} уже має номер справи {3}. Кожен номер справи записують лише один раз для форуму.",
  "a deleted case before the {0} (“{1}”) had the case number {2}; numbers stay unique, so an administrator must look at that case's history before it is reused.":
    "видалена справа у форумі {0} («{1}») мала номер справи {2}; номери залишаються унікальними, тож адміністратор має переглянути історію змін тієї справи, перш ніж номер використають знову.",
  "the case “{0}” ({1}) before the {2} already has the case number {3}. Each case number is recorded once per forum.": "справа «{0}» ({1}) у форумі {2} уже має номер справи {3}. Кожен номер справи записують лише один раз для форуму.",
  "another case of this file (external id \"{0}\") has the case number {1} before the {2}. Each case number is recorded once per forum.": "інша справа цього файлу (зовнішній ідентифікатор «{0}») має номер справи {1} у форумі {2}. Кожен номер справи записують лише один раз для форуму.",

  // --- Who may do what -------------------------------------------------------------------------
  "Sign in to do this.": "Увійдіть, щоб зробити це.",
  "This needs the {0} role; you are signed in as {1}.": "Для цього потрібна роль «{w0}»; ви увійшли з роллю «{w1}».",
  "{0} needs the admin role; you are signed in as {1}. Opening or closing a jurisdiction rule changes the answers the tracker gives, so an administrator does it.":
    "{w0}: потрібна роль «адміністратор»; ви увійшли з роллю «{w1}». Відкриття чи закриття правила юрисдикції змінює відповіді трекера, тому це робить адміністратор.",
  "Only the note's author ({0}) or an administrator may {1} this note.": (a, raw) => `Лише автор нотатки (${a[0]}) або адміністратор може ${raw[1] === "edit" ? "редагувати" : raw[1] === "delete" ? "видалити" : a[1]} цю нотатку.`,
  "{0} needs a signed-in user: every version of a note records who saved it.": "{w0}: потрібно увійти до системи, адже кожна версія нотатки зберігає, хто її записав.",
  "Sign in to read the analysts' notes.": "Увійдіть, щоб читати нотатки аналітиків.",
  "The API token is invalid, expired or revoked.": "Токен API недійсний, прострочений або відкликаний.",
  "This request did not come from the tracker's own pages (its Origin does not match). Use an API token for scripts.": "Цей запит надійшов не зі сторінок самого трекера (його Origin не збігається). Для скриптів використовуйте токен API.",

  // --- Accounts, tokens, follows ---------------------------------------------------------------
  "API tokens belong to a signed-in user.": "Токени API належать користувачеві, який увійшов до системи.",
  "No such active token of yours.": "У вас немає такого чинного токена.",
  "Give the token a name that says what it is for, e.g. “nightly export script”.": "Дайте токену назву, яка пояснює його призначення, наприклад «нічний скрипт експорту».",
  "Keep the name to 100 characters or fewer.": "Назва має містити не більше ніж 100 символів.",
  "Enter a whole number of days, from 1 to {0}.": "Введіть ціле число днів, від 1 до {0}.",
  "Only a signed-in user can change their password.": "Змінити пароль може лише користувач, який увійшов до системи.",
  "The account no longer exists.": "Цього облікового запису більше не існує.",
  "An account for {0} already exists.": "Обліковий запис для {0} уже існує.",
  "Sessions belong to a signed-in user.": "Сеанси належать користувачеві, який увійшов до системи.",
  "Say which session to keep, or none.": "Вкажіть, який сеанс залишити, або жодного.",
  "Only a signed-in user has a time zone of their own.": "Власний часовий пояс має лише користувач, який увійшов до системи.",
  "Too many failed sign-in attempts for this account or from this address. Wait a minute, then try again.": "Забагато невдалих спроб входу для цього облікового запису або з цієї адреси. Зачекайте хвилину й спробуйте знову.",
  "A feed address belongs to a signed-in user.": "Адреса стрічки належить користувачеві, який увійшов до системи.",
  "You have no private feed address to revoke.": "У вас немає приватної адреси стрічки, яку можна відкликати.",
  "You already follow {0} cases, forums and searches, the most one account may follow. Unfollow some on the Updates page first.":
    "Ви вже стежите за {0} справами, форумами й пошуками: це найбільше, що дозволено одному обліковому запису. Спершу припиніть стежити за деякими на сторінці «Оновлення».",
  "target: at most {0} follows per account; you have {1}.": "target: не більше ніж {0} об’єктів стеження на обліковий запис; у вас {1}.",
  "You do not follow this (it may have been unfollowed already).": "Ви не стежите за цим (можливо, стеження вже скасовано).",
  "Your account was not found.": "Ваш обліковий запис не знайдено.",
  "upTo must be the time of the newest update shown (an ISO 8601 UTC timestamp).": "upTo має бути часом найновішого показаного оновлення (позначка часу ISO 8601 в UTC).",
  "Following belongs to a signed-in user's account; the command line has none.": "Стеження належить обліковому запису користувача, який увійшов до системи; у командного рядка такого запису немає.",
  "query is not a search the case list accepts. {0}": "query не є пошуком, який приймає список справ. {0}",
  "query has no filter: choose filters or search words on the case list, then follow that search.": "query не містить фільтра: виберіть фільтри або слова пошуку в списку справ, а потім стежте за цим пошуком.",

  // --- Requests and query parameters -----------------------------------------------------------
  "Something went wrong on our side; nothing was saved. The error has been logged; try again in a moment.": "На нашому боці сталася помилка; нічого не збережено. Помилку записано в журнал; спробуйте ще раз за хвилину.",
  "Something went wrong on our side. The error has been logged.": "На нашому боці сталася помилка. Її записано в журнал.",
  "{0} parameters are invalid: {1}.": "Неправильні параметри ({0}): {1}.",
  "The request contains a NUL character (U+0000), which the tracker cannot store or look up.": "Запит містить символ NUL (U+0000), який трекер не може зберегти чи шукати.",
  "{0} contains a NUL character (U+0000), which the tracker cannot look up.": "{0} містить символ NUL (U+0000), за яким трекер не може шукати.",
  "{0} contains a NUL character (U+0000), which no record has and the tracker cannot look up.": "{0} містить символ NUL (U+0000), якого немає в жодному записі і за яким трекер не може шукати.",
  "{0} contains a NUL character (U+0000), which cannot be stored.": "{0} містить символ NUL (U+0000), який неможливо зберегти.",
  "{0} contains half of a UTF-16 surrogate pair (such as \\ud800 alone), which is not text and cannot be stored.": "{0} містить половину сурогатної пари UTF-16 (наприклад, окреме \\ud800), яка не є текстом і не може бути збережена.",
  "\"{0}\" is empty: give it a value, or leave the parameter out.": "Параметр «{0}» порожній: задайте значення або не вказуйте його.",
  "body is not valid JSON.": "body не є коректним JSON.",
  "body is nested too deeply: at most {0} levels of arrays and objects.": (a) => `body має завелику вкладеність: не більше ніж ${a[0]} ${ukPlural(a[0]!, "рівень", "рівні", "рівнів")} масивів і об’єктів.`,
  "body is required: send the fields as a JSON object (Content-Type: application/json).": "body — обов’язковий: надішліть поля як об’єкт JSON (Content-Type: application/json).",
  "Unknown parameter \"{0}\". Allowed parameters: {1}.": "Невідомий параметр «{0}». Допустимі параметри: {1}.",
  "Unknown parameter \"{0}\": this address takes no parameters.": "Невідомий параметр «{0}»: ця адреса не приймає параметрів.",
  "Unknown value for \"{0}\". Allowed: {1}.": "Невідоме значення для «{0}». Допустимі: {1}.",
  "Unknown value \"{0}\" for \"{1}\". Allowed: {2}.": "Невідоме значення «{0}» для «{1}». Допустимі: {2}.",
  "Unknown value \"{0}\" for \"sort\". Allowed: {1}.": "Невідоме значення «{0}» для «sort». Допустимі: {1}.",
  "Give \"{0}\" once, not {1} times.": (a) => `Вкажіть «${a[0]}» один раз, а не ${times(a[1]!)}.`,
  "Missing parameter \"level\" for a natural person. Allowed: {0}.": "Для фізичної особи бракує параметра «level». Допустимі: {0}.",
  "Missing parameter \"accused\". Allowed: {0}.": "Бракує параметра «accused». Допустимі: {0}.",
  "Missing parameter \"crime\". Allowed: {0}.": "Бракує параметра «crime». Допустимі: {0}.",
  "\"level\" does not apply to a legal person (accused={0}); leave it out.": "«level» не застосовується до юридичної особи (accused={0}); не вказуйте його.",
  "\"policy\" must be \"on\" or \"off\".": "«policy» має бути «on» або «off».",
  "\"asOf\" must be a calendar date written YYYY-MM-DD, for example {0}.": "«asOf» має бути календарною датою у форматі РРРР-ММ-ДД, наприклад {0}.",
  "\"conduct\" must be {0}; \"{1}\" has more than one \"/\".": "«conduct» має мати вигляд {w0}; у «{1}» більше ніж одна «/».",
  "\"conduct\" must be {0} (for example 2022-03 or 2022-02-24/2023-03-09); \"{1}\" is not.": "«conduct» має мати вигляд {w0} (наприклад, 2022-03 або 2022-02-24/2023-03-09); «{1}» цьому не відповідає.",
  "\"conduct\": the period ends ({0}) before it begins ({1}).": "«conduct»: період закінчується ({0}) раніше, ніж починається ({1}).",
  "\"conduct\" ({0}) begins after \"asOf\" ({1}): the law as of a date cannot reach conduct that had not yet happened. Move \"asOf\" later or the conduct earlier.":
    "«conduct» ({0}) починається пізніше за «asOf» ({1}): право станом на певну дату не може охоплювати діяння, якого ще не було. Перенесіть «asOf» на пізнішу дату або діяння — на ранішу.",
  "The {0} export's filters were not understood; nothing was exported.": (_a, raw) => `Фільтри експорту ${raw[0] === "case list" ? "списку справ" : raw[0] === "milestone" ? "подій" : `(${raw[0]})`} не вдалося розпізнати; нічого не експортовано.`,
  "Allowed values for \"{0}\": {1}": "Допустимі значення для «{0}»: {1}",
  "\"{0}\" pages the list; an export always holds every matching case, so leave \"{1}\" out.": "«{0}» розбиває список на сторінки; експорт завжди містить усі відповідні справи, тож не вказуйте «{1}».",

  // --- Filters of the pages (the case list, the timeline, the audit trail) ----------------------
  "“limit” is for the API; the page shows {0} cases at a time, so it was ignored.": (a) => `«limit» призначено для API; сторінка показує ${a[0]} ${ukPlural(a[0]!, "справу", "справи", "справ")} за раз, тому його не враховано.`,
  "“{0}” is not a filter of the case list; it was ignored.": "«{0}» не є фільтром списку справ; його не враховано.",
  "“{0}” was given {1} times; only the first, “{2}”, is used.": (a) => `«${a[0]}» вказано ${times(a[1]!)}; використано лише перше значення, «${a[2]}».`,
  "\"q\" must be at most {0} characters; it has {1}.": (a) => `«q» має містити не більше ніж ${chars(a[0]!)}; у ньому ${chars(a[1]!)}.`,
  "The search is longer than {0} characters; only the first {1} were searched.": (a) => `Пошуковий запит довший за ${chars(a[0]!)}; пошук виконано лише за першими ${a[1]}.`,
  "\"q\" must contain at least one letter or digit.": "«q» має містити щонайменше одну літеру або цифру.",
  "“{0}” has no letters or digits to search for; the search was ignored.": "«{0}» не містить літер чи цифр для пошуку; пошук не виконано.",
  "\"year\" must be a four-digit year from {0} to {1}; \"{2}\" is not.": "«year» має бути чотиризначним роком від {0} до {1}; «{2}» таким не є.",
  "“{0}” is not a year (four digits, such as 2024); it was ignored.": "«{0}» не є роком (чотири цифри, наприклад 2024); його не враховано.",
  "“{0}” is not a recorded {1}; it was ignored.": "«{0}»: такого значення фільтра «{w1}» не записано; його не враховано.",
  "A level of responsibility does not apply to a legal person; this filter was ignored.": "Рівень відповідальності не застосовується до юридичної особи; цей фільтр не враховано.",
  "“{0}” is not a way to sort the list; it is sorted by {1}.": "«{0}» не є способом сортування списку; список відсортовано так: {w1}.",
  "\"limit\" must be a whole number from 1 to {0}.": "«limit» має бути цілим числом від 1 до {0}.",
  "\"after\" is not a cursor this list issued for sort={0}; use the \"next\" address of a previous answer, or leave it out for the first page.":
    "«after» не є курсором, який цей список видав для sort={0}; використайте адресу «next» з попередньої відповіді або не вказуйте його для першої сторінки.",
  "The link to this page of results is damaged or was made for another order; the list starts again from the first page.": "Посилання на цю сторінку результатів пошкоджене або створене для іншого порядку сортування; список починається знову з першої сторінки.",
  "“{0}” was given more than once; only the first value, “{1}”, is used.": "«{0}» вказано кілька разів; використано лише перше значення, «{1}».",
  "“{0}” was given more than once; give it once.": "«{0}» вказано кілька разів; вкажіть його один раз.",
  "“{0}” was given more than once; only the first value is used.": "«{0}» вказано кілька разів; використано лише перше значення.",
  "“{0}={1}” {2}; this filter was ignored.": "«{0}={1}»: {2}; цей фільтр не враховано.",
  "“to={0}” is before “from={1}”; the period was ignored.": "«to={0}» раніше за «from={1}»; період не враховано.",
  "“limit” must be a whole number from 1 to {0}.": "«limit» має бути цілим числом від 1 до {0}.",
  "“limit={0}” must be a whole number from 1 to {1}; {2} milestones are shown.": (a) => `«limit=${a[0]}» має бути цілим числом від 1 до ${a[1]}; показано ${a[2]} ${ukPlural(a[2]!, "подію", "події", "подій")}.`,
  "“after” is not a position the timeline issued; use the “next” address of a previous answer, or leave it out for the first page.":
    "«after» не є позицією, яку видала хронологія; використайте адресу «next» з попередньої відповіді або не вказуйте його для першої сторінки.",
  "The link to this page of the timeline is damaged; the timeline starts again from the most recent milestones.": "Посилання на цю сторінку хронології пошкоджене; хронологія починається знову з найновіших подій.",
  "“{0}={1}” is not a known {2}; this filter was ignored.": "«{0}={1}»: невідоме значення фільтра «{w2}»; цей фільтр не враховано.",
  "“before={0}” {1}; showing the newest events.": "«before={0}»: {1}; показано найновіші події.",

  // --- "Which forum?" and the coverage matrix (query-form.ts) ----------------------------------
  "“{0}” is not part of the question, so the address cannot be answered as it stands. Remove it from the address, or start again.":
    "«{0}» не є частиною запитання, тож на адресу в такому вигляді відповісти неможливо. Вилучіть цей параметр з адреси або почніть спочатку.",
  "The address gives {0} {1} times ({2}); choose one.": (a, raw) => `Адреса вказує ${NOUNS[raw[0]!]?.many ?? a[0]} ${times(a[1]!)} (${a[2]}); виберіть одне значення.`,
  "A level of responsibility does not apply to a legal person (a company). Choose “Not applicable”, or choose a natural person.":
    "Рівень відповідальності не застосовується до юридичної особи (компанії). Виберіть «Не застосовується» або фізичну особу.",
  "Choose {0}.": (a, raw) => `Виберіть ${NOUNS[raw[0]!]?.choose ?? a[0]}.`,
  "“{0}” is not a calendar date. Enter a date written YYYY-MM-DD, for example 2025-06-24.": "«{0}» не є календарною датою. Введіть дату у форматі РРРР-ММ-ДД, наприклад 2025-06-24.",
  "“{0}” is not one of the recorded choices. Choose {1} from the list.": (a, raw) => `«${a[0]}» немає серед записаних варіантів. Виберіть ${NOUNS[raw[1]!]?.choose ?? a[1]} зі списку.`,
  "The conduct (“{0}”) begins after {1}: the law in force on a day cannot reach conduct that had not yet happened. {2}": (a, raw) =>
    `Діяння («${a[0]}») починається пізніше, ніж ${raw[1] === "the “As of” date" ? "дата «Станом на»" : a[1]}: право, чинне на певний день, не може охоплювати діяння, якого ще не було. ${a[2]}`,
  "Move “As of” later, or the conduct earlier.": "Перенесіть дату «Станом на» на пізнішу або діяння — на ранішу дату.",
  "“{0}” ends before it begins. Write the earlier date first, FROM/TO: for example 2022-02-24/2023-03-09.": "«{0}» закінчується раніше, ніж починається. Спершу напишіть ранішу дату, FROM/TO: наприклад, 2022-02-24/2023-03-09.",
  "“{0}” is not a date of conduct. Write a day, a month or a year (2022-03-15, 2022-03 or 2022), or a period FROM/TO (2022-02-24/2023-03-09).":
    "«{0}» не є датою діяння. Напишіть день, місяць або рік (2022-03-15, 2022-03 або 2022) чи період FROM/TO (2022-02-24/2023-03-09).",

  // --- Import: the request ---------------------------------------------------------------------
  "kind is required: one of {0}": "kind — обов’язковий параметр: одне зі значень {0}",
  "format is required: csv or json": "format — обов’язковий параметр: csv або json",
  "dryRun must be true (check only) or false (import)": "dryRun має бути true (лише перевірка) або false (імпорт)",
  "body: send the file itself as the request body (it was empty).": "body: надішліть сам файл як тіло запиту (тіло було порожнім).",
  "The file is larger than {0} MB. Split it, or import it on the command line (npm run import).": "Файл більший за {0} МБ. Розділіть його або імпортуйте з командного рядка (npm run import).",
  "The file could not be read: {0}. Nothing was imported.": "Файл не вдалося прочитати: {0}. Нічого не імпортовано.",
  "Something went wrong on our side during the import; it was rolled back, so nothing was imported. The error has been logged.": "Під час імпорту на нашому боці сталася помилка; імпорт скасовано, тож нічого не імпортовано. Помилку записано в журнал.",
  "Another import is running on this server. Imports run one at a time (each is one transaction that others would wait on); try again when it has finished.":
    "На цьому сервері вже виконується інший імпорт. Імпорти виконуються по одному (кожен — одна транзакція, на яку чекали б інші); спробуйте знову, коли він завершиться.",
  "The upload did not arrive whole. Send the file again.": "Файл надійшов не повністю. Надішліть його знову.",
  "The import waited more than {0} seconds for records that another import or an edit is writing at the same moment, and stopped: nothing was imported. Try again when the other import has finished.": (a) =>
    `Імпорт понад ${a[0]} ${ukPlural(a[0]!, "секунду", "секунди", "секунд")} чекав на записи, які водночас записує інший імпорт або редагування, і зупинився: нічого не імпортовано. Спробуйте знову, коли інший імпорт завершиться.`,
  "The import was interrupted: nothing was imported.": "Імпорт перервано: нічого не імпортовано.",
  "{0} of {1} {2} rejected, so nothing was imported: the import is all or nothing. Correct the rows listed and import the file again.": (a) =>
    `Відхилено ${a[0]} з ${a[1]} ${ukPlural(a[1]!, "запису", "записів", "записів")}, тож нічого не імпортовано: імпорт виконується повністю або не виконується взагалі. Виправте наведені рядки й імпортуйте файл знову.`,
  "The database is not empty: it holds {0}. A dump restores into an empty database only (one migrated but not seeded), so that its ids and references come back exactly; nothing was written.":
    "База даних не порожня: у ній є {0}. Дамп відновлюється лише в порожню базу даних (з міграціями, але без початкових даних), щоб ідентифікатори й посилання повернулися точно такими; нічого не записано.",
  "The restore was interrupted: nothing was restored.": "Відновлення перервано: нічого не відновлено.",

  // --- Import: the file ------------------------------------------------------------------------
  "the file is not UTF-8 text: save it as \"CSV UTF-8\" (Excel) or UTF-8 (other programs)": "файл не є текстом у кодуванні UTF-8: збережіть його як «CSV UTF-8» (Excel) або в UTF-8 (інші програми)",
  "the file holds no {0}.": (_a, raw) => `файл не містить ${kindOf(raw[0]!)}.`,
  "the file is empty: it needs a header row, then one row per record.": "файл порожній: потрібен рядок заголовка, а за ним — по рядку на кожен запис.",
  "the file must hold one JSON array of {0} ([{…}, {…}]). {1}": (a, raw) => `файл має містити один масив JSON із ${kindOf(raw[0]!)} ([{…}, {…}]). ${a[1]}`,
  "This looks like a full dump from npm run export: restore it on the command line with npm run import -- <file>.": "Схоже, це повний дамп із npm run export: відновіть його з командного рядка командою npm run import -- <file>.",
  "It holds an object.": "Файл містить об’єкт.",
  "the column \"{0}\" appears twice in the header.": "стовпець «{0}» двічі трапляється в заголовку.",
  "the header has {0} this import does not know: {1}. The columns for {2} are: {3}.": (a, raw) =>
    `заголовок містить ${raw[0] === "a column" ? "стовпець, якого" : "стовпці, яких"} цей імпорт не знає: ${a[1]}. Стовпці для імпорту ${kindOf(raw[2]!)}: ${a[3]}.`,
  "the header lacks the required {0} {1}. The columns for {2} are: {3}.": (a, raw) =>
    `у заголовку бракує ${raw[0] === "column" ? "обов’язкового стовпця" : "обов’язкових стовпців"} ${a[1]}. Стовпці для імпорту ${kindOf(raw[2]!)}: ${a[3]}.`,
  "{0} has a quote (\") in the middle: a field holding quotes must be put in quotes, each quote inside written twice (\"\")": "{0} містить лапки (\") усередині: поле з лапками треба взяти в лапки, а кожні лапки всередині написати двічі (\"\")",
  "{0} has text after its closing quote: a quoted field must end at the quote (a quote inside it is written twice: \"\")": "{0} містить текст після закривних лапок: поле в лапках має закінчуватися лапками (лапки всередині пишуть двічі: \"\")",
  "{0} of the record starting on line {1} opens a quote (\") that is never closed": "{0} запису, що починається в рядку {1}, відкриває лапки (\"), які ніде не закрито",
  "the record starting on line {0} is longer than 1 MB: a quote (\") is probably not closed": "запис, що починається в рядку {0}, довший за 1 МБ: імовірно, не закрито лапки (\")",
  "the file is not valid CSV: {0}": "файл не є коректним CSV: {0}",
  "field {0}": "поле {0}",
  "record {0}": "запис № {0}",
  "record {0} of \"{1}\"": "запис № {0} масиву «{1}»",
  "the file is empty: {0}": "файл порожній: {0}",
  "the file must hold a JSON array of records or an object": "файл має містити масив записів JSON або об’єкт",
  "the file ends {0}: it may be cut short": "файл закінчується {0}: можливо, його обрізано",
  "in the middle of {0}, which starts on line {1}": "посеред значення ({0}), що починається в рядку {1}",
  "before the JSON object is closed with }": "до того, як об’єкт JSON закрито дужкою }",
  "before the JSON array is closed with ]": "до того, як масив JSON закрито дужкою ]",
  "the file ends in the middle of {0}: it may be cut short": (a, raw) => `файл закінчується посеред значення${raw[0] === "a value" ? "" : ` (${a[0]})`}: можливо, його обрізано`,
  "a comma is followed by ]: remove the comma after the last record": "після коми йде ]: видаліть кому після останнього запису",
  "a comma is followed by }: remove the comma after the last member": "після коми йде }: видаліть кому після останнього поля",
  "{0} is nested more than {1} levels deep: a record holds fields, lists and small objects": (a) => `${a[0]}: вкладеність глибша ніж ${a[1]} ${ukPlural(a[1]!, "рівень", "рівні", "рівнів")}, а запис містить лише поля, списки й невеликі об’єкти`,
  "an unexpected {0}": "неочікуваний символ {0}",
  "{0} closes a {1}: a {2} is missing": "{0} закриває {1}: бракує {2}",
  "{0}, starting on line {1}, is larger than 16 MB": "{0}, що починається в рядку {1}: більше ніж 16 МБ",
  "a string (\") opened on line {0} is never closed": "текстове значення (\"), відкрите в рядку {0}, ніде не закрито",
  "a string (\") opened on line {0} is not closed before the end of the line": "текстове значення (\"), відкрите в рядку {0}, не закрито до кінця рядка",
  "a string holds a control character (code {0}): write it as an escape such as \\t or \\u00{1}": "текстове значення містить керівний символ (код {0}): запишіть його як екрановану послідовність, наприклад \\t або \\u00{1}",
  "{0}; it starts with {1}": "{0}; файл починається з {1}",
  "a comma or ] is missing after {0}: found {1}": "бракує коми або ] після елемента ({0}): знайдено {1}",
  "expected a member name in quotes, found {0}": "очікувалася назва поля в лапках, знайдено {0}",
  "a colon (:) is missing after \"{0}\": found {1}": "після «{0}» бракує двокрапки (:): знайдено {1}",
  "a comma or } is missing after \"{0}\": found {1}": "після «{0}» бракує коми або }: знайдено {1}",
  "there is text after the end of the JSON document: {0}": "після кінця документа JSON є текст: {0}",
  "{0} is not valid JSON: {1} is not expected there": "{0}: некоректний JSON, {1} тут не очікується",

  // --- Import: the records ---------------------------------------------------------------------
  "is required: your id for this record, the same each time you import it": "обов’язкове поле: ваш ідентифікатор цього запису, той самий під час кожного імпорту",
  "is required: your id for the accused this row describes.": "обов’язкове поле: ваш ідентифікатор обвинуваченого, якого описує цей рядок.",
  "is required: the source's external id or slug.": "обов’язкове поле: зовнішній ідентифікатор джерела або його ідентифікатор у трекері.",
  "is required: the stage the case has reached, and its date.": "обов’язкове поле: стадія, якої досягла справа, і її дата.",
  "is not a field of this import (the fields are: {0}).": "не є полем цього імпорту (поля: {0}).",
  "must be a list of external ids or slugs.": "має бути списком зовнішніх ідентифікаторів або ідентифікаторів у трекері.",
  "must be an object: one case.": "має бути об’єктом: одна справа.",
  "must be an object: one milestone.": "має бути об’єктом: одна подія.",
  "must be an object: one source.": "має бути об’єктом: одне джерело.",
  "must be the external id (text) of one of the case's accused, or left out for a charge against every accused.": "має бути зовнішнім ідентифікатором (текстом) одного з обвинувачених у справі або залишитися порожнім для обвинувачення проти всіх обвинувачених.",
  "lists the source \"{0}\" twice.": "джерело «{0}» вказано двічі.",
  "lists the accused \"{0}\" twice.": "обвинуваченого «{0}» вказано двічі.",
  "names \"{0}\", who is not among this case's accused.": "називає «{0}», якого немає серед обвинувачених у цій справі.",
  "names \"{0}\", who is not recorded yet: describe them (name and kind) on the first row that names them.": "називає «{0}», якого ще не записано: опишіть його (ім’я та категорію) у першому рядку, де його названо.",
  "names \"{0}\", but no source has that external id or slug (import the sources first).": "називає «{0}», але жодне джерело не має такого зовнішнього ідентифікатора чи ідентифікатора в трекері (спершу імпортуйте джерела).",
  "names \"{0}\", but no milestone has that external id or slug.": "називає «{0}», але жодна подія не має такого зовнішнього ідентифікатора чи ідентифікатора в трекері.",
  "names \"{0}\", but no {1} has that external id or slug{2}.": (a, raw) =>
    `називає «${a[0]}», але жоден запис (${word(raw[1]!)}) не має такого зовнішнього ідентифікатора чи ідентифікатора в трекері${raw[2] ? " (спершу імпортуйте джерела)" : ""}.`,
  "gives {0} locators for {1} {2}: give one per source, in the same order.": (a) =>
    `наведено ${a[0]} ${ukPlural(a[0]!, "локатор", "локатори", "локаторів")} для ${a[1]} ${ukPlural(a[1]!, "джерела", "джерел", "джерел")}: наведіть по одному на кожне джерело, у тому самому порядку.`,
  "gives {0} documents for {1} {2}: give one per source, in the same order.": (a) =>
    `наведено ${a[0]} ${ukPlural(a[0]!, "документ", "документи", "документів")} для ${a[1]} ${ukPlural(a[1]!, "джерела", "джерел", "джерел")}: наведіть по одному на кожне джерело, у тому самому порядку.`,
  "gives {0} pages for {1} {2}: give one per source, in the same order.": (a) =>
    `наведено ${a[0]} ${ukPlural(a[0]!, "сторінку", "сторінки", "сторінок")} для ${a[1]} ${ukPlural(a[1]!, "джерела", "джерел", "джерел")}: наведіть по одній на кожне джерело, у тому самому порядку.`,
  "gives the source \"{0}\" a locator, but line {1} gives it {2}: give each source once, with the passages in one locator.": (a, raw) =>
    `вказує локатор для джерела «${a[0]}», але рядок ${a[1]} ${raw[2] === "another" ? "вказує для нього інший" : "наводить його без локатора"}: наведіть кожне джерело один раз, з усіма уривками в одному локаторі.`,
  "gives a locator without a source: fill in the source column too.": "вказує локатор без джерела: заповніть також стовпець джерела.",
  "differs from the case's first row (line {0}): leave it empty on the case's later rows, or repeat it exactly.": "відрізняється від першого рядка справи (рядок {0}): залиште це поле порожнім у наступних рядках справи або повторіть значення точно.",
  "differs from the accused \"{0}\" as line {1} describes them: leave it empty, or repeat it exactly.": "відрізняється від опису обвинуваченого «{0}» у рядку {1}: залиште поле порожнім або повторіть значення точно.",
  "describes the accused \"{0}\" differently from line {1} (\"{2}\"): give one description of each accused in a file.": "описує обвинуваченого «{0}» інакше, ніж рядок {1} («{2}»): у файлі має бути лише один опис кожного обвинуваченого.",
  "is the case \"{0}\", which was deleted in the tracker: an administrator can restore it from its history page, then import again.": "це справа «{0}», яку видалено в трекері: адміністратор може відновити її на сторінці історії змін, після чого імпортуйте знову.",
  "is the accused \"{0}\", who was deleted in the tracker: an import does not bring them back.": "це обвинувачений «{0}», якого видалено в трекері: імпорт не відновлює видалених обвинувачених.",
  "is the milestone \"{0}\", which was deleted in the tracker: it is not brought back by an import.": "це подія «{0}», яку видалено в трекері: імпорт її не відновлює.",
  "is not a kind of accused: \"{0}\" (the kinds are: {1}).": "не є категорією обвинуваченого: «{0}» (категорії: {1}).",
  "is not a level of responsibility: \"{0}\" (the levels are: {1}).": "не є рівнем відповідальності: «{0}» (рівні: {1}).",
  "differs from the recorded date: {0}": "відрізняється від записаної дати: {0}",
  "differs from the recorded stage: {0}": "відрізняється від записаної стадії: {0}",
  "differs from the recorded stage's note: {0}": "відрізняється від нотатки до записаної стадії: {0}",
  "the case's current stage is recorded as {0}; an import does not correct a recorded stage. Give the stage as recorded, or a later stage; a wrong entry is corrected on the case page by recording the right stage with a note.":
    "поточну стадію справи записано як {0}; імпорт не виправляє записаної стадії. Вкажіть стадію так, як її записано, або пізнішу; помилковий запис виправляють на сторінці справи, записавши правильну стадію з нотаткою.",
  "\"{0}\" was already given at line {1}: give each record once{2}.": (a, raw) => `«${a[0]}» уже наведено в рядку ${a[1]}: наводьте кожен запис лише один раз${raw[2] ? " (рядки однієї справи мають іти один за одним)" : ""}.`,
  // {1}{2}{3}: the list's name, then "; did you mean “…”?" or ".", then the values allowed.
  "“{0}”: no such {1}{2}{3}": (a, raw) => {
    const m = /^([\s\S]+?)(; did you mean “[\s\S]*?”\?|\.)((?: [\s\S]*)?)$/.exec(raw.slice(1).join(""));
    return m ? `«${a[0]}»: немає такого значення (${word(m[1]!)})${m[2] === "." ? "." : value(m[2]!)}${value(m[3]!)}` : `«${a[0]}»: немає такого значення (${raw.slice(1).join("")})`;
  },
  "; did you mean “{0}”?": "; можливо, ви мали на увазі «{0}»?",
  " The {0} are: {1}.": " Допустимі значення ({w0}): {1}.",
  " The tracker records no {0} yet.": " У трекері ще не записано значень ({w0}).",
  "{0} The known values are: {1}.": "{0} Відомі значення: {1}.",

  // --- Page queries' own words (lib/server/queries): who made a change, a case without a number ------
  "an operator (command line)": "оператор (командний рядок)",
  "{0} (no user account)": "{0} (без облікового запису)",
  "reference data (seed)": "довідкові дані (початкове заповнення)",
  "no public case number": "без публічного номера справи",

  // --- The server's settings (read by whoever runs it) -----------------------------------------
  "must be a postgres:// or postgresql:// URL": "має бути URL-адресою postgres:// або postgresql://",
  "must be a port number": "має бути номером порту",
  "must be a size in bytes, or with KB, MB or GB (e.g. 50MB)": "має бути розміром у байтах або з KB, MB чи GB (наприклад, 50MB)",
  "must be less than 2 GB": "має бути менше ніж 2 ГБ",
  "must be at least 32 characters (e.g. openssl rand -base64 48)": "має містити щонайменше 32 символи (наприклад, openssl rand -base64 48)",
  "must be the tracker's public URL, e.g. https://tracker.example.org": "має бути публічною URL-адресою трекера, наприклад https://tracker.example.org",
  "must be the store's http:// or https:// URL, e.g. https://s3.eu-central-1.amazonaws.com": "має бути URL-адресою сховища http:// або https://, наприклад https://s3.eu-central-1.amazonaws.com",
  "must be \"true\" or \"false\"": "має бути «true» або «false»",
  "must be set when S3_ENDPOINT is (the documents are then kept in that S3-compatible store)": "має бути задано, коли задано S3_ENDPOINT (тоді документи зберігаються в цьому S3-сумісному сховищі)",
  "is set but S3_ENDPOINT is not: set S3_ENDPOINT to keep the documents in an S3-compatible store, or unset the S3 variables to keep them in DOCUMENTS_DIR": "задано, а S3_ENDPOINT — ні: задайте S3_ENDPOINT, щоб зберігати документи в S3-сумісному сховищі, або приберіть змінні S3, щоб зберігати їх у DOCUMENTS_DIR",

  // --- Put together of other messages: the values are what is translated --------------------------
  "date {0}": "date {0}",
};

/** The catalogue, English key to Ukrainian (for the test: every English message must be in it). */
export const MESSAGE_CATALOGUE: Readonly<Record<string, string | ((a: readonly string[], raw: readonly string[]) => string)>> = UK;

type Pattern = { re: RegExp; text: Uk };

const SLOT = /\{(\d+)\}/g;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const EXACT = new Map<string, Uk>();
const PATTERNS: Pattern[] = [];
for (const [key, text] of Object.entries(UK)) {
  if (!/\{\d+\}/.test(key)) {
    EXACT.set(key, text);
    continue;
  }
  const parts = key.split(SLOT);
  // split with a capture group: literal, slot number, literal, …; slots are numbered in order.
  const source = parts.map((part, i) => (i % 2 === 0 ? escape(part) : "([\\s\\S]*?)")).join("");
  PATTERNS.push({ re: new RegExp(`^${source}$`), text });
}
// The most specific first: the pattern with the most fixed text.
PATTERNS.sort((a, b) => b.re.source.replace(/\(\[\\s\\S\]\*\?\)/g, "").length - a.re.source.replace(/\(\[\\s\\S\]\*\?\)/g, "").length);

/** `{0}`: the value (translated when it is a message or a date); `{w0}`: the value as a word the message names (a role, a stage). */
const fill = (text: Uk, args: readonly string[], raw: readonly string[]) =>
  typeof text === "function" ? text(args, raw) : text.replace(/\{(w?)(\d+)\}/g, (_, w: string, i: string) => (w ? word(raw[Number(i)] ?? "") : (args[Number(i)] ?? "")));

/** A value inside a message: a message the catalogue knows, an English date, else as it is (a slug, a number, a code). */
function value(text: string): string {
  return translate(text) ?? ukrainianDate(text) ?? text;
}

/** A word a message names in English (a role, a list, a stage in lower case). */
function word(text: string): string {
  return WORDS[text] ?? value(text);
}

/** A field's name in front of a message ("title must…", "sources.0.url: must…", "initialStage.note: …"). */
const PARAMETER = /^([a-z_][\w.]*)(: | )([\s\S]+)$/;

function translate(message: string, afterParameter = false): string | null {
  const exact = EXACT.get(message);
  if (exact !== undefined) return fill(exact, [], []);
  for (const { re, text } of PATTERNS) {
    const m = re.exec(message);
    if (!m) continue;
    const raw = m.slice(1);
    return fill(text, raw.map(value), raw);
  }
  // "The new password must be at least 12 characters." (the password form's sentences)
  for (const [subject, uk] of Object.entries(SUBJECTS)) {
    if (message.startsWith(`${subject} `)) {
      const rest = message.slice(subject.length + 1);
      const body = rest.endsWith(".") ? rest.slice(0, -1) : rest;
      const translated = translate(body, true);
      if (translated !== null) return body === "is not right" ? `${uk} ${translated}.` : `${uk}: ${translated}${rest.endsWith(".") ? "." : ""}`;
    }
  }
  // "title must be at most 300 characters": the field's name stays, the rest is translated.
  const p = afterParameter ? null : PARAMETER.exec(message);
  if (p) {
    const rest = translate(p[3]!, true);
    if (rest !== null) return `${p[1]}${p[2]}${rest}`;
  }
  // A fragment with a full stop added ("lists a value twice.").
  if (message.endsWith(".") && !message.endsWith("..")) {
    const bare = translate(message.slice(0, -1), afterParameter);
    if (bare !== null) return bare.endsWith(".") ? bare : `${bare}.`;
  }
  return null;
}

/**
 * The message in the reader's language: Ukrainian from the catalogue, or the English as it is
 * (for "en", and for a message the catalogue does not know).
 */
export function localizeMessage(message: string, locale: Locale): string {
  if (locale === "en") return message;
  return translate(message) ?? message;
}
