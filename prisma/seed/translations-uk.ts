/**
 * The reference vocabularies in Ukrainian (docs/decisions/039-reference-data-in-two-languages.md).
 * The English stays in reference-data.ts; here, per record (by slug) and field:
 *
 * - a string: the tracker's own translation, stored TRANSLATED by SEED_TRANSLATOR on the day it was
 *   made (SEEDED_ON, or TRANSLATED_ON for its model);
 * - `{ official, cite }`: the institution's own Ukrainian text, stored OFFICIAL with its source. Only
 *   where a source the seed cites is that Ukrainian text (the Verkhovna Rada's Code and
 *   Constitution), and only titles and headings whose wording is not in doubt (decision 048). None
 *   of the seed posts (shared/seeds) gives Ukrainian text; no passage is given as official;
 * - `{ missing }`: left missing on purpose, with why: a legal term whose Ukrainian rendering is not
 *   certain. The page shows the English, marked. A lawyer's review can replace it.
 *
 * A field not named here is missing too (rules' summaries and conditions, policy statements, for
 * now). A term is rendered the same way wherever it stands in this file. The descriptions, titles,
 * headings and summaries keep every article number, name and date of the English exactly; a
 * text that quotes a legal instrument is left missing, because its Ukrainian must be the
 * instrument's own words, recorded from the official text with its source, not a translation back
 * from the English.
 */
import type { Cite } from "./reference-data";
import { milestonesUk } from "./translations-uk-milestones";
import { policiesUk, rulesUk } from "./translations-uk-rules";

/** The day the seed's translations were made: stored as their date, so re-seeding changes nothing. */
export const SEEDED_ON = "2026-12-04";

/** The models whose seeded Ukrainian was made on another day than SEEDED_ON: milestones, rules and policies. */
export const TRANSLATED_ON: Readonly<Record<string, string>> = {
  Milestone: "2026-12-05",
  JurisdictionRule: "2026-12-05",
  ComplementarityPolicy: "2026-12-05",
};

export type UkText = string | { official: string; cite: Cite } | { missing: string };

export type Fields = Record<string, UkText>;

/**
 * The Verkhovna Rada's own words: a title or heading as the official Ukrainian text of the Code or
 * the Constitution gives it, at the address the seed cites (zakon.rada.gov.ua), so OFFICIAL with
 * that source and where in it. Only headings and titles, which the English seed gives in full
 * translation of; never a passage recalled from memory.
 */
const rada = (official: string, source: "criminal-code-of-ukraine" | "constitution-of-ukraine", locator: string): UkText => ({
  official,
  cite: { source, locator },
});

/** A provision whose heading and summary are both left missing, for the same reason. */
const headingAndSummaryMissing = (reason: string): Fields => ({ heading: { missing: reason }, summary: { missing: reason } });

