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
    expect: ['2016-03-23-sixth-bali-process-ministerial-conference'],
    first: '2016-03-23-sixth-bali-process-ministerial-conference',
    why: 'The sixth ministerial conference was the ministers’ response to the Andaman Sea crisis of 2015.',
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
    expect: ['2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila'],
    first: '2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila',
    why: 'The 2024 Manila dialogue was about trafficking into online scam centres.',
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
    expect: ['2016-05-second-joint-period-of-action'],
    first: '2016-05-second-joint-period-of-action',
    why: 'The arrest of Captain Bram was a result of the second period.',
  },
  {
    query: 'Da Nang',
    expect: ['2019-07-23-fourteenth-ad-hoc-group-senior-officials-meeting'],
    first: '2019-07-23-fourteenth-ad-hoc-group-senior-officials-meeting',
    why: 'The fourteenth Ad Hoc Group meeting was held in Da Nang.',
  },
  {
    query: 'JPoA',
    expect: [
      '2015-09-28-first-joint-period-of-action',
      '2016-05-second-joint-period-of-action',
      '2019-07-02-fifth-joint-period-of-action',
    ],
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
    expect: ['2023-07-26-seventh-joint-period-of-action'],
    first: '2023-07-26-seventh-joint-period-of-action',
    why: 'The seventh period closed with a meeting in Hanoi in July 2024.',
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
    expect: ['2017-08-24-government-and-business-forum-perth'],
    first: '2017-08-24-government-and-business-forum-perth',
    why: 'The Government and Business Forum was set up to work on forced labour in supply chains.',
  },
];
