/**
 * The contributor's path outside the code: CONTRIBUTING.md lists every field of the record schema, the issue form
 * mirrors the schema, and the GitHub workflows test every pull request and deploy under the repository's path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { FIELD_TABLE_END, FIELD_TABLE_START, formatFieldTable } from '../../src/lib/tooling/field-table.ts';
import { KIND_INFO, MEETING_KINDS } from '../../src/lib/domain/kinds.ts';
import { MeetingSchema } from '../../src/schemas/meeting.ts';
import { getObjectShape, listFieldDocs } from '../../src/schemas/documented.ts';
import { ROOT } from '../setup/sites.ts';

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const schema = MeetingSchema;
const contributing = read('CONTRIBUTING.md');

type Step = { uses?: string; run?: string; with?: Record<string, string>; env?: Record<string, string> };
type Workflow = { on: Record<string, unknown>; jobs: Record<string, { steps: Step[]; container?: string }> };

describe('CONTRIBUTING.md', () => {
  it('has the field table made from the schema, up to date (npm run docs:fields)', () => {
    const start = contributing.indexOf(FIELD_TABLE_START) + FIELD_TABLE_START.length;
    expect(contributing.slice(start, contributing.indexOf(FIELD_TABLE_END)).trim()).toBe(formatFieldTable(schema));
  });

  it('lists every documented field of a record, with its example', () => {
    const fields = listFieldDocs(schema);
    expect(fields.length).toBeGreaterThanOrEqual(24);
    for (const [path, doc] of fields) {
      expect(contributing).toContain(`| \`${path}\` |`);
      expect(contributing).toContain(doc.example.replaceAll('|', '\\|'));
    }
  });

  it('shows the web editor, the local commands, preview with search, and what the messages mean', () => {
    for (const text of [
      '## 1. In the GitHub web editor',
      '## 2. On your computer',
      'npm run new',
      'npm run check:content',
      'npm run check:content -- --fix',
      'npm start',
      'http://127.0.0.1:4321',
      "## What the check's messages mean",
      'Propose a record or a correction',
    ]) {
      expect(contributing).toContain(text);
    }
  });

  it('gives as its worked example a record that is in the archive', () => {
    const example = /```mdx\n---\n([\s\S]*?)\n---/.exec(contributing)?.[1] ?? '';
    const record = read('content/meetings/2022-12-05-seventeenth-bali-process-steering-group-meeting.mdx');
    for (const line of example.split('\n')) expect(record).toContain(line);
  });
});

describe('the issue form', () => {
  const form = parse(read('.github/ISSUE_TEMPLATE/record.yml')) as {
    body: Array<{ type: string; id?: string; attributes: { options?: Array<string | { label: string }> } }>;
  };
  const ids = form.body.map((field) => field.id).filter(Boolean);

  it('offers the kinds of meeting of the schema, by their labels, in order', () => {
    const kind = form.body.find((field) => field.id === 'kind');
    expect(kind?.attributes.options).toEqual(MEETING_KINDS.map((id) => KIND_INFO[id].label));
  });

  it('asks for every field of a record, except those a maintainer sets', () => {
    // Where each field of the schema is asked in the form; the rest are set by whoever writes the file.
    const asked: Record<string, string> = {
      title: 'meeting-title',
      kind: 'kind',
      body: 'body',
      jointBodies: 'body',
      series: 'series',
      number: 'series',
      numberNote: 'series',
      startDate: 'start-date',
      endDate: 'end-date',
      dateNote: 'date-note',
      location: 'place',
      hosts: 'hosts',
      coChairs: 'co-chairs',
      participants: 'participants',
      observers: 'observers',
      topics: 'topics',
      summary: 'summary',
      figures: 'figures',
      documents: 'documents',
      sources: 'sources',
      photo: 'photo',
    };
    const setByMaintainer = ['slug', 'updated', 'draft', 'passages'];
    expect(Object.keys(getObjectShape(schema)).sort()).toEqual([...Object.keys(asked), ...setByMaintainer].sort());
    for (const id of Object.values(asked)) expect(ids).toContain(id);
  });
});

describe('the GitHub workflows', () => {
  it('test every pull request and push on Node from .nvmrc, with Chromium from apt, npm ci and npm test', () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow;
    expect(Object.keys(ci.on).sort()).toEqual(['pull_request', 'push']);
    const steps = ci.jobs['test']!.steps;
    expect(steps.find((step) => step.uses?.startsWith('actions/setup-node@'))?.with?.['node-version-file']).toBe(
      '.nvmrc',
    );
    expect(steps.find((step) => step.run?.includes('apt-get install'))?.run).toMatch(/\bchromium\b/);
    const runs = steps.map((step) => step.run).filter(Boolean);
    expect(runs.indexOf('npm ci')).toBeGreaterThan(-1);
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci'));
    expect(read('.nvmrc').trim()).toBe('24');
  });

  it('deploy main to GitHub Pages, built for the Pages origin and the repository path', () => {
    const deploy = parse(read('.github/workflows/deploy.yml')) as Workflow;
    expect(deploy.on['push']).toEqual({ branches: ['main'] });
    const build = deploy.jobs['build']!.steps;
    expect(build.find((step) => step.run === 'npm run build')?.env).toEqual({
      SITE_URL: '${{ steps.pages.outputs.origin }}',
      BASE_PATH: '${{ steps.pages.outputs.base_path }}',
    });
    expect(build.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    // The whole history, so that every record page lists the changes to its file.
    expect(build.find((step) => step.uses?.startsWith('actions/checkout@'))?.with?.['fetch-depth']).toBe(0);
    expect(deploy.jobs['deploy']!.steps.map((step) => step.uses)).toEqual(['actions/deploy-pages@v4']);
  });

  it("keep Astro's cache between deploys, restored after npm ci and only for the same dependencies and code", () => {
    const build = (parse(read('.github/workflows/deploy.yml')) as Workflow).jobs['build']!.steps;
    const cacheAt = build.findIndex((step) => step.uses?.startsWith('actions/cache@'));
    const cache = build[cacheAt]!.with as { path: string; key: string; 'restore-keys': string };
    expect(cache.path).toBe('node_modules/.astro');
    // npm ci empties node_modules: a cache restored before it would be deleted.
    expect(cacheAt).toBeGreaterThan(build.findIndex((step) => step.run === 'npm ci'));
    expect(cacheAt).toBeLessThan(build.findIndex((step) => step.run === 'npm run build'));
    const restoreKeys = cache['restore-keys'].trim().split('\n');
    expect(restoreKeys).toHaveLength(1);
    // Every restore key is a prefix of the key that names the lock file and the code, so neither can differ.
    expect(cache.key.startsWith(restoreKeys[0]!)).toBe(true);
    expect(restoreKeys[0]).toContain("hashFiles('package-lock.json'");
    expect(restoreKeys[0]).toContain("'src/**'");
    expect(restoreKeys[0]).toMatch(/-$/);
  });

  it('have the records reviewed by their code owners', () => {
    expect(read('.github/CODEOWNERS')).toMatch(/^\/content\/ @\S+/m);
  });
});
