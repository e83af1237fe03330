/**
 * Incremental builds: after a change to one record, a build that reuses the pages of the build before gives the same
 * site, every file of it byte for byte, as a build from scratch of the same content; it renders again the record's
 * page and the pages that show what changed, and reuses every other page of a dynamic route. A new record, which
 * changes what the archive as a whole holds, gives the same site as a build from scratch too.
 *
 * Runs on a copy of the fixtures site's content (real records frozen in tests/fixtures/relevance/ with the fixture
 * records: every kind of page, and small enough for five builds), in its own CONTENT_DIR, so with its own Astro cache
 * (see getCacheDir), changing a record chosen from it: one in a series with a record either side, with related records
 * and more than one topic, naming an organisation where one such record does. Its changes in turn, each built on the
 * one before: a sentence added at the end of its text and a paragraph naming one of its topics put first, which
 * changes what that topic's timeline quotes from it; its title and its topics together, which render again the pages
 * that show the record as it was and as it is; then a new record. After the new record the site is built from
 * scratch and compared with the incremental build of the same content: a page an earlier build left stale would
 * differ there.
 *
 * The first build, from scratch, runs on a machine clock in Auckland (UTC+12/+13), where midnight UTC falls on
 * another day than in New York (UTC−4/−5), whose clock the fixtures site is built on: dates are calendar days, never
 * shifted by the build machine's clock, so the two are the same site, every page, sitemap and data file.
 */
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';
import { parseDocument, type Document } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveFromReading } from '../../src/lib/archive/read-archive.ts';
import type { Archive, MeetingView } from '../../src/lib/archive/archive.ts';
import { getRelatedMeetings } from '../../src/lib/archive/related.ts';
import { getSeriesPlace } from '../../src/lib/archive/series.ts';
import { getTopicTimeline } from '../../src/lib/archive/topic-timeline.ts';
import { getCacheDir } from '../../src/lib/content/content-dir.ts';
import { getContentReading, readContent } from '../../src/lib/content/reader.ts';
import { suggestFileName } from '../../src/lib/domain/record-id.ts';
import { ROLE_SLUGS } from '../../src/lib/domain/roles.ts';
import { readGeneratedPages, type GeneratedPages } from '../../src/lib/tooling/build-log.ts';
import { compareBuilds } from '../../src/lib/tooling/compare-builds.ts';
import { astroBuild } from '../setup/build.ts';
import { ROOT, SITES } from '../setup/sites.ts';

const work = join(ROOT, 'tests', '.output', 'incremental');
const content = join(work, 'content');
const cacheDir = join(ROOT, getCacheDir(content, ROOT)!);

/** The machine clock of the builds here: not the fixtures site's (see above). */
const TZ = 'Pacific/Auckland';

/** Builds the copy into `dist-<name>`, from scratch (`--force`) or reusing the build before; returns its pages. */
async function build(name: string, fromScratch: boolean): Promise<GeneratedPages & { dir: string }> {
  const dir = join(work, `dist-${name}`);
  rmSync(dir, { recursive: true, force: true });
  const { stdout } = await astroBuild(dir, { env: { ...SITES.fixtures.env, CONTENT_DIR: content, TZ }, fromScratch });
  return { dir, ...readGeneratedPages(stdout) };
}

/** The route files of `src/pages/` with a parameter (`[id].astro`, `[id].csv.ts`), by path under it. */
const DYNAMIC_ROUTES = (readdirSync(join(ROOT, 'src/pages'), { recursive: true, encoding: 'utf8' }) as string[])
  .map((file) => file.split(sep).join('/'))
  .filter((file) => file.includes('[') && /\.(astro|mdx?|ts)$/.test(file));

/** A route's path as a pattern of its output files' paths. */
const routePattern = (route: string) =>
  route
    .split('/')
    .map((part) =>
      part.startsWith('[...')
        ? '.+'
        : part.replace(/\[[^\]]+\]|[^[]+/g, (piece) =>
            piece.startsWith('[') ? '[^/]+' : piece.replace(/\W/g, '\\$&'),
          ),
    )
    .join('/');

/** The output files of the pages of dynamic routes (`src/pages/**\/[param].astro`), as patterns. */
const DYNAMIC_PAGES: RegExp[] = DYNAMIC_ROUTES.filter((file) => /\.(astro|mdx?)$/.test(file)).map((file) => {
  const route = file.replace(/\.(astro|mdx?)$/, '').replace(/(^|\/)index$/, '');
  return new RegExp(`^/${routePattern(route)}/index\\.html$`);
});
/** The output files of the dynamic endpoints (`src/pages/**\/[param].csv.ts`), as patterns. */
const DYNAMIC_FILES: RegExp[] = DYNAMIC_ROUTES.filter((file) => file.endsWith('.ts')).map(
  (file) => new RegExp(`^/${routePattern(file.replace(/\.ts$/, ''))}$`),
);
const isDynamicPage = (path: string) => DYNAMIC_PAGES.some((pattern) => pattern.test(path));
/** Whether a file is an output of a dynamic route, page or endpoint: every one has a cache key. */
const isKeyed = (path: string) => isDynamicPage(path) || DYNAMIC_FILES.some((pattern) => pattern.test(path));