export const ukrainian = {
  Forum: {
    icc: {
      name: "Міжнародний кримінальний суд",
      shortName: "МКС",
      description:
        "Єдиний у світі постійний міжнародний кримінальний суд, у Гаазі. Україна здала на зберігання ратифікаційну грамоту щодо Римського статуту 25 жовтня 2024 року, і Статут набрав чинності для України 1 січня 2025 року; ще до того Суд мав юрисдикцію щодо ситуації в Україні, оскільки Україна визнала її відповідно до статті 12(3). Суд судить лише фізичних осіб, а його Прокурор переслідує найвище керівництво Росії, зокрема її главу держави.",
      coversNote: {
        missing:
          "Uncertain legal terms: the Ukrainian for «genuinely» (investigating or prosecuting, Article 17 of the Rome Statute) must follow the official Ukrainian text of Article 17, and «a court of last resort» has no settled rendering («суд останньої інстанції» means an appellate court of last instance). For a lawyer's review.",
      },
    },
    "special-tribunal": {
      name: "Спеціальний трибунал щодо злочину агресії проти України",
      shortName: "Спеціальний трибунал",
      description:
        "Створення узгоджено Радою Європи та Україною в угоді, підписаній 25 червня 2025 року; у дописах його описано як перший міжнародний кримінальний трибунал щодо агресії, створений поза рамками Ради Безпеки ООН. Його юрисдикція охоплює лише злочин агресії, на рівні керівництва: він закриває «прогалину щодо агресії» і доповнює МКС. На час дописів його штат, фінансування та угоди про співпрацю ще мали бути остаточно узгоджені.",
    },
    "ukraine-domestic": {
      name: "Національні суди України",
      shortName: "Суди України",
      description:
        "Суди України разом з Офісом Генерального прокурора розглядають справи про воєнні злочини за Кримінальним кодексом: на час дописів зареєстровано понад 200 000 можливих міжнародних злочинів і понад 90 судових процесів щодо воєнних злочинів. Можливий розгляд справ за відсутності обвинуваченого (in absentia). Зміни жовтня 2024 року розпочали гармонізацію Кодексу з Римським статутом, додавши відповідальність командирів (стаття 31-1) і злочини проти людяності (стаття 442-1); екоцид є злочином за статтею 441.",
    },
  },
  CrimeCategory: {
    "war-crimes": {
      name: "Воєнні злочини",
      description:
        "Серйозні порушення законів і звичаїв війни. Шкоду довкіллю в обмежених випадках можна інкримінувати як воєнний злочин (стаття 8(2)(b)(iv) Римського статуту).",
    },
    "crimes-against-humanity": {
      name: "Злочини проти людяності",
      description: "Діяння, вчинені в рамках широкомасштабного або систематичного нападу, спрямованого проти цивільного населення.",
    },
    genocide: {
      name: "Геноцид",
      description: "Діяння, вчинені з наміром знищити, повністю або частково, національну, етнічну, расову чи релігійну групу як таку.",
    },
    aggression: {
      name: "Злочин агресії",
      description:
        "Планування, підготовка, початок або здійснення акту агресії особами, які перебувають у становищі, що дає змогу керувати політичними або військовими діями держави: злочин керівництва.",
    },
    ecocide: {
      name: "Екоцид",
      description:
        "Масове знищення рослинного і тваринного світу, отруєння повітря або водних ресурсів та інші дії, що можуть спричинити екологічну катастрофу (стаття 441 Кримінального кодексу України). Не є злочином за Римським статутом; Вануату, Фіджі та Самоа запропонували визнати його таким у вересні 2024 року.",
    },
  },
  ResponsibilityLevel: {
    "top-leadership": {
      name: "Найвище керівництво",
      description: "Політичне і військове керівництво держави, зокрема її глава держави: у центрі уваги Прокурора МКС.",
    },
    // Above field grade; not «старші офіцери», which is field grade in Ukrainian usage.
    "senior-command": {
      name: "Вищі командири",
      description:
        "Військові командири, вищі за званням, ніж старші офіцери. Відповідальність командирів поширюється на начальника за злочини підлеглих, які перебувають під його фактичним командуванням і контролем (стаття 28 Римського статуту; «під його фактичним командуванням і контролем» у статті 31-1 Кримінального кодексу України): критерієм є контроль над підлеглими, а не географічна зона командування, про яку йдеться в дописах.",
    },
    // Majors, lieutenant colonels and colonels: «старший офіцерський склад».
    "field-grade": {
      name: "Старші офіцери",
      // Noone: a person's name, kept as the post spells it (no Ukrainian spelling is recorded).
      description:
        "Майори, підполковники та полковники. Noone рекомендує надавати пріоритет справам проти них (це рекомендація, а не заявлена політика будь-якого прокурора): вони пов’язують задум командування з діями на полі бою і саме вони найімовірніше подорожують, що дає змогу виконати ордери на арешт.",
    },
    "direct-perpetrator": {
      name: "Безпосередні виконавці",
      description: "Ті, хто вчиняє злочини особисто: у центрі уваги національних судів України.",
    },
  },
  AccusedKind: {
    natural: { name: "Фізична особа", description: "Окрема людина." },
    legal: {
      name: "Юридична особа",
      description:
        "Компанія чи інша юридична особа. МКС не може її судити; дописи закликають Україну надати пріоритет кримінальному переслідуванню російських корпорацій (це рекомендація, а не виклад політики України).",
    },
  },
  ModeOfLiability: {
    direct: {
      name: {
        missing:
          "Uncertain legal term: the mode covers commission alone, jointly and through another person (Rome Statute, Article 25(3)(a)); Ukrainian law names these separately (виконавець, співвиконавець, опосередковане виконання), and «безпосереднє вчинення» would say only the first. For a lawyer's review.",
      },
      // Describes the three forms in words, without naming the mode.
      description: "Вчинення злочину особисто, спільно з іншими або через іншу особу.",
    },
    "command-responsibility": {
      name: "Відповідальність командирів та інших начальників",
      description:
        "Відповідальність начальника за злочини підлеглих, якщо він не вжив усіх необхідних і розумних заходів, щоб запобігти їм, припинити їх або передати справу компетентним органам: військового командира, який знав або повинен був знати про них (стаття 28(a) Римського статуту), чи цивільного начальника, який знав або свідомо знехтував інформацією, що явно на них вказувала (стаття 28(b)). В українському праві — лише після змін жовтня 2024 року (стаття 31-1 Кримінального кодексу), щодо діянь після набрання ними чинності.",
    },
    ordering: {
      name: {
        missing:
          "Uncertain legal term: the words of Article 25(3)(b) in the official Ukrainian text of the Rome Statute are to be checked before the mode is named in Ukrainian. For a lawyer's review.",
      },
      description: {
        missing:
          "Uncertain legal term: the description repeats the words of Article 25(3)(b) (ordering, soliciting or inducing), whose official Ukrainian text is to be checked first, as for the mode's name. For a lawyer's review.",
      },
    },
  },
  Situation: {
    ukraine: {
      name: "Україна",
      description:
        "Злочини, вчинені у війні Росії проти України, у межах юрисдикції МКС (ситуація ICC-01/22), Спеціального трибуналу та національних судів України.",
    },
    sudan: {
      name: "Судан",
      // The Rapid Support Forces keep their own name: no Ukrainian name of the group is recorded.
      description:
        "Імовірне застосування суданською армією газоподібного хлору в конфлікті з Rapid Support Forces; 22 травня 2025 року Сполучені Штати звинуватили суданських військових у застосуванні хімічної зброї. У дописі Судан названо державою, що підписала Конвенцію про хімічну зброю; насправді Судан є державою-учасницею, приєднавшись до неї 24 травня 1999 року (ОЗХЗ).",
    },
  },
  MilestoneTrack: {
    accountability: { name: "Притягнення до відповідальності", description: "Суди, статути, розслідування, ордери на арешт, судові рішення та репарації." },
    "security-guarantees": {
      name: "Гарантії безпеки",
      description: "Зобов’язання щодо безпеки України: декларації, саміти, договори та їхні орієнтири.",
    },
    sanctions: {
      name: "Санкції",
      description: {
        missing: "Uncertain term: «travel notices» (beside sanctions) has no settled Ukrainian rendering; which notices the posts mean is for a lawyer's review.",
      },
    },
  },
  MilestoneType: {
    ratification: { name: "Ратифікація" },
    "entry-into-force": { name: "Набрання чинності" },
    declaration: {
      name: {
        missing:
          "Uncertain: the type covers Ukraine's Article 12(3) declarations, which Ukrainian calls «заява», and the Paris declaration («декларація»); one Ukrainian word for both is for a lawyer's review.",
      },
    },
    referral: { name: "Передача ситуації" },
    investigation: { name: "Попереднє вивчення або розслідування" },
    "tribunal-agreement": { name: "Угода про трибунал" },
    "code-amendment": { name: "Зміни до кодексу" },
    "arrest-warrant": { name: "Ордер на арешт" },
    judgment: { name: "Судове рішення" },
    reparations: { name: "Репарації" },
    proposal: { name: "Пропозиція" },
    accusation: { name: "Звинувачення" },
    evidence: { name: "Докази або звіт" },
    agreement: { name: "Угода" },
    summit: { name: "Саміт або зустріч" },
    policy: { name: "Програмні засади" },
    sanctions: { name: "Санкції" },
  },
  Instrument: {
    "rome-statute": {
      title: "Римський статут Міжнародного кримінального суду",
      shortTitle: "Римський статут",
      description:
        "Договір, що засновує Міжнародний кримінальний суд і визначає злочини, які підпадають під його юрисдикцію: геноцид, злочини проти людяності, воєнні злочини та злочин агресії.",
    },
    "criminal-code-of-ukraine": {
      title: rada("Кримінальний кодекс України", "criminal-code-of-ukraine", "Назва"),
      shortTitle: rada("Кримінальний кодекс України", "criminal-code-of-ukraine", "Назва"),
      description:
        "Кримінальний кодекс України, за яким її національні суди розглядають справи про воєнні злочини, екоцид та інші злочини війни; змінений у жовтні 2024 року у зв’язку з ратифікацією Україною Римського статуту (додано відповідальність командирів і злочини проти людяності).",
    },
    "constitution-of-ukraine": {
      title: rada("Конституція України", "constitution-of-ukraine", "Назва"),
      shortTitle: rada("Конституція України", "constitution-of-ukraine", "Назва"),
      description: "Конституція України, згідно з якою чинні міжнародні договори, згода на обов’язковість яких надана Верховною Радою, є частиною національного законодавства.",
    },
    "special-tribunal-agreement": {
      title: "Угода між Україною та Радою Європи про створення Спеціального трибуналу щодо злочину агресії проти України",
      shortTitle: "Угода про Спеціальний трибунал",
      description:
        "Угода між Радою Європи та Україною про створення Спеціального трибуналу, який у дописах описано як перший міжнародний кримінальний трибунал щодо агресії, створений поза рамками Ради Безпеки ООН.",
    },
    "ukraine-article-12-3-declarations": {
      shortTitle: {
        missing:
          "Uncertain: how Ukrainian cites Article 12(3) of the Rome Statute (пункт 3 статті 12) and names the declarations («заяви») is for a lawyer's review.",
      },
      title: { missing: "Uncertain: names the declarations under Article 12(3) («заяви»), as the short title does. For a lawyer's review." },
      description: { missing: "Uncertain: names the declarations under Article 12(3) («заяви»), as the short title does. For a lawyer's review." },
    },
    "icj-arrest-warrant-judgment": {
      shortTitle: { missing: "Uncertain: the Ukrainian short name of the ICJ's Arrest Warrant case is for a lawyer's review." },
      title: { missing: "Uncertain: the Ukrainian name of the ICJ's Arrest Warrant case (Democratic Republic of the Congo v. Belgium) is for a lawyer's review." },
      description:
        "Рішення Міжнародного суду ООН щодо імунітету чинного міністра закордонних справ від кримінальної юрисдикції інших держав: як і глава держави та глава уряду, він користується повним імунітетом, поки обіймає посаду, без винятку для воєнних злочинів чи злочинів проти людяності.",
    },
    "ecocide-amendment-proposal": {
      title: "Пропозиція Вануату, Фіджі та Самоа визнати екоцид злочином за Римським статутом",
      shortTitle: "Пропозиція щодо екоциду",
      description:
        "Пропозиція, подана, за словами допису, «до МКС» у вересні 2024 року, визнати екоцид окремим злочином нарівні з геноцидом та іншими злочинами Статуту. Відповідно до статті 121(1) Римського статуту запропонована поправка подається Генеральному секретареві Організації Об’єднаних Націй, який розсилає її державам-учасницям для Асамблеї держав-учасниць. Не набрала чинності.",
    },
    "unsc-resolution-1593": {
      title: "Резолюція Ради Безпеки ООН 1593 (2005)",
      shortTitle: "Резолюція РБ ООН 1593",
      description: "Передача Радою Безпеки ситуації в Дарфурі, Судан, починаючи з 1 липня 2002 року, Прокуророві МКС.",
    },
    "chemical-weapons-convention": {
      title: "Конвенція про хімічну зброю",
      shortTitle: "Конвенція про хімічну зброю",
      description:
        "Конвенція, що забороняє хімічну зброю; за нею, як зазначено в дописі, застосування газоподібного хлору як зброї є порушенням. У дописі Судан названо державою, що підписала Конвенцію; насправді Судан приєднався до Конвенції 24 травня 1999 року і є державою-учасницею з 23 червня 1999 року (ОЗХЗ).",
    },
    "north-atlantic-treaty": {
      title: "Північноатлантичний договір",
      shortTitle: "Північноатлантичний договір",
      description: "Засновницький договір НАТО; його стаття 5 є орієнтиром для гарантій безпеки України «на зразок статті 5».",
    },
    "treaty-on-european-union": {
      title: "Договір про Європейський Союз",
      shortTitle: "ДЄС",
      description: "Договір ЄС, положення якого про взаємну допомогу, статтю 42(7), дописи обговорюють як довгострокову опору безпеки України.",
    },
    "un-charter": {
      title: "Статут Організації Об’єднаних Націй",
      shortTitle: "Статут ООН",
      description: "Статтю 51 (самооборона) дописи називають правовою підставою для допомоги Україні з боку коаліції охочих.",
    },
    "budapest-memorandum": {
      title: "Будапештський меморандум (1994)",
      shortTitle: "Будапештський меморандум",
      // «Запевнення», not «гарантії»: the memorandum gives assurances, the difference the posts turn on.
      description:
        "Меморандум 1994 року, в якому, згідно з дописами, Росія зобов’язалася, зокрема, визнавати незалежність, суверенітет і кордони України. Юридично не обов’язкове запевнення, яке, як зазначають дописи, не стримало подій 2014 і 2022 років.",
    },
  },
  Provision: {
    // Rome Statute
    "rs-art-5": {
      heading: "Злочини, що підпадають під юрисдикцію Суду",
      summary: "Юрисдикція Суду обмежується геноцидом, злочинами проти людяності, воєнними злочинами та злочином агресії. Екоциду серед них немає.",
    },
    "rs-art-6": { heading: "Геноцид", summary: "Визначає геноцид для цілей Статуту." },
    "rs-art-7": { heading: "Злочини проти людяності", summary: "Визначає злочини проти людяності для цілей Статуту." },
    "rs-art-8": { heading: "Воєнні злочини", summary: "Визначає воєнні злочини для цілей Статуту." },
    "rs-art-8-2-b-iv": {
      heading: "Воєнний злочин нападу, що спричиняє явно надмірну побічну шкоду цивільним особам, цивільним об’єктам або природному середовищу",
      summary:
        "Умисне здійснення нападу з усвідомленням того, що він спричинить побічну загибель або поранення цивільних осіб, шкоду цивільним об’єктам або масштабну, довгострокову і серйозну шкоду природному середовищу, явно надмірні порівняно з конкретною і безпосередньою загальною очікуваною військовою перевагою. Саме цей воєнний злочин інкриміновано в ордерах МКС 2024 року, і саме так шкоду довкіллю можна інкримінувати як воєнний злочин.",
    },
    "rs-art-8-bis": {
      heading: "Злочин агресії",
      summary:
        "Визначає злочин агресії: планування, підготовка, початок або здійснення акту агресії особою, яка перебуває в становищі, що дає змогу ефективно контролювати політичні чи військові дії держави або керувати ними.",
    },
    "rs-art-5-2-1998": {
      heading: "Злочин агресії: здійснення юрисдикції відкладено",
      summary:
        "У редакції, ухваленій 1998 року, Статут відкладав здійснення Судом юрисдикції щодо злочину агресії до ухвалення положення, яке визначить цей злочин і встановить умови. Оглядова конференція в Кампалі ухвалила таке положення 2010 року, а Асамблея держав-учасниць активувала юрисдикцію з 17 липня 2018 року.",
    },
    "rs-art-11-1": {
      heading: "Юрисдикція ratione temporis",
      summary: "Суд має юрисдикцію лише щодо злочинів, вчинених після набрання Статутом чинності (1 липня 2002 року).",
    },
    "rs-art-11-2": {
      heading: "Юрисдикція ratione temporis щодо держави, яка приєднується пізніше",
      summary: {
        missing: "Uncertain: the summary names the declaration under Article 12(3) («заява»), the term left missing for the declarations. For a lawyer's review.",
      },
    },
    "rs-art-12-2-a": {
      heading: "Передумови здійснення юрисдикції: територія держави-учасниці",
      summary: {
        missing: "Uncertain: the summary refers to accepting jurisdiction under Article 12(3), whose Ukrainian citation and wording are left for a lawyer's review.",
      },
    },
    "rs-art-12-3": headingAndSummaryMissing("Uncertain: the wording of Article 12(3) (acceptance of jurisdiction, the declaration) is left for a lawyer's review, with the declarations' names."),
    "rs-art-17": {
      heading: "Питання прийнятності",
      summary: {
        missing:
          "Uncertain legal terms: «genuinely» (unwilling or unable genuinely to investigate or prosecute) must follow the official Ukrainian text of Article 17, and «a court of last resort» has no settled rendering. For a lawyer's review.",
      },
    },
    "rs-art-15-bis-5": {
      heading: "Агресія: немає юрисдикції щодо громадян або території держави, яка не є учасницею",
      summary: "Щодо держави, яка не є учасницею Статуту, Суд не здійснює юрисдикції щодо злочину агресії, вчиненого громадянами цієї держави або на її території.",
    },
    "rs-art-25-1": {
      heading: "Індивідуальна кримінальна відповідальність: фізичні особи",
      summary: "Суд має юрисдикцію щодо фізичних осіб; отже, як зазначають дописи, він не має юрисдикції щодо юридичних осіб, як-от компаній.",
    },
    "rs-art-25-3-a": {
      heading: { missing: "Uncertain legal term: the heading names the mode left missing (commission: alone, jointly or through another person). For a lawyer's review." },
      summary: "Особа підлягає кримінальній відповідальності, якщо вчиняє злочин індивідуально, спільно з іншою особою або через іншу особу.",
    },
    "rs-art-25-3-b": headingAndSummaryMissing("Uncertain legal term: the words of Article 25(3)(b) in the official Ukrainian text of the Rome Statute are to be checked first. For a lawyer's review."),
    "rs-art-28": {
      heading: "Відповідальність командирів та інших начальників",
      summary:
        "(a) Військовий командир або особа, яка фактично діє як військовий командир, несе кримінальну відповідальність за злочини сил, що перебувають під його фактичним командуванням і контролем або фактичною владою і контролем, якщо він знав або з огляду на обставини того часу повинен був знати про них. (b) Будь-який інший начальник, наприклад цивільний, несе відповідальність за злочини підлеглих, які перебувають під його фактичною владою і контролем, якщо він знав або свідомо знехтував інформацією, яка явно вказувала, що вони вчиняють або збираються вчинити ці злочини, і злочини стосувалися діяльності, що перебувала під його фактичною відповідальністю і контролем. В обох випадках він не вжив усіх необхідних і розумних заходів у межах своїх повноважень, щоб запобігти їх вчиненню чи припинити його, або передати справу компетентним органам для розслідування і кримінального переслідування.",
    },
    "rs-art-126-2": {
      heading: "Набрання чинності для держави, яка ратифікує Статут пізніше",
      summary:
        "Для держави, яка ратифікує Статут після набрання ним чинності, Статут набирає чинності в перший день місяця, що настає після 60-го дня з дати здачі на зберігання її ратифікаційної грамоти: для України, яка здала грамоту 25 жовтня 2024 року, — 1 січня 2025 року.",
    },
    // Criminal Code of Ukraine: headings as the tracker translates the English; the Code's own words are for its official text.
    "cc-ua-art-437": {
      heading: rada("Планування, підготовка, розв’язування та ведення агресивної війни", "criminal-code-of-ukraine", "Стаття 437"),
      summary: "Злочин за національним правом: планування, підготовка, розв’язування або ведення агресивної війни.",
    },
    "cc-ua-art-438": {
      heading: rada("Порушення законів та звичаїв війни", "criminal-code-of-ukraine", "Стаття 438"),
      summary: "Злочин за національним правом щодо воєнних злочинів, за яким національні суди України розглядають справи про воєнні злочини.",
    },
    "cc-ua-art-441": { heading: rada("Екоцид", "criminal-code-of-ukraine", "Стаття 441"), summary: { missing: "Quotes the instrument: its Ukrainian must be the instrument's own words, recorded from the official Ukrainian text with its source, not a translation back from the English." } },
    "cc-ua-art-442": { heading: rada("Геноцид", "criminal-code-of-ukraine", "Стаття 442"), summary: "Злочин геноциду за національним правом." },
    "cc-ua-command-responsibility": {
      heading: "Кримінальна відповідальність військових командирів та інших начальників (відповідальність командирів)",
      summary: {
        missing:
          "Gives the words of Article 31-1 from a reproduction of the Code: its Ukrainian must be the Code's own text, recorded from the official text with its source, not a translation back from the English.",
      },
    },
    "cc-ua-art-442-1": {
      heading: "Злочини проти людяності",
      summary:
        "Злочин проти людяності, доданий змінами жовтня 2024 року (Закон № 4012-IX, ухвалений 9 жовтня 2024 року). До того Кодекс не визначав такого злочину, а згідно з його статтею 3(3) злочинність діяння визначається лише Кодексом. Номер статті наведено за вторинним джерелом; її офіційний текст тут переглянути не вдалося.",
    },
    "cc-ua-rome-statute-alignment": {
      heading: "Гармонізація з визначеннями злочинів міжнародного характеру в Римському статуті (розпочата 2024 року)",
      summary: {
        missing: "Uncertain term: «atrocity crimes» has no settled Ukrainian rendering (злочини міжнародного характеру, тяжкі міжнародні злочини), and the summary quotes the posts on it. For a lawyer's review.",
      },
    },
    "cc-ua-legal-entities": {
      heading: rada("Заходи кримінально-правового характеру щодо юридичних осіб", "criminal-code-of-ukraine", "Розділ XIV-1"),
      summary:
        "Заходи Кодексу щодо юридичних осіб, через які дописи закликають Україну притягати до відповідальності російські корпорації за причетність до війни, чого не може МКС. Дописи не уточнюють, яких злочинів стосуються ці заходи.",
    },
    // Constitution of Ukraine
    "constitution-ua-art-9": {
      heading: "Міжнародні договори як частина національного законодавства",
      summary: "Чинні міжнародні договори, згода на обов’язковість яких надана Верховною Радою України, є частиною національного законодавства України.",
    },
    "constitution-ua-art-58": {
      heading: "Закони не мають зворотної дії",
      summary:
        "Закони не мають зворотної дії, крім випадків, коли вони пом’якшують або скасовують відповідальність особи; ніхто не відповідає за діяння, які на час їх вчинення не визнавалися законом як правопорушення. Форма відповідальності чи злочин, додані до Кримінального кодексу, охоплюють лише діяння після набрання змінами чинності.",
    },
    // International Court of Justice
    "icj-arrest-warrant-personal-immunity": {
      heading: "Персональний імунітет чинних глав держав, глав урядів і міністрів закордонних справ",
      summary:
        "Чинний глава держави, глава уряду або міністр закордонних справ, поки обіймає посаду, користується повним імунітетом від кримінальної юрисдикції в судах інших держав (пункти 51 і 54); звичаєве міжнародне право не знає винятку, коли таку особу підозрюють у воєнних злочинах або злочинах проти людяності (пункт 58). Персональний імунітет припиняється із залишенням посади: тоді іноземний суд може судити особу за діяння, вчинені до або після перебування на посаді, а також за діяння, вчинені під час перебування на посаді як приватна особа (пункт 61).",
    },
    // Special Tribunal
    "st-jurisdiction-aggression": {
      heading: "Юрисдикція щодо злочину агресії",
      summary:
        "Юрисдикція Спеціального трибуналу охоплює лише злочин агресії, на рівні керівництва, і доповнює юрисдикцію МКС щодо воєнних злочинів, злочинів проти людяності та геноциду. Дописи не називають статті.",
    },
    "st-serving-leaders": {
      heading: "Чинні глава держави, глава уряду і міністр закордонних справ (за повідомленнями)",
      summary:
        "Як описала Статут під час його підписання Ірина Мудра, заступниця керівника Офісу Президента України: він не передбачає персональних імунітетів; навіть чинним главі держави, главі уряду і міністру закордонних справ держави-агресора («трійці») можна пред’явити обвинувачення, але судити й засудити їх, зокрема заочно, можна лише після того, як вони залишать посаду. В інших випадках розгляд справ за відсутності обвинуваченого можливий. Текст Статуту та номери його статей тут переглянути не вдалося.",
    },
    "rs-art-25-3-bis": {
      heading: "Агресія: лише керівники",
      summary:
        "Щодо злочину агресії положення про індивідуальну кримінальну відповідальність застосовуються лише до осіб, які перебувають у становищі, що дає змогу ефективно контролювати політичні чи військові дії держави або керувати ними.",
    },
    // Declarations, resolutions and treaties
    "ua-12-3-declarations": {
      heading: "Визнання юрисдикції МКС з 21 листопада 2013 року",
      summary: { missing: "Uncertain: the summary names the declarations under Article 12(3) («заяви»), left for a lawyer's review with the instrument's short title." },
    },
    "unsc-1593-para-1": {
      heading: "Передача ситуації в Дарфурі",
      summary: "Рада Безпеки передає ситуацію в Дарфурі з 1 липня 2002 року Прокуророві Міжнародного кримінального суду.",
    },
    "nat-art-5": { heading: "Колективна оборона", summary: { missing: "Quotes the instrument: its Ukrainian must be the instrument's own words, recorded from the official Ukrainian text with its source, not a translation back from the English." } },
    "nat-art-4": {
      heading: "Консультації",
      summary: "Консультації між союзниками; дописи обговорюють недавні звернення до цієї статті, спричинені проникненням російських дронів у повітряний простір союзників.",
    },
    "teu-art-42-7": { heading: "Положення про взаємну допомогу", summary: { missing: "Quotes the instrument: its Ukrainian must be the instrument's own words, recorded from the official Ukrainian text with its source, not a translation back from the English." } },
    "un-charter-art-51": {
      heading: "Самооборона",
      summary:
        "Невід’ємне право на індивідуальну або колективну самооборону; за дописами, воно дозволяє Україні запрошувати інші держави допомагати в її обороні, що є основою нинішніх навчальних місій і місій допомоги.",
    },
    "cwc-prohibition": { heading: "Заборона хімічної зброї", summary: "Застосування газоподібного хлору як зброї є порушенням Конвенції." },
    "budapest-memorandum-assurances": {
      heading: "Запевнення, надані Україні",
      summary:
        "Згідно з дописами, Росія зобов’язалася, зокрема, визнавати незалежність, суверенітет і кордони України та захищати її від будь-якого іноземного втручання. Останні слова — переказ дописів: у меморандумі підписанти зобов’язуються поважати незалежність, суверенітет та існуючі кордони України і утримуватися від загрози силою чи її застосування та від економічного тиску на неї (пункти 1–3); обов’язку захищати від втручання в ньому немає.",
    },
  },
  Milestone: milestonesUk,
  JurisdictionRule: rulesUk,
  ComplementarityPolicy: policiesUk,
} as const satisfies Record<string, Record<string, Fields>>;
