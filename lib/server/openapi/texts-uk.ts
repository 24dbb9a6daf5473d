/**
 * The API reference's own texts (the endpoints' summaries and descriptions, the parameters',
 * request bodies' and responses' descriptions) in Ukrainian, for the /uk/api-docs page.
 *
 * Gettext's way, as for the refusals (lib/core/message-texts.ts, docs/decisions/041): the English
 * text is the id. The OpenAPI document itself (/api/v1/openapi.json) stays English, for machines;
 * only the page passes what it shows through `localizeApiDocument(document, locale)`. An unknown
 * text stays English. Names the reader types (paths, parameters, fields, values) stay as they are,
 * in `code` spans, which the page shows in code font.
 *
 * lib/server/openapi/texts-uk.test.ts builds the whole document and fails, naming the endpoint
 * and the place, on a text the page shows without Ukrainian here: rewording an English text, or
 * adding an endpoint, needs its Ukrainian too.
 */
import type { Locale } from "@/lib/core/locales";

const TWO_DATES =
  "Питання має дві дати. `conduct` — коли відбулося діяння (день, місяць, рік або період `FROM/TO`): те, що має охоплювати правило, ratione temporis. " +
  "`asOf` — чинна архітектура: правила в тому вигляді, в якому вони діяли цього дня (за замовчуванням сьогодні). " +
  "Без `conduct` розглядається кожне діяння до `asOf`, а `periods` показує, відрізок за відрізком діяння, що може розглядати кожен форум.";
const FOUR_STATUSES =
  "Кожен форум має статус `covers` (охоплює), `conditional` (за умов, перелічених у `conditions`, кожна свого виду: `CASE_FACT`, `NOT_OPERATIONAL` або `DATE_PRECISION`; мають виконуватися всі), `excluded` (так установлює записане правило, і сказано чому) або `unknown`: " +
  "правила не записано — це мовчання трекера, а не права, і воно ніколи не вважається прогалиною безкарності. Прогалина — це профіль, який кожен форум виключає за записаним правилом.";

