/**
 * The reference data: the accountability architecture as the seed posts (../shared/seeds) state
 * it, plus a few facts from official sources that are certain (court, treaty, gazette). Every
 * record names its source and, in `locator`, the passage it rests on. Nothing here is synthetic.
 *
 * Dates are ISO strings with a precision: a fact known only to the month is "2024-10" here and is
 * stored as 2024-10-01 with MONTH precision. Do not sharpen a date beyond what its source says.
 */
import type { FailedDuty, KnowledgeStandard } from "@/lib/core/case-input";
import type { CaseStage } from "@/lib/core/stage-machine";

export type Precision = "DAY" | "MONTH" | "YEAR";
export type Cite = { source: SourceSlug; locator: string };

// ---------------------------------------------------------------------------------------------
// Sources

const PILPG = "Public International Law & Policy Group (PILPG), Lawyering Justice blog";

export const sources = [
  {
    slug: "pilpg-one-year-rome-statute",
    kind: "SEED_POST",
    title: "Roundtable Blog: One Year Since Ukraine’s Ratification of the Rome Statute",
    publisher: PILPG,
    authors: "PILPG Peace Fellows (Ukraine Peace Negotiations Working Group)",
    note: "Seed text: shared/seeds/001_cc5aef64c64e5255.txt.",
  },
  {
    slug: "pilpg-chemical-weapons-sudan",
    kind: "SEED_POST",
    title: "The Slippery Slope of Using Chemical Weapons in Sudan",
    publisher: PILPG,
    authors: "Prof. David M. Crane",
    note: "Seed text: shared/seeds/001_cc5aef64c64e5255.txt.",
  },
  {
    slug: "pilpg-enforceable-security-guarantees",
    kind: "SEED_POST",
    title: "Roundtable Blog: Toward Enforceable Security Guarantees",
    publisher: PILPG,
    authors: "PILPG Ukraine Peace Negotiations Working Group",
    note: "Seed text: shared/seeds/000_907e937649b9685b.txt (also in 001_cc5aef64c64e5255.txt).",
  },
  {
    slug: "pilpg-three-pillars",
    kind: "SEED_POST",
    title: "President Zelenskyy's Three Pillars: Envisioning Security Guarantees for Ukraine",
    publisher: PILPG,
    authors: "Sindija Beta, Paula C. Kates and Dr. Paul R. Williams",
    note: "Seed text: shared/seeds/001_cc5aef64c64e5255.txt.",
  },
  {
    slug: "pilpg-security-guarantees-buzzword",
    kind: "SEED_POST",
    title: "“Security Guarantees” for Ukraine: Breathing Life into a Buzzword",
    publisher: PILPG,
    authors: "Paula C. Kates, Sindija Beta and Dr. Paul R. Williams",
    note: "Seed text: shared/seeds/001_cc5aef64c64e5255.txt.",
  },
  {
    slug: "rome-statute-text",
    kind: "OFFICIAL",
    title: "Rome Statute of the International Criminal Court",
    publisher: "International Criminal Court",
    url: "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf",
    publishedOn: "1998-07-17",
    publishedOnPrecision: "DAY",
    note: "Adopted at Rome on 17 July 1998; United Nations Treaty Series, vol. 2187, p. 3.",
  },
  {
    slug: "icc-states-parties",
    kind: "OFFICIAL",
    title: "The States Parties to the Rome Statute",
    publisher: "International Criminal Court, Assembly of States Parties",
    url: "https://asp.icc-cpi.int/states-parties",
  },
  {
    slug: "icc-situation-ukraine",
    kind: "OFFICIAL",
    title: "Situation in Ukraine (ICC-01/22)",
    publisher: "International Criminal Court",
    url: "https://www.icc-cpi.int/ukraine",
  },
  {
    slug: "icc-press-release-2015-09-08",
    kind: "OFFICIAL",
    title: "Ukraine accepts ICC jurisdiction over alleged crimes committed since 20 February 2014",
    publisher: "International Criminal Court",
    url: "https://www.icc-cpi.int/news/ukraine-accepts-icc-jurisdiction-over-alleged-crimes-committed-20-february-2014",
    publishedOn: "2015-09-08",
    publishedOnPrecision: "DAY",
    note: "Press release ICC-CPI-20150908-PR1146; it also states the first declaration of 17 April 2014.",
  },
  {
    slug: "icc-otp-statement-2022-03-02",
    kind: "OFFICIAL",
    title:
      "Statement of ICC Prosecutor Karim A.A. Khan QC on the Situation in Ukraine: Receipt of Referrals from 39 States Parties and the Opening of an Investigation",
    publisher: "International Criminal Court, Office of the Prosecutor",
    publishedOn: "2022-03-02",
    publishedOnPrecision: "DAY",
  },
  {
    slug: "icc-press-release-2023-03-17",
    kind: "OFFICIAL",
    title:
      "Situation in Ukraine: ICC judges issue arrest warrants against Vladimir Vladimirovich Putin and Maria Alekseyevna Lvova-Belova",
    publisher: "International Criminal Court",
    url: "https://www.icc-cpi.int/news/situation-ukraine-icc-judges-issue-arrest-warrants-against-vladimir-vladimirovich-putin-and",
    publishedOn: "2023-03-17",
    publishedOnPrecision: "DAY",
  },
  {
    slug: "criminal-code-of-ukraine",
    kind: "OFFICIAL",
    title: "Criminal Code of Ukraine (Law No. 2341-III of 5 April 2001)",
    publisher: "Verkhovna Rada of Ukraine",
    url: "https://zakon.rada.gov.ua/laws/show/2341-14",
    publishedOn: "2001-04-05",
    publishedOnPrecision: "DAY",
  },
  {
    slug: "icc-press-release-2024-06-25",
    kind: "OFFICIAL",
    title: "Situation in Ukraine: ICC judges issue arrest warrants against Sergei Kuzhugetovich Shoigu and Valery Vasilyevich Gerasimov",
    publisher: "International Criminal Court",
    url: "https://www.icc-cpi.int/news/situation-ukraine-icc-judges-issue-arrest-warrants-against-sergei-kuzhugetovich-shoigu-and",
    publishedOn: "2024-06-25",
    publishedOnPrecision: "DAY",
  },
  {
    slug: "france-mfa-kobylash-sokolov-2024",
    kind: "OTHER",
    title: "Russia – the International Criminal Court issues arrest warrants for Sergei Kobylash and Viktor Sokolov",
    publisher: "Ministry for Europe and Foreign Affairs of France",
    url: "https://www.diplomatie.gouv.fr/en/country-files/russia/news/article/russia-international-criminal-court-issues-arrest-warrants-for-sergei-kobylash",
    note: "A secondary source for the ICC's warrants of 5 March 2024: the ICC's own press release could not be consulted here.",
  },
  {
    slug: "wion-kobylash-sokolov-2024",
    kind: "OTHER",
    title: "ICC issues arrest warrants for top Russian commanders for suspected war crimes in Ukraine",
    publisher: "WION",
    url: "https://www.wionews.com/world/icc-issues-arrest-warrants-for-top-russian-commanders-for-suspected-war-crimes-in-ukraine-696970",
    note: "A secondary source: a news report naming the crimes of the 5 March 2024 warrants in the ICC's words, without their article numbers.",
  },
  {
    slug: "war-ukraine-ua-kobylash-sokolov-2024",
    kind: "OTHER",
    title: "ICC judges issued arrest warrants for Russian commanders",
    publisher: "war.ukraine.ua (Government of Ukraine)",
    url: "https://war.ukraine.ua/war-news/icc-judges-issued-arrest-warrants-russian/",
    note: "A secondary source quoting the ICC's press release of 5 March 2024 on the modes of liability, without their article numbers.",
  },
  {
    slug: "court-news-law-4012-ix",
    kind: "OFFICIAL",
    title:
      "Judiciary of Ukraine, court news: the Verkhovna Rada adopted on 9 October 2024 the law “On Amendments to the Criminal and Criminal Procedure Codes of Ukraine in connection with the ratification of the Rome Statute of the International Criminal Court and amendments thereto” (bill No. 11484)",
    publisher: "Judiciary of Ukraine (court.gov.ua)",
    url: "https://oda.court.gov.ua/sud4813/pres-centr/news/1683361",
    note: "A court's news item on the law's adoption, not the law's official text. The law is No. 4012-IX; the day it took effect is not recorded here.",
  },
  {
    slug: "protocol-ua-criminal-code-art-31-1",
    kind: "OTHER",
    title: "Criminal Code of Ukraine, Article 31-1 (a reproduction of the text)",
    publisher: "protocol.ua",
    url: "https://protocol.ua/ua/kriminalniy_kodeks_ukraini_stattya_31_1",
    note: "A secondary source: a private reproduction of the Code, not its official text. To be checked against the Verkhovna Rada's text (zakon.rada.gov.ua) before it is relied on.",
  },
  {
    slug: "pnu-journal-art-442-1",
    kind: "OTHER",
    title: "A law-journal article naming Article 442-1 of the Criminal Code of Ukraine as the offence of crimes against humanity",
    publisher: "journals.pnu.edu.ua",
    url: "https://journals.pnu.edu.ua/index.php/lsp/article/view/9996",
    note: "A secondary source for the article's number only; the official text of Article 442-1 could not be consulted here.",
  },
  {
    slug: "opcw-sudan-accession-1999",
    kind: "OFFICIAL",
    title: "Republic of the Sudan accedes to the Chemical Weapons Convention",
    publisher: "Organisation for the Prohibition of Chemical Weapons",
    url: "https://opcw.org/media-centre/news/1999/05/republic-sudan-accedes-chemical-weapons-convention",
    publishedOn: "1999-05",
    publishedOnPrecision: "MONTH",
    note: "OPCW news item of May 1999.",
  },
  {
    slug: "budapest-memorandum-text",
    kind: "OFFICIAL",
    title: "Memorandum on Security Assurances in connection with Ukraine’s Accession to the Treaty on the Non-Proliferation of Nuclear Weapons",
    publisher: "United Nations, document A/49/765–S/1994/1399",
    publishedOn: "1994-12-05",
    publishedOnPrecision: "DAY",
    note: "Signed at Budapest on 5 December 1994; circulated as a document of the General Assembly and the Security Council.",
  },
  {
    slug: "rada-annotation-law-314-vii",
    kind: "OFFICIAL",
    title: "Annotation of Law No. 314-VII of 23 May 2013 (criminal-law measures against legal entities)",
    publisher: "Verkhovna Rada of Ukraine",
    url: "https://zakon.rada.gov.ua/laws/anot/314-18",
    note: "Gives the law's original date of entry into force.",
  },
  {
    slug: "dtkt-law-1207-vii-2014",
    kind: "OTHER",
    title: "Report that Law No. 1207-VII of 15 April 2014 brought the measures against legal entities into force on 27 April 2014",
    publisher: "DTKT (Ukrainian accounting trade press)",
    url: "https://online.dtkt.ua/2014/22/51287",
    note: "A secondary source: a trade-press report, not the law's official text.",
  },
  {
    slug: "amnesty-usa-ukraine-article-124",
    kind: "OTHER",
    title: "Ukraine: ratifying the Rome Statute a welcome step, but limitations must be addressed",
    publisher: "Amnesty International USA",
    url: "https://www.amnestyusa.org/press-releases/ukraine-ratifying-the-rome-statute-a-welcome-step-but-limitations-must-be-addressed/",
    note: "A secondary source on Ukraine's declaration under Article 124 of the Rome Statute; the declaration's official text could not be consulted here.",
  },
  {
    slug: "ukrainska-pravda-special-tribunal-2025-06-25",
    kind: "OTHER",
    title: "Report of 25 June 2025 on the signature of the agreement on the Special Tribunal, quoting Iryna Mudra, Deputy Head of the Office of the President of Ukraine, on the Statute",
    publisher: "Ukrainska Pravda",
    url: "https://www.pravda.com.ua/eng/news/2025/06/25/7518753/",
    publishedOn: "2025-06-25",
    publishedOnPrecision: "DAY",
    note: "A secondary source: a news report of an official's account of the Statute, whose text could not be consulted here. Interfax-Ukraine reported the same (https://ua.interfax.com.ua/news/general/1082674.html).",
  },
  {
    slug: "constitution-of-ukraine",
    kind: "OFFICIAL",
    title: "Constitution of Ukraine (28 June 1996)",
    publisher: "Verkhovna Rada of Ukraine",
    url: "https://zakon.rada.gov.ua/laws/show/254к/96-вр",
    publishedOn: "1996-06-28",
    publishedOnPrecision: "DAY",
  },
  {
    slug: "coe-special-tribunal-agreement",
    kind: "OFFICIAL",
    title:
      "Agreement between Ukraine and the Council of Europe on the establishment of the Special Tribunal for the Crime of Aggression against Ukraine",
    publisher: "Council of Europe",
    publishedOn: "2025-06-25",
    publishedOnPrecision: "DAY",
    note: "Signed at Strasbourg on 25 June 2025.",
  },
  {
    slug: "icc-asp-res-aggression-activation",
    kind: "OFFICIAL",
    title: "Resolution ICC-ASP/16/Res.5: Activation of the jurisdiction of the Court over the crime of aggression",
    publisher: "International Criminal Court, Assembly of States Parties",
    publishedOn: "2017-12-14",
    publishedOnPrecision: "DAY",
    note: "Activates the Court's jurisdiction over the crime of aggression as of 17 July 2018.",
  },
  {
    slug: "icj-arrest-warrant-2002",
    kind: "OFFICIAL",
    title: "Arrest Warrant of 11 April 2000 (Democratic Republic of the Congo v. Belgium), Judgment",
    publisher: "International Court of Justice",
    publishedOn: "2002-02-14",
    publishedOnPrecision: "DAY",
    note: "Serving ministers for foreign affairs, like heads of state and heads of government, enjoy full immunity from other states' criminal jurisdiction.",
  },
  {
    slug: "unsc-resolution-1593",
    kind: "OFFICIAL",
    title: "United Nations Security Council Resolution 1593 (2005), S/RES/1593 (2005)",
    publisher: "United Nations Security Council",
    url: "https://undocs.org/S/RES/1593(2005)",
    publishedOn: "2005-03-31",
    publishedOnPrecision: "DAY",
  },
] as const satisfies readonly {
  slug: string;
  // OTHER: a named secondary source (a news report, a reproduction of a code), never taken for an official text.
  kind: "SEED_POST" | "OFFICIAL" | "OTHER";
  title: string;
  publisher: string;
  authors?: string;
  url?: string;
  publishedOn?: string;
  publishedOnPrecision?: Precision;
  note?: string;
}[];

export type SourceSlug = (typeof sources)[number]["slug"];

// Passages of the seed posts that several records rest on.
const Q = {
  ratification:
    "On 25 October 2024, Ukraine deposited its instrument of ratification of the Rome Statute, and on 1 January 2025, the Statute officially entered into force for Ukraine.",
  naturalPersons:
    "Kelly: “the Rome Statute currently only extends the court’s jurisdiction over natural persons - not legal persons.”",
  aggressionGoalPost:
    "Sterio: “Although the ICC still lacks jurisdiction over the crime of aggression in Ukraine … for the purposes of jurisdiction both the victim and the aggressor state need to be ICC member states; now, in light of Ukraine’s ratification, only the aggressor state (Russia) need become a member.”",
  specialTribunal:
    "Goebel: “the formal establishment of the Special Tribunal for the Crime of Aggression against Ukraine through an agreement signed in June 2025 between the Council of Europe and Ukraine … focusing solely on aggression while the ICC pursues war crimes, crimes against humanity, and genocide.”",
  aggressionGap:
    "Noone: “now that in June 2025 Ukraine and the Council of Europe have agreed to establish a Special Tribunal … This will close the ‘aggression gap’ at the leadership level and complement the ICC’s jurisdiction.”",
  commandResponsibility:
    "Scharf: “In October 2024, Ukraine amended its criminal code to bring it in line with the ICC, including adding a new provision on command responsibility (similar to Article 28 of the ICC Statute) which had not previously existed as a mode of liability in Ukrainian law.”",
  ecocide:
    "Scharf: “Article 441 of the Ukraine’s Criminal Code defines ecocide as ‘mass destruction of flora and fauna, poisoning of air or water resources, and also any other actions that may cause an environmental disaster,’ and provides that it ‘shall be punishable by imprisonment for a term of eight to fifteen years.’”",
  ecocideProposal:
    "Scharf: “In September 2024, Vanuatu, along with Fiji and Samoa, submitted a proposal to the ICC to recognize ecocide as a separate crime on par with genocide and other serious offenses.”",
  division:
    "Van Schaack: “With the ICC Prosecutor pursuing Russia’s top leadership, including its head of state, Ukraine can focus on direct perpetrators and those down the chain of command.”",
  fieldGrade:
    "Noone: “prioritize cases against field-grade military officers (Majors, Lieutenant Colonels, and Colonels) who exercise direct control over daily operations and the conduct of troops.”",
  caseload:
    "Goebel: “prosecuting over 90 domestic war crimes trials … and managing over 200,000 documented potential international crimes.”",
  corporations:
    "Kelly: “Ukraine should prioritize prosecuting Russian corporations for involvement in the war and then request seizure of frozen corporate assets abroad in satisfaction of those judgments.”",
  federalises:
    "Kelly: “Ukraine’s constitution federalizes treaty law; consequently, the Rome Statute and the law associated with it come into Ukrainian domestic law. This will prove helpful as Ukraine seeks to prosecute Russian commanders for war crimes, crimes against humanity, and genocide in Ukrainian criminal courts.”",
  inAbsentia:
    "Scharf: “Because Ukraine’s domestic law, like many European countries, provides for trials in absentia …”",
  harmonising:
    "Williams: “In the past year, Ukraine’s parliament has begun harmonizing its criminal code with the definitions of atrocity crimes under the Rome Statute”",
  priorJurisdiction:
    "Sterio: “the ICC already had jurisdiction over the situation in Ukraine in light of dozens of state referrals and the prosecutor’s willingness to open first a preliminary examination and then an investigation.”",
} as const;

