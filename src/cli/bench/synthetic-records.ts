/**
 * Synthetic meeting records for the benchmark: valid by the schema, with bodies of 300 to 600 words (headings,
 * lists, links), real bodies, topics, organisations and countries, and dates spread over 2002–2026 (about one in fifty
 * with only a month). Deterministic: the same count and seed give the same files.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, isSeq, parseDocument } from 'yaml';
import { readEntities } from '../../lib/content/entities.ts';

/** A small seeded pseudo-random generator (mulberry32), so runs are repeatable. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = [
  'AU',
  'BD',
  'BN',
  'KH',
  'CA',
  'FJ',
  'IN',
  'ID',
  'JP',
  'LA',
  'MY',
  'MV',
  'MM',
  'NZ',
  'PK',
  'PG',
  'PH',
  'KR',
  'SG',
  'LK',
  'TH',
  'TL',
  'AE',
  'US',
  'VN',
  'AF',
  'NP',
  'MN',
];
const CITIES: Array<[string, string]> = [
  ['Bangkok', 'TH'],
  ['Bali', 'ID'],
  ['Jakarta', 'ID'],
  ['Canberra', 'AU'],
  ['Manila', 'PH'],
  ['Colombo', 'LK'],
  ['Kuala Lumpur', 'MY'],
  ['Hanoi', 'VN'],
  ['Wellington', 'NZ'],
  ['Dhaka', 'BD'],
];
const KIND_BY_BODY: Record<string, string> = {
  'ministerial-conference': 'ministerial-conference',
  'senior-officials-meeting': 'senior-officials-meeting',
  'ad-hoc-group': 'ad-hoc-group-meeting',
  'steering-group': 'steering-group-meeting',
  'working-group-trafficking-in-persons': 'working-group-meeting',
  'working-group-disruption': 'joint-period-of-action',
  'technical-experts-group-returns-reintegration': 'working-group-meeting',
  'task-force-planning-preparedness': 'working-group-meeting',
  'regional-support-office': 'workshop',
  'government-and-business-forum': 'forum',
  'co-chairs': 'workshop',
};
const SUBJECTS = [
  'Delegates',
  'Senior officials',
  'The co-chairs',
  'Member states',
  'Law enforcement agencies',
  'Participants',
  'Representatives of international organisations',
  'The working group',
];
const VERBS = [
  'discussed',
  'reviewed',
  'agreed on',
  'reported progress on',
  'shared experience of',
  'set priorities for',
  'examined',
];
const OBJECTS = [
  'joint investigations into smuggling networks operating across the region',
  'the protection of victims of trafficking, with a victim-centred approach',
  'forced marriage and sham marriage as forms of trafficking in persons',
  'smuggling by air and the misuse of genuine travel documents',
  'labour exploitation in fishing, construction and domestic work',
  'trafficking into online scam centres and forced criminality',
  'the safe return and sustainable reintegration of migrants',
  'information sharing between immigration and police services',
  'financial investigations that follow the money behind these crimes',
  'the use of social media to recruit and advertise irregular journeys',
  'preparedness for sudden, large movements of people by sea',
  'identity management, biometrics and document fraud',
];
const CLOSINGS = [
  'They noted that cooperation had improved since the previous meeting.',
  'Several members described national reforms and asked for technical support.',
  'The meeting asked the Regional Support Office to prepare guidance for members.',
  'Members agreed to report on progress at the next meeting of the group.',
  'Participants stressed the need for data that can be compared across countries.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function pickSome<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

function sentence(random: () => number): string {
  return `${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}.`;
}

function paragraph(random: () => number, sentences: number): string {
  const parts = Array.from({ length: sentences }, () => sentence(random));
  parts.push(pick(random, CLOSINGS));
  return parts.join(' ');
}

/** The body of one synthetic record: about 300 to 600 words in three sections, with a list and links. */
export function syntheticBody(random: () => number, index: number): string {
  const bullets = Array.from(
    { length: 3 + Math.floor(random() * 4) },
    (_, item) => `- **Point ${item + 1}.** ${paragraph(random, 1 + Math.floor(random() * 2))}`,
  );
  return [
    '## Context',
    '',
    paragraph(random, 3 + Math.floor(random() * 4)),
    '',
    `See the [event page](https://www.baliprocess.net/event/synthetic-${index}/) for the programme.`,
    '',
    '## Discussion',
    '',
    ...bullets,
    '',
    '## Outcomes',
    '',
    paragraph(random, 2 + Math.floor(random() * 4)),
    '',
  ].join('\n');
}

