/**
 * `npm run new`: writes a new meeting record with every field a record has. In a terminal it asks for each fact,
 * offering the real lists (kinds, bodies, series, topics, countries, organisations), found by label, alias, acronym
 * or another name as you type; every answer is checked with the content check's own messages. Every answer can be
 * given as a flag instead (`--help`); with `--yes`, or when the input is not a terminal, nothing is asked and a
 * missing or wrong value is an error. It writes `content/meetings/<start date>-<title words>.mdx` with notes where
 * the text is still to be written, which the check refuses until they are replaced.
 *
 * `npm run new -- body` (or `topic`, `organization`, `series`) writes a new entity file instead.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { getContentDir } from '../lib/content/content-dir.ts';
import { readEntities } from '../lib/content/entities.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { readContent } from '../lib/content/reader.ts';
import { parseCalendarDate } from '../lib/domain/calendar-date.ts';
import { ROLE_FIELDS, type RoleField } from '../lib/domain/roles.ts';
import { ENTITY_FLAGS, ENTITY_HELP, ENTITY_KINDS, renderEntity, type EntityKind } from '../lib/tooling/new-entity.ts';
import {
  answersFromFlags,
  checkAnswers,
  DOCUMENT_TYPE_CHOICES,
  FLAG_OF,
  getRecordFileName,
  getToday,
  readChoices,
  RECORD_FLAGS,
  renderRecord,
  ROLE_QUESTIONS,
  searchChoices,
  type Choice,
  type LocationMode,
  type PartyAnswer,
  type RecordAnswers,
} from '../lib/tooling/new-record.ts';
import { LOCATION_MODES } from '../schemas/meeting.ts';

const HELP = `npm run new -- [flags]          a new meeting record in content/meetings/
npm run new -- body [flags]     a new body; also topic, organization, series (each with --help)

Asks, in a terminal, for what the flags do not give. Lists take commas; repeat a flag to add more.

  --title "18th Steering Group meeting"     the meeting's name as the official record gives it
  --kind steering-group-meeting             ministerial-conference, senior-officials-meeting, ad-hoc-group-meeting,
                                            steering-group-meeting, working-group-meeting, joint-period-of-action,
                                            workshop, forum or other
  --body steering-group                     the body that held it: a file name from content/bodies/ without .yaml
  --joint-bodies task-force-planning-preparedness   other bodies that held it jointly
  --series steering-group-meetings --number 18      its series (content/series/) and number in it
  --number-note "The support office calls it the 17th."
  --start 2024-05-02 --end 2024-05-03       YYYY-MM-DD, or YYYY-MM or YYYY when the sources give only that;
                                            leave out --start when no source gives a date
  --date-note "The page gives May 2024 without a day."   required when the date is partial or missing
  --mode in-person                          in-person, online, hybrid, several-places or not-recorded
  --city "Kuala Lumpur" --country MY --venue "…" --place-note "…"
  --hosts MY --co-chairs AU,ID --participants NZ,TH,iom --observers CA
  --co-chairs "AU=Penny Wong, Minister for Foreign Affairs"   one party with who represented it
  --topics regional-cooperation-and-strategy,governance-and-work-planning
  --summary "One or two sentences in your own words."
  --figure "Delegates|303|https://…|note"   label, value, source, note; repeat for more
  --document "Co-Chairs' Statement|co-chairs-statement|https://…|2024-05-03|en"   title, type, url, date, language
  --source "https://…|Event page|Dates, place and co-chairs"   url, title, which facts it gives; repeat for more
  --updated 2026-01-15                      day of writing (default: today)
  --yes                                     ask nothing: fail if a value is missing or wrong
`;

const root = process.cwd();
const contentDir = getContentDir(root);

/** Stops with one plain sentence and the usage line. */
function stop(message: string, code = 2): never {
  console.error(`${message}\n\nRun \`npm run new -- --help\` for the flags.`);
  process.exit(code);
}

const [first] = process.argv.slice(2);
if (first && (ENTITY_KINDS as readonly string[]).includes(first)) {
  await writeEntity(first as EntityKind, process.argv.slice(3));
  process.exit(0);
}