/** English text → Ukrainian. */
export const API_DOC_TEXTS_UK: Readonly<Record<string, string>> = {
  // ---- Forums, crimes
  "List the forums": "Перелік форумів",
  "Every forum, in display order, with its legal basis, source and counts of rules and milestones. A short fixed list: no paging.":
    "Усі форуми в порядку показу, з правовою основою, джерелом і кількістю правил та подій. Короткий незмінний перелік: без поділу на сторінки.",
  "The forums.": "Форуми.",
  "One forum": "Один форум",
  "The forum, its legal basis, its jurisdiction rules (status placed against today) and its milestones, newest first.":
    "Форум, його правова основа, його правила юрисдикції (статус станом на сьогодні) і його події, від найновіших.",
  "The forum's slug, as in its address.": "`slug` форуму, як у його адресі.",
  "The forum.": "Форум.",
  "List the crime categories": "Перелік категорій злочинів",
  "Every crime category with its source and the forums covering it today. A short fixed list: no paging.":
    "Усі категорії злочинів з джерелом і форумами, що охоплюють їх сьогодні. Короткий незмінний перелік: без поділу на сторінки.",
  "The crimes.": "Злочини.",
  "One crime category": "Одна категорія злочинів",
  "The crime and, per forum, the rules that apply to it (those naming it and those naming no crime).":
    "Злочин і, для кожного форуму, правила, що до нього застосовуються (ті, що його називають, і ті, що не називають жодного злочину).",
  "The crime's slug, as in its address.": "`slug` злочину, як у його адресі.",
  "The crime.": "Злочин.",

  // ---- Sources, instruments
  "Find recorded sources by their words": "Пошук записаних джерел за словами",
  'The recorded sources whose title, publisher, address, instrument or provision the words name ("Rome Statute", "Article 28", "ICC arrest warrants"), to cite one by its slug in a milestone or a case instead of typing it again.':
    "Записані джерела, чию назву, видавця, адресу, правовий акт або положення називають слова (як-от `Rome Statute`, `Article 28`, `ICC arrest warrants` — так їх записано в трекері), щоб послатися на джерело в події чи справі за його `slug`, а не вводити його знову.",
  "The words to look for; every word must match.": "Слова для пошуку; мають збігтися всі.",
  "How many sources at most: 1 to 20 (default 10).": "Найбільша кількість джерел: від 1 до 20 (за замовчуванням 10).",
  "The sources found (at most `limit`).": "Знайдені джерела (не більше ніж `limit`).",
  "List the legal instruments": "Перелік правових актів",
  "Treaties, statutes, codes and other instruments, by slug, a page at a time.":
    "Договори, статути, кодекси та інші правові акти, за `slug`, посторінково.",
  "How many items per page: 1 to 100 (default 50).": "Кількість записів на сторінці: від 1 до 100 (за замовчуванням 50).",
  "Keyset pagination: the slug of the last item of the previous page (use `next`).":
    "Поділ на сторінки за ключем: `slug` останнього запису попередньої сторінки (користуйтеся `next`).",
  "One page of instruments.": "Одна сторінка правових актів.",
  "One instrument with its provisions": "Один правовий акт з його положеннями",
  "The instrument, the forums based on it and its provisions in the instrument's order, each with its source.":
    "Правовий акт, форуми, що на ньому ґрунтуються, і його положення в порядку акта, кожне зі своїм джерелом.",
  "The instrument's slug, as in its address.": "`slug` правового акта, як у його адресі.",
  "The instrument.": "Правовий акт.",

  // ---- Rules
  "List the jurisdiction rules": "Перелік правил юрисдикції",
  "The rules the jurisdiction engine reasons with, by slug, a page at a time, filtered by forum, crime, effect, situation and the date they are in force.":
    "Правила, з яких виходить механізм визначення юрисдикції, за `slug`, посторінково, з фільтрами за форумом, злочином, наслідком, ситуацією і датою, на яку вони чинні.",
  "Only the rules of this forum.": "Лише правила цього форуму.",
  "Only the rules that apply to this crime (those naming it, and those naming no crime).":
    "Лише правила, що застосовуються до цього злочину (ті, що його називають, і ті, що не називають жодного злочину).",
  "Only rules with this effect.": "Лише правила з цим наслідком.",
  "Only the rules for this situation (and those holding in every situation).":
    "Лише правила для цієї ситуації (і ті, що діють у кожній ситуації).",
  "Only the rules in force on this date (YYYY-MM-DD), with `status` placed against it; without it, every rule, placed against today.":
    "Лише правила, чинні на цю дату (РРРР-ММ-ДД), зі статусом `status` станом на неї; без неї — усі правила, станом на сьогодні.",
  "One page of rules.": "Одна сторінка правил.",
  "One jurisdiction rule": "Одне правило юрисдикції",
  "The rule with its scope, validity (status placed against today), provision, source and the milestones that opened or closed it.":
    "Правило з його сферою дії, чинністю (статус станом на сьогодні), положенням, джерелом і подіями, що його відкрили чи закрили.",
  "The rule's slug, as in its address.": "`slug` правила, як у його адресі.",
  "The rule.": "Правило.",

  // ---- Jurisdiction and coverage
  "Which forums can try a profile?": "Які форуми можуть розглядати справу з таким профілем?",
  "For a crime, a kind of accused, a level, a mode of liability and a situation: which forums can try it, and the rules, provisions and sources each answer rests on. A question has two dates. `conduct` is when the conduct took place (a day, a month, a year, or a period FROM/TO): what a rule must reach, ratione temporis. `asOf` is the architecture in force: the rules as they stood on that day (default today). Without `conduct`, every conduct up to asOf is considered, and `periods` says, stretch by stretch of conduct, what each forum can try. Each forum is `covers`, `conditional` (with its `conditions`, each of a kind: CASE_FACT, NOT_OPERATIONAL or DATE_PRECISION; all must hold), `excluded` (a recorded rule says so, and why), or `unknown`: no rule recorded, the tracker's silence rather than the law's, never counted as an impunity gap. A gap is a profile every forum excludes by a recorded rule. A forum's `note` says what remains when it covers (the ICC: admissibility under Article 17). `policy` is the complementarity split for the profile (who should take such cases): policy or recommendation, never jurisdiction. Also at /api/jurisdiction.":
    `Для злочину, категорії обвинуваченого, рівня, форми участі та ситуації: які форуми можуть це розглядати, і правила, положення та джерела, на яких ґрунтується кожна відповідь. ${TWO_DATES} ${FOUR_STATUSES} ` +
    "Нотатка форуму `note` каже, яке питання лишається, коли він охоплює справу (для МКС — прийнятність за статтею 17). `policy` — розподіл за принципом комплементарності для профілю (хто має брати такі справи): політика чи рекомендація, ніколи не юрисдикція. Також за адресою `/api/jurisdiction`.",
  "The kind of accused: natural or legal person.": "Категорія обвинуваченого: фізична чи юридична особа.",
  "The level of responsibility: required for a natural person, not allowed for a legal one.":
    "Рівень відповідальності: обов’язковий для фізичної особи, не допускається для юридичної.",
  "The mode of liability (default direct).": "Форма участі (за замовчуванням `direct`).",
  "The situation (default ukraine).": "Ситуація (за замовчуванням `ukraine`).",
  "When the conduct took place: a day (2022-03-15), a month (2022-03), a year (2022), or a period between two of those, FROM/TO (2022-02-24/2023-03). A month or a year means any day within it. It cannot begin after asOf. Leave it out to consider every conduct up to asOf: `periods` then says, stretch by stretch, what each forum can try.":
    "Коли відбулося діяння: день (`2022-03-15`), місяць (`2022-03`), рік (`2022`) або період між двома такими датами, `FROM/TO` (`2022-02-24/2023-03`). Місяць чи рік означає будь-який день у ньому. Не може починатися пізніше за `asOf`. Без нього розглядається кожне діяння до `asOf`: тоді `periods` показує, відрізок за відрізком, що може розглядати кожен форум.",
  "The architecture in force: the rules as they stood on this day (YYYY-MM-DD, default today), e.g. before or after a ratification. Not the date of the conduct (see `conduct`).":
    "Чинна архітектура: правила в тому вигляді, в якому вони діяли цього дня (РРРР-ММ-ДД, за замовчуванням сьогодні), наприклад до чи після ратифікації. Не дата діяння (див. `conduct`).",
  "The answer.": "Відповідь.",
  "The coverage matrix": "Матриця охоплення",
  "Every case category (crime, kind of accused, level) against every forum, with the tracked cases in each cell and the rows every forum excludes (gap). A question has two dates. `conduct` is when the conduct took place (a day, a month, a year, or a period FROM/TO): what a rule must reach, ratione temporis. `asOf` is the architecture in force: the rules as they stood on that day (default today). Without `conduct`, every conduct up to asOf is considered, and `periods` says, stretch by stretch of conduct, what each forum can try. Each forum is `covers`, `conditional` (with its `conditions`, each of a kind: CASE_FACT, NOT_OPERATIONAL or DATE_PRECISION; all must hold), `excluded` (a recorded rule says so, and why), or `unknown`: no rule recorded, the tracker's silence rather than the law's, never counted as an impunity gap. A gap is a profile every forum excludes by a recorded rule. With policy=on, each cell and row names the policies (complementarity split, not jurisdiction) that speak to it, and `policies` lists them. Also at /api/coverage.":
    `Кожна категорія справ (злочин, категорія обвинуваченого, рівень) проти кожного форуму, зі справами, що відстежуються, у кожній клітинці та рядками, які виключає кожен форум (прогалина). ${TWO_DATES} ${FOUR_STATUSES} ` +
    "З `policy=on` кожна клітинка й рядок називають політики (розподіл за принципом комплементарності, не юрисдикція), що їх стосуються, а `policies` їх перелічує. Також за адресою `/api/coverage`.",
  "on: add the complementarity split (who should take such cases, as policy or recommendation) beside each cell and row, and the list of those policies. It is policy, not jurisdiction: it changes no status. Default off.":
    "`on`: додати біля кожної клітинки й рядка розподіл за принципом комплементарності (хто має брати такі справи, як політика чи рекомендація) і перелік цих політик. Це політика, не юрисдикція: жодного статусу вона не змінює. За замовчуванням `off`.",
  "The matrix.": "Матриця.",

  // ---- Milestones
  "The timeline": "Хронологія",
  "Milestones matching the timeline's filters, newest first (then by title), a page at a time: `next` is the address of the following page (with the same filters), or null on the last. `matching` counts the milestones matching the filters on every page. A bad or unknown parameter is a 400 naming it. A milestone the words (`q`) found inside a document (its own, or one attached to a source it cites) carries `documentMatch`: the document, its page and the passage.":
    "Події, що відповідають фільтрам хронології, від найновіших (далі за назвою), посторінково: `next` — адреса наступної сторінки (з тими самими фільтрами) або `null` на останній. `matching` — кількість подій, що відповідають фільтрам, на всіх сторінках. Хибний чи невідомий параметр дає відповідь 400, яка його називає. Подія, яку слова (`q`) знайшли в документі (її власному або прикріпленому до джерела, на яке вона посилається), має `documentMatch`: документ, його сторінку й уривок.",
  "Only milestones of this track.": "Лише події цього напряму.",
  "Only milestones of this type.": "Лише події цього типу.",
  "Only milestones concerning this forum.": "Лише події, що стосуються цього форуму.",
  "Only milestones of this year (years that have milestones).": "Лише події цього року (роки, в яких є події).",
  "Words, each found in any form or spelling (Ukrainian, Russian or Latin letters, any apostrophe; the start of a word is enough) in the title, the description, what it changed, their translation, or a source's title or passage.":
    "Слова, кожне з яких має знайтися в будь-якій формі чи написанні (українськими, російськими чи латинськими літерами, з будь-яким апострофом; досить початку слова) у назві, описі, у тому, що змінила подія, у їхньому перекладі або в назві чи уривку джерела.",
  "From this day, month or year (2024-10-25, 2024-10 or 2024): its first day included.":
    "Від цього дня, місяця чи року (`2024-10-25`, `2024-10` або `2024`), включно з його першим днем.",
  "To this day, month or year: its last day included. Before `from`: a 400.":
    "До цього дня, місяця чи року, включно з його останнім днем. Раніше за `from` — відповідь 400.",
  "Milestones per page: 1 to 500 (default 100).": "Подій на сторінці: від 1 до 500 (за замовчуванням 100).",
  "Keyset pagination: an opaque position; copy it from `next`.": "Поділ на сторінки за ключем: непрозора позиція; скопіюйте її з `next`.",
  "The milestones.": "Події.",
  "Log a milestone": "Записати подію",
  "Analysts; effects on rules (opens, closes) need an admin. `lang` is the language the title, description and whatChanged are written in (uk or en; en when left out); `translations` gives them in the other language (`{ \"en\": { \"title\": … } }`), stored as translated by you today. A translation into the milestone's own language is a 400 naming the field.":
    "Аналітики; наслідки для правил (відкриття, закриття) може задавати лише адміністратор. `lang` — мова, якою написано `title`, `description` і `whatChanged` (`uk` або `en`; якщо не вказано, `en`); `translations` містить ці тексти іншою мовою (`{ \"en\": { \"title\": … } }`) і зберігає їх як ваш переклад, датований сьогоднішнім днем. Переклад мовою самої події — відповідь 400 із назвою поля.",
  "In `translations`, a language left out keeps its texts, a text left out keeps its value, a text given as null or empty removes it, and a language given as null removes all of its texts.":
    "У `translations` мова, якої не вказано, зберігає свої тексти, текст, якого не вказано, зберігає своє значення, текст `null` або порожній вилучається, а мова зі значенням `null` вилучає всі свої тексти.",
  "The new milestone (Location header).": "Нова подія (заголовок `Location`).",
  "One milestone": "Одна подія",
  "The milestone's slug (or its id).": "`slug` події (або її `id`).",
  "The milestone with its version.": "Подія з її версією.",
  "Change a milestone": "Змінити подію",
  "Only the fields that change, and expectedVersion.": "Лише поля, що змінюються, і `expectedVersion`.",
  "The version you edited (409 if it changed since).": "Версія, яку ви редагували (409, якщо відтоді вона змінилася).",
  "The milestone with its new version.": "Подія з її новою версією.",
  "Delete (hide) a milestone": "Видалити (приховати) подію",
  "Nothing is erased; its history stays. The version may also be sent as ?expectedVersion=n.":
    "Нічого не стирається; історія змін лишається. Версію можна також надіслати як `?expectedVersion=n`.",
  "The version you are deleting, if not sent in a JSON body.": "Версія, яку ви видаляєте, якщо її не надіслано в тілі JSON.",
  "The milestone as it was.": "Подія в тому вигляді, якою вона була.",

  // ---- Cases
  "The case list": "Перелік справ",
  "Cases with the list's search, facets, order and keyset pages. Signed in, the search also covers analysts' notes. A case the words (`q`) found inside one of its documents carries `documentMatch` (the document, its page and the passage); otherwise it is null.":
    "Справи з пошуком, фільтрами, порядком і сторінками за ключем, як у переліку. Після входу пошук охоплює й нотатки аналітиків. Справа, яку слова (`q`) знайшли в одному з її документів, має `documentMatch` (документ, його сторінку й уривок); інакше це поле — `null`.",
  "Search words (English or Ukrainian) over titles, references, accused and, when signed in, notes.":
    "Слова для пошуку (англійською чи українською) у назвах, номерах справ, обвинувачених і, після входу, у нотатках.",
  "Cases before this forum. Repeat for any of several.": "Справи в цьому форумі. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases in this situation. Repeat for any of several.": "Справи в цій ситуації. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases with a charge of this crime. Repeat for any of several.":
    "Справи з обвинуваченням у цьому злочині. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases with a charge under this mode of liability. Repeat for any of several.":
    "Справи з обвинуваченням за цією формою участі. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases against this accused (slug). Repeat for any of several.":
    "Справи проти цього обвинуваченого (`slug`). Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases with an accused at this level of responsibility. Repeat for any of several.":
    "Справи з обвинуваченим цього рівня відповідальності. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases at this stage. Repeat for any of several.": "Справи на цій стадії. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Cases opened in this year. Repeat for any of several.":
    "Справи, відкриті цього року. Повторіть параметр, щоб знайти будь-яке з кількох значень.",
  "Order: relevance (only with q), recent, opened, reference or title.":
    "Порядок: `relevance` (за відповідністю, лише з `q`), `recent` (спочатку остання стадія), `opened` (спочатку нещодавно відкриті), `reference` (за номером справи) або `title` (за назвою).",
  "Keyset pagination: copy it from `next`.": "Поділ на сторінки за ключем: скопіюйте значення з `next`.",
  "Cases per page: 1 to 100 (default 25).": "Справ на сторінці: від 1 до 100 (за замовчуванням 25).",
  "One page of cases with facet counts.": "Одна сторінка справ з кількістю за кожним значенням фільтрів.",
  "Record a case": "Записати справу",
  "The new case (Location header).": "Нова справа (заголовок `Location`).",
  "One case": "Одна справа",
  "The case's slug (or its id).": "`slug` справи (або її `id`).",
  "The case record with its version.": "Запис справи з його версією.",
  "Change a case": "Змінити справу",
  "A list sent replaces the case's list. The stage changes through /stages.":
    "Надісланий список замінює відповідний список справи. Стадія змінюється через `/stages`.",
  "The case with its new version.": "Справа з її новою версією.",
  "Delete (hide) a case": "Видалити (приховати) справу",
  "The version may also be sent as ?expectedVersion=n.": "Версію можна також надіслати як `?expectedVersion=n`.",
  "The case as it was.": "Справа в тому вигляді, якою вона була.",
  "Record a stage change": "Записати зміну стадії",
  "The stage rules (docs/decisions/009-case-stages.md) refuse impossible moves with a 400 saying why.":
    "Правила стадій (`docs/decisions/009-case-stages.md`) відхиляють неможливий перехід відповіддю 400, яка пояснює чому.",
  "The case.": "Справа.",

  // Users' texts in either language (decision 042).
  'lang is the language title and summary are written in ("uk" or "en"; default "en"). translations gives them in the other language, { "uk": { "title": …, "summary": … } }: stored as translated by you, today. A translation into the case\'s own language is refused (400, naming the field).':
    "`lang` — мова, якою написано `title` і `summary` (`\"uk\"` або `\"en\"`; за замовчуванням `\"en\"`). `translations` подає їх іншою мовою, `{ \"uk\": { \"title\": …, \"summary\": … } }`: зберігається як ваш переклад, датований сьогоднішнім днем. Переклад мовою самої справи відхиляється (400 з назвою поля).",
  'lang is the language the body is written in ("uk" or "en"; default "en"); translations gives the body in the other language, { "en": { "body": … } }. It is read exactly as the note is: signed-in users only, never the case\'s public record.':
    "`lang` — мова, якою написано `body` (`\"uk\"` або `\"en\"`; за замовчуванням `\"en\"`); `translations` подає текст іншою мовою, `{ \"en\": { \"body\": … } }`. Його читають так само, як саму нотатку: лише користувачі, що увійшли, і ніколи в публічному записі справи.",
  "Only the fields that change, and expectedVersion. A translation left out stays as it is; one sent as null or empty is removed.":
    "Лише поля, що змінюються, і `expectedVersion`. Не надісланий переклад лишається як є; надісланий як `null` або порожній — вилучається.",
  'lang is the language the body is written in ("uk" or "en"; default "en"); translations gives the body in the other language, { "en": { "body": … } }. It is read exactly as the note is: signed-in users only, never the case\'s public record. A translation left out stays as it is; one sent as null or empty is removed.':
    "`lang` — мова, якою написано `body` (`\"uk\"` або `\"en\"`; за замовчуванням `\"en\"`); `translations` подає текст іншою мовою, `{ \"en\": { \"body\": … } }`. Його читають так само, як саму нотатку: лише користувачі, що увійшли, і ніколи в публічному записі справи. Не надісланий переклад лишається як є; надісланий як `null` або порожній — вилучається.",

  // ---- Notes
  "The notes on a case": "Нотатки до справи",
  "Signed-in users only (any role), newest first.": "Лише для користувачів, що увійшли (будь-яка роль), від найновіших.",
  "The case's slug.": "`slug` справи.",
  "The notes.": "Нотатки.",
  "Add a note": "Додати нотатку",
  "Analysts and admins.": "Аналітики й адміністратори.",
  "The note, version 1 (Location header).": "Нотатка, версія 1 (заголовок `Location`).",
  "One note with every version": "Одна нотатка з усіма версіями",
  "The note's id.": "`id` нотатки.",
  "The note.": "Нотатка.",
  "Change a note": "Змінити нотатку",
  "The author or an admin. 409 carries both texts (current and yours).":
    "Автор або адміністратор. Відповідь 409 містить обидва тексти (чинний і ваш).",
  "Delete (hide) a note": "Видалити (приховати) нотатку",
  "The author or an admin. The version may also be sent as ?expectedVersion=n.":
    "Автор або адміністратор. Версію можна також надіслати як `?expectedVersion=n`.",
  "The note as it was.": "Нотатка в тому вигляді, якою вона була.",

  // ---- Following
  "What you follow": "За чим ви стежите",
  "Your follows.": "Ваші стеження.",
  "Follow a case, a forum or a search": "Стежити за справою, форумом або пошуком",
  "200 with the existing follow when it is already followed.": "200 з наявним стеженням, якщо за цим уже стежать.",
  "The new follow.": "Нове стеження.",
  "One of your follows": "Одне з ваших стежень",
  "The follow's id.": "`id` стеження.",
  "The follow.": "Стеження.",
  Unfollow: "Припинити стежити",
  "The removed follow.": "Вилучене стеження.",

  // ---- Import
  "Import a file of cases, milestones or sources": "Імпорт файлу справ, подій або джерел",
  "Analysts and admins. Every record is checked with the forms' rules; the import is one transaction, all or nothing: a rejected record, an unreadable file or a client that goes away leaves the database as it was. Records carry external ids, so importing a file again updates (or leaves unchanged) what it imported, never duplicates it. The answer streams as JSON lines (`application/x-ndjson`): `progress` lines, one `row` line per record in file order, then one `done` (with the summary) or `error`. Refusals before any work (credentials, role, parameters, an empty or too large body) are plain JSON errors with their status. Full dumps from `npm run export` are restored on the command line, not here.":
    "Аналітики й адміністратори. Кожен запис перевіряється за правилами форм; імпорт — одна транзакція, усе або нічого: відхилений запис, нечитабельний файл або клієнт, що від’єднався, залишають базу даних такою, якою вона була. " +
    "Записи мають зовнішні ідентифікатори, тож повторний імпорт файлу оновлює (або лишає без змін) те, що він імпортував, і ніколи не дублює. " +
    "Відповідь надходить потоком рядків JSON (`application/x-ndjson`): рядки `progress`, по одному рядку `row` на кожен запис у порядку файлу, потім один `done` (з підсумком) або `error`. " +
    "Відмови до початку роботи (облікові дані, роль, параметри, порожнє чи завелике тіло) — звичайні помилки JSON зі своїм кодом стану. Повні вивантаження з `npm run export` відновлюються з командного рядка, не тут.",
  "What the file holds. Import sources first: cases and milestones cite them by external id.":
    "Що містить файл. Спершу імпортуйте джерела: справи й події посилаються на них за зовнішнім ідентифікатором.",
  "The file's format; send it with the matching Content-Type.": "Формат файлу; надсилайте його з відповідним `Content-Type`.",
  "true: check every record and report what would happen, writing nothing. false: import, all or nothing.":
    "`true`: перевірити кожен запис і повідомити, що сталося б, нічого не записуючи. `false`: імпортувати, усе або нічого.",
  "Sent as it is (not a form), at most 512 MB; one import runs at a time on a server (409 while another runs). CSV: a header row naming the kind's columns (the import page lists them and offers templates), then one row per record (a case may take several consecutive rows). JSON: one array of records.":
    "Надсилається як є (не як форма), не більше ніж 512 МБ; на сервері водночас виконується один імпорт (409, поки триває інший). CSV: рядок заголовків з назвами стовпців для цього виду (сторінка імпорту їх перелічує і пропонує шаблони), далі по рядку на запис (справа може займати кілька рядків поспіль). JSON: один масив записів.",
  "The import as it runs, one JSON object per line (each line's schema is given here): `progress` lines, one `row` per record, then `done` with the summary, or `error`.":
    "Хід імпорту, по одному об’єкту JSON у рядку (схему кожного рядка наведено тут): рядки `progress`, по одному `row` на запис, потім `done` з підсумком або `error`.",

  // ---- Accused: other spellings (aliases)
  "An accused's other spellings": "Інші написання імені обвинуваченого",
  "The aliases search and the same-person check match, with the accused's updatedAt.":
    "Написання, які враховують пошук і перевірка «та сама особа», разом з `updatedAt` обвинуваченого.",
  "The accused's slug, as in its address.": "Ідентифікатор (`slug`) обвинуваченого, як в адресі його сторінки.",
  "The aliases.": "Інші написання.",
  "Add a spelling of an accused's name": "Додати написання імені обвинуваченого",
  "Analysts and admins. 409 for a spelling the accused already has (as a name or an alias, whatever its case or apostrophe) or when the accused changed since expectedUpdatedAt.":
    "Аналітики й адміністратори. 409, якщо таке написання в обвинуваченого вже є (як ім’я чи інше написання, хоч би якими були великі літери чи апостроф) або якщо обвинуваченого змінено після `expectedUpdatedAt`.",
  "Another spelling of the name (Путин, Poutine), at most 300 characters.": "Інше написання імені (`Путин`, `Poutine`), не більше ніж 300 символів.",
  "The accused's updatedAt as you last saw it (409 if it changed since).": "`updatedAt` обвинуваченого, яким ви бачили його востаннє (409, якщо його відтоді змінено).",
  "Every alias and the accused's new updatedAt.": "Усі інші написання й новий `updatedAt` обвинуваченого.",
  "Remove a spelling of an accused's name": "Вилучити написання імені обвинуваченого",
  "Analysts and admins. The version may also be sent as ?expectedUpdatedAt=….":
    "Аналітики й адміністратори. Версію можна також надіслати як `?expectedUpdatedAt=…`.",
  "The alias's id.": "Ідентифікатор (`id`) цього написання.",
  "The accused's updatedAt as you last saw it, if not sent in a JSON body.": "`updatedAt` обвинуваченого, яким ви бачили його востаннє, якщо його не надіслано в тілі JSON.",
  "The remaining aliases and the accused's new updatedAt.": "Решта інших написань і новий `updatedAt` обвинуваченого.",

  // ---- Documents (decision 049)
  "The source's slug, as in its address.": "`slug` джерела, як у його адресі.",
  "The case's slug, as in its address.": "`slug` справи, як у її адресі.",
  "The milestone's slug, as in its address.": "`slug` події, як у її адресі.",
  "The documents attached to a source": "Документи, прикріплені до джерела",
  "The documents attached to a case": "Документи, прикріплені до справи",
  "The documents attached to a milestone": "Документи, прикріплені до події",
  "Anyone; 404 for an unknown source.": "Будь-хто; 404 для невідомого джерела.",
  "Anyone; 404 for an unknown case or a deleted one.": "Будь-хто; 404 для невідомої або видаленої справи.",
  "Anyone; 404 for an unknown milestone or a deleted one.": "Будь-хто; 404 для невідомої або видаленої події.",
  "The documents, oldest first.": "Документи, від найдавніших.",
  "Attach a document to a source": "Прикріпити документ до джерела",
  "Attach a document to a case": "Прикріпити документ до справи",
  "Attach a document to a milestone": "Прикріпити документ до події",
  "Analysts and admins. 201 with the document (Location header: its bytes); 200 with the existing one when the same bytes are already attached here (nothing changes). The same bytes attached elsewhere are stored once. A 413 (too large) or 415 (not a kind the tracker takes) names the file and the reason; no refusal stores anything.":
    "Аналітики й адміністратори. 201 з документом (заголовок `Location` вказує на його байти); 200 з наявним документом, якщо ті самі байти вже прикріплено тут (нічого не змінюється). Ті самі байти, прикріплені деінде, зберігаються один раз. " +
    "Відповідь 413 (завеликий) або 415 (вид, якого трекер не приймає) називає файл і причину; жодна відмова нічого не зберігає.",
  "A multipart/form-data body: the document in the field `file` (one per request), optionally `title` (else the file's name) and `language` (`uk` or `en`). PDF, HTML, plain text (UTF-8), JPEG or PNG, read from the bytes whatever the name or declared type says; at most 50 MB unless the server's DOCUMENT_MAX_BYTES says otherwise. The file is streamed to the store, never held in memory.":
    "Тіло `multipart/form-data`: документ у полі `file` (один на запит), за бажанням `title` (інакше назва файлу) і `language` (`uk` або `en`). " +
    "`PDF`, `HTML`, звичайний текст (UTF-8), `JPEG` або `PNG` — вид визначається за байтами, хоч би що казали назва чи заявлений тип; не більше ніж 50 МБ, якщо `DOCUMENT_MAX_BYTES` сервера не встановлює іншого. Файл передається до сховища потоком і ніколи не тримається в пам’яті.",
  "The attached document.": "Прикріплений документ.",
  "A document's bytes": "Байти документа",
  "Anyone, for a document attached to a live public record; signed-in users also for one attached to a live note (a document attached only to notes is 404 to a visitor, who may not read notes). 404 otherwise. PDFs and images are shown inline; HTML and text come as a download with `Content-Security-Policy: sandbox`, so nothing in them runs. Always `X-Content-Type-Options: nosniff`; the SHA-256 is the ETag (304 to a matching `If-None-Match`), and the bytes at an address never change. Append `#page=N` to open a PDF at page N.":
    "Будь-хто, для документа, прикріпленого до чинного (не видаленого) публічного запису; користувачі, що увійшли, — також для документа, прикріпленого до чинної нотатки (документ, прикріплений лише до нотаток, для відвідувача — 404: нотаток він не читає). Інакше 404. " +
    "Файли `PDF` і зображення показуються в браузері; `HTML` і текст надходять як завантаження з `Content-Security-Policy: sandbox`, тож ніщо в них не виконується. " +
    "Завжди `X-Content-Type-Options: nosniff`; `SHA-256` — це `ETag` (304 у відповідь на відповідний `If-None-Match`), а байти за адресою ніколи не змінюються. Додайте `#page=N`, щоб відкрити `PDF` на сторінці `N`.",
  "The document's SHA-256 in lowercase hex, as in its `url`.": "`SHA-256` документа в шістнадцятковому записі малими літерами, як у його `url`.",
  "The bytes, of the document's media type.": "Байти, з медіатипом документа.",
  "A document's extracted text": "Текст, видобутий з документа",
  "The text read from the document, as UTF-8 plain text (a PDF's pages separated by a form feed), once its extraction is `DONE`; with `Accept: application/json`, `{ sha256, state, reason, paged, pages: [{ page, text }] }`. Until then 409, with `error.text: { state, reason }`: `QUEUED`, ask again later; `FAILED` or `NO_TEXT_LAYER` (a scan), it will not come. 404 as for the bytes.":
    "Текст, прочитаний з документа, як звичайний текст UTF-8 (сторінки `PDF` розділено символом розриву сторінки), щойно його видобування має стан `DONE`; з `Accept: application/json` — `{ sha256, state, reason, paged, pages: [{ page, text }] }`. " +
    "До того — 409 з `error.text: { state, reason }`: `QUEUED` — спитайте пізніше; `FAILED` або `NO_TEXT_LAYER` (скан) — тексту не буде. 404 — як для байтів.",
  "The extracted text: plain text, or page by page as JSON.": "Видобутий текст: звичайним текстом або посторінково в JSON.",
  "Remove a document from a source": "Вилучити документ із джерела",
  "Remove a document from a case": "Вилучити документ зі справи",
  "Remove a document from a milestone": "Вилучити документ із події",
  "The documents attached to a note": "Документи, прикріплені до нотатки",
  "Signed-in users only (any role), as the note itself: 401 for a visitor; 404 for an unknown or deleted note, or a note of another case.":
    "Лише для користувачів, що увійшли (будь-яка роль), як і сама нотатка: 401 для відвідувача; 404 для невідомої чи видаленої нотатки або нотатки іншої справи.",
  "Attach a document to a note": "Прикріпити документ до нотатки",
  "The note's author or an admin (403 otherwise); 404 for a deleted note or a note of another case. 201 with the document (Location header: its bytes); 200 with the existing one when the same bytes are already attached here (nothing changes). The same bytes attached elsewhere are stored once. A 413 (too large) or 415 (not a kind the tracker takes) names the file and the reason; no refusal stores anything.":
    "Автор нотатки або адміністратор (інакше 403); 404 для видаленої нотатки або нотатки іншої справи. 201 з документом (заголовок `Location` вказує на його байти); 200 з наявним документом, якщо ті самі байти вже прикріплено тут (нічого не змінюється). Ті самі байти, прикріплені деінде, зберігаються один раз. " +
    "Відповідь 413 (завеликий) або 415 (вид, якого трекер не приймає) називає файл і причину; жодна відмова нічого не зберігає.",
  "Remove a document from a note": "Вилучити документ із нотатки",
  "The note's author or an admin (403 otherwise); 404 for a deleted note or a note of another case. Send the attachment's version as `expectedVersion` (or `?expectedVersion=n`): 409 if it moved since. The bytes stay (another record may use them); attaching the same file again restores the attachment. 404 if the document is not attached here.":
    "Автор нотатки або адміністратор (інакше 403); 404 для видаленої нотатки або нотатки іншої справи. Надішліть версію прикріплення як `expectedVersion` (або `?expectedVersion=n`): 409, якщо її відтоді змінено. Байти залишаються (їх може використовувати інший запис); повторне прикріплення того самого файлу відновлює прикріплення. 404, якщо документ тут не прикріплено.",
  "Analysts and admins. Send the attachment's version as `expectedVersion` (or `?expectedVersion=n`): 409 if it moved since. The bytes stay (another record may use them); attaching the same file again restores the attachment. 404 if the document is not attached here.":
    "Аналітики й адміністратори. Надішліть версію прикріплення як `expectedVersion` (або `?expectedVersion=n`): 409, якщо її відтоді змінено. Байти залишаються (їх може використовувати інший запис); повторне прикріплення того самого файлу відновлює прикріплення. 404, якщо документ тут не прикріплено.",
  "The removed attachment.": "Вилучене прикріплення.",

  // ---- Account
  "Who the credentials stand for": "Кому належать облікові дані",
  "Check an API token with it.": "Цим можна перевірити токен API.",
  "The account.": "Обліковий запис.",

  // ---- Error answers (lib/web/openapi.ts ERROR_DESCRIPTIONS)
  "A parameter or field is unknown, repeated or invalid; `errors` names each one.":
    "Параметр чи поле невідоме, повторене або хибне; `errors` називає кожне.",
  "No session and no valid API token.": "Немає ні сеансу, ні дійсного токена API.",
  "Signed in, but the role does not allow it (or a session request from another site).":
    "Вхід виконано, але роль цього не дозволяє (або запит із сеансом надійшов з іншого сайту).",
  "No such record (or it was deleted).": "Такого запису немає (або його видалено).",
  "A conflict: someone changed the record since the version you sent (or, for an import, another import is running); nothing was written.":
    "Конфлікт: після надісланої вами версії запис хтось змінив (або, для імпорту, триває інший імпорт); нічого не записано.",
  "The content is of a kind the endpoint does not take (read from the bytes, not the name or the declared type); nothing was stored.":
    "Вміст такого виду, якого кінцева точка не приймає (визначено за байтами, а не за назвою чи заявленим типом); нічого не збережено.",
  "The request body is larger than the endpoint accepts; nothing was read or written.":
    "Тіло запиту більше, ніж приймає кінцева точка; нічого не прочитано й не записано.",

  // ---- Translations of reference data
  "The translations of reference data": "Переклади довідкових даних",
  "Every translatable field of the reference records (forums, crimes, levels, modes, kinds of accused, situations, tracks, types, instruments, provisions, rules, policies) with its recorded English and its translation: `OFFICIAL` (with its source), `TRANSLATED` (by whom, when) or `MISSING` (a field never translated is `MISSING` with version 0).":
    "Кожне поле довідкових записів, що перекладається (форуми, злочини, рівні, форми участі, категорії обвинувачених, ситуації, напрями, типи, правові акти, положення, правила, політики), із записаним англійським текстом і його перекладом: `OFFICIAL` (офіційний текст, з джерелом), `TRANSLATED` (переклад: хто і коли) або `MISSING` (перекладу бракує; поле, яке ніколи не перекладали, має стан `MISSING` і версію 0).",
  "Only the fields of this model.": "Лише поля цієї моделі.",
  "Only translations in this state; MISSING includes fields with no translation at all.": "Лише переклади в цьому стані; `MISSING` охоплює й поля, яких ніколи не перекладали.",
  "The language translated into (default uk).": "Мова перекладу (за замовчуванням `uk`).",
  "The fields, missing first.": "Поля, спершу ті, яким бракує перекладу.",
  "Set a field's translation": "Задати переклад поля",
  "Administrators. `TRANSLATED`: the text, credited to you, dated today (Kyiv). `OFFICIAL`: the text, the slug of a recorded official source and where it gives it. `MISSING`: no text, and why in `note`. Send the version you edited as `expectedVersion` (0 when there was no translation): 409 with both versions when it changed since. Seeding again leaves an edited translation as it is.":
    "Адміністратори. `TRANSLATED`: текст, перекладачем зазначено вас, датою — сьогоднішній день (за київським часом). `OFFICIAL`: текст, `slug` записаного офіційного джерела і місце в ньому. `MISSING`: без тексту, з причиною в `note`. Надішліть версію, яку ви редагували, як `expectedVersion` (0, якщо перекладу не було): якщо відтоді її змінили — 409 з обома версіями. Повторне заповнення початковими даними не змінює відредагованого перекладу.",
  "The model, as `entity` in the list (Forum, CrimeCategory…).": "Модель, як `entity` у переліку (`Forum`, `CrimeCategory`…).",
  "The record's slug.": "`slug` запису.",
  "The field (name, description…).": "Поле (`name`, `description`…).",
  "The language translated into (uk).": "Мова перекладу (`uk`).",
  "The translation with its new version.": "Переклад з його новою версією.",
};

