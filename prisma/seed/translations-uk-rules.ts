/**
 * The seeded jurisdiction rules (summary, condition) and complementarity policies (statement) in
 * Ukrainian, by slug (reference-data.ts, "Jurisdiction rules" and "The complementarity split").
 * Same forms and rules as translations-uk.ts, and the same renderings of its terms: a string is
 * the tracker's translation; `{ missing }` is left for a lawyer, with why.
 *
 * Left missing here, as there: what names Ukraine's declarations under Article 12(3) (the
 * instrument's short title and the provisions' summaries that name them are missing); what gives
 * an instrument's own words (Article 31-1 from a reproduction of the Code, the penalty of Article
 * 441, Article 8(2)(e)(xiv)); what quotes a post in quotation marks, unless the quotation is a short
 * phrase the Ukrainian gives as a paraphrase, without quotation marks (the aggression gap); and a
 * legal term with no rendering the tracker can rest on (the seizure of frozen assets). Rendered by
 * verbs, as the ICC's description does («визнала її відповідно до статті 12(3)»), a state's
 * declaring does not name the declarations.
 */
import type { Fields } from "./translations-uk";

const DECLARATIONS =
  "Uncertain: names Ukraine's declarations under Article 12(3) («заяви»), which translations-uk.ts leaves missing (the instrument's short title, the provisions' summaries): how Ukrainian cites Article 12(3) and names the declarations is for a lawyer's review.";

const SEIZURE =
  "Uncertain legal term: what the «seizure» of the corporations' frozen assets abroad would be in Ukrainian law (арешт, конфіскація, звернення стягнення) is for a lawyer's review.";

/** The same doubt in a rule's condition about the reach of Article 437 below the leadership. */
const BELOW_THE_LEADERSHIP =
  "міжнародне право розглядає агресію як злочин керівництва, а те, наскільки нижче від рівня керівництва вона сягає, є спірним.";

