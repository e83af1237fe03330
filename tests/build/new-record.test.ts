/**
 * `npm run new` as a contributor runs it, end to end: with flags it writes a whole record into a copy of the fixture
 * content (without its frozen real records); the check refuses it, naming each note still to fill; once the notes are replaced with text, the check
 * passes and a real build turns it into a page that search indexes. Piped into, it says plainly that it needs a
 * terminal or flags.
 */
import { execFile, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCacheDir } from '../../src/lib/content/content-dir.ts';
import { PROMPT_MARKER } from '../../src/lib/content/prompts.ts';
import { astroBuild, withoutVitest } from '../setup/build.ts';
import { ROOT, SITES } from '../setup/sites.ts';
import { readIndexedUrls } from './helpers.ts';

const run = promisify(execFile);
const ID = '2024-05-02-18th-steering-group-meeting-written-by-the-generator';

const FLAGS = [
  ['--title', '18th Steering Group meeting, written by the generator'],
  ['--kind', 'steering-group-meeting'],
  ['--body', 'steering-group'],
  ['--series', 'steering-group-meetings'],
  ['--number', '18'],
  ['--start', '2024-05-02'],
  ['--end', '2024-05-03'],
  ['--city', 'Kuala Lumpur'],
  ['--country', 'MY'],
  ['--co-chairs', 'AU=Department of Foreign Affairs and Trade'],
  ['--co-chairs', 'ID'],
  ['--participants', 'NZ,TH'],
  ['--participants', 'iom,unhcr'],
  ['--topics', 'regional-cooperation-and-strategy,governance-and-work-planning'],
  ['--summary', 'Members met in Kuala Lumpur to set the direction of the Ad Hoc Group meeting held alongside it.'],
  ['--figure', 'Delegates|60|https://www.baliprocess.net/event/18th-steering-group/'],
  ['--source', 'https://www.baliprocess.net/event/18th-steering-group/|Event page|Dates, place and co-chairs.'],
  ['--source', 'https://rso.baliprocess.net/news/18th-steering-group/|News item|The number of delegates.'],
  ['--updated', '2026-01-15'],
].flat();

let work: string;
let env: NodeJS.ProcessEnv;
let generated: { stdout: string; stderr: string };
let refused: { stdout: string; stderr: string; code?: number };
let file: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bp-new-record-'));
  // The fixtures site's content less its frozen real records (tests/fixtures/relevance/): a smaller site to build.
  const relevance = new Set(readdirSync(join(ROOT, 'tests/fixtures/relevance')));
  cpSync(SITES.fixtures.contentDir, join(work, 'content'), {
    recursive: true,
    filter: (source) => !(source.includes(`${sep}meetings${sep}`) && relevance.has(basename(source))),
  });
  env = {
    ...withoutVitest(process.env),
    CONTENT_DIR: join(work, 'content'),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  generated = await run(process.execPath, ['src/cli/new-record.ts', ...FLAGS, '--yes'], { cwd: ROOT, env });
  file = join(work, 'content/meetings', `${ID}.mdx`);
  refused = await run(process.execPath, ['src/cli/check-content.ts'], { cwd: ROOT, env }).catch(
    (error: { stdout: string; stderr: string; code: number }) => error,
  );
  // The contributor replaces each note with text from the sources.
  writeFileSync(
    file,
    readFileSync(file, 'utf8').replace(
      new RegExp(`<!-- ${PROMPT_MARKER} [^>]*-->`, 'g'),
      'The members met as planned.',
    ),
  );
  await astroBuild(join(work, 'dist'), {
    env: { CONTENT_DIR: join(work, 'content'), BASE_PATH: '', SITE_URL: 'https://records.example.org' },
    fromScratch: false,
  });
}, 600_000);

afterAll(() => {
  if (!work) return;
  // The build of the copy had a cache folder of its own (see getCacheDir); it goes with the copy.
  const cacheDir = getCacheDir(join(work, 'content'), ROOT);
  if (cacheDir) rmSync(join(ROOT, cacheDir), { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

const page = (id: string) =>
  parseHTML(readFileSync(join(work, 'dist/meetings', id, 'index.html'), 'utf8')).document as unknown as Document;

describe('npm run new, run with flags', () => {
  it('writes the record under the name the file-name rule gives, and says what to do next', () => {
    expect(generated.stdout).toMatch(
      new RegExp(`^Wrote .*content/meetings/${ID}\\.mdx\\.\\nNext: replace the 3 notes marked TO FILL IN`),
    );
    expect(generated.stderr).toBe('');
    expect(readdirSync(join(work, 'content/meetings'))).toContain(`${ID}.mdx`);
  });

  it('writes every answer as frontmatter in the archive style, repeated flags kept, then the outline with its notes', () => {
    expect(refused.stderr).toContain(`${ID}.mdx:35:1 body: still has the note that npm run new wrote here`);
    expect(refused.code).toBe(1);
    const text = readFileSync(file, 'utf8');
    expect(text.slice(0, text.indexOf('\n---\n') + 5)).toBe(`---
title: 18th Steering Group meeting, written by the generator
kind: steering-group-meeting
body: steering-group
series: steering-group-meetings
number: 18
startDate: 2024-05-02
endDate: 2024-05-03
location: { city: Kuala Lumpur, country: MY }
hosts: []
coChairs:
  - id: AU
    representative: Department of Foreign Affairs and Trade
  - ID
participants: [NZ, TH, iom, unhcr]
observers: []
topics: [regional-cooperation-and-strategy, governance-and-work-planning]
summary: Members met in Kuala Lumpur to set the direction of the Ad Hoc Group meeting held alongside it.
figures:
  - label: Delegates
    value: 60
    source: https://www.baliprocess.net/event/18th-steering-group/
sources:
  - url: https://www.baliprocess.net/event/18th-steering-group/
    title: Event page
    note: Dates, place and co-chairs.
  - url: https://rso.baliprocess.net/news/18th-steering-group/
    title: News item
    note: The number of delegates.
updated: 2026-01-15
---
`);
  });

  it('builds, once its notes are filled, into a page with every fact the flags gave', () => {
    const document = page(ID);
    expect(document.querySelector('h1')?.textContent).toBe('18th Steering Group meeting, written by the generator');
    const facts = new Map(
      [...document.querySelectorAll('.bp-facts__row')].map((row) => [
        row.querySelector('dt')?.textContent?.trim(),
        row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
      ]),
    );
    expect(facts.get('Kind')).toBe('Steering Group meeting');
    expect(facts.get('Place')).toBe('Kuala Lumpur, Malaysia');
    expect(facts.get('Co-chairs')).toContain('Department of Foreign Affairs and Trade');
    expect(facts.get('Topics')).toContain('Governance and work planning');
    expect([...document.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Context', 'Discussion', 'Outcomes', 'Sources']),
    );
  });

  it('is indexed for search with the other records', () => {
    expect(readIndexedUrls(join(work, 'dist'))).toContain(`/meetings/${ID}/`);
  });
});

describe('npm run new, piped into', () => {
  it('says in one sentence that it needs a terminal or flags, and writes nothing', () => {
    const result = spawnSync(process.execPath, ['src/cli/new-record.ts'], {
      cwd: ROOT,
      env,
      input: 'A title\nworkshop\n',
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(
      /^npm run new asks its questions in a terminal, and here its input is not one \(it is piped or redirected\)\. Run it in a terminal, or give every answer as a flag/,
    );
    expect(existsSync(join(work, 'content/meetings/undated-a-title.mdx'))).toBe(false);
  });
});
