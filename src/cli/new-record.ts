/**
 * `npm run new`: writes a new meeting record. It asks for the title, kind, body, dates, place, roles, topics, summary
 * and source, offering the real lists (kinds, bodies, series, topics, countries, organisations) with completion as
 * you type, checks each answer with the record schema (the same messages as `npm run check:content`), and writes
 * `content/meetings/<start date>-<title words>.mdx` with a body outline (Context, Discussion, Outcomes).
 *
 * Every answer can be given as a flag instead, for scripts: `npm run new -- --title "..." --kind workshop ...`
 * (see `--help`). With `--yes`, or when not run in a terminal, nothing is asked: a missing or wrong value is an
 * error and no file is written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import * as prompts from '@clack/prompts';
import { readEntities } from '../lib/content/entities.ts';
import { readContent } from '../lib/content/reader.ts';
import { getContentDir } from '../lib/content/content-dir.ts';
import {
  checkAnswers,
  getRecordFileName,
  getToday,
  readChoices,
  renderRecord,
  ROLE_FIELDS,
  type Choice,
  type LocationMode,
  type RecordAnswers,
  type RoleField,
} from '../lib/tooling/new-record.ts';
import { formatProblem } from '../lib/content/problems.ts';
import { LOCATION_MODES } from '../schemas/meeting.ts';

const HELP = `npm run new -- [flags]

Writes a new record in content/meetings/. Asks for what the flags do not give.

  --title "18th Steering Group meeting"      the meeting's name as the official record gives it
  --kind steering-group-meeting              ministerial-conference, senior-officials-meeting, ad-hoc-group-meeting,
                                             steering-group-meeting, working-group-meeting, joint-period-of-action,
                                             workshop, forum or other
  --body steering-group                      the body that held it: a file name from content/bodies/ without .yaml
  --series steering-group-meetings           its series, from content/series/ (optional)
  --number 18                                its number in the series (optional)
  --start 2024-05-02 --end 2024-05-03        dates as YYYY-MM-DD, YYYY-MM or YYYY; leave out --start when no source gives one
  --mode in-person                           in-person, online, hybrid, several-places or not-recorded
  --city "Kuala Lumpur" --country MY         the place; the country as an ISO 3166-1 alpha-2 code
  --hosts MY --co-chairs AU,ID               roles: country codes and organisation ids, separated by commas
  --participants AU,ID,NZ,iom --observers CA
  --topics regional-cooperation-and-strategy,governance-and-work-planning
  --summary "One or two sentences in your own words."
  --source https://... --source-title "News article, Regional Support Office"
  --updated 2026-01-15                       day of writing (default: today)
  --yes                                      ask nothing: fail if a value is missing or wrong
`;

/** The flag that gives each field. */
const FLAG_OF: Record<string, string> = {
  startDate: '--start',
  endDate: '--end',
  location: '--mode, --city, --country',
  coChairs: '--co-chairs',
  sources: '--source',
};