// The ICC's press release of 8 September 2015 (ICC-CPI-20150908-PR1146), which states both declarations.
const ICC_DECLARATIONS = {
  first:
    "“On 17 April 2014, Ukraine lodged a declaration under the same article accepting the jurisdiction of the ICC over alleged crimes committed on its territory from 21 November 2013 to 22 February 2014.”",
  second:
    "“Today, 8 September 2015, the Registrar … received a declaration lodged by Ukraine accepting the ICC's jurisdiction with respect to alleged crimes committed in its territory since 20 February 2014”",
} as const;

// The ICC's press release of 25 June 2024 (Shoigu, Gerasimov), quoted from the Court's page.
const ICC_2024 = {
  issued:
    "First paragraph: “On 24 June 2024, Pre-Trial Chamber II of the International Criminal Court … issued warrants of arrest for two individuals, Mr Sergei Kuzhugetovich Shoigu and Mr Valery Vasilyevich Gerasimov, in the context of the situation in Ukraine for alleged international crimes committed from at least 10 October 2022 until at least 9 March 2023.”",
  shoigu: "Second paragraph: “Mr Sergei Kuzhugetovich Shoigu, born on 21 May 1955, Minister of Defence of the Russian Federation at the time of the alleged conduct”",
  gerasimov:
    "Second paragraph: “Mr Valery Vasilyevich Gerasimov, born on 8 September 1955, Chief of the General Staff of the Armed Forces of the Russian Federation and First Deputy Minister of Defence of the Russian Federation at the time of the alleged conduct”",
  crimes:
    "Second paragraph: “the war crime of directing attacks at civilian objects (article 8(2)(b)(ii) of the Rome Statute) and the war crime of causing excessive incidental harm to civilians or damage to civilian objects (article 8(2)(b)(iv) of the Rome Statute), and the crime against humanity of inhumane acts under article 7(1)(k) of the Rome Statute”",
  modes:
    "Second paragraph: “(i) having committed the acts jointly and/or through others (article 25(3)(a) of the Rome Statute), (ii) ordering the commission of the crimes (article 25(3)(b) of the Rome Statute), and/or (iii) for their failure to exercise proper control over the forces under their command (article 28 of the Rome Statute)”",
} as const;

// The warrants of 5 March 2024 (Kobylash, Sokolov), as secondary sources report them.
const FR_MFA_2024 =
  "“On 5 March 2024, the International Criminal Court's Pre-Trial Chamber II issued two arrest warrants against Sergei Ivanovich Kobylash, a lieutenant general in the Russian air force, and Viktor Nikolayevich Sokolov, an admiral and commander of Russia's Black Sea Fleet … from at least 10 October 2022 to at least 9 March 2023.”";
const WION_2024_CRIMES =
  "“war crime of directing attacks at civilian objects,” “war crime of causing excessive incidental harm to civilians or damage to civilian objects,” and “crime against humanity of inhumane acts”";
const WAR_UA_2024_MODES =
  "“…for having committed the acts jointly and/or through others, ordering the commission of the crimes, and/or for their failure to exercise proper control over the forces under their command”";

// ---------------------------------------------------------------------------------------------
// Instruments and their provisions

export const instruments = [
  {
    slug: "rome-statute",
    title: "Rome Statute of the International Criminal Court",
    shortTitle: "Rome Statute",
    kind: "TREATY",
    description:
      "The treaty that establishes the International Criminal Court and defines the crimes within its jurisdiction: genocide, crimes against humanity, war crimes and the crime of aggression.",
    adoptedOn: "1998-07-17",
    adoptedOnPrecision: "DAY",
    url: "https://www.icc-cpi.int/sites/default/files/RS-Eng.pdf",
    cite: { source: "rome-statute-text", locator: "Preamble and final clauses" },
  },
  {
    slug: "criminal-code-of-ukraine",
    title: "Criminal Code of Ukraine",
    shortTitle: "Criminal Code of Ukraine",
    kind: "CODE",
    description:
      "Ukraine’s criminal code, under which its national courts try war crimes, ecocide and the other offences of the war; amended in October 2024 in connection with Ukraine’s ratification of the Rome Statute (adding command responsibility and crimes against humanity).",
    adoptedOn: "2001-04-05",
    adoptedOnPrecision: "DAY",
    url: "https://zakon.rada.gov.ua/laws/show/2341-14",
    cite: { source: "criminal-code-of-ukraine", locator: "Law No. 2341-III of 5 April 2001" },
  },
  {
    slug: "constitution-of-ukraine",
    title: "Constitution of Ukraine",
    shortTitle: "Constitution of Ukraine",
    kind: "CONSTITUTION",
    description: "Ukraine’s constitution, under which treaties in force that the Verkhovna Rada consented to are part of national law.",
    adoptedOn: "1996-06-28",
    adoptedOnPrecision: "DAY",
    url: "https://zakon.rada.gov.ua/laws/show/254к/96-вр",
    cite: { source: "constitution-of-ukraine", locator: "Article 9" },
  },
  {
    slug: "special-tribunal-agreement",
    title:
      "Agreement between Ukraine and the Council of Europe on the establishment of the Special Tribunal for the Crime of Aggression against Ukraine",
    shortTitle: "Special Tribunal Agreement",
    kind: "AGREEMENT",
    description:
      "The agreement between the Council of Europe and Ukraine to establish the Special Tribunal, which the posts describe as the first international criminal tribunal for aggression created outside the UN Security Council framework.",
    adoptedOn: "2025-06-25",
    adoptedOnPrecision: "DAY",
    cite: { source: "coe-special-tribunal-agreement", locator: "Signed at Strasbourg on 25 June 2025" },
  },
  {
    slug: "ukraine-article-12-3-declarations",
    title: "Ukraine’s declarations accepting the jurisdiction of the ICC under Article 12(3) of the Rome Statute",
    shortTitle: "Article 12(3) declarations",
    kind: "DECLARATION",
    description:
      "Two declarations by which Ukraine, before it became a State Party, accepted the ICC’s jurisdiction over alleged crimes on its territory: on 17 April 2014 (21 November 2013 to 22 February 2014) and on 8 September 2015 (from 20 February 2014 onwards).",
    adoptedOn: "2014-04-17",
    adoptedOnPrecision: "DAY",
    url: "https://www.icc-cpi.int/news/ukraine-accepts-icc-jurisdiction-over-alleged-crimes-committed-20-february-2014",
    cite: { source: "icc-situation-ukraine", locator: "Situation in Ukraine: background" },
  },
  {
    slug: "icj-arrest-warrant-judgment",
    title: "Arrest Warrant of 11 April 2000 (Democratic Republic of the Congo v. Belgium), Judgment of 14 February 2002",
    shortTitle: "ICJ, Arrest Warrant",
    kind: "JUDGMENT",
    description:
      "The International Court of Justice’s judgment on the immunity of a serving minister for foreign affairs from the criminal jurisdiction of other states: like a head of state and a head of government, he enjoys full immunity while in office, with no exception for war crimes or crimes against humanity.",
    adoptedOn: "2002-02-14",
    adoptedOnPrecision: "DAY",
    cite: { source: "icj-arrest-warrant-2002", locator: "Paragraphs 51, 54 and 58" },
  },
  {
    slug: "ecocide-amendment-proposal",
    title: "Proposal by Vanuatu, Fiji and Samoa to recognise ecocide as a crime under the Rome Statute",
    shortTitle: "Ecocide proposal",
    kind: "PROPOSAL",
    description:
      "A proposal, submitted “to the ICC” in the post’s words in September 2024, to recognise ecocide as a separate crime on a par with genocide and the other crimes of the Statute. Under Article 121(1) of the Rome Statute, a proposed amendment is submitted to the Secretary-General of the United Nations, who circulates it to the States Parties for the Assembly of States Parties. Not in force.",
    adoptedOn: "2024-09",
    adoptedOnPrecision: "MONTH",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.ecocideProposal },
  },
  {
    slug: "unsc-resolution-1593",
    title: "UN Security Council Resolution 1593 (2005)",
    shortTitle: "UNSC Resolution 1593",
    kind: "RESOLUTION",
    description: "The Security Council’s referral of the situation in Darfur, Sudan, since 1 July 2002 to the Prosecutor of the ICC.",
    adoptedOn: "2005-03-31",
    adoptedOnPrecision: "DAY",
    url: "https://undocs.org/S/RES/1593(2005)",
    cite: { source: "unsc-resolution-1593", locator: "Operative paragraph 1" },
  },
  {
    slug: "chemical-weapons-convention",
    title: "Chemical Weapons Convention",
    shortTitle: "Chemical Weapons Convention",
    kind: "TREATY",
    description: "The convention prohibiting chemical weapons, under which, the post notes, the use of chlorine gas as a weapon is a violation. The post describes Sudan as a signatory; in fact Sudan acceded to the Convention on 24 May 1999 and has been a State Party since 23 June 1999 (OPCW).",
    cite: {
      source: "pilpg-chemical-weapons-sudan",
      locator:
        "Crane: “chlorine gas is considered a violation under the Chemical Weapons Convention (CWC), to which Sudan is a signatory.”",
    },
  },
  {
    slug: "north-atlantic-treaty",
    title: "North Atlantic Treaty",
    shortTitle: "North Atlantic Treaty",
    kind: "TREATY",
    description: "NATO’s founding treaty; its Article 5 is the reference point for “Article 5-like” security guarantees for Ukraine.",
    cite: { source: "pilpg-security-guarantees-buzzword", locator: "What constitutes an Article 5-like guarantee?" },
  },
  {
    slug: "treaty-on-european-union",
    title: "Treaty on European Union",
    shortTitle: "TEU",
    kind: "TREATY",
    description: "The EU treaty whose mutual-assistance clause, Article 42(7), the posts discuss as a long-term anchor for Ukraine’s security.",
    cite: { source: "pilpg-enforceable-security-guarantees", locator: "2. Deterrence Without Article 5 (Bēta; Rücker)" },
  },
  {
    slug: "un-charter",
    title: "Charter of the United Nations",
    shortTitle: "UN Charter",
    kind: "TREATY",
    description: "Article 51 (self-defence) is named in the posts as the legal basis for a coalition of the willing assisting Ukraine.",
    cite: { source: "pilpg-enforceable-security-guarantees", locator: "4. The Role of Russia (Whyte Gomez; Marić-Djordjević)" },
  },
  {
    slug: "budapest-memorandum",
    title: "Budapest Memorandum (1994)",
    shortTitle: "Budapest Memorandum",
    kind: "MEMORANDUM",
    description:
      "The 1994 memorandum in which, according to the posts, Russia committed among other things to recognising Ukraine’s independence, sovereignty and borders. A non-binding assurance that, the posts note, did not deter the events of 2014 or 2022.",
    adoptedOn: "1994",
    adoptedOnPrecision: "YEAR",
    cite: { source: "pilpg-enforceable-security-guarantees", locator: "Bēta: “The Budapest Memorandum of 1994, which did not deter the events of 2014 nor 2022, demonstrates that non-binding assurances do not prevent aggression.”" },
  },
] as const satisfies readonly {
  slug: string;
  title: string;
  shortTitle: string;
  kind: "TREATY" | "STATUTE" | "CODE" | "CONSTITUTION" | "AGREEMENT" | "RESOLUTION" | "DECLARATION" | "MEMORANDUM" | "PROPOSAL" | "JUDGMENT";
  description: string;
  adoptedOn?: string;
  adoptedOnPrecision?: Precision;
  url?: string; // the official text, only where its address is certain
  cite: Cite;
}[];

export type InstrumentSlug = (typeof instruments)[number]["slug"];