export const rulesUk: Record<string, Fields> = {
  // International Criminal Court
  "icc-natural-persons-only": {
    summary: "МКС має юрисдикцію лише щодо фізичних осіб, а не юридичних осіб: він не може судити компанії.",
  },
  "icc-ecocide-not-a-crime": {
    summary:
      "Екоцид не є злочином за Римським статутом; Вануату, Фіджі та Самоа запропонували визнати його таким у вересні 2024 року. Шкоду довкіллю в обмежених випадках можна інкримінувати як воєнний злочин (стаття 8(2)(b)(iv): масштабна, довгострокова і серйозна шкода, явно надмірна порівняно з військовою перевагою).",
  },
  "icc-no-conduct-before-the-statute": {
    summary: "МКС не має юрисдикції щодо діянь, вчинених до набрання Римським статутом чинності 1 липня 2002 року, у жодній ситуації.",
  },
  "icc-ukraine-no-acceptance-before-2014": { summary: { missing: DECLARATIONS } },
  "icc-ukraine-article-12-3": { summary: { missing: DECLARATIONS } },
  "icc-ukraine-between-the-declarations": { summary: { missing: DECLARATIONS } },
  "icc-ukraine-article-12-3-2015": { summary: { missing: DECLARATIONS } },
  "icc-ukraine-before-the-declarations": { summary: { missing: DECLARATIONS } },
  // Amnesty International keeps its own name: no Ukrainian name of the organisation is recorded.
  "icc-ukraine-state-party": {
    summary:
      "Відколи Римський статут набрав чинності для України 1 січня 2025 року, Україна є державою-учасницею: щодо діянь на її території з цієї дати юрисдикція МКС ґрунтується на її участі в Статуті. Трекер не враховує громадянства: як повідомляє Amnesty International, Україна заявила відповідно до статті 124, що протягом семи років не визнає юрисдикції Суду щодо воєнних злочинів, імовірно вчинених її громадянами, тож щодо воєнних злочинів ця відповідь стосується діянь інших осіб, зокрема громадян Росії.",
  },
  "icc-aggression-deferred": {
    summary: "Доки юрисдикцію МКС щодо агресії не було активовано 17 липня 2018 року, він ніде не міг здійснювати юрисдикції щодо злочину агресії.",
  },
  "icc-aggression-neither-state-a-party": {
    summary:
      "Ні Україна (держава-жертва), ні Росія (держава-агресор) не були державами-учасницями: МКС не може здійснювати юрисдикції щодо агресії, вчиненої громадянами держави, яка не є учасницею, або на її території.",
  },
  "icc-aggression-russia-not-a-party": {
    summary:
      "Росія, держава-агресор, не є державою-учасницею, а щодо держави, яка не є учасницею, Суд не здійснює юрисдикції щодо злочину агресії, вчиненого громадянами цієї держави (стаття 15 bis(5)): самої лише участі України в Статуті недостатньо. Змінити це могли б лише правові зміни, і жодних таких змін не очікується: приєднання Росії до Статуту разом із прийняттям нею поправок щодо агресії (стаття 121(5)), якщо вона не заявить про неприйняття цієї юрисдикції (стаття 15 bis(4)), і навіть тоді лише щодо пізніших діянь (стаття 11(2)); або передача ситуації Радою Безпеки відповідно до статті 15 ter, на яку Росія може накласти вето.",
  },
  "icc-sudan-before-the-referral": {
    summary:
      "Судан не є державою-учасницею і не визнавав юрисдикції Суду: доки Рада Безпеки 31 березня 2005 року не передала ситуацію в Дарфурі, Суд не міг здійснювати юрисдикції щодо злочинів у Судані (статті 12 і 13).",
  },
  "icc-sudan-darfur-referral": {
    summary: {
      missing:
        "Quotes the instrument: «employing asphyxiating or poisonous gases» gives the words of Article 8(2)(e)(xiv) of the Rome Statute (the 2010 Kampala amendment), whose Ukrainian must be the amendment's own words, recorded from the official text with its source, not a translation back from the English. For a lawyer's review.",
    },
    condition:
      "Лише щодо діянь у Дарфурі: передача стосується ситуації в Дарфурі, а не всього Судану, а в дописі не сказано, де відбулися імовірні атаки із застосуванням хлору.",
  },
  // Special Tribunal
  "special-tribunal-before-the-agreement": {
    summary: "До підписання 25 червня 2025 року угоди між Україною та Радою Європи Спеціального трибуналу щодо злочину агресії проти України не існувало.",
  },
  // The post's «aggression gap», a short phrase, given as a paraphrase without quotation marks.
  "special-tribunal-leadership-aggression": {
    summary:
      "Спеціальний трибунал має судити за злочин агресії проти України на рівні керівництва, закриваючи прогалину щодо агресії і доповнюючи МКС. Дописи не кажуть, на які діяння поширюється Статут, а повідомлення розходяться, тож трекер не записує жодних меж діянь, на які поширюється Статут.",
    condition:
      "Після набрання угодою чинності й початку роботи трибуналу: на час дописів його штат, фінансування та угоди про співпрацю ще мали бути остаточно узгоджені.",
  },
  "special-tribunal-serving-leaders": {
    summary:
      "За повідомленнями про Статут, він не передбачає персональних імунітетів: чинному главі держави, главі уряду або міністру закордонних справ можна пред’явити обвинувачення, поки він обіймає посаду, але судити й засудити його (зокрема заочно) можна лише після того, як він залишить посаду.",
    condition:
      "Для судового розгляду чи судового рішення: обвинувачений більше не обіймає посади глави держави, глави уряду або міністра закордонних справ (пред’явити обвинувачення можна й раніше). Інших представників керівництва можна судити, зокрема заочно.",
  },
  "special-tribunal-superior-responsibility": {
    summary:
      "Агресія — злочин керівництва: для порівняння, за Римським статутом відповідальність за неї несуть лише особи, які перебувають у становищі, що дає змогу контролювати політичні чи військові дії держави або керувати ними (стаття 25(3 bis)). Чи може начальник відповідати за неї на підставі відповідальності командирів та інших начальників, а не як керівник, який спланував, підготував, розпочав або здійснив її, є спірним.",
    condition:
      "Лише щодо начальника, який сам перебував у становищі, що дає змогу ефективно контролювати політичні чи військові дії держави або керувати ними, і лише якщо трибунал визнає відповідальність командирів та інших начальників за агресію, що сумнівно.",
  },
  "special-tribunal-aggression-only": {
    summary: "Спеціальний трибунал зосереджується виключно на агресії; воєнні злочини, злочини проти людяності та геноцид належать до відання МКС і національних судів.",
  },
  "special-tribunal-leadership-only": {
    summary: "Агресія — злочин керівництва: Спеціальний трибунал закриває прогалину щодо агресії на рівні керівництва, а не нижче.",
  },
  "special-tribunal-senior-commanders": {
    summary: "Вищий командир підпадає під юрисдикцію трибуналу на рівні керівництва, лише якщо перебуває в становищі, що дає змогу керувати політичними чи військовими діями держави.",
    condition: "Лише якщо командир перебував у становищі, що дає змогу ефективно контролювати політичні чи військові дії держави або керувати ними.",
  },
  "special-tribunal-aggression-against-ukraine-only": {
    summary: "Юрисдикція Спеціального трибуналу — злочин агресії проти України: в жодній іншій ситуації юрисдикції він не має.",
  },
  // Ukrainian national courts
  "ukraine-war-crimes-direct": {
    summary:
      "Національні суди України розглядають справи про воєнні злочини за статтею 438 Кримінального кодексу (порушення законів та звичаїв війни), зокрема заочно; на час дописів тривало понад 90 судових процесів щодо воєнних злочинів.",
  },
  "ukraine-no-command-responsibility-before-2024": {
    summary: {
      missing:
        "Quotes the post: Scharf's words «had not previously existed as a mode of liability in Ukrainian law» are given in quotation marks; their Ukrainian, with the term «mode of liability», is for a lawyer's review.",
    },
  },
  "ukraine-command-responsibility-not-retroactive": {
    summary:
      "Відповідальність командирів та інших начальників за статтею 31-1 не поширюється на минуле: закон, що встановлює або посилює відповідальність, не має зворотної дії (стаття 58 Конституції). Справи про діяння, вчинені до набрання змінами чинності, не можна розглядати на підставі відповідальності командирів та інших начальників ні тепер, ні пізніше; дописи називають місяць змін, а не день.",
  },
  "ukraine-command-responsibility": {
    summary: {
      missing:
        "Gives the conditions of Article 31-1 (effective command and control, knew or should have known, failure to exercise proper control) in the words of a reproduction of the Code, as the provision's summary does: its Ukrainian must be the Code's own text, recorded from the official text with its source, not a translation back from the English.",
    },
  },
  "ukraine-ecocide-no-command-responsibility": {
    summary:
      "Стаття 31-1 встановлює відповідальність командирів лише за злочини, передбачені статтями 437–439, 442 і 442-1: екоциду (стаття 441) серед них немає, тож начальника не можна судити за екоцид на підставі відповідальності командирів та інших начальників. Змінити це могли б лише зміни до Кодексу, які додали б статтю 441 до цього переліку.",
  },
  "ukraine-ecocide": {
    summary: {
      missing:
        "Gives the penalty of Article 441 in the Code's words (the provision's summary, which quotes them, is left missing) and quotes the post («before the ICC has a chance to do so»): the penalty's Ukrainian must be the Code's own text, recorded from the official text with its source; the quotation is for a lawyer's review.",
    },
  },
  "ukraine-genocide": {
    summary: "Геноцид є злочином за статтею 442 Кримінального кодексу України.",
  },
  "ukraine-aggression-below-leadership": {
    summary: "Планування, підготовка, розв’язування та ведення агресивної війни є злочином за статтею 437 Кримінального кодексу України.",
    condition: `Лише якщо роль обвинуваченого відповідає статті 437 так, як її застосовують суди України: ${BELOW_THE_LEADERSHIP}`,
  },
  "ukraine-command-responsibility-aggression": {
    summary:
      "Стаття 31-1 називає статтю 437 (агресивна війна) серед злочинів, за вчинення яких підлеглими відповідає командир, але лише щодо діянь після набрання чинності змінами жовтня 2024 року; до того відповідальності командирів та інших начальників в українському праві не існувало.",
    condition: `Лише якщо діяння підлеглих відповідають статті 437 так, як її застосовують суди України: ${BELOW_THE_LEADERSHIP}`,
  },
  // «Функціональний імунітет» (ratione materiae) beside «персональний імунітет», with the English's own gloss.
  "ukraine-aggression-leadership-immunity": {
    summary:
      "Стаття 437 охоплює агресію, але чинний глава держави, глава уряду або міністр закордонних справ, поки обіймає посаду, користується персональним імунітетом від кримінальної юрисдикції інших держав, а чи перешкоджає функціональний імунітет (щодо дій, вчинених в офіційній якості) розгляду справи про агресію в іноземному суді, є спірним: винятки, які зазвичай визнають, стосуються воєнних злочинів, злочинів проти людяності та геноциду, а проєкт статті 7 Комісії міжнародного права про імунітет посадових осіб держави не включає агресії до свого переліку. Це одна з причин, через які дописи бачать на рівні керівництва прогалину щодо агресії, яку має закрити Спеціальний трибунал.",
    condition:
      "Лише якщо судам України не перешкоджає жоден імунітет: обвинувачений не є чинним главою держави, главою уряду або міністром закордонних справ (наприклад, залишив посаду), а функціональний імунітет щодо офіційних дій, застосовність якого до агресії в іноземних судах є спірною, не визнано.",
  },
  "ukraine-top-leadership-personal-immunity": {
    summary:
      "Суди України можуть розглядати справи про ці злочини за Кримінальним кодексом (статті 438, 441 і 442; статтю 442-1 і відповідальність командирів та інших начальників за статтею 31-1 — лише щодо діянь після змін жовтня 2024 року), але чинний глава держави, глава уряду або міністр закордонних справ, поки обіймає посаду, користується в судах інших держав повним персональним імунітетом, без винятку для воєнних злочинів чи злочинів проти людяності.",
    condition:
      "Лише якщо судам України не перешкоджає персональний імунітет: обвинувачений не є чинним главою держави, главою уряду або міністром закордонних справ (наприклад, залишив посаду). Інші представники керівництва, як-от міністр оборони чи начальник генерального штабу, такого персонального імунітету не мають; функціональний імунітет (щодо офіційних дій), як широко вважають, не перешкоджає кримінальному переслідуванню за воєнні злочини, злочини проти людяності чи геноцид, а щодо злочину за національним правом, як-от екоциду, це менш очевидно.",
  },
  "ukraine-no-crimes-against-humanity-before-2024": {
    summary:
      "До того як зміни жовтня 2024 року додали статтю 442-1, Кримінальний кодекс не визначав злочинів проти людяності, а злочинність діяння визначається лише Кодексом (його стаття 3(3)): за такі діяння можна було судити лише як за інший злочин, якщо він застосовний, наприклад як за воєнний злочин за статтею 438. Дописи називають місяць змін, а не день, коли вони набрали чинності.",
  },
  "ukraine-crimes-against-humanity-not-retroactive": {
    summary:
      "Стаття 442-1 не поширюється на минуле: закон, що встановлює злочинність діяння, не має зворотної дії (стаття 58 Конституції). За діяння, вчинені до набрання змінами чинності, не можна судити в судах України як за злочин проти людяності ні тепер, ні пізніше; за них можна судити як за інший злочин, якщо він застосовний, наприклад як за воєнний злочин за статтею 438.",
  },
  "ukraine-crimes-against-humanity": {
    summary:
      "Після змін жовтня 2024 року (Закон № 4012-IX, ухвалений 9 жовтня 2024 року) злочини проти людяності передбачені статтею 442-1 Кримінального кодексу — щодо діянь після набрання змінами чинності. Дописи називають місяць; день набрання законом чинності тут не записано.",
  },
  "ukraine-corporations-war-crimes": {
    summary: { missing: SEIZURE },
    condition:
      "Якщо заходи кримінально-правового характеру щодо юридичних осіб, передбачені Кримінальним кодексом, охоплюють інкриміновані діяння; дописи не уточнюють, яких злочинів стосуються ці заходи. Лише щодо діянь після набрання цими заходами чинності (2014 року; стаття 58 Конституції).",
  },
};