let flags: ReturnType<typeof parseRecordFlags>;
function parseRecordFlags() {
  return parseArgs({ options: RECORD_FLAGS, strict: true, allowPositionals: false }).values;
}
try {
  flags = parseRecordFlags();
} catch (error) {
  stop(`${(error as Error).message}.`);
}
if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const entities = readEntities(contentDir, root);
const choices = readChoices(entities);
const terminal = Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
const interactive = !flags.yes && terminal;
const answers: RecordAnswers = answersFromFlags(flags, getToday());
// The flags the contributor gave (parseArgs also lists --yes and --help, with their defaults).
const given = new Set(Object.keys(flags).filter((name) => name !== 'yes' && name !== 'help'));

/** Problems of one field with the answers so far, as one message, or undefined. */
const problemsOf = (field: string, candidate: Partial<RecordAnswers> = {}) =>
  checkAnswers({ ...answers, ...candidate }, entities, [field]).join('\n') || undefined;

/** The answer of a prompt, or the end of the command when the contributor pressed Ctrl+C or Escape. */
function answered<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('Stopped. No record was written.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

/**
 * A text answer, checked as it is typed. The example is shown faintly and is never taken as the answer: an empty
 * answer stays empty.
 */
async function askText(
  key: keyof RecordAnswers,
  field: string,
  message: string,
  example: string,
  flag: string,
): Promise<void> {
  if (!interactive || given.has(flag)) return;
  const value = answered(
    await prompts.text({
      message,
      placeholder: example,
      initialValue: String(answers[key] ?? ''),
      validate: (input) => problemsOf(field, { [key]: input ?? '' }),
    }),
  );
  Object.assign(answers, { [key]: value ?? '' });
}

/** Options of a picker, ranked by what has been typed (label, alias, acronym or another name). */
const ranked = (options: readonly Choice[]) =>
  function (this: { userInput: string }) {
    return searchChoices(this.userInput ?? '', options).map(({ value, label, hint }) => ({
      value,
      label,
      ...(hint ? { hint } : {}),
    }));
  };

/** One value from a list. `optional` adds a "none" entry. */
async function askChoice(
  key: keyof RecordAnswers,
  message: string,
  options: Choice[],
  flag: string,
  optional = false,
): Promise<void> {
  if (!interactive || given.has(flag)) return;
  const none: Choice = { value: '', label: '(none)', hint: 'leave empty' };
  const value = answered(
    await prompts.autocomplete({ message, options: ranked(optional ? [none, ...options] : options), maxItems: 8 }),
  );
  Object.assign(answers, { [key]: value });
}

/** Several values from a list. */
async function askMany(message: string, options: Choice[], required: boolean): Promise<string[]> {
  return answered(await prompts.autocompleteMultiselect({ message, options: ranked(options), required, maxItems: 8 }));
}

/** Yes or no, no by default. */
const confirm = async (message: string) => answered(await prompts.confirm({ message, initialValue: false }));

/** Parties in one role, then who represented any of them. */
async function askRole(field: RoleField, flag: string): Promise<void> {
  if (!interactive || given.has(flag)) return;
  const ids = await askMany(
    `${ROLE_QUESTIONS[field]}: choose every one the sources name (none is fine)`,
    choices.parties,
    false,
  );
  const parties: PartyAnswer[] = ids.map((id) => ({ id }));
  if (parties.length > 0 && (await confirm('Do the sources say who represented any of them?'))) {
    for (const party of parties) {
      const name = choices.parties.find((choice) => choice.value === party.id)?.label ?? party.id;
      const representative = answered(
        await prompts.text({
          message: `Who represented ${name}? (empty if the sources do not say)`,
          placeholder: 'Minister for Foreign Affairs',
        }),
      );
      if (representative?.trim()) party.representative = representative.trim();
    }
  }
  answers[field] = parties;
  const problem = problemsOf(field);
  if (problem) prompts.log.warn(problem);
}

/** Entries of a list of groups (figures, documents, sources), asked one after another. */
async function askEntries<T>(
  flag: string,
  first: string,
  more: string,
  ask: () => Promise<T>,
  required: boolean,
): Promise<T[]> {
  if (!interactive || given.has(flag)) return [];
  const entries: T[] = [];
  while (required && entries.length === 0 ? true : await confirm(entries.length === 0 ? first : more))
    entries.push(await ask());
  return entries;
}

/** `{ [key]: value }` when there is a value, `{}` when not. */
const withKey = <K extends string>(key: K, value: string | undefined) =>
  (value ? { [key]: value } : {}) as Partial<Record<K, string>>;

const optionalText = async (message: string, example: string) =>
  (answered(await prompts.text({ message, placeholder: example })) ?? '').trim() || undefined;

if (!interactive && !flags.yes && !terminal && given.size === 0) {
  stop(
    'npm run new asks its questions in a terminal, and here its input is not one (it is piped or redirected). Run it in a terminal, or give every answer as a flag, e.g. npm run new -- --title "…" --kind workshop --body regional-support-office --start 2024-05-02 --city Bangkok --country TH --topics trafficking-in-persons --summary "…" --source "https://…|Event page"',
  );
}

if (interactive) prompts.intro('A new meeting record. Every fact comes from a source you will list at the end.');

await askText(
  'title',
  'title',
  'Title, as the official record gives it',
  '18th Bali Process Steering Group meeting',
  'title',
);
await askChoice('kind', 'Kind of meeting', choices.kinds, 'kind');
await askChoice('body', 'Body that held the meeting', choices.bodies, 'body');
if (interactive && !given.has('joint-bodies') && (await confirm('Did another body hold it jointly?'))) {
  answers.jointBodies = await askMany(
    'Bodies that held it jointly',
    choices.bodies.filter((choice) => choice.value !== answers.body),
    true,
  );
}
await askChoice('series', 'Series it belongs to (for previous and next links)', choices.series, 'series', true);
if (answers.series) {
  await askText(
    'number',
    'number',
    'Number in the series, as the official record counts it (empty if none)',
    '18',
    'number',
  );
  if (interactive && !given.has('number-note') && (await confirm('Do sources number it differently?'))) {
    answers.numberNote = await optionalText('What does each source say?', 'The support office calls it the 17th.');
  }
}
await askText(
  'startDate',
  'startDate',
  'First day: YYYY-MM-DD, or YYYY-MM or YYYY when the sources give only that (empty if none gives a date)',
  '2024-05-02',
  'start',
);
if (answers.startDate)
  await askText('endDate', 'endDate', 'Last day (empty for a one-day meeting)', '2024-05-03', 'end');
const start = answers.startDate ? parseCalendarDate(answers.startDate) : undefined;
const partial = !answers.startDate || (start?.ok && start.date.precision !== 'day');
if (interactive && !given.has('date-note')) {
  answers.dateNote = partial
    ? (answered(
        await prompts.text({
          message: 'What do the sources say about the date? (required: the date is partial or missing)',
          placeholder: 'The event page gives May 2024 without a day.',
          validate: (input) =>
            problemsOf('dateNote', { dateNote: input ?? '' }) ?? problemsOf('startDate', { dateNote: input ?? '' }),
        }),
      ) ?? '')
    : await optionalText(
        'Any doubt or disagreement about the dates? (empty if none)',
        'The page heading says 28 October; its text says 29 October.',
      );
}
if (interactive && !given.has('mode')) {
  answers.mode = answered(
    await prompts.select({
      message: 'How was it held?',
      options: LOCATION_MODES.map((mode) => ({ value: mode, label: mode })),
      initialValue: 'in-person' as LocationMode,
    }),
  );
}
if (answers.mode === 'in-person' || answers.mode === 'hybrid') {
  await askText('city', 'location.city', 'City', 'Kuala Lumpur', 'city');
  await askChoice('country', 'Country', choices.countries, 'country');
  if (interactive && !given.has('venue'))
    answers.venue = await optionalText('Venue, if the sources name it', 'Bali International Convention Centre');
}
if (interactive && !given.has('place-note'))
  answers.placeNote = await optionalText(
    'Anything the sources say, or leave unsaid, about the place? (empty if nothing)',
    'The event page names the city but no venue.',
  );
const ROLE_FLAGS: Record<RoleField, string> = {
  hosts: 'hosts',
  coChairs: 'co-chairs',
  participants: 'participants',
  observers: 'observers',
};
for (const field of ROLE_FIELDS) await askRole(field, ROLE_FLAGS[field]);
if (interactive && !given.has('topics')) answers.topics = await askMany('Topics', choices.topics, true);
await askText(
  'summary',
  'summary',
  'Summary: one or two sentences in your own words',
  'Members met in Kuala Lumpur to …',
  'summary',
);
answers.figures.push(
  ...(await askEntries(
    'figure',
    'Do the sources give figures (delegates, countries, arrests …)?',
    'Another figure?',
    async () => ({
      label: (answered(await prompts.text({ message: 'What is counted?', placeholder: 'Delegates' })) ?? '').trim(),
      value: (
        answered(await prompts.text({ message: 'The figure, as the source gives it', placeholder: '303' })) ?? ''
      ).trim(),
      ...withKey('source', await optionalText('Address of the source that gives it', 'https://www.baliprocess.net/…')),
    }),
    false,
  )),
);
answers.documents.push(
  ...(await askEntries(
    'document',
    'Did the meeting produce documents (statement, declaration, report …)?',
    'Another document?',
    async () => ({
      title: (
        answered(await prompts.text({ message: 'Title of the document', placeholder: "Co-Chairs' Statement" })) ?? ''
      ).trim(),
      type: answered(
        await prompts.select({
          message: 'Type',
          options: DOCUMENT_TYPE_CHOICES.map(({ value, label }) => ({ value, label })),
        }),
      ),
      ...withKey('url', await optionalText('Its address (empty if it is not online)', 'https://www.baliprocess.net/…')),
    }),
    false,
  )),
);
answers.sources.push(
  ...(await askEntries(
    'source',
    'Add a source?',
    'Another source?',
    async () => {
      const url = answered(
        await prompts.text({
          message: 'Address of a page the facts come from',
          placeholder: 'https://www.baliprocess.net/event/…',
          validate: (input) => problemsOf('sources', { sources: [{ url: input ?? '' }] }),
        }),
      );
      const title = await optionalText('Its title', 'Event page, Bali Process website');
      const note = await optionalText('Which facts it gives', 'Dates, place and co-chairs.');
      return { url: url.trim(), ...(title ? { title } : {}), ...(note ? { note } : {}) };
    },
    true,
  )),
);

const errors = checkAnswers(answers, entities);
if (errors.length > 0) {
  // Each line names the flag that gives the field, then the check's own message.
  const lines = errors.map((line) => {
    const field = line.split(/[:[]/)[0] ?? '';
    return `  ${FLAG_OF[field] ?? FLAG_OF[field.split('.')[0]!] ?? `--${field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`}  ${line}`;
  });
  stop(`No record was written:\n${lines.join('\n')}`, 1);
}

const meetingsDir = join(contentDir, 'meetings');
mkdirSync(meetingsDir, { recursive: true });
const taken = new Set(readdirSync(meetingsDir));
const fileName = getRecordFileName(answers, (name) => taken.has(name));
const file = join(meetingsDir, fileName);
const shown = relative(root, file).replaceAll('\\', '/');
writeFileSync(file, renderRecord(answers));

// The whole check, so that a clash with another record (the same series number) is found now, not at build time.
const problems = (await readContent({ contentDir, root })).problems.filter((problem) => problem.file === shown);
const notes = problems.filter((problem) => problem.message.startsWith('still has the note'));
for (const problem of problems.filter((found) => !notes.includes(found))) console.error(formatProblem(problem));
const next = `Wrote ${shown}.\nNext: replace the ${notes.length} notes marked TO FILL IN with what happened, in your own words (the check names their lines until you do), then run npm start to preview the record with search.`;
if (interactive) prompts.outro(next);
else console.log(next);
process.exitCode = problems.length > notes.length ? 1 : 0;

/** `npm run new -- body|topic|organization|series`: a new entity file from flags (or questions in a terminal). */
async function writeEntity(kind: EntityKind, argv: string[]): Promise<void> {
  const { values } = (() => {
    try {
      return parseArgs({
        args: argv,
        options: { ...ENTITY_FLAGS, help: { type: 'boolean', default: false } },
        strict: true,
      });
    } catch (error) {
      return stop(`${(error as Error).message}.`);
    }
  })();
  const written = values as Record<string, string | boolean | undefined>;
  if (written['help']) {
    console.log(`npm run new -- ${kind} --id <file name> ${ENTITY_HELP[kind]}`);
    return;
  }
  const result = renderEntity(kind, written as Record<string, string | undefined>, readEntities(contentDir, root));
  if ('problems' in result)
    stop(`No ${kind} was written:\n${result.problems.map((line) => `  ${line}`).join('\n')}`, 1);
  const file = join(contentDir, result.folder, `${result.id}.yaml`);
  if (existsSync(file)) stop(`${relative(root, file)} already exists. Edit that file, or choose another --id.`, 1);
  writeFileSync(file, result.text);
  console.log(`Wrote ${relative(root, file).replaceAll('\\', '/')}. Records can now name it: ${result.id}`);
}