const { values: flags } = (() => {
  try {
    return parseArgs({
      options: {
        title: { type: 'string' },
        kind: { type: 'string' },
        body: { type: 'string' },
        series: { type: 'string' },
        number: { type: 'string' },
        start: { type: 'string' },
        end: { type: 'string' },
        mode: { type: 'string' },
        city: { type: 'string' },
        country: { type: 'string' },
        hosts: { type: 'string' },
        'co-chairs': { type: 'string' },
        participants: { type: 'string' },
        observers: { type: 'string' },
        topics: { type: 'string' },
        summary: { type: 'string' },
        source: { type: 'string' },
        'source-title': { type: 'string' },
        updated: { type: 'string' },
        yes: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}.\n\n${HELP}`);
    process.exit(2);
  }
})();

if (flags.help) {
  console.log(HELP);
  process.exit(0);
}

const root = process.cwd();
const contentDir = getContentDir(root);
const entities = readEntities(contentDir, root);
const choices = readChoices(entities);
const interactive = !flags.yes && Boolean(process.stdin.isTTY) && Boolean(process.stdout.isTTY);
const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

const answers: RecordAnswers = {
  title: flags.title ?? '',
  kind: flags.kind ?? '',
  body: flags.body ?? '',
  series: flags.series ?? '',
  number: flags.number ?? '',
  startDate: flags.start ?? '',
  endDate: flags.end ?? '',
  mode: (flags.mode ?? 'in-person') as LocationMode,
  city: flags.city ?? '',
  country: flags.country ?? '',
  hosts: list(flags.hosts),
  coChairs: list(flags['co-chairs']),
  participants: list(flags.participants),
  observers: list(flags.observers),
  topics: list(flags.topics),
  summary: flags.summary ?? '',
  sourceUrl: flags.source ?? '',
  sourceTitle: flags['source-title'] ?? '',
  updated: flags.updated ?? getToday(),
};

/** Problems of one field with the answers so far, as one message, or undefined. */
const problemsOf = (field: string, candidate: Partial<RecordAnswers> = {}) =>
  checkAnswers({ ...answers, ...candidate }, entities, [field]).join('\n') || undefined;

const errors: string[] = [];

/** The answer of a prompt, or the end of the command when the contributor pressed Ctrl+C or Escape. */
function stopIfCancelled<T>(value: T): Exclude<T, symbol> {
  if (prompts.isCancel(value)) {
    prompts.cancel('Stopped. No record was written.');
    process.exit(1);
  }
  return value as Exclude<T, symbol>;
}

/** A text answer: kept when the flag gave a valid one, otherwise asked (or reported when nothing may be asked). */
async function askText(key: keyof RecordAnswers, field: string, message: string, placeholder: string) {
  const given = String(answers[key] ?? '');
  const problem = problemsOf(field);
  if (!problem && (given !== '' || !interactive)) return;
  if (!interactive) {
    errors.push(problem!);
    return;
  }
  const value = stopIfCancelled(
    await prompts.text({
      message,
      placeholder,
      initialValue: given,
      validate: (input) => problemsOf(field, { [key]: input ?? '' }),
    }),
  );
  Object.assign(answers, { [key]: value ?? '' });
}

/** One value from a list, with completion. `optional` adds a "none" entry. */
async function askChoice(
  key: keyof RecordAnswers,
  field: string,
  message: string,
  options: Choice[],
  optional = false,
) {
  const given = String(answers[key] ?? '');
  const problem = problemsOf(field);
  if (!problem && (given !== '' || !interactive)) return;
  if (!interactive) {
    errors.push(problem!);
    return;
  }
  const none: Choice = { value: '', label: '(none)', hint: 'leave empty' };
  const value = stopIfCancelled(
    await prompts.autocomplete({
      message,
      options: optional ? [none, ...options] : options,
      placeholder: 'Type to search',
      maxItems: 8,
    }),
  );
  Object.assign(answers, { [key]: value });
}

/** Several values from a list, with completion. */
async function askMany(key: RoleField | 'topics', message: string, options: Choice[], required: boolean) {
  const problem = problemsOf(key);
  if (!problem && (answers[key].length > 0 || !interactive)) return;
  if (!interactive) {
    errors.push(problem!);
    return;
  }
  if (problem && answers[key].length > 0) prompts.log.warn(problem);
  const value = stopIfCancelled(
    await prompts.autocompleteMultiselect({
      message,
      options,
      required,
      maxItems: 8,
      initialValues: answers[key].filter((item) => options.some((option) => option.value === item)),
    }),
  );
  answers[key] = value;
}

if (interactive) prompts.intro('A new meeting record');

await askText('title', 'title', 'Title, as the official record gives it', '18th Bali Process Steering Group meeting');
await askChoice('kind', 'kind', 'Kind of meeting', choices.kinds);
await askChoice('body', 'body', 'Body that held the meeting', choices.bodies);
await askChoice('series', 'series', 'Series it belongs to (for previous and next links)', choices.series, true);
if (answers.series) await askText('number', 'number', 'Number in the series (empty if none)', '18');
await askText(
  'startDate',
  'startDate',
  'First day (YYYY-MM-DD, or YYYY-MM or YYYY; empty if no source gives one)',
  '2024-05-02',
);
if (answers.startDate) await askText('endDate', 'endDate', 'Last day (empty for a one-day meeting)', '2024-05-03');
if (interactive && !flags.mode) {
  answers.mode = stopIfCancelled(
    await prompts.select({
      message: 'How was it held?',
      options: LOCATION_MODES.map((mode) => ({ value: mode, label: mode })),
      initialValue: 'in-person' as LocationMode,
    }),
  );
}
if (answers.mode === 'in-person' || answers.mode === 'hybrid' || answers.city) {
  await askText('city', 'location.city', 'City', 'Kuala Lumpur');
  await askChoice('country', 'location', 'Country', choices.countries);
}
const roleQuestions: Record<RoleField, string> = {
  hosts: 'Hosts',
  coChairs: 'Co-chairs',
  participants: 'Participants (members taking part)',
  observers: 'Observers',
};
for (const role of ROLE_FIELDS) await askMany(role, roleQuestions[role], choices.parties, false);
await askMany('topics', 'Topics', choices.topics, true);
await askText(
  'summary',
  'summary',
  'Summary: one or two sentences in your own words',
  'Members met in Kuala Lumpur to ...',
);
await askText(
  'sourceUrl',
  'sources',
  'Source: the address of the page the facts come from',
  'https://www.baliprocess.net/...',
);
if (interactive && !answers.sourceTitle) {
  answers.sourceTitle = stopIfCancelled(
    await prompts.text({ message: 'Title of that page (optional)', placeholder: 'Event page' }),
  );
}

errors.push(...checkAnswers(answers, entities).filter((line) => !errors.some((error) => error.includes(line))));
if (errors.length > 0) {
  // Each line names the flag that gives the field, then the check's own message.
  const lines = [...new Set(errors.flatMap((error) => error.split('\n')))].map((line) => {
    const field = line.split(/[.:[]/)[0] ?? '';
    return `  ${FLAG_OF[field] ?? `--${field}`}  ${line}`;
  });
  console.error(`No record was written:\n${lines.join('\n')}`);
  console.error('\nRun `npm run new -- --help` for the flags.');
  process.exit(1);
}

const fileName = getRecordFileName(answers);
const meetingsDir = join(contentDir, 'meetings');
const file = join(meetingsDir, fileName);
const shown = relative(root, file).replaceAll('\\', '/');
if (existsSync(file)) {
  console.error(`${shown} already exists. Edit that record, or give a title that tells the two meetings apart.`);
  process.exit(1);
}
mkdirSync(meetingsDir, { recursive: true });
writeFileSync(file, renderRecord(answers));

// The whole check, so that a clash with another record (the same id) is found now, not at build time.
const problems = (await readContent({ contentDir, root })).problems.filter((problem) => problem.file === shown);
for (const problem of problems) console.error(formatProblem(problem));

const next = `Wrote ${shown}.\nNext: replace each note marked TO FILL IN with what happened, in your own words; until then the check names those lines. Then run npm start to preview it with search.`;
if (interactive) prompts.outro(next);
else console.log(next);
process.exitCode = problems.length > 0 ? 1 : 0;