// Who proposed each is the policy's `proposedBy`, shown beside it as recorded.
export const policiesUk: Record<string, Fields> = {
  "icc-top-leadership": {
    statement: {
      missing:
        "Quotes the post: «complementarity as cooperation» is the post's phrase, in quotation marks, and the Ukrainian of «complementarity» here (комплементарність, взаємодоповнюваність) is for a lawyer's review.",
    },
  },
  "ukraine-down-the-chain": {
    statement: "Суди України можуть зосередитися на безпосередніх виконавцях і нижчих ланках командування: це друга половина того самого розподілу праці.",
  },
  "special-tribunal-leadership-aggression": {
    statement:
      "Спеціальний трибунал має закрити прогалину щодо агресії на рівні керівництва і доповнити юрисдикцію МКС; МКС переслідує за воєнні злочини, злочини проти людяності та геноцид.",
  },
  "field-grade-priority": {
    statement:
      "Надати пріоритет справам проти старших офіцерів (майорів, підполковників і полковників): вони пов’язують задум командування з діями на полі бою і саме вони найімовірніше подорожують, що дає змогу виконати ордери на арешт.",
  },
  "companies-to-domestic-courts": {
    statement: {
      missing: `${SEIZURE} The statement also repeats the post's words («request seizure of frozen corporate assets abroad in satisfaction of those judgments»).`,
    },
  },
};