/** The text in the reader's language: Ukrainian when there is one, else the English as it is. */
export function localizeApiText(text: string, locale: Locale): string {
  return locale === "uk" ? (API_DOC_TEXTS_UK[text] ?? text) : text;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

/** One text the /api-docs page shows, with where it is ("get /api/v1/forums, parameter limit"). */
export type ShownText = { where: string; text: string; set: (text: string) => void };

/** The fields of a JSON request body the page lists: the top-level properties, or those of each variant. */
function bodyFieldTexts(schema: unknown, where: string, found: ShownText[]) {
  if (!isObject(schema)) return;
  const variants = (schema.oneOf ?? schema.anyOf) as unknown;
  if (Array.isArray(variants)) {
    variants.forEach((variant, i) => bodyFieldTexts(variant, `${where} (variant ${i + 1})`, found));
    return;
  }
  for (const [name, field] of Object.entries(isObject(schema.properties) ? schema.properties : {})) {
    if (isObject(field) && typeof field.description === "string") found.push({ where: `${where}, field ${name}`, text: field.description, set: (t) => (field.description = t) });
  }
}

/**
 * Every text of the document that the /api-docs page shows, walked the way the page renders it:
 * each operation's summary and description, its parameters', request body's (and its JSON
 * fields') and responses' descriptions. `set` writes a text back, on a copy of the document.
 */
export function shownTexts(document: Json): ShownText[] {
  const found: ShownText[] = [];
  const paths = isObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const [method, op] of Object.entries(item)) {
      if (!isObject(op)) continue;
      const at = `${method} ${path}`;
      if (typeof op.summary === "string") found.push({ where: `${at}, summary`, text: op.summary, set: (t) => (op.summary = t) });
      if (typeof op.description === "string") found.push({ where: `${at}, description`, text: op.description, set: (t) => (op.description = t) });
      for (const p of Array.isArray(op.parameters) ? op.parameters : []) {
        if (isObject(p) && typeof p.description === "string") found.push({ where: `${at}, parameter ${String(p.name)}`, text: p.description, set: (t) => (p.description = t) });
      }
      const body = op.requestBody;
      if (isObject(body)) {
        if (typeof body.description === "string") found.push({ where: `${at}, request body`, text: body.description, set: (t) => (body.description = t) });
        const content = isObject(body.content) ? body.content : {};
        const json = content["application/json"];
        // The page lists a JSON body's fields only when JSON is its one content type.
        if (Object.keys(content).length === 1 && isObject(json)) bodyFieldTexts(json.schema, `${at}, request body`, found);
      }
      for (const [status, response] of Object.entries(isObject(op.responses) ? op.responses : {})) {
        if (isObject(response) && typeof response.description === "string") found.push({ where: `${at}, response ${status}`, text: response.description, set: (t) => (response.description = t) });
      }
    }
  }
  return found;
}

/**
 * The document as the page shows it in `locale`: a copy (the held document is shared and stays
 * English) with the texts the page shows translated. English: the document itself.
 */
export function localizeApiDocument<D extends Json>(document: D, locale: Locale): D {
  if (locale === "en") return document;
  const copy = structuredClone(document);
  for (const shown of shownTexts(copy)) shown.set(localizeApiText(shown.text, locale));
  return copy;
}