export const provisions = [
  // Rome Statute
  { slug: "rs-art-5", instrument: "rome-statute", number: "Article 5", heading: "Crimes within the jurisdiction of the Court",
    summary: "The Court’s jurisdiction is limited to genocide, crimes against humanity, war crimes and the crime of aggression. Ecocide is not among them.",
    cite: { source: "rome-statute-text", locator: "Article 5(1)" } },
  { slug: "rs-art-6", instrument: "rome-statute", number: "Article 6", heading: "Genocide",
    summary: "Defines genocide for the purposes of the Statute.", cite: { source: "rome-statute-text", locator: "Article 6" } },
  { slug: "rs-art-7", instrument: "rome-statute", number: "Article 7", heading: "Crimes against humanity",
    summary: "Defines crimes against humanity for the purposes of the Statute.", cite: { source: "rome-statute-text", locator: "Article 7" } },
  { slug: "rs-art-8", instrument: "rome-statute", number: "Article 8", heading: "War crimes",
    summary: "Defines war crimes for the purposes of the Statute.", cite: { source: "rome-statute-text", locator: "Article 8" } },
  { slug: "rs-art-8-2-b-iv", instrument: "rome-statute", number: "Article 8(2)(b)(iv)", heading: "War crime of attacks causing clearly excessive incidental harm to civilians, civilian objects or the natural environment",
    summary: "Intentionally launching an attack in the knowledge that it will cause incidental loss of life or injury to civilians, damage to civilian objects, or widespread, long-term and severe damage to the natural environment, clearly excessive in relation to the concrete and direct overall military advantage anticipated. It is the war crime charged in the ICC’s 2024 warrants, and the route by which environmental harm can be charged as a war crime.",
    cite: { source: "rome-statute-text", locator: "Article 8(2)(b)(iv)" } },
  { slug: "rs-art-8-bis", instrument: "rome-statute", number: "Article 8 bis", heading: "Crime of aggression",
    summary: "Defines the crime of aggression: planning, preparation, initiation or execution, by a person in a position effectively to exercise control over or to direct the political or military action of a State, of an act of aggression.",
    cite: { source: "rome-statute-text", locator: "Article 8 bis(1)" } },
  { slug: "rs-art-5-2-1998", instrument: "rome-statute", number: "Article 5(2) (1998 text)", heading: "Crime of aggression: jurisdiction deferred",
    summary: "As adopted in 1998, the Statute deferred the exercise of the Court’s jurisdiction over the crime of aggression until a provision defining it and setting out the conditions was adopted. The Kampala Review Conference adopted one in 2010, and the Assembly of States Parties activated the jurisdiction as of 17 July 2018.",
    cite: { source: "rome-statute-text", locator: "Article 5(2) as adopted on 17 July 1998" } },
  { slug: "rs-art-11-1", instrument: "rome-statute", number: "Article 11(1)", heading: "Jurisdiction ratione temporis",
    summary: "The Court has jurisdiction only with respect to crimes committed after the entry into force of the Statute (1 July 2002).",
    cite: { source: "rome-statute-text", locator: "Article 11(1)" } },
  { slug: "rs-art-11-2", instrument: "rome-statute", number: "Article 11(2)", heading: "Jurisdiction ratione temporis for a State that joins later",
    summary: "For a State that becomes a Party after the Statute’s entry into force, the Court may exercise its jurisdiction only with respect to crimes committed after the Statute enters into force for that State, unless that State has made a declaration under Article 12(3).",
    cite: { source: "rome-statute-text", locator: "Article 11(2)" } },
  { slug: "rs-art-12-2-a", instrument: "rome-statute", number: "Article 12(2)(a)", heading: "Preconditions to the exercise of jurisdiction: territory of a State Party",
    summary: "The Court may exercise its jurisdiction if the State on the territory of which the conduct occurred is a Party to the Statute (or has accepted its jurisdiction under Article 12(3)).",
    cite: { source: "rome-statute-text", locator: "Article 12(2)(a)" } },
  { slug: "rs-art-12-3", instrument: "rome-statute", number: "Article 12(3)", heading: "Acceptance of jurisdiction by a non-party State",
    summary: "A State that is not a Party may, by a declaration lodged with the Registrar, accept the exercise of jurisdiction by the Court with respect to the crime in question. Under Article 11(2), for a State that joins later, such a declaration keeps conduct before its membership within the Court’s reach.",
    cite: { source: "rome-statute-text", locator: "Article 12(3)" } },
  { slug: "rs-art-17", instrument: "rome-statute", number: "Article 17", heading: "Issues of admissibility",
    summary: "The Court determines that a case is inadmissible where it is being investigated or prosecuted by a State which has jurisdiction over it, unless that State is unwilling or unable genuinely to carry out the investigation or prosecution. Jurisdiction is not admissibility: the ICC is a court of last resort.",
    cite: { source: "rome-statute-text", locator: "Article 17(1)(a)" } },
  { slug: "rs-art-15-bis-5", instrument: "rome-statute", number: "Article 15 bis(5)", heading: "Aggression: no jurisdiction over a non-party State’s nationals or territory",
    summary: "In respect of a State that is not a Party, the Court shall not exercise its jurisdiction over the crime of aggression when committed by that State’s nationals or on its territory.",
    cite: { source: "rome-statute-text", locator: "Article 15 bis(5)" } },
  { slug: "rs-art-25-1", instrument: "rome-statute", number: "Article 25(1)", heading: "Individual criminal responsibility: natural persons",
    summary: "The Court has jurisdiction over natural persons; as the posts note, it therefore has none over legal persons such as companies.",
    cite: { source: "rome-statute-text", locator: "Article 25(1)" } },
  { slug: "rs-art-25-3-a", instrument: "rome-statute", number: "Article 25(3)(a)", heading: "Commission of a crime",
    summary: "A person is criminally responsible who commits a crime, whether as an individual, jointly with another or through another person.",
    cite: { source: "rome-statute-text", locator: "Article 25(3)(a)" } },
  { slug: "rs-art-25-3-b", instrument: "rome-statute", number: "Article 25(3)(b)", heading: "Ordering, soliciting or inducing",
    summary: "A person is criminally responsible who orders, solicits or induces the commission of a crime which in fact occurs or is attempted.",
    cite: { source: "rome-statute-text", locator: "Article 25(3)(b)" } },
  { slug: "rs-art-28", instrument: "rome-statute", number: "Article 28", heading: "Responsibility of commanders and other superiors",
    summary: "(a) A military commander, or a person effectively acting as one, is criminally responsible for crimes by forces under his effective command and control, or effective authority and control, where he knew or, owing to the circumstances at the time, should have known of them. (b) Any other superior, a civilian one for instance, is responsible for crimes by subordinates under his effective authority and control where he knew, or consciously disregarded information which clearly indicated, that they were committing or about to commit them, and the crimes concerned activities within his effective responsibility and control. In both cases he failed to take all necessary and reasonable measures within his power to prevent or repress their commission, or to submit the matter to the competent authorities for investigation and prosecution.",
    cite: { source: "rome-statute-text", locator: "Article 28(a) and (b)" } },
  { slug: "rs-art-126-2", instrument: "rome-statute", number: "Article 126(2)", heading: "Entry into force for a State ratifying later",
    summary: "For a State ratifying after the Statute’s entry into force, the Statute enters into force on the first day of the month after the 60th day following the deposit of its instrument of ratification: for Ukraine, which deposited on 25 October 2024, on 1 January 2025.",
    cite: { source: "rome-statute-text", locator: "Article 126(2)" } },
  // Criminal Code of Ukraine
  { slug: "cc-ua-art-437", instrument: "criminal-code-of-ukraine", number: "Article 437", heading: "Planning, preparation, unleashing and waging of an aggressive war",
    summary: "The domestic offence of planning, preparing, unleashing or waging an aggressive war.",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 437" } },
  { slug: "cc-ua-art-438", instrument: "criminal-code-of-ukraine", number: "Article 438", heading: "Violation of the laws and customs of war",
    summary: "The domestic war-crimes offence under which Ukraine’s national courts try war crimes.",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 438" } },
  { slug: "cc-ua-art-441", instrument: "criminal-code-of-ukraine", number: "Article 441", heading: "Ecocide",
    summary: "“Mass destruction of flora and fauna, poisoning of air or water resources, and also any other actions that may cause an environmental disaster”, punishable by imprisonment for eight to fifteen years.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.ecocide } },
  { slug: "cc-ua-art-442", instrument: "criminal-code-of-ukraine", number: "Article 442", heading: "Genocide",
    summary: "The domestic offence of genocide.", cite: { source: "criminal-code-of-ukraine", locator: "Article 442" } },
  { slug: "cc-ua-command-responsibility", instrument: "criminal-code-of-ukraine", number: "Article 31-1", heading: "Criminal liability of military commanders and other superiors (command responsibility)",
    summary: "Added by the October 2024 amendments (Law No. 4012-IX, adopted on 9 October 2024), like Article 28 of the Rome Statute: a military commander, or a person effectively acting as one, is criminally liable for any of the crimes under Articles 437–439, 442 and 442-1 committed by a subordinate under his effective command and control, as a result of his failure to exercise proper control over that person, where he knew or, owing to the circumstances, should have known of it. Ecocide (Article 441) is not on that list. The wording is taken from a reproduction of the Code (protocol.ua); the official text could not be consulted here.",
    cite: { source: "protocol-ua-criminal-code-art-31-1", locator: "Article 31-1(1): «Військовий командир або інша особа, яка фактично діє як військовий командир, підлягає кримінальній відповідальності за будь-який із злочинів, передбачених статтями 437-439, 442 і 442-1 цього Кодексу, що вчинений підлеглою особою, яка перебувала … під його фактичним командуванням і контролем …»" } },
  { slug: "cc-ua-art-442-1", instrument: "criminal-code-of-ukraine", number: "Article 442-1", heading: "Crimes against humanity",
    summary: "The offence of crimes against humanity, added by the October 2024 amendments (Law No. 4012-IX, adopted on 9 October 2024). Before it, the Code defined no such crime, and under its Article 3(3) only the Code defines what is a crime. The article’s number is reported by a secondary source; its official text could not be consulted here.",
    cite: { source: "pnu-journal-art-442-1", locator: "“crimes against humanity (Article 442-1 of the Criminal Code of Ukraine)”" } },
  { slug: "cc-ua-rome-statute-alignment", instrument: "criminal-code-of-ukraine", number: null, heading: "Harmonisation with the Rome Statute’s definitions of atrocity crimes (begun in 2024)",
    summary: "In the posts’ words, parliament “has begun harmonizing” the Code with the Rome Statute’s definitions of atrocity crimes, and aligning it “so that there are no gaps or conflicts” remains a priority: the work is not described as finished.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.harmonising } },
  { slug: "cc-ua-legal-entities", instrument: "criminal-code-of-ukraine", number: "Section XIV-1", heading: "Measures of a criminal-law nature against legal entities",
    summary: "The Code’s measures against legal entities, through which the posts urge Ukraine to prosecute Russian corporations for involvement in the war, something the ICC cannot do. The posts do not say which offences these measures reach.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.corporations } },
  // Constitution of Ukraine
  { slug: "constitution-ua-art-9", instrument: "constitution-of-ukraine", number: "Article 9", heading: "International treaties as part of national legislation",
    summary: "International treaties in force, consented to be binding by the Verkhovna Rada of Ukraine, are part of the national legislation of Ukraine.",
    cite: { source: "constitution-of-ukraine", locator: "Article 9" } },
  { slug: "constitution-ua-art-58", instrument: "constitution-of-ukraine", number: "Article 58", heading: "No retroactive effect of laws",
    summary: "Laws do not have retroactive effect, except where they mitigate or annul a person’s liability; no one answers for acts that were not an offence under the law when they were committed. A mode of liability or a crime added to the Criminal Code reaches only conduct after the amendment took effect.",
    cite: { source: "constitution-of-ukraine", locator: "Article 58" } },
  // International Court of Justice
  { slug: "icj-arrest-warrant-personal-immunity", instrument: "icj-arrest-warrant-judgment", number: "Paragraphs 51, 54 and 58", heading: "Personal immunity of serving heads of state, heads of government and foreign ministers",
    summary: "A serving head of state, head of government or minister for foreign affairs enjoys full immunity from criminal jurisdiction before the courts of other states while in office (paragraphs 51 and 54); customary international law knows no exception where such a person is suspected of war crimes or crimes against humanity (paragraph 58). Personal immunity ends with the office: a foreign court may then try the person for acts committed before or after the term of office, and for acts committed during it in a private capacity (paragraph 61).",
    cite: { source: "icj-arrest-warrant-2002", locator: "Paragraphs 51, 54 and 58" } },
  // Special Tribunal
  { slug: "st-jurisdiction-aggression", instrument: "special-tribunal-agreement", number: null, heading: "Jurisdiction over the crime of aggression",
    summary: "The Special Tribunal’s jurisdiction is over the crime of aggression alone, at the leadership level, complementing the ICC’s jurisdiction over war crimes, crimes against humanity and genocide. The posts do not give the article.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.specialTribunal } },
  { slug: "st-serving-leaders", instrument: "special-tribunal-agreement", number: null, heading: "Serving head of state, head of government and minister for foreign affairs (as reported)",
    summary: "As Iryna Mudra, Deputy Head of the Office of the President of Ukraine, described the Statute on its signature: it does not provide for personal immunities; even the serving head of state, head of government and minister for foreign affairs of the aggressor state (the “troika”) can be indicted, but can be tried and sentenced, in absentia included, only after leaving office. Trials in absentia are otherwise possible. The Statute’s text and article numbers could not be consulted here.",
    cite: { source: "ukrainska-pravda-special-tribunal-2025-06-25", locator: "Mudra on the Statute: the troika can receive indictments; judgment and sentence in absentia only after the troika leaves office" } },
  { slug: "rs-art-25-3-bis", instrument: "rome-statute", number: "Article 25(3 bis)", heading: "Aggression: leaders only",
    summary: "In respect of the crime of aggression, the provisions on individual criminal responsibility apply only to persons in a position effectively to exercise control over or to direct the political or military action of a State.",
    cite: { source: "rome-statute-text", locator: "Article 25(3 bis)" } },
  // Declarations, resolutions and treaties
  { slug: "ua-12-3-declarations", instrument: "ukraine-article-12-3-declarations", number: null, heading: "Acceptance of the ICC’s jurisdiction from 21 November 2013",
    summary: "Ukraine accepted the ICC’s jurisdiction over alleged crimes on its territory from 21 November 2013 to 22 February 2014 (declaration of 17 April 2014) and from 20 February 2014 onwards (declaration of 8 September 2015).",
    cite: { source: "icc-situation-ukraine", locator: "Situation in Ukraine: background" } },
  { slug: "unsc-1593-para-1", instrument: "unsc-resolution-1593", number: "Paragraph 1", heading: "Referral of the situation in Darfur",
    summary: "The Security Council refers the situation in Darfur since 1 July 2002 to the Prosecutor of the International Criminal Court.",
    cite: { source: "unsc-resolution-1593", locator: "Operative paragraph 1" } },
  { slug: "nat-art-5", instrument: "north-atlantic-treaty", number: "Article 5", heading: "Collective defence",
    summary: "“An armed attack against one or more [member states] in Europe or North America shall be considered an attack against them all”; each will assist the Party or Parties so attacked.",
    cite: { source: "pilpg-security-guarantees-buzzword", locator: "What constitutes an Article 5-like guarantee?" } },
  { slug: "nat-art-4", instrument: "north-atlantic-treaty", number: "Article 4", heading: "Consultations",
    summary: "Consultations among the Allies; recent triggers, prompted by Russian drone incursions into allied airspace, are discussed in the posts.",
    cite: { source: "pilpg-enforceable-security-guarantees", locator: "1. Substantive vs. Symbolic Commitments (Kelly); 2. Deterrence Without Article 5 (Hysa)" } },
  { slug: "teu-art-42-7", instrument: "treaty-on-european-union", number: "Article 42(7)", heading: "Mutual assistance clause",
    summary: "Member states owe a member state that is the victim of armed aggression on its territory “aid and assistance by all the means in their power”, which need not mean armed force.",
    cite: { source: "pilpg-security-guarantees-buzzword", locator: "What does the term “security guarantees” traditionally mean?" } },
  { slug: "un-charter-art-51", instrument: "un-charter", number: "Article 51", heading: "Self-defence",
    summary: "The inherent right of individual or collective self-defence; per the posts it allows Ukraine to invite other states to assist in its defence, the foundation of current training and aid missions.",
    cite: { source: "pilpg-enforceable-security-guarantees", locator: "4. The Role of Russia (Marić-Djordjević)" } },
  { slug: "cwc-prohibition", instrument: "chemical-weapons-convention", number: null, heading: "Prohibition of chemical weapons",
    summary: "The use of chlorine gas as a weapon is a violation of the Convention.",
    cite: { source: "pilpg-chemical-weapons-sudan", locator: "Crane, paragraph 2" } },
  { slug: "budapest-memorandum-assurances", instrument: "budapest-memorandum", number: null, heading: "Assurances to Ukraine",
    summary: "According to the posts, Russia committed, among other things, to recognising Ukraine’s independence, sovereignty and borders and to guard against any foreign intervention. The last words are the posts’ paraphrase: in the memorandum the signatories commit to respect Ukraine’s independence, sovereignty and existing borders, and to refrain from the threat or use of force and from economic coercion against it (paragraphs 1 to 3); it contains no duty to guard against intervention.",
    cite: { source: "pilpg-security-guarantees-buzzword", locator: "Why are security guarantees so important?" } },
] as const satisfies readonly {
  slug: string;
  instrument: InstrumentSlug;
  number: string | null;
  heading: string;
  summary: string;
  url?: string; // the provision's own official address, where it has one (else its instrument's)
  cite: Cite;
}[];

export type ProvisionSlug = (typeof provisions)[number]["slug"];

// ---------------------------------------------------------------------------------------------
// Forums, crimes, levels, kinds of accused, modes of liability, situations

export const forums = [
  {
    slug: "icc",
    name: "International Criminal Court",
    shortName: "ICC",
    kind: "PERMANENT_INTERNATIONAL_COURT",
    legalBasis: "rome-statute",
    establishedOn: "2002-07-01",
    establishedOnPrecision: "DAY",
    coversNote: {
      text: "Jurisdiction is not admissibility. Under Article 17 of the Rome Statute the Court must find a case inadmissible while a State with jurisdiction over it, Ukraine included, is genuinely investigating or prosecuting it, unless that State is unwilling or unable to do so: the ICC is “a court of last resort”. Where Ukraine’s courts also cover a case, the ICC acts only if they do not genuinely act in that same case.",
      provision: "rs-art-17",
    },
    description:
      "The world’s only permanent international criminal court, in The Hague. Ukraine deposited its instrument of ratification of the Rome Statute on 25 October 2024 and the Statute entered into force for Ukraine on 1 January 2025; before that the Court already had jurisdiction over the situation in Ukraine through Ukraine’s declarations under Article 12(3). It tries natural persons only, and its Prosecutor pursues Russia’s top leadership, including its head of state.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.ratification },
  },
  {
    slug: "special-tribunal",
    name: "Special Tribunal for the Crime of Aggression against Ukraine",
    shortName: "Special Tribunal",
    kind: "SPECIAL_TRIBUNAL",
    legalBasis: "special-tribunal-agreement",
    description:
      "Agreed between the Council of Europe and Ukraine in an agreement signed on 25 June 2025, and described in the posts as the first international criminal tribunal for aggression created outside the UN Security Council framework. Its jurisdiction is the crime of aggression alone, at the leadership level, closing the “aggression gap” and complementing the ICC. At the time of the posts its staffing, funding and cooperation agreements were still to be finalised.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.specialTribunal },
  },
  {
    slug: "ukraine-domestic",
    name: "Ukrainian national courts",
    shortName: "Ukrainian courts",
    kind: "NATIONAL_COURTS",
    legalBasis: "criminal-code-of-ukraine",
    description:
      "Ukraine’s courts, with the Office of the Prosecutor General, try war crimes under the Criminal Code: over 200,000 recorded potential international crimes and more than 90 war-crimes trials at the time of the posts. Trials in absentia are possible. The October 2024 amendments began harmonising the Code with the Rome Statute, adding command responsibility (Article 31-1) and crimes against humanity (Article 442-1); ecocide is a crime under Article 441.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.caseload },
  },
] as const satisfies readonly {
  slug: string;
  name: string;
  shortName: string;
  kind: "PERMANENT_INTERNATIONAL_COURT" | "SPECIAL_TRIBUNAL" | "NATIONAL_COURTS";
  legalBasis: InstrumentSlug;
  establishedOn?: string;
  establishedOnPrecision?: Precision;
  description: string;
  coversNote?: { text: string; provision: ProvisionSlug };
  cite: Cite;
}[];

export type ForumSlug = (typeof forums)[number]["slug"];

export const crimes = [
  { slug: "war-crimes", name: "War crimes",
    description: "Serious violations of the laws and customs of war. Environmental harm can in limited cases be charged as a war crime (Article 8(2)(b)(iv) of the Rome Statute).",
    cite: { source: "rome-statute-text", locator: "Article 8; Article 8(2)(b)(iv)" } },
  { slug: "crimes-against-humanity", name: "Crimes against humanity",
    description: "Acts committed as part of a widespread or systematic attack directed against a civilian population.",
    cite: { source: "rome-statute-text", locator: "Article 7(1)" } },
  { slug: "genocide", name: "Genocide",
    description: "Acts committed with intent to destroy, in whole or in part, a national, ethnical, racial or religious group as such.",
    cite: { source: "rome-statute-text", locator: "Article 6" } },
  { slug: "aggression", name: "Crime of aggression",
    description: "The planning, preparation, initiation or execution of an act of aggression by those in a position to direct a state’s political or military action: a leadership crime.",
    cite: { source: "rome-statute-text", locator: "Article 8 bis(1)" } },
  { slug: "ecocide", name: "Ecocide",
    description: "Mass destruction of flora and fauna, poisoning of air or water resources, and other actions that may cause an environmental disaster (Article 441 of the Criminal Code of Ukraine). Not a Rome Statute crime; Vanuatu, Fiji and Samoa proposed it in September 2024.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.ecocide } },
] as const satisfies readonly { slug: string; name: string; description: string; cite: Cite }[];

export type CrimeSlug = (typeof crimes)[number]["slug"];

export const levels = [
  { slug: "top-leadership", name: "Top leadership",
    description: "The state’s political and military leadership, including its head of state: the focus of the ICC Prosecutor.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.division } },
  { slug: "senior-command", name: "Senior commanders",
    description: "Military commanders above field grade. Command responsibility reaches a superior for crimes by subordinates under his effective command and control (Article 28 of the Rome Statute; “під його фактичним командуванням і контролем” in Article 31-1 of the Criminal Code of Ukraine): the test is control over the subordinates, not the geographic area of command the posts mention.",
    cite: { source: "pilpg-one-year-rome-statute", locator: "Scharf: “Ukraine can prosecute military commanders for war crimes committed in their geographic area of command.”" } },
  { slug: "field-grade", name: "Field-grade officers",
    description: "Majors, Lieutenant Colonels and Colonels. Noone recommends prioritising cases against them (a recommendation, not any prosecutor’s stated policy): they link command intent to battlefield conduct and are the most likely to travel, which makes warrants enforceable.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.fieldGrade } },
  { slug: "direct-perpetrator", name: "Direct perpetrators",
    description: "Those who commit the crimes themselves: the focus of Ukraine’s national courts.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.division } },
] as const satisfies readonly { slug: string; name: string; description: string; cite: Cite }[];

export type LevelSlug = (typeof levels)[number]["slug"];

export const accusedKinds = [
  { slug: "natural", name: "Natural person", description: "An individual.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.naturalPersons } },
  { slug: "legal", name: "Legal person", description: "A company or other legal entity. The ICC cannot try one; the posts urge Ukraine to prioritise prosecuting Russian corporations (a recommendation, not a statement of Ukraine’s policy).",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.corporations } },
] as const satisfies readonly { slug: string; name: string; description: string; cite: Cite }[];

export type AccusedKindSlug = (typeof accusedKinds)[number]["slug"];

export const modes = [
  { slug: "direct", name: "Direct commission", provision: "rs-art-25-3-a",
    description: "Committing the crime oneself, jointly with others or through another person.",
    cite: { source: "rome-statute-text", locator: "Article 25(3)(a)" } },
  { slug: "command-responsibility", name: "Command responsibility", provision: "rs-art-28",
    description: "A superior’s liability for subordinates’ crimes that the superior failed to take all necessary and reasonable measures to prevent, to repress, or to submit to the competent authorities: a military commander who knew or should have known of them (Article 28(a) of the Rome Statute), or a civilian superior who knew or consciously disregarded information clearly indicating them (Article 28(b)). In Ukrainian law only since the October 2024 amendments (Article 31-1 of the Criminal Code), for conduct after they took effect.",
    cite: { source: "rome-statute-text", locator: "Article 28(a) and (b)" } },
  { slug: "ordering", name: "Ordering, soliciting or inducing", provision: "rs-art-25-3-b",
    description: "Ordering, soliciting or inducing the commission of a crime which in fact occurs or is attempted (Article 25(3)(b) of the Rome Statute): the mode the ICC’s 2024 warrants allege beside commission and superior responsibility.",
    cite: { source: "rome-statute-text", locator: "Article 25(3)(b)" } },
] as const satisfies readonly { slug: string; name: string; provision: ProvisionSlug; description: string; cite: Cite }[];

export type ModeSlug = (typeof modes)[number]["slug"];

export const situations = [
  { slug: "ukraine", name: "Ukraine",
    description: "Crimes committed in Russia’s war against Ukraine, before the ICC (situation ICC-01/22), the Special Tribunal and Ukraine’s national courts.",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.priorJurisdiction } },
  { slug: "sudan", name: "Sudan",
    description: "Alleged use of chlorine gas by the Sudanese army in its conflict with the Rapid Support Forces; the United States accused the Sudanese military of using chemical weapons on 22 May 2025. The post describes Sudan as a signatory of the Chemical Weapons Convention; in fact Sudan is a State Party, by accession on 24 May 1999 (OPCW).",
    cite: { source: "pilpg-chemical-weapons-sudan", locator: "Crane, paragraph 2" } },
] as const satisfies readonly { slug: string; name: string; description: string; cite: Cite }[];

export type SituationSlug = (typeof situations)[number]["slug"];

// ---------------------------------------------------------------------------------------------
// Milestone tracks and types

export const tracks = [
  { slug: "accountability", name: "Accountability", description: "Courts, statutes, investigations, warrants, judgments and reparations." },
  { slug: "security-guarantees", name: "Security guarantees", description: "Commitments to Ukraine’s security: declarations, summits, treaties and their reference points." },
  { slug: "sanctions", name: "Sanctions", description: "Sanctions and travel notices, which the posts urge be synchronised with legal milestones." },
] as const;

export type TrackSlug = (typeof tracks)[number]["slug"];

export const milestoneTypes = [
  { slug: "ratification", name: "Ratification" },
  { slug: "entry-into-force", name: "Entry into force" },
  { slug: "declaration", name: "Declaration" },
  { slug: "referral", name: "Referral" },
  { slug: "investigation", name: "Preliminary examination or investigation" },
  { slug: "tribunal-agreement", name: "Tribunal agreement" },
  { slug: "code-amendment", name: "Code amendment" },
  { slug: "arrest-warrant", name: "Arrest warrant" },
  { slug: "judgment", name: "Judgment" },
  { slug: "reparations", name: "Reparations" },
  { slug: "proposal", name: "Proposal" },
  { slug: "accusation", name: "Accusation" },
  { slug: "evidence", name: "Evidence or report" },
  { slug: "agreement", name: "Agreement" },
  { slug: "summit", name: "Summit or meeting" },
  { slug: "policy", name: "Policy framework" },
  { slug: "sanctions", name: "Sanctions" },
] as const;

export type MilestoneTypeSlug = (typeof milestoneTypes)[number]["slug"];

// ---------------------------------------------------------------------------------------------
// Milestones

export type MilestoneSeed = {
  slug: string;
  title: string;
  description: string;
  whatChanged?: string;
  date: string; // "2024-10-25", "2024-10" or "1994": exactly as precise as the source
  track: TrackSlug;
  type: MilestoneTypeSlug;
  situation?: SituationSlug;
  forums?: ForumSlug[];
  instruments?: InstrumentSlug[];
  sources: Cite[];
};

export const milestones: MilestoneSeed[] = [
  {
    slug: "budapest-memorandum-1994",
    title: "Budapest Memorandum",
    date: "1994",
    track: "security-guarantees",
    type: "agreement",
    situation: "ukraine",
    instruments: ["budapest-memorandum"],
    description:
      "Ukraine entered into the Budapest Memorandum in which, among other things, Russia committed to recognising Ukraine’s independence, sovereignty and borders, and to guard against any foreign intervention.",
    whatChanged: "A non-binding assurance; the posts note it did not deter the events of 2014 or of 2022. The memorandum itself commits its signatories to respect Ukraine’s independence, sovereignty and existing borders and to refrain from the threat or use of force and from economic coercion; “guard against any foreign intervention” is the posts’ paraphrase.",
    sources: [
      { source: "pilpg-security-guarantees-buzzword", locator: "Why are security guarantees so important?" },
      { source: "pilpg-enforceable-security-guarantees", locator: "Bēta: “The Budapest Memorandum of 1994, which did not deter the events of 2014 nor 2022, demonstrates that non-binding assurances do not prevent aggression.”" },
      { source: "budapest-memorandum-text", locator: "Paragraphs 1 to 3" },
    ],
  },
  {
    slug: "criminal-code-of-ukraine-in-force-2001",
    title: "Criminal Code of Ukraine enters into force",
    date: "2001-09-01",
    track: "accountability",
    type: "entry-into-force",
    situation: "ukraine",
    forums: ["ukraine-domestic"],
    instruments: ["criminal-code-of-ukraine"],
    description: "The Criminal Code of Ukraine of 5 April 2001 enters into force, with the offences of aggressive war (Article 437), violation of the laws and customs of war (Article 438), ecocide (Article 441) and genocide (Article 442).",
    whatChanged: "Ukraine’s national courts can try war crimes, aggression, ecocide and genocide under the Code; command responsibility is not yet a mode of liability.",
    sources: [{ source: "criminal-code-of-ukraine", locator: "Final and transitional provisions" }],
  },
  {
    slug: "rome-statute-in-force-2002",
    title: "Rome Statute enters into force",
    date: "2002-07-01",
    track: "accountability",
    type: "entry-into-force",
    forums: ["icc"],
    instruments: ["rome-statute"],
    description: "The Rome Statute of the International Criminal Court enters into force, establishing the Court.",
    whatChanged: "The ICC exists, with jurisdiction over natural persons only and over the crimes listed in Article 5, which do not include ecocide; its jurisdiction over aggression is deferred (activated only from 17 July 2018).",
    sources: [{ source: "icc-states-parties", locator: "The Rome Statute entered into force on 1 July 2002" }],
  },
  {
    slug: "unsc-refers-darfur-2005",
    title: "Security Council refers the situation in Darfur to the ICC",
    date: "2005-03-31",
    track: "accountability",
    type: "referral",
    situation: "sudan",
    forums: ["icc"],
    instruments: ["unsc-resolution-1593"],
    description: "By Resolution 1593 (2005), the UN Security Council refers the situation in Darfur, Sudan, since 1 July 2002 to the Prosecutor of the International Criminal Court.",
    whatChanged: "The ICC can act on crimes within its jurisdiction committed in Darfur, though Sudan is not a State Party.",
    sources: [{ source: "unsc-resolution-1593", locator: "Operative paragraph 1" }],
  },
  {
    slug: "ukraine-article-12-3-declaration-2014",
    title: "Ukraine accepts ICC jurisdiction (first Article 12(3) declaration)",
    date: "2014-04-17",
    track: "accountability",
    type: "declaration",
    situation: "ukraine",
    forums: ["icc"],
    instruments: ["ukraine-article-12-3-declarations", "rome-statute"],
    description: "Ukraine lodges a declaration under Article 12(3) of the Rome Statute accepting the ICC’s jurisdiction over alleged crimes committed on its territory from 21 November 2013 to 22 February 2014.",
    whatChanged: "The ICC can exercise jurisdiction over war crimes, crimes against humanity and genocide committed on Ukraine’s territory from 21 November 2013 to 22 February 2014, and only over that conduct, although Ukraine is not a State Party. Conduct after 22 February 2014 stays outside the Court until the second declaration.",
    sources: [
      { source: "icc-situation-ukraine", locator: "Situation in Ukraine: background" },
      { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.first },
    ],
  },
  {
    slug: "icc-preliminary-examination-ukraine-2014",
    title: "ICC Prosecutor opens a preliminary examination in Ukraine",
    date: "2014-04-25",
    track: "accountability",
    type: "investigation",
    situation: "ukraine",
    forums: ["icc"],
    description: "The Prosecutor of the ICC opens a preliminary examination into the situation in Ukraine.",
    sources: [
      { source: "icc-situation-ukraine", locator: "Situation in Ukraine: background" },
      { source: "pilpg-one-year-rome-statute", locator: Q.priorJurisdiction },
    ],
  },
  {
    slug: "ukraine-legal-entities-measures-2014",
    title: "Criminal-law measures against legal entities take effect in Ukraine",
    date: "2014",
    track: "accountability",
    type: "code-amendment",
    situation: "ukraine",
    forums: ["ukraine-domestic"],
    instruments: ["criminal-code-of-ukraine"],
    description: "Section XIV-1 of the Criminal Code of Ukraine, on measures of a criminal-law nature against legal entities, takes effect. It was enacted by Law No. 314-VII of 23 May 2013; the official annotation of that law gives 1 September 2014 for its entry into force, and a trade-press report says Law No. 1207-VII of 15 April 2014 brought it forward to 27 April 2014. The tracker keeps the year until the official text of the amending law is checked.",
    whatChanged: "Ukrainian courts can apply criminal-law measures to legal entities for the offences the section lists.",
    sources: [
      { source: "criminal-code-of-ukraine", locator: "Section XIV-1" },
      { source: "rada-annotation-law-314-vii", locator: "«Дата набуття чинності: 1 вересня 2014 року»" },
      { source: "dtkt-law-1207-vii-2014", locator: "«… замість 1 вересня 2014 року він чинний уже з 27 квітня»" },
    ],
  },
  {
    slug: "ukraine-article-12-3-declaration-2015",
    title: "Ukraine extends its acceptance of ICC jurisdiction (second Article 12(3) declaration)",
    date: "2015-09-08",
    track: "accountability",
    type: "declaration",
    situation: "ukraine",
    forums: ["icc"],
    instruments: ["ukraine-article-12-3-declarations", "rome-statute"],
    description: "Ukraine lodges a second declaration under Article 12(3), accepting the ICC’s jurisdiction over alleged crimes committed on its territory from 20 February 2014 onwards.",
    whatChanged: "The ICC’s jurisdiction over crimes on Ukraine’s territory becomes open-ended, from 20 February 2014 onwards: conduct in Crimea and Donbas after 22 February 2014 comes within reach.",
    sources: [
      { source: "icc-situation-ukraine", locator: "Situation in Ukraine: background" },
      { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.second },
    ],
  },
  {
    slug: "icc-aggression-jurisdiction-activated-2018",
    title: "ICC jurisdiction over the crime of aggression activated",
    date: "2018-07-17",
    track: "accountability",
    type: "entry-into-force",
    forums: ["icc"],
    instruments: ["rome-statute"],
    description: "By a resolution of 14 December 2017, the Assembly of States Parties activates the ICC’s jurisdiction over the crime of aggression as of 17 July 2018.",
    whatChanged: "The ICC can exercise jurisdiction over aggression under Articles 15 bis and 15 ter, but not over a non-party State’s nationals or territory (Article 15 bis(5)).",
    sources: [{ source: "icc-asp-res-aggression-activation", locator: "Operative paragraph 1" }],
  },
  {
    slug: "istanbul-talks-2022",
    title: "Istanbul talks: “Article 5-like” guarantees proposed",
    date: "2022-03",
    track: "security-guarantees",
    type: "proposal",
    situation: "ukraine",
    instruments: ["north-atlantic-treaty"],
    description: "During the Istanbul talks it was suggested that, in lieu of NATO membership, a coalition of willing states could provide a collective security guarantee akin to Article 5. Russia counterproposed that it be one of the guarantor states, with a veto over any support.",
    sources: [{ source: "pilpg-security-guarantees-buzzword", locator: "What constitutes an Article 5-like guarantee?" }],
  },
  {
    slug: "icc-investigation-ukraine-2022",
    title: "ICC Prosecutor opens an investigation after referrals from 39 States Parties",
    date: "2022-03-02",
    track: "accountability",
    type: "investigation",
    situation: "ukraine",
    forums: ["icc"],
    description: "Having received referrals of the situation in Ukraine from 39 States Parties, the Prosecutor of the ICC opens an investigation.",
    whatChanged: "The ICC’s investigation of the situation in Ukraine begins.",
    sources: [
      { source: "icc-otp-statement-2022-03-02", locator: "Statement of 2 March 2022" },
      { source: "pilpg-one-year-rome-statute", locator: Q.priorJurisdiction },
    ],
  },
  {
    slug: "sanctions-on-russia-2022",
    title: "Further rounds of sanctions on Russia after the 2022 full-scale invasion",
    date: "2022",
    track: "sanctions",
    type: "sanctions",
    situation: "ukraine",
    description: "Since Russia’s full-scale invasion of Ukraine in 2022, the US, the UK, the EU and other countries have imposed multiple rounds of sanctions on Russia, targeting its foreign reserves, banks, defence industry and individual oligarchs.",
    sources: [{ source: "pilpg-three-pillars", locator: "The Third Pillar: Further Economic Sanctions Against Russia" }],
  },
  {
    slug: "icc-warrants-putin-lvova-belova-2023",
    title: "ICC arrest warrants for Vladimir Putin and Maria Lvova-Belova",
    date: "2023-03-17",
    track: "accountability",
    type: "arrest-warrant",
    situation: "ukraine",
    forums: ["icc"],
    description: "Pre-Trial Chamber II of the ICC issues warrants of arrest for Vladimir Putin, President of the Russian Federation, and Maria Lvova-Belova, Commissioner for Children’s Rights in the Office of the President of the Russian Federation, for the war crime of unlawful deportation and transfer of children from occupied areas of Ukraine to the Russian Federation.",
    whatChanged: "The ICC’s pursuit of Russia’s top leadership, including its head of state, takes the form of warrants.",
    sources: [
      { source: "icc-press-release-2023-03-17", locator: "Press release of 17 March 2023" },
      { source: "pilpg-one-year-rome-statute", locator: Q.division },
    ],
  },
  {
    slug: "icc-warrants-kobylash-sokolov-2024",
    title: "ICC arrest warrants for Sergei Kobylash and Viktor Sokolov (as reported)",
    date: "2024-03-05",
    track: "accountability",
    type: "arrest-warrant",
    situation: "ukraine",
    forums: ["icc"],
    description: "As reported by the French Ministry for Europe and Foreign Affairs (the ICC’s own release could not be consulted here): Pre-Trial Chamber II of the ICC issues warrants of arrest for Sergei Ivanovich Kobylash, a lieutenant general of the Russian air force, and Viktor Nikolayevich Sokolov, an admiral and commander of Russia’s Black Sea Fleet, for conduct from at least 10 October 2022 to at least 9 March 2023.",
    whatChanged: "The ICC’s warrants reach senior military commanders, for attacks on civilian objects and for a crime against humanity.",
    sources: [{ source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 }],
  },
  {
    slug: "icc-warrants-shoigu-gerasimov-2024",
    title: "ICC arrest warrants for Sergei Shoigu and Valery Gerasimov",
    date: "2024-06-24",
    track: "accountability",
    type: "arrest-warrant",
    situation: "ukraine",
    forums: ["icc"],
    description: "Pre-Trial Chamber II of the ICC issues warrants of arrest for Sergei Kuzhugetovich Shoigu, Minister of Defence of the Russian Federation at the time of the alleged conduct, and Valery Vasilyevich Gerasimov, Chief of the General Staff of the Armed Forces of the Russian Federation and First Deputy Minister of Defence at that time, for war crimes and a crime against humanity allegedly committed from at least 10 October 2022 until at least 9 March 2023.",
    whatChanged: "The ICC’s warrants reach Russia’s military leadership, for attacks on civilian objects and for a crime against humanity.",
    sources: [{ source: "icc-press-release-2024-06-25", locator: ICC_2024.issued }],
  },
  {
    slug: "rome-kyiv-bilateral-pact-2024",
    title: "Italy–Ukraine bilateral security agreement",
    date: "2024",
    track: "security-guarantees",
    type: "agreement",
    situation: "ukraine",
    description: "The 2024 Rome–Kyiv bilateral pact, which, according to reports, Italy’s later proposal on security guarantees could mirror.",
    sources: [{ source: "pilpg-security-guarantees-buzzword", locator: "“the framework could mirror the 2024 Rome-Kyiv bilateral pact”" }],
  },
  {
    slug: "ecocide-proposal-2024",
    title: "Vanuatu, Fiji and Samoa propose ecocide as a Rome Statute crime",
    date: "2024-09",
    track: "accountability",
    type: "proposal",
    forums: ["icc"],
    instruments: ["ecocide-amendment-proposal", "rome-statute"],
    description: "Vanuatu, along with Fiji and Samoa, submits a proposal to the ICC (in the post’s words) to recognise ecocide as a separate crime on a par with genocide and other serious offences.",
    whatChanged: "Nothing is in force yet: ecocide is not a Rome Statute crime unless the proposal is adopted. Environmental harm can still be charged as a war crime.",
    sources: [{ source: "pilpg-one-year-rome-statute", locator: Q.ecocideProposal }],
  },
  {
    slug: "sudan-barrels-video-2024",
    title: "Video of barrels dropped from the sky in Sudan documented",
    date: "2024-09",
    track: "accountability",
    type: "evidence",
    situation: "sudan",
    description: "The FRANCE 24 Observers team documents video evidence showing barrels dropping from the sky, in connection with the alleged weaponisation of chlorine in Sudan.",
    sources: [{ source: "pilpg-chemical-weapons-sudan", locator: "Crane, paragraph 3" }],
  },
  {
    slug: "ukraine-criminal-code-amendments-2024",
    title: "Criminal Code amended to align with the Rome Statute; command responsibility added",
    date: "2024-10",
    track: "accountability",
    type: "code-amendment",
    situation: "ukraine",
    forums: ["ukraine-domestic"],
    instruments: ["criminal-code-of-ukraine"],
    description: "Ukraine amends its Criminal Code to bring it in line with the ICC, adding a provision on command responsibility similar to Article 28 of the Rome Statute, which had not previously existed as a mode of liability in Ukrainian law. The Verkhovna Rada adopted the law (No. 4012-IX, bill No. 11484) on 9 October 2024; the day it took effect is not recorded here, so the tracker keeps the month.",
    whatChanged: "Ukrainian courts can try military commanders under command responsibility (Article 31-1) for subordinates’ crimes under Articles 437–439, 442 and 442-1 committed under their effective command and control, for conduct after the amendment took effect; crimes against humanity become an offence (Article 442-1). The posts give the month, not the day.",
    sources: [
      { source: "pilpg-one-year-rome-statute", locator: Q.commandResponsibility },
      { source: "court-news-law-4012-ix", locator: "«Верховна Рада України 9 жовтня 2024 року ухвалила імплементаційний Закон України «Про внесення змін до Кримінального та Кримінального процесуального кодексів України у зв'язку з ратифікацією Римського статуту…» (реєстр. № 11484)»" },
    ],
  },
  {
    slug: "ukraine-ratifies-rome-statute-2024",
    title: "Ukraine deposits its instrument of ratification of the Rome Statute",
    date: "2024-10-25",
    track: "accountability",
    type: "ratification",
    situation: "ukraine",
    forums: ["icc"],
    instruments: ["rome-statute"],
    description: "Ukraine deposits its instrument of ratification of the Rome Statute of the International Criminal Court.",
    whatChanged: "Under Article 126(2) the Statute will enter into force for Ukraine on 1 January 2025.",
    sources: [
      { source: "pilpg-one-year-rome-statute", locator: Q.ratification },
      { source: "icc-states-parties", locator: "Ukraine" },
    ],
  },
  {
    slug: "rome-statute-in-force-for-ukraine-2025",
    title: "Rome Statute enters into force for Ukraine",
    date: "2025-01-01",
    track: "accountability",
    type: "entry-into-force",
    situation: "ukraine",
    forums: ["icc", "ukraine-domestic"],
    instruments: ["rome-statute"],
    description: "The Rome Statute enters into force for Ukraine, which becomes a State Party to the International Criminal Court.",
    whatChanged: "For conduct from 1 January 2025, the ICC’s jurisdiction rests on Ukraine’s membership; earlier conduct from 21 November 2013 remains within reach through the Article 12(3) declarations. The Court still cannot try aggression against Ukraine (Article 15 bis(5)). In Sterio’s view only the aggressor state (Russia) would now need to become a party; under the Statute it would also have to accept the aggression amendments (Article 121(5)) and not opt out (Article 15 bis(4)), and the Court could then reach only later conduct (Article 11(2)); the only other route is a Security Council referral under Article 15 ter.",
    sources: [
      { source: "pilpg-one-year-rome-statute", locator: Q.ratification },
      { source: "icc-states-parties", locator: "Ukraine" },
    ],
  },
  {
    slug: "meloni-article-5-like-proposal-2025",
    title: "Italian Prime Minister Meloni floats “Article 5-like” guarantees",
    date: "2025-03",
    track: "security-guarantees",
    type: "proposal",
    situation: "ukraine",
    instruments: ["north-atlantic-treaty"],
    description: "Italian Prime Minister Giorgia Meloni floats a proposal for Article 5-like guarantees for Ukraine, reportedly without NATO member states necessarily stationing combat troops in Ukraine.",
    sources: [{ source: "pilpg-security-guarantees-buzzword", locator: "What constitutes an Article 5-like guarantee?" }],
  },
  {
    slug: "us-accuses-sudan-chemical-weapons-2025",
    title: "United States accuses the Sudanese military of using chemical weapons",
    date: "2025-05-22",
    track: "accountability",
    type: "accusation",
    situation: "sudan",
    instruments: ["chemical-weapons-convention"],
    description: "The United States accuses the Sudanese military of using chemical weapons, without presenting evidence. The post discusses the alleged use of chlorine gas by the Sudanese army in its conflict with the Rapid Support Forces, and describes Sudan as a signatory of the Chemical Weapons Convention (Sudan is in fact a State Party, by accession on 24 May 1999).",
    sources: [
      { source: "pilpg-chemical-weapons-sudan", locator: "Crane: “On May 22, 2025, the United States accused the Sudanese military of using chemical weapons.”" },
      { source: "opcw-sudan-accession-1999", locator: "“The Republic of the Sudan acceded to the Chemical Weapons Convention on 24 May 1999. The Republic of the Sudan will become the 124th State Party to the Convention on 23 June 1999”" },
    ],
  },
  {
    slug: "special-tribunal-agreement-2025",
    title: "Council of Europe and Ukraine sign the agreement establishing the Special Tribunal",
    date: "2025-06-25",
    track: "accountability",
    type: "tribunal-agreement",
    situation: "ukraine",
    forums: ["special-tribunal"],
    instruments: ["special-tribunal-agreement"],
    description: "The Council of Europe and Ukraine sign the agreement to establish the Special Tribunal for the Crime of Aggression against Ukraine, which the posts describe as the first international criminal tribunal for aggression created outside the UN Security Council framework.",
    whatChanged: "The agreement to establish a tribunal for leadership-level aggression, the “aggression gap” the ICC cannot reach, is signed; its entry into force, staffing, funding and cooperation agreements remain.",
    sources: [
      { source: "pilpg-one-year-rome-statute", locator: Q.specialTribunal },
      { source: "coe-special-tribunal-agreement", locator: "Signed at Strasbourg on 25 June 2025" },
    ],
  },
  {
    slug: "zelenskyy-three-pillars-2025",
    title: "President Zelenskyy outlines three pillars of security guarantees",
    date: "2025-08",
    track: "security-guarantees",
    type: "policy",
    situation: "ukraine",
    description: "President Zelenskyy outlines a security-guarantees framework of three pillars: funding for Ukraine’s military, mutual defence agreements with NATO member states, and sanctions against Russia.",
    sources: [{ source: "pilpg-three-pillars", locator: "“President Zelenskyy outlined three pillars: funding for Ukraine’s military, mutual defense agreements with NATO member states, and sanctions against Russia.”" }],
  },
  {
    slug: "alaska-summit-2025",
    title: "Trump–Putin meeting in Alaska",
    date: "2025-08-15",
    track: "security-guarantees",
    type: "summit",
    situation: "ukraine",
    description: "President Trump meets Vladimir Putin in Alaska, after which a renewed focus emerges on security guarantees for Ukraine.",
    sources: [{ source: "pilpg-security-guarantees-buzzword", locator: "“Following President Donald Trump’s meeting with Vladimir Putin in Alaska on August 15, 2025”" }],
  },
  {
    slug: "washington-meeting-2025",
    title: "Washington meeting of Presidents Trump and Zelenskyy with European leaders",
    date: "2025-08-18",
    track: "security-guarantees",
    type: "summit",
    situation: "ukraine",
    description: "President Trump meets President Zelenskyy and several European leaders in Washington, D.C.; NATO Secretary General Mark Rutte afterwards seemed to resurrect the idea of NATO providing Article 5-like guarantees.",
    sources: [{ source: "pilpg-security-guarantees-buzzword", locator: "“his subsequent meeting with President Volodymyr Zelenskyy and several European leaders in Washington, D.C., on August 18, 2025”" }],
  },
  {
    slug: "coalition-of-the-willing-paris-2025",
    title: "Coalition of the Willing meeting on security guarantees",
    date: "2025-09-04",
    track: "security-guarantees",
    type: "summit",
    situation: "ukraine",
    description: "A meeting of the Coalition of the Willing discusses security guarantees; afterwards President Macron affirms the Coalition’s support for the development of a strong Ukrainian military.",
    sources: [{ source: "pilpg-three-pillars", locator: "“Following a meeting of the Coalition of the Willing on September 4, 2025, to discuss security guarantees”" }],
  },
  {
    slug: "paris-declaration-26-states-2025",
    title: "Macron: reassurance-force plans complete, 26 states to take part",
    date: "2025-09",
    track: "security-guarantees",
    type: "declaration",
    situation: "ukraine",
    description: "In early September President Macron declares the plans for a reassurance force complete: 26 states will take part, on land, at sea and in the air, in forms depending on their capabilities. The posts refer to the Paris declaration of twenty-six states willing to support Ukraine’s security; see also the Coalition of the Willing meeting of 4 September 2025.",
    whatChanged: "A political declaration and plans, not yet legal commitments: the posts note that legislative progress among the 26 remains stalled.",
    sources: [
      { source: "pilpg-three-pillars", locator: "The Second Pillar: “According to President Macron, 26 states will take part in the reassurance force”" },
      { source: "pilpg-enforceable-security-guarantees", locator: "Introduction: “the Paris declaration of twenty-six states willing to support Ukraine’s security”; Marić-Djordjević: “At present, legislative progress among the 26 committed countries remains stalled.”" },
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// Jurisdiction rules

export type RuleSeed = {
  slug: string;
  forum: ForumSlug;
  situation?: SituationSlug; // absent: every situation
  effect: "COVERS" | "EXCLUDES" | "CONDITIONAL";
  summary: string;
  condition?: string;
  // What the condition turns on (CONDITIONAL only): a fact about the case, or a forum not yet operational.
  conditionKind?: "CASE_FACT" | "NOT_OPERATIONAL" | "DATE_PRECISION";
  crimes?: CrimeSlug[]; // absent or empty: every crime
  accusedKinds?: AccusedKindSlug[];
  levels?: LevelSlug[];
  modes?: ModeSlug[];
  validFrom?: string; // "2025-01-01" or "2024-10" (precision follows the form)
  validTo?: string;
  // The conduct the rule reaches (ratione temporis), as precise as its source; absent: no limit recorded.
  conductFrom?: string;
  conductTo?: string;
  openedBy?: string; // milestone slug
  closedBy?: string;
  provision: ProvisionSlug;
  cite: Cite;
};

const ROME_STATUTE_CRIMES: CrimeSlug[] = ["war-crimes", "crimes-against-humanity", "genocide"];


export const rules: RuleSeed[] = [
  // International Criminal Court
  {
    slug: "icc-natural-persons-only",
    forum: "icc",
    effect: "EXCLUDES",
    accusedKinds: ["legal"],
    summary: "The ICC has jurisdiction over natural persons only, not legal persons: it cannot try companies.",
    validFrom: "2002-07-01",
    openedBy: "rome-statute-in-force-2002",
    provision: "rs-art-25-1",
    cite: { source: "rome-statute-text", locator: "Article 25(1)" },
  },
  {
    slug: "icc-ecocide-not-a-crime",
    forum: "icc",
    effect: "EXCLUDES",
    crimes: ["ecocide"],
    summary: "Ecocide is not a crime under the Rome Statute; Vanuatu, Fiji and Samoa proposed it in September 2024. Environmental harm can in limited cases be charged as a war crime (Article 8(2)(b)(iv): widespread, long-term and severe damage, clearly excessive to the military advantage).",
    validFrom: "2002-07-01",
    openedBy: "rome-statute-in-force-2002",
    provision: "rs-art-5",
    cite: { source: "rome-statute-text", locator: "Article 5(1)" },
  },
  {
    slug: "icc-no-conduct-before-the-statute",
    forum: "icc",
    effect: "EXCLUDES",
    summary: "The ICC has no jurisdiction over conduct before the Rome Statute entered into force on 1 July 2002, in any situation.",
    validFrom: "2002-07-01",
    conductTo: "2002-06-30",
    openedBy: "rome-statute-in-force-2002",
    provision: "rs-art-11-1",
    cite: { source: "rome-statute-text", locator: "Article 11(1)" },
  },
  {
    slug: "icc-ukraine-no-acceptance-before-2014",
    forum: "icc",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ROME_STATUTE_CRIMES,
    summary: "Until 17 April 2014 Ukraine was not a State Party and had lodged no declaration under Article 12(3): the Court could not exercise jurisdiction over crimes on its territory.",
    validFrom: "2002-07-01",
    validTo: "2014-04-16",
    openedBy: "rome-statute-in-force-2002",
    closedBy: "ukraine-article-12-3-declaration-2014",
    provision: "rs-art-12-2-a",
    cite: { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.first },
  },
  {
    slug: "icc-ukraine-article-12-3",
    forum: "icc",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ROME_STATUTE_CRIMES,
    accusedKinds: ["natural"],
    summary: "Ukraine’s first declaration under Article 12(3), lodged on 17 April 2014, accepts the ICC’s jurisdiction over alleged crimes on its territory from 21 November 2013 to 22 February 2014, and only over those.",
    validFrom: "2014-04-17",
    conductFrom: "2013-11-21",
    conductTo: "2014-02-22",
    openedBy: "ukraine-article-12-3-declaration-2014",
    provision: "rs-art-12-3",
    cite: { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.first },
  },
  {
    slug: "icc-ukraine-between-the-declarations",
    forum: "icc",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ROME_STATUTE_CRIMES,
    summary: "Between the two declarations, conduct on Ukraine’s territory after 22 February 2014 (in Crimea and Donbas, among others) was reached by no declaration: the first stopped at 22 February 2014, the second was lodged only on 8 September 2015.",
    validFrom: "2014-04-17",
    validTo: "2015-09-07",
    conductFrom: "2014-02-23",
    openedBy: "ukraine-article-12-3-declaration-2014",
    closedBy: "ukraine-article-12-3-declaration-2015",
    provision: "rs-art-12-3",
    cite: { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.first },
  },
  {
    slug: "icc-ukraine-article-12-3-2015",
    forum: "icc",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ROME_STATUTE_CRIMES,
    accusedKinds: ["natural"],
    summary: "Ukraine’s second declaration under Article 12(3), lodged on 8 September 2015, accepts the ICC’s jurisdiction over alleged crimes on its territory from 20 February 2014 onwards, without an end date. It remains the basis for conduct before 1 January 2025 (Article 11(2)). The investigation opened on 2 March 2022 after referrals by States Parties; referrals trigger the exercise of jurisdiction (Articles 13(a) and 14), they do not create it.",
    validFrom: "2015-09-08",
    conductFrom: "2014-02-20",
    openedBy: "ukraine-article-12-3-declaration-2015",
    provision: "rs-art-12-3",
    cite: { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.second },
  },
  {
    slug: "icc-ukraine-before-the-declarations",
    forum: "icc",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ROME_STATUTE_CRIMES,
    summary: "Conduct on Ukraine’s territory before 21 November 2013 is reached neither by Ukraine’s declarations (the first begins on that day) nor by its membership, which reaches only conduct from 1 January 2025 (Articles 11(2) and 12).",
    validFrom: "2002-07-01",
    conductTo: "2013-11-20",
    openedBy: "rome-statute-in-force-2002",
    provision: "rs-art-11-2",
    cite: { source: "icc-press-release-2015-09-08", locator: ICC_DECLARATIONS.first },
  },
  {
    slug: "icc-ukraine-state-party",
    forum: "icc",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ROME_STATUTE_CRIMES,
    accusedKinds: ["natural"],
    summary: "Since the Rome Statute entered into force for Ukraine on 1 January 2025, Ukraine is a State Party: for conduct on its territory from that date, the ICC’s jurisdiction rests on its membership. The tracker has no nationality dimension: as reported by Amnesty International, Ukraine declared under Article 124 that for seven years it does not accept the Court’s jurisdiction over war crimes likely committed by its own nationals, so for war crimes this answer concerns conduct by others, Russian nationals among them.",
    validFrom: "2025-01-01",
    conductFrom: "2025-01-01",
    openedBy: "rome-statute-in-force-for-ukraine-2025",
    provision: "rs-art-12-2-a",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.ratification },
  },
  {
    slug: "icc-aggression-deferred",
    forum: "icc",
    effect: "EXCLUDES",
    crimes: ["aggression"],
    summary: "Until its jurisdiction over aggression was activated on 17 July 2018, the ICC could not exercise jurisdiction over the crime of aggression anywhere.",
    validFrom: "2002-07-01",
    validTo: "2018-07-16",
    openedBy: "rome-statute-in-force-2002",
    closedBy: "icc-aggression-jurisdiction-activated-2018",
    provision: "rs-art-5-2-1998",
    cite: { source: "icc-asp-res-aggression-activation", locator: "Operative paragraph 1" },
  },
  {
    slug: "icc-aggression-neither-state-a-party",
    forum: "icc",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["aggression"],
    summary: "Neither Ukraine (the victim state) nor Russia (the aggressor state) was a State Party: the ICC cannot exercise jurisdiction over aggression committed by a non-party’s nationals or on its territory.",
    validFrom: "2018-07-17",
    validTo: "2024-12-31",
    openedBy: "icc-aggression-jurisdiction-activated-2018",
    closedBy: "rome-statute-in-force-for-ukraine-2025",
    provision: "rs-art-15-bis-5",
    cite: { source: "rome-statute-text", locator: "Article 15 bis(5)" },
  },
  {
    slug: "icc-aggression-russia-not-a-party",
    forum: "icc",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["aggression"],
    summary: "Russia, the aggressor state, is not a State Party, and in respect of a non-party the Court shall not exercise its jurisdiction over the crime of aggression committed by that State’s nationals (Article 15 bis(5)): Ukraine’s membership alone does not suffice. Only a change of law could alter this, and none is pending: Russia’s accession together with its acceptance of the aggression amendments (Article 121(5)) and no declaration opting out (Article 15 bis(4)), and even then only for later conduct (Article 11(2)); or a referral by the Security Council under Article 15 ter, which Russia can veto.",
    validFrom: "2025-01-01",
    openedBy: "rome-statute-in-force-for-ukraine-2025",
    provision: "rs-art-15-bis-5",
    cite: { source: "rome-statute-text", locator: "Article 15 bis(5); Articles 15 bis(4), 15 ter, 121(5) and 11(2)" },
  },
  {
    slug: "icc-sudan-before-the-referral",
    forum: "icc",
    situation: "sudan",
    effect: "EXCLUDES",
    summary: "Sudan is not a State Party and had accepted no jurisdiction: until the Security Council referred the situation in Darfur on 31 March 2005, the Court could not exercise jurisdiction over crimes in Sudan (Articles 12 and 13).",
    validFrom: "2002-07-01",
    validTo: "2005-03-30",
    openedBy: "rome-statute-in-force-2002",
    closedBy: "unsc-refers-darfur-2005",
    provision: "rs-art-12-2-a",
    cite: { source: "rome-statute-text", locator: "Articles 12(2) and 13" },
  },
  {
    slug: "icc-sudan-darfur-referral",
    forum: "icc",
    situation: "sudan",
    effect: "CONDITIONAL",
    crimes: ROME_STATUTE_CRIMES,
    accusedKinds: ["natural"],
    summary: "The Security Council referred the situation in Darfur, Sudan, since 1 July 2002 to the ICC Prosecutor. Sudan is not a State Party, so the referral is the basis of the Court’s jurisdiction there. For the alleged chlorine attacks in the conflict between the army and the Rapid Support Forces, a non-international armed conflict: employing asphyxiating or poisonous gases became a war crime in such conflicts (Article 8(2)(e)(xiv)) only by the 2010 Kampala amendment, which binds the States Parties that accept it (Article 121(5)), and whether it reaches a non-party through a referral is disputed; other war crimes of Article 8(2)(e), such as attacks on civilians, remain. The post does not say where the attacks took place.",
    condition: "Only for conduct in Darfur: the referral covers the situation in Darfur, not the whole of Sudan, and the post does not say where the alleged chlorine attacks took place.",
    conditionKind: "CASE_FACT",
    validFrom: "2005-03-31",
    conductFrom: "2002-07-01",
    openedBy: "unsc-refers-darfur-2005",
    provision: "unsc-1593-para-1",
    cite: { source: "unsc-resolution-1593", locator: "Operative paragraph 1" },
  },
  // Special Tribunal
  {
    slug: "special-tribunal-before-the-agreement",
    forum: "special-tribunal",
    effect: "EXCLUDES",
    summary: "Before the agreement between Ukraine and the Council of Europe was signed on 25 June 2025, there was no Special Tribunal for the Crime of Aggression against Ukraine.",
    validTo: "2025-06-24",
    closedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "coe-special-tribunal-agreement", locator: "Signed at Strasbourg on 25 June 2025" },
  },
  {
    slug: "special-tribunal-leadership-aggression",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "NOT_OPERATIONAL",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["top-leadership", "senior-command"],
    summary: "The Special Tribunal is to try the crime of aggression against Ukraine at the leadership level, closing the “aggression gap” and complementing the ICC. The posts do not say which conduct the Statute reaches, and reports differ, so the tracker records no limit on the conduct it reaches.",
    condition: "Once the agreement is in force and the tribunal operates: at the time of the posts its staffing, funding and cooperation agreements were still to be finalised.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.aggressionGap },
  },
  {
    slug: "special-tribunal-serving-leaders",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "CASE_FACT",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["top-leadership"],
    summary: "As reported of the Statute, it grants no personal immunity: a serving head of state, head of government or minister for foreign affairs can be indicted while in office, but tried and sentenced (in absentia included) only after leaving office.",
    condition: "For a trial or judgment: the accused no longer holds office as head of state, head of government or minister for foreign affairs (an indictment is possible before). Others of the leadership can be tried, in absentia included.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-serving-leaders",
    cite: { source: "ukrainska-pravda-special-tribunal-2025-06-25", locator: "Mudra on the Statute: the troika can receive indictments; judgment and sentence in absentia only after the troika leaves office" },
  },
  {
    slug: "special-tribunal-superior-responsibility",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "CASE_FACT",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    modes: ["command-responsibility"],
    summary: "Aggression is a leadership crime: under the Rome Statute, for comparison, responsibility for it reaches only those in a position to control or direct the State’s political or military action (Article 25(3 bis)). Whether a superior can answer for it under command responsibility, rather than as a leader who planned, prepared, initiated or executed it, is contested.",
    condition: "Only for a superior who was himself in a position effectively to exercise control over or to direct the political or military action of the State, and only if the tribunal admits superior responsibility for aggression, which is doubtful.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "rs-art-25-3-bis",
    cite: { source: "rome-statute-text", locator: "Article 25(3 bis)" },
  },
  {
    slug: "special-tribunal-aggression-only",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["war-crimes", "crimes-against-humanity", "genocide", "ecocide"],
    summary: "The Special Tribunal focuses solely on aggression; war crimes, crimes against humanity and genocide are for the ICC and national courts.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.specialTribunal },
  },
  {
    slug: "special-tribunal-leadership-only",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["aggression"],
    levels: ["field-grade", "direct-perpetrator"],
    summary: "Aggression is a leadership crime: the Special Tribunal closes the aggression gap at the leadership level, not below it.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.aggressionGap },
  },
  {
    slug: "special-tribunal-senior-commanders",
    forum: "special-tribunal",
    situation: "ukraine",
    effect: "CONDITIONAL",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["senior-command"],
    summary: "A senior commander falls within the tribunal’s leadership-level jurisdiction only if in a position to direct the state’s political or military action.",
    conditionKind: "CASE_FACT",
    condition: "Only if the commander was in a position effectively to exercise control over or to direct the political or military action of the State.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.aggressionGap },
  },
  // Ukrainian national courts
  {
    slug: "special-tribunal-aggression-against-ukraine-only",
    forum: "special-tribunal",
    situation: "sudan",
    effect: "EXCLUDES",
    summary: "The Special Tribunal’s jurisdiction is the crime of aggression against Ukraine: it has none in any other situation.",
    validFrom: "2025-06-25",
    openedBy: "special-tribunal-agreement-2025",
    provision: "st-jurisdiction-aggression",
    cite: { source: "coe-special-tribunal-agreement", locator: "Title of the agreement" },
  },
  {
    slug: "ukraine-war-crimes-direct",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ["war-crimes"],
    accusedKinds: ["natural"],
    modes: ["direct"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    summary: "Ukraine’s national courts try war crimes under Article 438 of the Criminal Code (violation of the laws and customs of war), including in absentia; over 90 war-crimes trials were under way at the time of the posts.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "cc-ua-art-438",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 438" },
  },
  {
    slug: "ukraine-no-command-responsibility-before-2024",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "EXCLUDES",
    accusedKinds: ["natural"],
    modes: ["command-responsibility"],
    summary: "Before the October 2024 amendments, command responsibility “had not previously existed as a mode of liability in Ukrainian law” (Scharf), for any crime: a commander could be tried only under the ordinary modes of liability. The posts give the month of the amendment, not the day it took effect.",
    validFrom: "2001-09-01",
    validTo: "2024-10",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    closedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-command-responsibility",
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.commandResponsibility },
  },
  {
    slug: "ukraine-command-responsibility-not-retroactive",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "EXCLUDES",
    accusedKinds: ["natural"],
    modes: ["command-responsibility"],
    summary: "Command responsibility under Article 31-1 does not reach back: a law that creates or aggravates liability has no retroactive effect (Article 58 of the Constitution). Conduct before the amendment took effect cannot be tried under command responsibility, today or later; the posts give the month of the amendment, not the day.",
    validFrom: "2024-10",
    conductTo: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "constitution-ua-art-58",
    cite: { source: "constitution-of-ukraine", locator: "Article 58" },
  },
  {
    slug: "ukraine-command-responsibility",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ["war-crimes", "genocide", "crimes-against-humanity"],
    accusedKinds: ["natural"],
    modes: ["command-responsibility"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    summary: "Since the October 2024 amendments (Article 31-1), a military commander is liable for subordinates’ war crimes (Articles 438–439), genocide (Article 442) and crimes against humanity (Article 442-1) committed under his effective command and control, where he knew or should have known of them and failed to exercise proper control; only for conduct after the amendment took effect.",
    validFrom: "2024-10",
    conductFrom: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-command-responsibility",
    cite: { source: "protocol-ua-criminal-code-art-31-1", locator: "Article 31-1(1)" },
  },
  {
    slug: "ukraine-ecocide-no-command-responsibility",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["ecocide"],
    accusedKinds: ["natural"],
    modes: ["command-responsibility"],
    summary: "Article 31-1 makes commanders liable for the crimes under Articles 437–439, 442 and 442-1 only: ecocide (Article 441) is not among them, so a superior cannot be tried for ecocide under command responsibility. Only an amendment adding Article 441 to that list could change this.",
    validFrom: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-command-responsibility",
    cite: { source: "protocol-ua-criminal-code-art-31-1", locator: "Article 31-1(1): «за будь-який із злочинів, передбачених статтями 437-439, 442 і 442-1 цього Кодексу»" },
  },
  {
    slug: "ukraine-ecocide",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ["ecocide"],
    accusedKinds: ["natural"],
    modes: ["direct"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    summary: "Ecocide is a crime under Article 441 of the Criminal Code of Ukraine, punishable by eight to fifteen years’ imprisonment. Because trials in absentia are possible, the posts expect Ukraine to try environmental war crimes “before the ICC has a chance to do so”.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "cc-ua-art-441",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 441" },
  },
  {
    slug: "ukraine-genocide",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ["genocide"],
    accusedKinds: ["natural"],
    modes: ["direct"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    summary: "Genocide is an offence under Article 442 of the Criminal Code of Ukraine.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "cc-ua-art-442",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 442" },
  },
  {
    slug: "ukraine-aggression-below-leadership",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "CONDITIONAL",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    modes: ["direct"],
    summary: "Planning, preparing, unleashing and waging an aggressive war is an offence under Article 437 of the Criminal Code of Ukraine.",
    conditionKind: "CASE_FACT",
    condition: "Only where the accused’s role meets Article 437 as Ukraine’s courts apply it: international law treats aggression as a leadership crime, and how far below the leadership it reaches is disputed.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "cc-ua-art-437",
    cite: { source: "criminal-code-of-ukraine", locator: "Article 437" },
  },
  {
    slug: "ukraine-command-responsibility-aggression",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "CASE_FACT",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    modes: ["command-responsibility"],
    summary: "Article 31-1 lists Article 437 (aggressive war) among the crimes for which a commander answers for subordinates, but only for conduct after the October 2024 amendment took effect; before it, command responsibility did not exist in Ukrainian law.",
    condition: "Only where the subordinates’ conduct meets Article 437 as Ukraine’s courts apply it: international law treats aggression as a leadership crime, and how far below the leadership it reaches is disputed.",
    validFrom: "2024-10",
    conductFrom: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-command-responsibility",
    cite: { source: "protocol-ua-criminal-code-art-31-1", locator: "Article 31-1(1)" },
  },
  {
    slug: "ukraine-aggression-leadership-immunity",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "CASE_FACT",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["top-leadership"],
    modes: ["direct", "command-responsibility"],
    summary: "Article 437 reaches aggression, but a serving head of state, head of government or minister for foreign affairs has personal immunity from other states’ criminal jurisdiction while in office, and whether functional immunity (for acts performed in an official capacity) bars a foreign court from trying aggression is contested: the exceptions commonly admitted are for war crimes, crimes against humanity and genocide, and the International Law Commission’s draft article 7 on the immunity of State officials leaves aggression out of its list. That is one reason the posts see an “aggression gap” at the leadership level, which the Special Tribunal is meant to close.",
    condition: "Only where no immunity bars Ukraine’s courts: the accused is not a serving head of state, head of government or minister for foreign affairs (for instance, has left office), and functional immunity for official acts, contested for aggression before foreign courts, is not upheld.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "icj-arrest-warrant-personal-immunity",
    cite: { source: "icj-arrest-warrant-2002", locator: "Paragraphs 51 and 54" },
  },
  {
    slug: "ukraine-top-leadership-personal-immunity",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "CONDITIONAL",
    conditionKind: "CASE_FACT",
    crimes: ["war-crimes", "crimes-against-humanity", "genocide", "ecocide"],
    accusedKinds: ["natural"],
    levels: ["top-leadership"],
    modes: ["direct", "command-responsibility"],
    summary: "Ukraine’s courts can try these crimes under the Criminal Code (Articles 438, 441 and 442; Article 442-1 and command responsibility under Article 31-1 only for conduct after the October 2024 amendment), but a serving head of state, head of government or minister for foreign affairs has full personal immunity before other states’ courts while in office, with no exception for war crimes or crimes against humanity.",
    condition: "Only where no personal immunity bars Ukraine’s courts: the accused is not a serving head of state, head of government or minister for foreign affairs (for instance, has left office). Other members of the leadership, such as a defence minister or a chief of the general staff, have no such personal immunity; functional immunity (for official acts) is widely considered not to bar prosecution for war crimes, crimes against humanity or genocide, less clearly for an offence of national law such as ecocide.",
    validFrom: "2001-09-01",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    provision: "icj-arrest-warrant-personal-immunity",
    cite: { source: "icj-arrest-warrant-2002", locator: "Paragraphs 51, 54 and 58" },
  },
  {
    slug: "ukraine-no-crimes-against-humanity-before-2024",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["crimes-against-humanity"],
    accusedKinds: ["natural"],
    summary: "Before the October 2024 amendments added Article 442-1, the Criminal Code defined no crime against humanity, and only the Code defines what is a crime (its Article 3(3)): such conduct could be tried only as another offence where one applied, such as a war crime under Article 438. The posts give the month of the amendment, not the day it took effect.",
    validFrom: "2001-09-01",
    validTo: "2024-10",
    openedBy: "criminal-code-of-ukraine-in-force-2001",
    closedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-art-442-1",
    cite: { source: "pnu-journal-art-442-1", locator: "“crimes against humanity (Article 442-1 of the Criminal Code of Ukraine)”" },
  },
  {
    slug: "ukraine-crimes-against-humanity-not-retroactive",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "EXCLUDES",
    crimes: ["crimes-against-humanity"],
    accusedKinds: ["natural"],
    summary: "Article 442-1 does not reach back: a law that creates an offence has no retroactive effect (Article 58 of the Constitution). Conduct before the amendment took effect cannot be tried as a crime against humanity in Ukraine’s courts, today or later; it may be tried as another offence where one applies, such as a war crime under Article 438.",
    validFrom: "2024-10",
    conductTo: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "constitution-ua-art-58",
    cite: { source: "constitution-of-ukraine", locator: "Article 58" },
  },
  {
    slug: "ukraine-crimes-against-humanity",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "COVERS",
    crimes: ["crimes-against-humanity"],
    accusedKinds: ["natural"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    modes: ["direct"],
    summary: "Since the October 2024 amendments (Law No. 4012-IX, adopted on 9 October 2024), crimes against humanity are an offence under Article 442-1 of the Criminal Code, for conduct after the amendment took effect. The posts give the month; the day the law took effect is not recorded here.",
    validFrom: "2024-10",
    conductFrom: "2024-10",
    openedBy: "ukraine-criminal-code-amendments-2024",
    provision: "cc-ua-art-442-1",
    cite: { source: "pnu-journal-art-442-1", locator: "“crimes against humanity (Article 442-1 of the Criminal Code of Ukraine)”" },
  },
  {
    slug: "ukraine-corporations-war-crimes",
    forum: "ukraine-domestic",
    situation: "ukraine",
    effect: "CONDITIONAL",
    crimes: ["war-crimes"],
    accusedKinds: ["legal"],
    summary: "Because the ICC cannot try legal persons, the posts urge Ukraine to prioritise prosecuting Russian corporations for involvement in the war, then seek seizure of their frozen assets abroad.",
    condition: "Where the Criminal Code’s measures against legal entities reach the conduct charged; the posts do not say which offences they reach. Only for conduct after the measures took effect (in 2014; Article 58 of the Constitution).",
    validFrom: "2014",
    conductFrom: "2014",
    openedBy: "ukraine-legal-entities-measures-2014",
    provision: "cc-ua-legal-entities",
    cite: { source: "criminal-code-of-ukraine", locator: "Section XIV-1" },
  },
];

// ---------------------------------------------------------------------------------------------
// The complementarity split: policy and recommendation, not jurisdiction (decision 021). Who says
// it, in their words; none of it is the stated policy of the ICC's Office of the Prosecutor or of
// Ukraine's Office of the Prosecutor General unless the source says so.

export type PolicySeed = {
  slug: string;
  kind: "POLICY" | "RECOMMENDATION";
  forum?: ForumSlug; // absent: a priority that names no forum
  situation?: SituationSlug;
  statement: string;
  proposedBy: string;
  crimes?: CrimeSlug[];
  accusedKinds?: AccusedKindSlug[];
  levels?: LevelSlug[];
  cite: Cite;
};

export const policies: PolicySeed[] = [
  {
    slug: "icc-top-leadership",
    kind: "POLICY",
    forum: "icc",
    situation: "ukraine",
    statement:
      "The ICC Prosecutor pursues Russia’s top leadership, including its head of state: one half of the division of labour between the ICC and Ukraine’s courts that the post calls “complementarity as cooperation”.",
    proposedBy: "Beth Van Schaack, describing the practice",
    crimes: ["war-crimes", "crimes-against-humanity", "genocide"],
    accusedKinds: ["natural"],
    levels: ["top-leadership"],
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.division },
  },
  {
    slug: "ukraine-down-the-chain",
    kind: "POLICY",
    forum: "ukraine-domestic",
    situation: "ukraine",
    statement:
      "Ukraine’s courts can focus on direct perpetrators and those down the chain of command, the other half of that division of labour.",
    proposedBy: "Beth Van Schaack, describing the practice",
    accusedKinds: ["natural"],
    levels: ["senior-command", "field-grade", "direct-perpetrator"],
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.division },
  },
  {
    slug: "special-tribunal-leadership-aggression",
    kind: "POLICY",
    forum: "special-tribunal",
    situation: "ukraine",
    statement:
      "The Special Tribunal is to close the “aggression gap” at the leadership level and complement the ICC’s jurisdiction; the ICC pursues war crimes, crimes against humanity and genocide.",
    proposedBy: "Gregory P. Noone and Chris Goebel, describing the tribunal’s role",
    crimes: ["aggression"],
    accusedKinds: ["natural"],
    levels: ["top-leadership"],
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.aggressionGap },
  },
  {
    slug: "field-grade-priority",
    kind: "RECOMMENDATION",
    situation: "ukraine",
    statement:
      "Prioritise cases against field-grade military officers (Majors, Lieutenant Colonels and Colonels): they link command intent to battlefield conduct and are the most likely to travel, which makes arrest warrants enforceable.",
    proposedBy: "Gregory P. Noone, recommending",
    accusedKinds: ["natural"],
    levels: ["field-grade"],
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.fieldGrade },
  },
  {
    slug: "companies-to-domestic-courts",
    kind: "RECOMMENDATION",
    forum: "ukraine-domestic",
    situation: "ukraine",
    statement:
      "Ukraine should prioritise prosecuting Russian corporations for involvement in the war, which the ICC cannot try, and then request seizure of frozen corporate assets abroad in satisfaction of those judgments.",
    proposedBy: "Michael Kelly, recommending",
    accusedKinds: ["legal"],
    cite: { source: "pilpg-one-year-rome-statute", locator: Q.corporations },
  },
];

// ---------------------------------------------------------------------------------------------
// Cases
//
// Real cases, seeded with what an official text of the forum states (issue 5), or, where that text
// could not be consulted, with what named secondary sources report, the case then saying "As
// reported by" (issue 14: the ICC's warrants of 5 March 2024). Each fact carries its citation: the
// accused's name and office, each charge, each stage. Nothing is inferred beyond the source: no
// case number the court has not published (`reference: null`), no article number a report does not
// give, no knowledge standard or failed duty a press release does not name, no level of
// responsibility the sources do not support.

export type AccusedSeed = {
  slug: string;
  kind: AccusedKindSlug;
  name: string; // in English, as the source spells it
  nameOriginal: string | null; // in Ukrainian
  rank: string | null; // office or rank at the time of the alleged conduct
  description: string | null;
  cite: Cite; // name and office
  // A natural person's level, only where a source supports the classification; null otherwise
  // (the case then fits no cell of the coverage matrix, which is the honest answer).
  level: LevelSlug | null;
  levelCite: Cite | null;
};

export type ChargeSeed = {
  accused: string | null; // accused slug; null = every accused of the case
  crime: CrimeSlug;
  mode: ModeSlug;
  provisionCited: string;
  provision: ProvisionSlug | null;
  description: string;
  // Command responsibility only; null and [] mean "not stated in the source".
  knowledgeStandard: KnowledgeStandard | null;
  failedDuties: FailedDuty[];
  cite: Cite;
};

export type StageSeed = {
  stage: CaseStage;
  date: string; // as precise as the source
  inAbsentia: boolean;
  note: string | null;
  cite: Cite;
  milestone: string | null; // the milestone that records the same event, on the same date
};

export type CaseSeed = {
  slug: string;
  reference: string | null; // the forum's public case number; never invented
  title: string;
  summary: string;
  forum: ForumSlug;
  situation: SituationSlug;
  inAbsentia: boolean;
  accused: string[]; // accused slugs
  charges: ChargeSeed[];
  stages: StageSeed[]; // oldest first
  sources: Cite[]; // one per source: the case's own citations
};

// Passages of the ICC press release of 17 March 2023 (quoted from the Court's page).
const ICC_2023 = {
  issued:
    "First paragraph: “Today, 17 March 2023, Pre-Trial Chamber II of the International Criminal Court … issued warrants of arrest for two individuals in the context of the situation in Ukraine”",
  putin: "Second paragraph (Mr Putin): “Mr Vladimir Vladimirovich Putin, born on 7 October 1952, President of the Russian Federation”",
  putinCrimes:
    "Second paragraph (Mr Putin): “the war crime of unlawful deportation of population (children) and that of unlawful transfer of population (children) from occupied areas of Ukraine to the Russian Federation (under articles 8(2)(a)(vii) and 8(2)(b)(viii) of the Rome Statute)”",
  putinDirect:
    "Second paragraph (Mr Putin): “for having committed the acts directly, jointly with others and/or through others (article 25(3)(a) of the Rome Statute)”",
  putinSuperior:
    "Second paragraph (Mr Putin): “for his failure to exercise control properly over civilian and military subordinates who committed the acts, or allowed for their commission, and who were under his effective authority and control, pursuant to superior responsibility (article 28(b) of the Rome Statute)”",
  lvovaBelova:
    "Third paragraph (Ms Lvova-Belova): “Ms Maria Alekseyevna Lvova-Belova, born on 25 October 1984, Commissioner for Children’s Rights in the Office of the President of the Russian Federation”",
  lvovaBelovaCharges:
    "Third paragraph (Ms Lvova-Belova): the same two war crimes under articles 8(2)(a)(vii) and 8(2)(b)(viii), committed directly, jointly with others and/or through others (article 25(3)(a) of the Rome Statute)",
} as const;

const OTP_2022_OPENING = "Statement of 2 March 2022: receipt of referrals from 39 States Parties and the opening of an investigation";

const DEPORTATION = {
  provisionCited: "Article 8(2)(a)(vii) of the Rome Statute",
  what: "War crime of unlawful deportation of population (children) from occupied areas of Ukraine to the Russian Federation, allegedly committed in Ukrainian occupied territory at least from 24 February 2022.",
} as const;
const TRANSFER = {
  provisionCited: "Article 8(2)(b)(viii) of the Rome Statute",
  what: "War crime of unlawful transfer of population (children) from occupied areas of Ukraine to the Russian Federation, allegedly committed in Ukrainian occupied territory at least from 24 February 2022.",
} as const;
const AS_DIRECT = "Alleged mode: committing the acts directly, jointly with others and/or through others (article 25(3)(a) of the Rome Statute).";
const AS_SUPERIOR =
  "Alleged mode: superior responsibility (article 28(b) of the Rome Statute), for failing to exercise control properly over civilian and military subordinates under the accused’s effective authority and control who committed the acts or allowed for their commission. The press release states neither what the superior knew nor which measures the superior failed to take.";

/** The ICC's two stages so far for the 2023 warrants: the investigation, then the warrant. */
const ICC_2023_STAGES: StageSeed[] = [
  {
    stage: "INVESTIGATION",
    date: "2022-03-02",
    inAbsentia: false,
    note: "The Prosecutor opened the investigation of the situation in Ukraine, within which the warrant was later issued.",
    cite: { source: "icc-otp-statement-2022-03-02", locator: OTP_2022_OPENING },
    milestone: "icc-investigation-ukraine-2022",
  },
  {
    stage: "WARRANT_OR_NOTICE_OF_SUSPICION",
    date: "2023-03-17",
    inAbsentia: false,
    note: "Warrant of arrest issued by Pre-Trial Chamber II.",
    cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.issued },
    milestone: "icc-warrants-putin-lvova-belova-2023",
  },
];

export const accused: AccusedSeed[] = [
  {
    slug: "vladimir-putin",
    kind: "natural",
    name: "Vladimir Vladimirovich Putin",
    nameOriginal: "Володимир Путін",
    rank: "President of the Russian Federation",
    description: "President of the Russian Federation, Russia’s head of state.",
    cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.putin },
    // The head of state: the posts name him as the ICC Prosecutor's top-leadership target.
    level: "top-leadership",
    levelCite: { source: "pilpg-one-year-rome-statute", locator: Q.division },
  },
  {
    slug: "maria-lvova-belova",
    kind: "natural",
    name: "Maria Alekseyevna Lvova-Belova",
    nameOriginal: "Марія Львова-Бєлова",
    rank: "Commissioner for Children’s Rights in the Office of the President of the Russian Federation",
    description: "Commissioner for Children’s Rights in the Office of the President of the Russian Federation.",
    cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.lvovaBelova },
    // Not classified: she is a civilian official, not the head of state nor a military commander,
    // and neither the press release nor the posts place her on the tracker's levels (top
    // leadership, senior command, field grade, direct perpetrator). Article 25(3)(a) covers
    // committing "through others" too, so it does not make her a direct perpetrator either.
    level: null,
    levelCite: null,
  },
  {
    slug: "sergei-kobylash",
    kind: "natural",
    name: "Sergei Ivanovich Kobylash",
    nameOriginal: "Сергій Кобилаш",
    rank: "Lieutenant general in the Russian air force (as reported)",
    description: "A lieutenant general in the Russian air force, as the French Ministry for Europe and Foreign Affairs reports the ICC’s warrant of 5 March 2024.",
    cite: { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 },
    // A general officer: above field grade, so a senior commander on the tracker's levels.
    level: "senior-command",
    levelCite: { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 },
  },
  {
    slug: "viktor-sokolov",
    kind: "natural",
    name: "Viktor Nikolayevich Sokolov",
    nameOriginal: "Віктор Соколов",
    rank: "Admiral, commander of Russia’s Black Sea Fleet (as reported)",
    description: "An admiral and commander of Russia’s Black Sea Fleet, as the French Ministry for Europe and Foreign Affairs reports the ICC’s warrant of 5 March 2024.",
    cite: { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 },
    level: "senior-command",
    levelCite: { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 },
  },
  {
    slug: "sergei-shoigu",
    kind: "natural",
    name: "Sergei Kuzhugetovich Shoigu",
    nameOriginal: "Сергій Шойгу",
    rank: "Minister of Defence of the Russian Federation at the time of the alleged conduct",
    description: "Minister of Defence of the Russian Federation at the time of the alleged conduct.",
    cite: { source: "icc-press-release-2024-06-25", locator: ICC_2024.shoigu },
    // The state's minister of defence: its political and military leadership (the level's own definition).
    level: "top-leadership",
    levelCite: { source: "icc-press-release-2024-06-25", locator: ICC_2024.shoigu },
  },
  {
    slug: "valery-gerasimov",
    kind: "natural",
    name: "Valery Vasilyevich Gerasimov",
    nameOriginal: "Валерій Герасимов",
    rank: "Chief of the General Staff of the Armed Forces of the Russian Federation and First Deputy Minister of Defence at the time of the alleged conduct",
    description: "Chief of the General Staff of the Armed Forces of the Russian Federation and First Deputy Minister of Defence of the Russian Federation at the time of the alleged conduct.",
    cite: { source: "icc-press-release-2024-06-25", locator: ICC_2024.gerasimov },
    level: "top-leadership",
    levelCite: { source: "icc-press-release-2024-06-25", locator: ICC_2024.gerasimov },
  },
];

export const cases: CaseSeed[] = [
  {
    slug: "icc-putin",
    reference: null,
    title: "Vladimir Vladimirovich Putin: unlawful deportation and transfer of children from occupied areas of Ukraine",
    summary:
      "On 17 March 2023, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Vladimir Vladimirovich Putin, President of the Russian Federation. He is allegedly responsible for the war crimes of unlawful deportation and unlawful transfer of population (children) from occupied areas of Ukraine to the Russian Federation (articles 8(2)(a)(vii) and 8(2)(b)(viii) of the Rome Statute), allegedly committed in Ukrainian occupied territory at least from 24 February 2022: for having committed the acts directly, jointly with others and/or through others (article 25(3)(a)), and as a superior (article 28(b)).",
    forum: "icc",
    situation: "ukraine",
    inAbsentia: false,
    accused: ["vladimir-putin"],
    charges: [
      { ...chargeOf(DEPORTATION, "direct"), accused: "vladimir-putin", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.putinDirect } },
      { ...chargeOf(TRANSFER, "direct"), accused: "vladimir-putin", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.putinDirect } },
      { ...chargeOf(DEPORTATION, "command-responsibility"), accused: "vladimir-putin", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.putinSuperior } },
      { ...chargeOf(TRANSFER, "command-responsibility"), accused: "vladimir-putin", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.putinSuperior } },
    ],
    stages: ICC_2023_STAGES,
    sources: [
      { source: "icc-press-release-2023-03-17", locator: ICC_2023.putinCrimes },
      { source: "icc-otp-statement-2022-03-02", locator: OTP_2022_OPENING },
    ],
  },
  {
    slug: "icc-lvova-belova",
    reference: null,
    title: "Maria Alekseyevna Lvova-Belova: unlawful deportation and transfer of children from occupied areas of Ukraine",
    summary:
      "On 17 March 2023, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Maria Alekseyevna Lvova-Belova, Commissioner for Children’s Rights in the Office of the President of the Russian Federation. She is allegedly responsible for the war crimes of unlawful deportation and unlawful transfer of population (children) from occupied areas of Ukraine to the Russian Federation (articles 8(2)(a)(vii) and 8(2)(b)(viii) of the Rome Statute), allegedly committed in Ukrainian occupied territory at least from 24 February 2022, for having committed the acts directly, jointly with others and/or through others (article 25(3)(a)).",
    forum: "icc",
    situation: "ukraine",
    inAbsentia: false,
    accused: ["maria-lvova-belova"],
    charges: [
      { ...chargeOf(DEPORTATION, "direct"), accused: "maria-lvova-belova", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.lvovaBelovaCharges } },
      { ...chargeOf(TRANSFER, "direct"), accused: "maria-lvova-belova", cite: { source: "icc-press-release-2023-03-17", locator: ICC_2023.lvovaBelovaCharges } },
    ],
    stages: ICC_2023_STAGES,
    sources: [
      { source: "icc-press-release-2023-03-17", locator: ICC_2023.lvovaBelovaCharges },
      { source: "icc-otp-statement-2022-03-02", locator: OTP_2022_OPENING },
    ],
  },
  warrant2024Case({
    slug: "icc-kobylash",
    accused: "sergei-kobylash",
    title: "Sergei Ivanovich Kobylash: attacks on civilian objects, excessive incidental harm and inhumane acts (as reported)",
    summary:
      "As reported by the French Ministry for Europe and Foreign Affairs, WION and war.ukraine.ua (the ICC’s own press release could not be consulted here): on 5 March 2024, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Sergei Ivanovich Kobylash, a lieutenant general in the Russian air force, for the war crimes of directing attacks at civilian objects and of causing excessive incidental harm to civilians or damage to civilian objects, and the crime against humanity of inhumane acts, allegedly committed from at least 10 October 2022 to at least 9 March 2023: for having committed the acts jointly and/or through others, ordering their commission, and/or failing to exercise proper control over the forces under his command. The reports consulted give the crime against humanity’s article, 7(1)(k), but not the others’.",
    official: false,
  }),
  warrant2024Case({
    slug: "icc-sokolov",
    accused: "viktor-sokolov",
    title: "Viktor Nikolayevich Sokolov: attacks on civilian objects, excessive incidental harm and inhumane acts (as reported)",
    summary:
      "As reported by the French Ministry for Europe and Foreign Affairs, WION and war.ukraine.ua (the ICC’s own press release could not be consulted here): on 5 March 2024, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Viktor Nikolayevich Sokolov, an admiral and commander of Russia’s Black Sea Fleet, for the war crimes of directing attacks at civilian objects and of causing excessive incidental harm to civilians or damage to civilian objects, and the crime against humanity of inhumane acts, allegedly committed from at least 10 October 2022 to at least 9 March 2023: for having committed the acts jointly and/or through others, ordering their commission, and/or failing to exercise proper control over the forces under his command.",
    official: false,
  }),
  warrant2024Case({
    slug: "icc-shoigu",
    accused: "sergei-shoigu",
    title: "Sergei Kuzhugetovich Shoigu: attacks on civilian objects, excessive incidental harm and inhumane acts",
    summary:
      "On 24 June 2024, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Sergei Kuzhugetovich Shoigu, Minister of Defence of the Russian Federation at the time of the alleged conduct. He is allegedly responsible for the war crime of directing attacks at civilian objects (article 8(2)(b)(ii) of the Rome Statute), the war crime of causing excessive incidental harm to civilians or damage to civilian objects (article 8(2)(b)(iv)) and the crime against humanity of inhumane acts (article 7(1)(k)), allegedly committed from at least 10 October 2022 until at least 9 March 2023: for having committed the acts jointly and/or through others (article 25(3)(a)), ordering their commission (article 25(3)(b)), and/or failing to exercise proper control over the forces under his command (article 28).",
    official: true,
  }),
  warrant2024Case({
    slug: "icc-gerasimov",
    accused: "valery-gerasimov",
    title: "Valery Vasilyevich Gerasimov: attacks on civilian objects, excessive incidental harm and inhumane acts",
    summary:
      "On 24 June 2024, Pre-Trial Chamber II of the ICC issued a warrant of arrest for Valery Vasilyevich Gerasimov, Chief of the General Staff of the Armed Forces of the Russian Federation and First Deputy Minister of Defence at the time of the alleged conduct. He is allegedly responsible for the war crime of directing attacks at civilian objects (article 8(2)(b)(ii) of the Rome Statute), the war crime of causing excessive incidental harm to civilians or damage to civilian objects (article 8(2)(b)(iv)) and the crime against humanity of inhumane acts (article 7(1)(k)), allegedly committed from at least 10 October 2022 until at least 9 March 2023: for having committed the acts jointly and/or through others (article 25(3)(a)), ordering their commission (article 25(3)(b)), and/or failing to exercise proper control over the forces under his command (article 28).",
    official: true,
  }),
];