function yamlList(values: readonly string[]): string {
  return `[${values.join(', ')}]`;
}

/** The text of one synthetic record file and its file name. */
export function syntheticRecord(
  random: () => number,
  index: number,
  known: { bodies: readonly string[]; topics: readonly string[]; organizations: readonly string[] },
): { fileName: string; text: string } {
  const year = 2002 + Math.floor(random() * 25);
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  const monthOnly = random() < 0.02;
  const mm = String(month).padStart(2, '0');
  const start = monthOnly ? `${year}-${mm}` : `${year}-${mm}-${String(day).padStart(2, '0')}`;
  const end = monthOnly
    ? start
    : `${year}-${mm}-${String(Math.min(28, day + Math.floor(random() * 3))).padStart(2, '0')}`;
  const body = pick(random, known.bodies);
  const kind = KIND_BY_BODY[body] ?? 'other';
  const [city, country] = pick(random, CITIES);
  const coChairs = pickSome(random, COUNTRIES, 2, 2);
  // Each party once, in its main role: co-chairs are not listed again among participants.
  const participants = pickSome(
    random,
    COUNTRIES.filter((code) => !coChairs.includes(code)),
    4,
    14,
  );
  const observers = pickSome(random, known.organizations, 0, 3);
  const topics = pickSome(random, known.topics, 2, 6);
  const title = `Synthetic meeting ${index} of the ${body.replaceAll('-', ' ')}`;
  const fileName = `${start}-synthetic-meeting-${index}.mdx`;
  const text = [
    '---',
    `title: ${title}`,
    `kind: ${kind}`,
    `body: ${body}`,
    `startDate: ${start}`,
    `endDate: ${end}`,
    ...(monthOnly ? ['dateNote: The synthetic source gives the month only.'] : []),
    `location: { city: ${city}, country: ${country} }`,
    `coChairs: ${yamlList(coChairs)}`,
    `participants: ${yamlList(participants)}`,
    `observers: ${yamlList(observers)}`,
    `topics: ${yamlList(topics)}`,
    `summary: A generated record used to measure the build, number ${index}, about ${topics.join(' and ').replaceAll('-', ' ')}.`,
    `sources: [{ url: "https://www.baliprocess.net/event/synthetic-${index}/", title: Generated source }]`,
    'updated: 2026-01-15',
    '---',
    '',
    syntheticBody(random, index),
  ].join('\n');
  return { fileName, text };
}

/**
 * Writes `count` synthetic records into `<dir>/meetings/` and copies the real entity folders beside them, so that
 * `CONTENT_DIR=<dir>` builds the site from them. Replaces anything already in `dir`.
 */
export function writeSyntheticContent(options: {
  dir: string;
  count: number;
  realContentDir: string;
  seed?: number;
}): void {
  rmSync(options.dir, { recursive: true, force: true });
  mkdirSync(join(options.dir, 'meetings'), { recursive: true });
  for (const folder of ['bodies', 'topics', 'organizations']) {
    cpSync(join(options.realContentDir, folder), join(options.dir, folder), { recursive: true });
  }
  // Series keep their known meetings, which name real records the synthetic set does not have: those links go.
  mkdirSync(join(options.dir, 'series'));
  for (const name of readdirSync(join(options.realContentDir, 'series'))) {
    const document = parseDocument(readFileSync(join(options.realContentDir, 'series', name), 'utf8'));
    const known = document.get('known');
    if (isSeq(known)) for (const item of known.items) if (isMap(item)) item.delete('record');
    writeFileSync(join(options.dir, 'series', name), document.toString());
  }
  const { entities } = readEntities(options.realContentDir, options.realContentDir);
  const ids = (list: ReadonlyArray<{ id: string }>) => list.map((entity) => entity.id).sort();
  const known = {
    bodies: ids(entities.bodies),
    topics: ids(entities.topics),
    organizations: ids(entities.organizations),
  };
  const random = createRandom(options.seed ?? 20261129);
  for (let index = 1; index <= options.count; index += 1) {
    const { fileName, text } = syntheticRecord(random, index, known);
    writeFileSync(join(options.dir, 'meetings', fileName), text);
  }
}
