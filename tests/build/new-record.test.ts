/**
 * `npm run new` with flags, end to end: it writes a record into a copy of the real content (with the valid fixture
 * records beside it), the content check passes, and a real build turns it into a page that search indexes.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCacheDir } from '../../src/lib/content/content-dir.ts';
import { withoutVitest } from '../setup/site.ts';
import { ROOT } from '../setup/sites.ts';
import { readIndexedUrls } from './helpers.ts';

const run = promisify(execFile);
const VALID = join(ROOT, 'tests/fixtures/valid');
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
  ['--co-chairs', 'AU,ID'],
  ['--participants', 'AU,ID,NZ,TH,iom,unhcr'],
  ['--topics', 'regional-cooperation-and-strategy,governance-and-work-planning'],
  ['--summary', 'Members met in Kuala Lumpur to set the direction of the Ad Hoc Group meeting held alongside it.'],
  ['--source', 'https://www.baliprocess.net/'],
  ['--source-title', 'Event page'],
  ['--updated', '2026-01-15'],
].flat();

let work: string;
let env: NodeJS.ProcessEnv;
let generated: { stdout: string; stderr: string };

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'bp-new-record-'));
  cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
  for (const file of readdirSync(VALID)) copyFileSync(join(VALID, file), join(work, 'content/meetings', file));
  env = {
    ...withoutVitest(process.env),
    CONTENT_DIR: join(work, 'content'),
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  generated = await run(process.execPath, ['src/cli/new-record.ts', ...FLAGS, '--yes'], { cwd: ROOT, env });
  await run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'dist')], {
    cwd: ROOT,
    env: { ...env, BASE_PATH: '', SITE_URL: 'https://records.example.org' },
    maxBuffer: 64 * 1024 * 1024,
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
      new RegExp(`^Wrote .*content/meetings/${ID}\\.mdx\\.\\nNext: write what happened`),
    );
    expect(generated.stderr).toBe('');
    expect(existsSync(join(work, 'content/meetings', `${ID}.mdx`))).toBe(true);
  });

  it('writes the answers as frontmatter in the archive style, then the body outline', () => {
    const text = readFileSync(join(work, 'content/meetings', `${ID}.mdx`), 'utf8');
    expect(text).toBe(`---
title: 18th Steering Group meeting, written by the generator
kind: steering-group-meeting
body: steering-group
series: steering-group-meetings
number: 18
startDate: 2024-05-02
endDate: 2024-05-03
location: { city: Kuala Lumpur, country: MY }
hosts: []
coChairs: [AU, ID]
participants: [AU, ID, NZ, TH, iom, unhcr]
observers: []
topics: [regional-cooperation-and-strategy, governance-and-work-planning]
summary: Members met in Kuala Lumpur to set the direction of the Ad Hoc Group meeting held alongside it.
sources:
  - url: https://www.baliprocess.net/
    title: Event page
updated: 2026-01-15
---

## Context

{/* Why the meeting was held and what came before it, in your own words. Replace this note with text. */}

## Discussion

{/* What was discussed: one point per line, each starting with "- ". */}

## Outcomes

{/* What was agreed or decided, and any documents that came out of it. The sources are listed above, under sources. */}
`);
  });

  it('writes a record that passes the content check with no output', async () => {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/check-content.ts'], { cwd: ROOT, env });
    expect(stdout + stderr).toBe('');
  });

  it('builds into a page with every fact the flags gave', () => {
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
    expect(facts.get('Co-chairs')).toBe('AustraliaIndonesia');
    expect(facts.get('Topics')).toContain('Governance and work planning');
    expect([...document.querySelectorAll('h2')].map((heading) => heading.textContent)).toEqual(
      expect.arrayContaining(['Context', 'Discussion', 'Outcomes', 'Sources']),
    );
    // The notes of the outline are comments: they never reach the page.
    expect(document.body.textContent).not.toContain('Replace this note');
  });

  it('is indexed for search with the other records', () => {
    const urls = readIndexedUrls(join(work, 'dist'));
    expect(urls).toContain(`/meetings/${ID}/`);
  });
});

describe('the valid fixture records', () => {
  it('build into pages, with escaped characters shown as written and allowed elements kept', () => {
    for (const id of [
      '2016-05-months-only',
      '2016-a-year-only',
      'undated-a-meeting-with-no-date',
      'jpa-5-every-field',
    ]) {
      expect(existsSync(join(work, 'dist/meetings', id, 'index.html')), id).toBe(true);
    }
    const every = page('jpa-5-every-field');
    const text = every.querySelector('.bp-record__text')?.textContent ?? '';
    expect(text).toContain('Attendance was low (<20%) in the first week.');
    expect(text).toContain('One seat per {member/observer} state.');
    expect(text).not.toContain('check the attendance list');
    expect(every.querySelector('.bp-record__text span[lang="th"]')?.textContent).toBe('การค้ามนุษย์');
    expect(every.querySelector('.bp-record__text abbr')?.getAttribute('title')).toBe('Joint Period of Action');
    expect(every.querySelector('.bp-record__text img')?.getAttribute('alt')).toBe('Delegates at the opening session');
    expect(every.querySelector('.bp-record__text a[href="mailto:info@example.org"]')?.textContent).toBe(
      'info@example.org',
    );
  });
});