/** Every output of a dynamic route (pages, or pages and endpoints' files) in a built site, by path. */
function dynamicPagesOf(dir: string, which: (path: string) => boolean = isDynamicPage): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .map((file) => `/${relative(dir, join(dir, file)).split(sep).join('/')}`)
    .filter(which)
    .sort();
}

/** Edits a record's frontmatter as YAML, keeping its text. */
function editFrontmatter(file: string, edit: (frontmatter: Document) => void): void {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4);
  const frontmatter = parseDocument(text.slice(4, end + 1));
  edit(frontmatter);
  writeFileSync(file, `---\n${frontmatter.toString()}---\n${text.slice(end + 5)}`);
}

const page = {
  meeting: (id: string) => `/meetings/${id}/index.html`,
  year: (year: number) => `/years/${year}/index.html`,
  body: (id: string) => `/bodies/${id}/index.html`,
  series: (id: string) => `/series/${id}/index.html`,
  topic: (id: string) => `/topics/${id}/index.html`,
  country: (code: string) => `/countries/${code.toLowerCase()}/index.html`,
  countryRole: (code: string, role: keyof typeof ROLE_SLUGS) =>
    `/countries/${code.toLowerCase()}/${ROLE_SLUGS[role]}/index.html`,
  organization: (id: string) => `/organizations/${id}/index.html`,
  organizationRole: (id: string, role: keyof typeof ROLE_SLUGS) =>
    `/organizations/${id}/${ROLE_SLUGS[role]}/index.html`,
};

/** The pages of dynamic routes that show a meeting's card, title or place: its own, and every list and record page naming it. */
function pagesShowing(archive: Archive, meeting: MeetingView): string[] {
  const pages = new Set([page.meeting(meeting.id)]);
  if (meeting.year !== undefined) pages.add(page.year(meeting.year));
  for (const body of [meeting.body, ...meeting.jointBodies]) pages.add(page.body(body.id));
  for (const series of archive.series.values()) {
    if (series.meetings.includes(meeting)) pages.add(page.series(series.id));
  }
  for (const topic of meeting.topics) pages.add(page.topic(topic.id));
  for (const [code, roles] of meeting.countryRoles) {
    pages.add(page.country(code));
    for (const role of roles) pages.add(page.countryRole(code, role));
  }
  for (const [id, roles] of meeting.organizationRoles) {
    pages.add(page.organization(id));
    for (const role of roles) pages.add(page.organizationRole(id, role));
  }
  for (const other of archive.meetings) {
    const place = getSeriesPlace(archive, other);
    const neighbours = [place?.previous, place?.next].flatMap((entry) => (entry?.type === 'record' ? [entry.id] : []));
    if (getRelatedMeetings(archive, other).includes(meeting) || neighbours.includes(meeting.id)) {
      pages.add(page.meeting(other.id));
    }
  }
  return [...pages].sort();
}

let archive: Archive;
let record: MeetingView;
/** The archive, and the record in it, once its title and topics have changed. */
let revised: { archive: Archive; record: MeetingView };
let file: string;
const builds = {} as Record<
  'first' | 'text' | 'titleAndTopics' | 'added' | 'addedFromScratch',
  GeneratedPages & { dir: string }
>;
let oldTopic: string;
/** The topic whose timeline quotes the paragraph put first in the record's text, and what it quoted before. */
let quotedTopic: { id: string; before: string | undefined };
let newTopic: string;
let addedId: string;

