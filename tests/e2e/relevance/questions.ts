/**
 * The relevance suite: questions a reader of the archive would type, with the record that must come first (or the
 * records that must make the top three), judged from what the records say. Run in Chromium against the built site by
 * relevance.test.ts; add a question whenever a search surprises someone.
 */
export interface RelevanceQuestion {
  /** What the reader types. */
  query: string;
  /** The record id that must be the first result. */
  first?: string;
  /** Record ids that must all be among the first three results. */
  topThree?: readonly string[];
  /** Why this is the right answer, from the records. */
  why: string;
}

export const QUESTIONS: readonly RelevanceQuestion[] = [
  {
    query: 'forced marriage',
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'Members of the fifth period named trafficking for forced marriage as a focus.',
  },
  {
    query: 'sham marriage',
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'The only record that discusses sham marriages.',
  },
  {
    query: 'smuggling by air',
    first: '2019-07-02-fifth-joint-period-of-action',
    why: 'Participants of the fifth period reported more migrants smuggled by air.',
  },
  {
    query: 'Andaman Sea crisis',
    first: '2016-03-23-sixth-bali-process-ministerial-conference',
    why: 'The sixth ministerial conference was the ministers’ response to the Andaman Sea crisis of 2015.',
  },
  {
    query: 'Andaman Sea',
    topThree: [
      '2016-03-23-sixth-bali-process-ministerial-conference',
      '2017-01-27-first-task-force-on-planning-and-preparedness',
      '2023-02-08-eighth-bali-process-ministerial-conference',
    ],
    why: 'The 2016 conference answered the crisis, the Task Force was set up after it, and the 2023 conference reactivated the Consultation Mechanism for boat movements there.',
  },
  {
    query: 'scam centres',
    first: '2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila',
    why: 'The 2024 Manila dialogue was about trafficking into online scam centres.',
  },
  {
    query: 'cyber scam',
    first: '2024-10-02-thematic-dialogue-trafficking-into-cyber-scam-centers-manila',
    why: 'Same dialogue, in the words of its title.',
  },
  {
    query: 'Bali Declaration',
    first: '2016-03-23-sixth-bali-process-ministerial-conference',
    why: 'The Bali Declaration was adopted at the sixth ministerial conference.',
  },
  {
    query: 'Adelaide Strategy',
    first: '2023-02-08-eighth-bali-process-ministerial-conference',
    why: 'The Adelaide Strategy for Cooperation came out of the eighth ministerial conference.',
  },
  {
    query: 'following the money',
    topThree: [
      '2016-05-16-second-annual-meeting-tip-working-group-and-following-the-money-forum',
      '2017-05-23-third-meeting-tip-working-group-and-following-the-money-workshop',
    ],
    why: 'The 2016 forum and the 2017 workshop on the Following the Money policy guide.',
  },
  {
    query: 'policy guide on returns and reintegration',
    topThree: [
      '2019-02-12-second-meeting-technical-experts-group-returns-reintegration',
      '2020-02-13-third-meeting-technical-experts-group-returns-reintegration',
    ],
    why: 'The Technical Experts Group reviewed the draft guide at its second meeting and reported it approved at its third.',
  },
  {
    query: 'consular officials',
    first: '2024-02-21-consular-training-identifying-protecting-trafficking-victims',
    why: 'The 2024 training for consular officials.',
  },
  {
    query: 'Government and Business Forum Perth',
    first: '2017-08-24-government-and-business-forum-perth',
    why: 'The inaugural forum met in Perth in 2017.',
  },
  {
    query: 'Captain Bram',
    first: '2016-05-second-joint-period-of-action',
    why: 'The arrest of Captain Bram was a result of the second period.',
  },
  {
    query: 'Da Nang',
    first: '2019-07-23-fourteenth-ad-hoc-group-senior-officials-meeting',
    why: 'The fourteenth Ad Hoc Group meeting was held in Da Nang.',
  },
  {
    query: 'JPoA',
    topThree: [
      '2015-09-28-first-joint-period-of-action',
      '2016-05-second-joint-period-of-action',
      '2019-07-02-fifth-joint-period-of-action',
    ],
    why: 'JPoA is the abbreviation of Joint Period of Action: the suite checks the synonym reaches them.',
  },
  {
    query: 'COVID-19 recovery',
    first: '2021-09-21-seventh-annual-meeting-tip-working-group-and-regional-webinar',
    why: 'The 2021 regional webinar was on trafficking in the COVID-19 recovery phase.',
  },
  {
    query: 'national training directors',
    first: '2016-02-16-meeting-of-national-training-directors',
    why: 'The 2016 meeting of national training directors in Semarang.',
  },
  {
    query: 'Rohingya',
    first: '2023-02-08-eighth-bali-process-ministerial-conference',
    why: 'Rohingya boat movements of 2022 were cited at the eighth ministerial conference.',
  },
  {
    query: 'Hanoi',
    first: '2023-07-26-seventh-joint-period-of-action',
    why: 'The seventh period closed with a meeting in Hanoi in July 2024.',
  },
  {
    query: 'civil society roundtable',
    first: '2018-05-14-fourth-annual-meeting-tip-working-group-and-civil-society-roundtable',
    why: 'The 2018 annual meeting of the TIP working group was held with a government and civil society roundtable.',
  },
  {
    query: 'Lombok earthquake',
    first: '2018-08-07-seventh-bali-process-ministerial-conference',
    why: 'The seventh ministerial conference met days after the Lombok earthquake.',
  },
  {
    query: 'planning and preparedness',
    first: '2017-01-27-first-task-force-on-planning-and-preparedness',
    why: 'The first meeting of the Task Force on Planning and Preparedness.',
  },
  {
    query: 'supply chains',
    first: '2017-08-24-government-and-business-forum-perth',
    why: 'The Government and Business Forum was set up to work on forced labour in supply chains.',
  },
];
