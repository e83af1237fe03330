/**
 * Meetings for unit tests, made in memory and passed through the real record schema, so a test says only what it is
 * about and still gets exactly what the site would: `makeMeeting({ title: '…', participants: ['AU'] })`.
 *
 * The entities (bodies, topics, organisations, series) are the frozen set in `tests/fixtures/content/`, read by the
 * real reader: tests never depend on the archive's own content, which grows.
 */
import { fileURLToPath } from 'node:url';
import { buildArchive, type Archive, type LoadedMeeting } from '../../src/lib/archive/archive.ts';
import { readEntities, type Entities } from '../../src/lib/content/entities.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { checkReferences } from '../../src/lib/content/reader.ts';
import { readTextPlaces } from '../../src/lib/content/text-places.ts';
import { getRecordId } from '../../src/lib/domain/record-id.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';

/** The folder of the frozen content the unit tests read: entities only; records are made with `makeMeeting`. */
export const FIXTURE_CONTENT = fileURLToPath(new URL('../fixtures/content/', import.meta.url));

let entities: ReturnType<typeof readEntities> | undefined;

/** The frozen entities of `tests/fixtures/content/`, read once. */
export function getFixtureEntities(): ReturnType<typeof readEntities> {
  entities ??= readEntities(FIXTURE_CONTENT, FIXTURE_CONTENT);
  if (entities.problems.length > 0) throw new Error(entities.problems.map(formatProblem).join('\n'));
  return entities;
}

/** A meeting's frontmatter as a contributor writes it (any field of a record, in its written form). */
export type Frontmatter = Record<string, unknown>;

/** What every test meeting has unless the test says otherwise: a valid one-day workshop in Bangkok. */
const DEFAULTS: Frontmatter = {
  title: 'A workshop on test records',
  kind: 'workshop',
  body: 'regional-support-office',
  startDate: '2019-07-02',
  location: { city: 'Bangkok', country: 'TH' },
  topics: ['trafficking-in-persons'],
  summary: 'A meeting made for a test, with the fields every record has.',
  sources: [{ url: 'https://www.baliprocess.net/', title: 'Event page' }],
  updated: '2026-01-15',
};

/**
 * A meeting as the loader gives it, from frontmatter passed through `MeetingSchema` and checked against the fixture
 * entities. Its id is `<startDate or undated>-<slug of the title>` unless `options.id` is given; `options.text` is
 * the record's text, whose paragraphs and list items it gives as the reader would.
 * @throws Error with the check's own lines when the frontmatter is not a valid record.
 * @example makeMeeting({ title: 'Fifth Joint Period of Action', kind: 'joint-period-of-action', series: 'joint-periods-of-action', number: 5 })
 */
export function makeMeeting(
  frontmatter: Frontmatter = {},
  options: { id?: string; text?: string } = {},
): LoadedMeeting<{ body: string }> {
  const { id, text = '' } = options;
  const written = { ...DEFAULTS, ...frontmatter };
  for (const [key, value] of Object.entries(written)) if (value === undefined) delete written[key];
  const result = MeetingSchema.safeParse(written);
  if (!result.success) throw new Error(`makeMeeting: ${JSON.stringify(result.error.issues)}`);
  const nowhere = () => ({ line: 1, column: 1 });
  const problems = checkReferences(written, getFixtureEntities(), 'test', nowhere);
  if (problems.length > 0) throw new Error(problems.map(formatProblem).join('\n'));
  const start =
    typeof written['startDate'] === 'string' || typeof written['startDate'] === 'number'
      ? String(written['startDate'])
      : 'undated';
  const recordId =
    id ??
    getRecordId(
      `${start}-${String(written['title'])
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')}.mdx`,
      written['slug'],
    );
  return {
    id: recordId,
    filePath: `content/meetings/${recordId}.mdx`,
    data: result.data,
    entry: { body: text },
    textPlaces: readTextPlaces(text),
  };
}

/** An archive of test meetings over the fixture entities. */
export function makeArchive(
  meetings: ReadonlyArray<LoadedMeeting<{ body: string }>>,
  extra: Partial<Entities> = {},
): Archive<{ body: string }> {
  return buildArchive({ meetings, ...getFixtureEntities().entities, ...extra });
}
