/**
 * The relevance suite: questions a reader of the archive would type, with the records that answer them, judged from
 * what the records say. On the real archive each expected record must be among the first `AMONG_FIRST` results, which
 * stays true as the archive grows; a question with `first` must also put that record first on the frozen copy of
 * real records in tests/fixtures/relevance/. Run in Chromium by relevance.test.ts; add a question whenever a search
 * surprises someone. When a new record answers a question better, the question still passes; to change what a
 * question expects, change it here with the reason.
 */
export interface RelevanceQuestion {
  /** What the reader types. */
  query: string;
  /** Records that must be among the first `AMONG_FIRST` results on the real archive. */
  expect: readonly string[];
  /** The record that must be the first result on the frozen copy (tests/fixtures/relevance/). */
  first?: string;
  /** Why these are the right answers, from the records. */
  why: string;
}

/** How far down the results an expected record may be on the real archive. */
export const AMONG_FIRST = 5;

export const QUESTIONS: readonly RelevanceQuestion[] = [
  {
    query: 'forced marriage',
    expect: ['2019-07-02-fifth-joint-period-of-action'],
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'Members of the fifth period named trafficking for forced marriage as a focus.',
  },
  {
    query: 'sham marriage',
    expect: ['2019-07-02-fifth-joint-period-of-action'],
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'The only record that discusses sham marriages.',
  },
  {
    query: 'smuggling by air',
    expect: ['2019-07-02-fifth-joint-period-of-action'],
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'Participants of the fifth period reported more migrants smuggled by air.',
  },
  {
    query: 'Andaman Sea crisis',
    expect: [
      '2016-03-23-sixth-bali-process-ministerial-conference',
      '2017-01-27-first-task-force-on-planning-and-preparedness',
    ],
    why: 'The sixth ministerial conference was the ministers’ response to the Andaman Sea events of 2015, and the Task Force was set up after them. Neither record says "crisis": they come from the searches that leave one word out, after any record with every word.',
  },
  {
    query: 'Andaman Sea',
    expect: [
      '2016-03-23-sixth-bali-process-ministerial-conference',
      '2017-01-27-first-task-force-on-planning-and-preparedness',
      '2023-02-08-eighth-bali-process-ministerial-conference',
    ],
    why: 'The 2016 conference answered the crisis, the Task Force was set up after it, and the 2023 conference reactivated the Consultation Mechanism for boat movements there.',
  },
  {
    query: 'scam centres',
    expect: [
      '2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila',
      '2025-09-29-regional-conference-online-scam-centre-response-coordination',
    ],
    why: 'The 2024 Manila dialogue was about trafficking into online scam centres, and the 2025 Bangkok conference on the response to them.',
  },
  {
    query: 'cyber scam',
    expect: ['2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila'],
    first: '2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila',
    why: 'Same dialogue, in the words of its title.',
  },
  {
    query: 'Bali Declaration',
    expect: ['2016-03-23-sixth-bali-process-ministerial-conference'],
    first: '2016-03-23-sixth-bali-process-ministerial-conference',
    why: 'The Bali Declaration was adopted at the sixth ministerial conference.',
  },
  {
    query: 'Adelaide Strategy',
    expect: ['2023-02-08-eighth-bali-process-ministerial-conference'],
    first: '2023-02-08-eighth-bali-process-ministerial-conference',
    why: 'The Adelaide Strategy for Cooperation came out of the eighth ministerial conference.',
  },
  {
    query: 'following the money',
    expect: [
      '2016-05-16-second-annual-meeting-tip-working-group-and-following-the-money-forum',
      '2017-05-23-third-meeting-tip-working-group-and-following-the-money-workshop',
    ],
    why: 'The 2016 forum and the 2017 workshop on the Following the Money policy guide.',
  },
  {
    query: 'policy guide on returns and reintegration',
    expect: [
      '2019-02-12-second-meeting-technical-experts-group-returns-reintegration',
      '2020-02-13-third-meeting-technical-experts-group-returns-reintegration',
    ],
    why: 'The Technical Experts Group reviewed the draft guide at its second meeting and reported it approved at its third.',
  },
  {
    query: 'consular officials',
    expect: ['2024-02-21-consular-training-identifying-protecting-trafficking-victims'],
    first: '2024-02-21-consular-training-identifying-protecting-trafficking-victims',
    why: 'The 2024 training for consular officials.',
  },
  {
    query: 'Government and Business Forum Perth',
    expect: ['2017-08-24-government-and-business-forum-perth'],
    first: '2017-08-24-government-and-business-forum-perth',
    why: 'The inaugural forum met in Perth in 2017.',
  },
  {
    query: 'Captain Bram',
    expect: ['2018-06-fourth-joint-period-of-action', '2016-05-second-joint-period-of-action'],
    first: '2018-06-fourth-joint-period-of-action',
    why: 'The fourth period’s record tells of the Captain Bram syndicate, with the companies and bank accounts found and his arrest; the second period’s statement names him among the region’s most notorious smugglers.',
  },
  {
    query: 'Da Nang',
    expect: ['2019-07-23-fourteenth-ad-hoc-group-senior-officials-meeting'],
    first: '2019-07-23-fourteenth-ad-hoc-group-senior-officials-meeting',
    why: 'The fourteenth Ad Hoc Group meeting was held in Da Nang.',
  },
  {
    query: 'JPoA',
    expect: ['2015-09-28-first-joint-period-of-action', '2016-05-second-joint-period-of-action'],
    why: 'JPoA is the abbreviation of Joint Period of Action: the suite checks the synonym reaches them.',
  },
  {
    query: 'COVID-19 recovery',
    expect: ['2021-09-21-seventh-annual-meeting-tip-working-group-and-regional-webinar'],
    first: '2021-09-21-seventh-annual-meeting-tip-working-group-and-regional-webinar',
    why: 'The 2021 regional webinar was on trafficking in the COVID-19 recovery phase.',
  },
  {
    query: 'national training directors',
    expect: ['2016-02-16-meeting-of-national-training-directors'],
    first: '2016-02-16-meeting-of-national-training-directors',
    why: 'The 2016 meeting of national training directors in Semarang.',
  },
  {
    query: 'Rohingya',
    expect: ['2023-02-08-eighth-bali-process-ministerial-conference'],
    first: '2023-02-08-eighth-bali-process-ministerial-conference',
    why: 'Rohingya boat movements of 2022 were cited at the eighth ministerial conference.',
  },
  {
    query: 'Hanoi',
    expect: ['2024-07-16-disruption-working-group-annual-meeting-hanoi', '2023-07-26-seventh-joint-period-of-action'],
    first: '2024-07-16-disruption-working-group-annual-meeting-hanoi',
    why: 'The Disruption Working Group’s 2024 annual meeting was held in Hanoi, where the seventh period closed in July 2024.',
  },
  {
    query: 'civil society roundtable',
    expect: ['2018-05-14-fourth-annual-meeting-tip-working-group-and-civil-society-roundtable'],
    first: '2018-05-14-fourth-annual-meeting-tip-working-group-and-civil-society-roundtable',
    why: 'The 2018 annual meeting of the TIP working group was held with a government and civil society roundtable.',
  },
  {
    query: 'Lombok earthquake',
    expect: ['2018-08-07-seventh-bali-process-ministerial-conference'],
    first: '2018-08-07-seventh-bali-process-ministerial-conference',
    why: 'The seventh ministerial conference met days after the Lombok earthquake.',
  },
  {
    query: 'planning and preparedness',
    expect: ['2017-01-27-first-task-force-on-planning-and-preparedness'],
    first: '2017-01-27-first-task-force-on-planning-and-preparedness',
    why: 'The first meeting of the Task Force on Planning and Preparedness.',
  },
  {
    query: 'supply chains',
    expect: ['2021-09-21-seventh-annual-meeting-tip-working-group-and-regional-webinar'],
    first: '2021-09-21-seventh-annual-meeting-tip-working-group-and-regional-webinar',
    why: 'The 2021 annual meeting of the TIP working group discussed supply chains in its text. Records that use the phrase come before those filed under the topic without it, such as the Perth forum set up to work on forced labour in supply chains, which follows them.',
  },
  {
    query: 'Gabaudan',
    expect: ['2003-03-26-coordination-and-preparatory-meetings-for-bali-ii'],
    why: "A delegate's name: the record names Michel Gabaudan among UNHCR's representatives at the meetings that prepared Bali II.",
  },
  {
    query: 'Visanu',
    expect: ['2011-06-07-workshop-immigration-aspects-of-airport-security'],
    why: "A delegate's name: Police Major General Visanu of the Thai Immigration Bureau represented Thailand at the 2011 airport security workshop.",
  },
  {
    query: 'Rimbink Pato',
    expect: ['2018-08-06-second-government-and-business-forum-nusa-dua'],
    why: "A delegate's name: Papua New Guinea's foreign minister attended a session of the Nusa Dua business forum.",
  },
  {
    query: 'Wirajuda',
    expect: [
      '2002-02-26-first-bali-regional-ministerial-conference',
      '2003-04-28-second-bali-regional-ministerial-conference',
      '2009-04-14-third-bali-regional-ministerial-conference',
    ],
    why: "A delegate's name: Hassan Wirajuda represented Indonesia as foreign minister at the first three ministerial conferences.",
  },
  {
    query: 'JCLEC',
    expect: ['2016-02-16-meeting-of-national-training-directors'],
    why: 'A place: the national training directors met at the Jakarta Centre for Law Enforcement Cooperation (JCLEC).',
  },
  {
    query: 'New Delhi',
    expect: ['2012-04-23-ad-hoc-group-workshop-biometrics-identity-integrity-new-delhi'],
    why: "A place: the Ad Hoc Group's biometrics workshop was held in New Delhi.",
  },
  {
    query: 'Colombo',
    expect: [
      '2010-03-22-technical-experts-working-group-irregular-movement-by-air-colombo',
      '2011-05-10-technical-experts-working-group-irregular-movement-by-air-colombo',
      '2016-11-16-eleventh-ad-hoc-group-senior-officials-meeting',
    ],
    why: "A place: two meetings of the experts' group on irregular movement by air and the 2016 Ad Hoc Group senior officials' meeting were held in Colombo.",
  },
  {
    query: 'Paris',
    expect: ['2022-02-21-bali-process-steering-group-ministerial-meeting-paris'],
    why: "A place: the Steering Group's ministers met in Paris in February 2022.",
  },
  {
    query: '2016 Sri Lanka',
    expect: ['2016-11-16-eleventh-ad-hoc-group-senior-officials-meeting'],
    why: "A year with a country: the Ad Hoc Group's senior officials met in Colombo, Sri Lanka, in November 2016.",
  },
  {
    query: 'human trafficking',
    expect: ['2006-11-07-workshop-on-human-trafficking-victim-support'],
    why: 'A topic alias: "human trafficking" is another name of Trafficking in persons, and the 2006 workshop was on human trafficking and victim support.',
  },
  {
    query: 'perdagangan orang',
    expect: [
      '2015-03-27-trafficking-in-persons-working-group-first-meeting',
      '2012-05-28-technical-experts-workshop-combating-trafficking-in-persons',
    ],
    why: "Another language's label: the Indonesian label of Trafficking in persons finds what the English label does: the first meeting of the Working Group on Trafficking in Persons and the 2012 experts' workshop on combating trafficking in persons.",
  },
  {
    query: 'การค้ามนุษย์',
    expect: [
      '2015-03-27-trafficking-in-persons-working-group-first-meeting',
      '2012-05-28-technical-experts-workshop-combating-trafficking-in-persons',
    ],
    why: "Another language's label: the Thai label of Trafficking in persons finds the same records as the English one.",
  },
  {
    query: 'penyelundupan manusia',
    expect: ['2025-06-24-rso-introduction-to-countering-people-smuggling-course'],
    why: "Another language's label: the Indonesian label of People smuggling finds the course on countering people smuggling.",
  },
  {
    query: 'Nusa Dua Forum',
    expect: ['2018-08-06-second-government-and-business-forum-nusa-dua'],
    why: 'A document title: "The Nusa Dua Forum: Progress since Perth" came from the second Government and Business Forum.',
  },
  {
    query: 'Global Compact for Migration',
    expect: ['2017-10-31-twelfth-meeting-of-the-ad-hoc-group'],
    why: 'A document title: the twelfth Ad Hoc Group meeting issued a statement for the Asia-Pacific preparatory meeting on the Global Compact for Migration.',
  },
  {
    query: 'Consultation Mechanism',
    expect: ['2017-10-13-first-meeting-bali-process-consultation-mechanism'],
    why: 'The first meeting of the Bali Process Consultation Mechanism, in October 2017.',
  },
  {
    query: 'biometrics',
    expect: ['2012-04-23-ad-hoc-group-workshop-biometrics-identity-integrity-new-delhi'],
    why: 'The 2012 workshop was on biometrics and identity integrity.',
  },
  {
    query: 'airport security',
    expect: ['2011-06-07-workshop-immigration-aspects-of-airport-security'],
    why: 'The 2011 workshop was on the immigration aspects of airport security.',
  },
  {
    query: 'victim support',
    expect: [
      '2006-11-07-workshop-on-human-trafficking-victim-support',
      '2012-01-12-workshop-on-victim-protection-kuala-lumpur',
    ],
    why: 'The 2006 workshop was on victim support, and the 2012 Kuala Lumpur workshop on protecting victims.',
  },
];