/**
 * One of the ICC's 2024 warrants as a case: three crimes (two war crimes, one crime against
 * humanity), each in the three alleged modes (commission jointly or through others, ordering,
 * superior responsibility under article 28, whose paragraph the releases do not give). The June
 * warrants cite the ICC's own release; the March ones, the secondary sources that report them,
 * which give the articles only where they give them.
 */
function warrant2024Case(args: { slug: string; accused: string; title: string; summary: string; official: boolean }): CaseSeed {
  const { official } = args;
  const crimes = [
    {
      crime: "war-crimes" as const,
      provision: "rs-art-8" as const,
      cited: official ? "Article 8(2)(b)(ii) of the Rome Statute" : "Article 8 of the Rome Statute (the reports consulted give no paragraph)",
      what: "War crime of directing attacks at civilian objects",
    },
    {
      crime: "war-crimes" as const,
      provision: "rs-art-8" as const,
      cited: official ? "Article 8(2)(b)(iv) of the Rome Statute" : "Article 8 of the Rome Statute (the reports consulted give no paragraph)",
      what: "War crime of causing excessive incidental harm to civilians or damage to civilian objects",
    },
    {
      crime: "crimes-against-humanity" as const,
      provision: "rs-art-7" as const,
      cited: "Article 7(1)(k) of the Rome Statute",
      what: "Crime against humanity of inhumane acts",
    },
  ];
  const modes = [
    { mode: "direct" as const, words: official ? "having committed the acts jointly and/or through others (article 25(3)(a))" : "having committed the acts jointly and/or through others" },
    { mode: "ordering" as const, words: official ? "ordering the commission of the crimes (article 25(3)(b))" : "ordering the commission of the crimes" },
    {
      mode: "command-responsibility" as const,
      words: `failing to exercise proper control over the forces under his command (${official ? "article 28; the release does not say which paragraph" : "superior responsibility; the reports give no article"}). What he knew and which measures he failed to take are not stated`,
    },
  ];
  const crimeCite: Cite = official
    ? { source: "icc-press-release-2024-06-25", locator: ICC_2024.crimes }
    : { source: "wion-kobylash-sokolov-2024", locator: WION_2024_CRIMES };
  const modeCite: Cite = official
    ? { source: "icc-press-release-2024-06-25", locator: ICC_2024.modes }
    : { source: "war-ukraine-ua-kobylash-sokolov-2024", locator: WAR_UA_2024_MODES };
  const period = "allegedly committed from at least 10 October 2022 until at least 9 March 2023";
  const charges: ChargeSeed[] = crimes.flatMap((c) =>
    modes.map((m) => ({
      accused: args.accused,
      crime: c.crime,
      mode: m.mode,
      provisionCited: c.cited,
      provision: c.provision,
      description: `${c.what}, ${period}. Alleged mode: ${m.words}.`,
      knowledgeStandard: null,
      failedDuties: [],
      // The modes' passage for each charge: it names the crime's mode, the crimes' passage its crime.
      cite: m.mode === "direct" ? crimeCite : modeCite,
    })),
  );
  const warrant: StageSeed = official
    ? { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-06-24", inAbsentia: false, note: "Warrant of arrest issued by Pre-Trial Chamber II.", cite: { source: "icc-press-release-2024-06-25", locator: ICC_2024.issued }, milestone: "icc-warrants-shoigu-gerasimov-2024" }
    : { stage: "WARRANT_OR_NOTICE_OF_SUSPICION", date: "2024-03-05", inAbsentia: false, note: "Warrant of arrest issued by Pre-Trial Chamber II (as reported).", cite: { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 }, milestone: "icc-warrants-kobylash-sokolov-2024" };
  const investigation = ICC_2023_STAGES[0]!;
  const sources: Cite[] = official
    ? [
        { source: "icc-press-release-2024-06-25", locator: `${ICC_2024.crimes}; ${ICC_2024.modes}` },
        { source: "icc-otp-statement-2022-03-02", locator: OTP_2022_OPENING },
      ]
    : [
        { source: "france-mfa-kobylash-sokolov-2024", locator: FR_MFA_2024 },
        { source: "wion-kobylash-sokolov-2024", locator: WION_2024_CRIMES },
        { source: "war-ukraine-ua-kobylash-sokolov-2024", locator: WAR_UA_2024_MODES },
        { source: "icc-otp-statement-2022-03-02", locator: OTP_2022_OPENING },
      ];
  return {
    slug: args.slug,
    reference: null,
    title: args.title,
    summary: args.summary,
    forum: "icc",
    situation: "ukraine",
    inAbsentia: false,
    accused: [args.accused],
    charges,
    stages: [investigation, warrant],
    sources,
  };
}

/** A war-crimes charge under the Rome Statute in one mode; the knowledge and duties are not stated. */
function chargeOf(crime: { provisionCited: string; what: string }, mode: ModeSlug): Omit<ChargeSeed, "accused" | "cite"> {
  return {
    crime: "war-crimes",
    mode,
    provisionCited: crime.provisionCited,
    provision: "rs-art-8",
    description: `${crime.what} ${mode === "direct" ? AS_DIRECT : AS_SUPERIOR}`,
    knowledgeStandard: null,
    failedDuties: [],
  };
}