beforeAll(async () => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  cpSync(SITES.fixtures.contentDir, content, { recursive: true });
  archive = archiveFromReading(await getContentReading({ contentDir: content, root: ROOT }));
  const candidates = archive.meetings
    .filter((meeting) => {
      const place = getSeriesPlace(archive, meeting);
      return (
        place?.previous?.type === 'record' &&
        place.next?.type === 'record' &&
        meeting.topics.length > 1 &&
        getRelatedMeetings(archive, meeting).length > 0
      );
    })
    .sort((a, b) => a.id.localeCompare(b.id));
  record = candidates.find((meeting) => meeting.organizationRoles.size > 0) ?? candidates[0]!;
  // A topic of the record that marks no passage for it: its timeline quotes the first paragraph naming it.
  const topic = record.topics.find(({ id }) => record.data.passages[id] === undefined);
  if (!topic) throw new Error(`${record.id} marks a passage for every topic: choose a change that quotes another.`);
  const said = getTopicTimeline(archive, topic.id).entries.find(({ meeting }) => meeting.id === record.id)?.said;
  quotedTopic = { id: topic.id, before: said?.quote };
  file = join(content, 'meetings', `${record.id}.mdx`);
  oldTopic = record.topics[0]!.id;
  newTopic = [...archive.topics.keys()].sort().find((id) => !record.topics.some((topic) => topic.id === id))!;

  builds.first = await build('first', true);
  const text = `${readFileSync(file, 'utf8')}\nA sentence added to the record's text.\n`;
  const bodyStart = text.indexOf('\n---\n', 4) + 5;
  const paragraph = `The meeting turned first to ${topic.label}, which ran through the day.`;
  writeFileSync(file, `${text.slice(0, bodyStart)}\n${paragraph}\n\n${text.slice(bodyStart)}`);
  builds.text = await build('text', false);
  editFrontmatter(file, (frontmatter) => {
    frontmatter.set('title', `${record.title}, revised`);
    frontmatter.set('topics', [...record.topics.slice(1).map((topic) => topic.id), newTopic]);
  });
  const revisedArchive = archiveFromReading(await readContent({ contentDir: content, root: ROOT }));
  revised = { archive: revisedArchive, record: revisedArchive.byId.get(record.id)! };
  builds.titleAndTopics = await build('title-and-topics', false);
  // A new record: the same meeting's record under another title, in no series.
  const addedTitle = `Follow-up to the ${record.title}`;
  const addedFile = suggestFileName(record.data.startDate?.iso, addedTitle);
  addedId = addedFile.replace(/\.mdx$/, '');
  cpSync(file, join(content, 'meetings', addedFile));
  editFrontmatter(join(content, 'meetings', addedFile), (frontmatter) => {
    frontmatter.set('title', addedTitle);
    for (const field of ['series', 'number', 'numberNote']) frontmatter.delete(field);
  });
  builds.added = await build('added', false);
  builds.addedFromScratch = await build('added-from-scratch', true);
}, 1_800_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
});

describe('the same records built in New York and in Auckland', () => {
  it('give byte-identical pages, sitemaps and data files', () => {
    const differences = compareBuilds(SITES.fixtures.dir, builds.first.dir, ['New York', 'Auckland']);
    expect(differences.map(({ file: path, problem }) => `${path} ${problem}`)).toEqual([]);
  });
});

describe('an incremental build', () => {
  it("renders again, after a change to a record's text, its own page and only the pages and files that show the text", () => {
    const rendered = builds.text.rendered.filter(isKeyed);
    // The record's page, and the pages of its topics, whose timelines quote its paragraphs and link to them.
    const showing = [page.meeting(record.id), ...record.topics.map((topic) => page.topic(topic.id))];
    expect(rendered.filter(isDynamicPage)).toEqual(
      expect.arrayContaining([page.meeting(record.id), page.topic(quotedTopic.id)]),
    );
    expect(rendered.filter(isDynamicPage).filter((path) => !showing.includes(path))).toEqual([]);
    const keyed = dynamicPagesOf(builds.text.dir, isKeyed);
    expect(keyed.length).toBeGreaterThan(archive.meetings.length);
    expect(keyed).toContain(`/topics/${oldTopic}.csv`);
    // Every other page and file of a dynamic route is reused, so every one has a cache key; a file rendered again
    // holds what changed.
    expect([...rendered, ...builds.text.reused].sort()).toEqual(keyed);
    const unchanged = rendered.filter(
      (path) =>
        readFileSync(join(builds.first.dir, path), 'utf8') === readFileSync(join(builds.text.dir, path), 'utf8'),
    );
    expect(unchanged).toEqual([]);
  });

  it("quotes on the topic's page a new first paragraph of a record's text that names the topic", () => {
    const { document } = parseHTML(readFileSync(join(builds.text.dir, page.topic(quotedTopic.id)), 'utf8'));
    const quotes = [...document.querySelectorAll('blockquote')].map((quote) => quote.textContent ?? '');
    expect(quotes.some((quote) => quote.includes('The meeting turned first to'))).toBe(true);
    expect(quotedTopic.before ?? '').not.toContain('The meeting turned first to');
  });

  it('renders again exactly the pages that show the record, as it was and as it is, after a change to its title and topics', () => {
    const rendered = builds.titleAndTopics.rendered.filter(isDynamicPage).sort();
    const showing = new Set([...pagesShowing(archive, record), ...pagesShowing(revised.archive, revised.record)]);
    expect(rendered).toEqual([...showing].sort());
    // Among them the pages of the topic it left and the topic it joined, and far from every page.
    expect(rendered).toEqual(expect.arrayContaining([page.topic(oldTopic), page.topic(newTopic)]));
    expect(rendered.length).toBeLessThan(dynamicPagesOf(builds.titleAndTopics.dir).length / 2);
    const { document } = parseHTML(readFileSync(join(builds.titleAndTopics.dir, page.meeting(record.id)), 'utf8'));
    expect(document.querySelector('h1')?.textContent).toBe(`${record.title}, revised`);
  });

  it("gives the same site, every file, as a build from scratch after changes to a record's text, title and topics and a new record, rendering its page", () => {
    expect(builds.added.rendered).toContain(page.meeting(addedId));
    const differences = compareBuilds(builds.addedFromScratch.dir, builds.added.dir, ['scratch', 'incremental'], 'all');
    expect(differences.map(({ file: path, problem }) => `${path} ${problem}`)).toEqual([]);
  });
});
