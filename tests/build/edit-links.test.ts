/**
 * "Edit this record" and "Report a correction" on every record page: the record's file on GitHub, and a new issue
 * with the record form filled in, both from the one repository setting (GITHUB_REPOSITORY overrides it).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/sites.ts';
import { getSiteRecords, readPage } from './helpers.ts';

const records = await getSiteRecords('main');
// The main site is built in the environment of the test run: on GitHub Actions, GITHUB_REPOSITORY names the repository.
const mainRepository = process.env['GITHUB_REPOSITORY'] || 'bali-process-records/meeting-records';

function linksOf(site: 'main' | 'records', id: string) {
  const page = readPage(site, `meetings/${id}/index.html`);
  return {
    edit: [...page.querySelectorAll('a[data-edit-record]')].map((link) => link.getAttribute('href')),
    correction: [...page.querySelectorAll('a[data-report-correction]')].map(
      (link) => new URL(link.getAttribute('href')!),
    ),
    texts: [...page.querySelectorAll('.bp-edit-links__link')].map((link) => link.textContent),
  };
}

describe('edit and correction links', () => {
  it('link the Fifth Joint Period of Action to its file in GitHub’s editor', () => {
    const { edit, texts } = linksOf('main', '2019-07-02-fifth-joint-period-of-action');
    expect(texts).toEqual(['Edit this record', 'Report a correction']);
    expect(edit).toEqual([
      `https://github.com/${mainRepository}/edit/main/content/meetings/2019-07-02-fifth-joint-period-of-action.mdx`,
    ]);
  });

  it('open a new issue with the record form, filled in with the record’s id and title', () => {
    const [url] = linksOf('main', '2016-05-second-joint-period-of-action').correction;
    expect(url?.origin + url!.pathname).toBe(`https://github.com/${mainRepository}/issues/new`);
    expect(Object.fromEntries(url!.searchParams)).toEqual({
      template: 'record.yml',
      title: 'Correction: 2nd Joint Period of Action',
      request: 'A correction to a record',
      record: '2016-05-second-joint-period-of-action',
    });
  });

  it('fill fields that the issue form has: the query parameters are ids of its fields', () => {
    const form = parse(readFileSync(join(ROOT, '.github/ISSUE_TEMPLATE/record.yml'), 'utf8')) as {
      body: Array<{ id?: string; type: string; attributes: { options?: string[] } }>;
    };
    const ids = form.body.map((field) => field.id);
    const [url] = linksOf('main', '2016-05-second-joint-period-of-action').correction;
    for (const key of url!.searchParams.keys()) if (key !== 'template' && key !== 'title') expect(ids).toContain(key);
    expect(form.body.find((field) => field.id === 'request')?.attributes.options).toContain('A correction to a record');
  });

  it('appear once each on every record page, each pointing at that record', () => {
    for (const record of records) {
      const { edit, correction } = linksOf('main', record.id);
      expect(edit).toEqual([
        `https://github.com/${mainRepository}/edit/main/content/meetings/${basename(record.file)}`,
      ]);
      expect(correction.map((url) => url.searchParams.get('record'))).toEqual([record.id]);
    }
  });

  it('follow GITHUB_REPOSITORY, so a fork’s site links to the fork', () => {
    const { edit, correction } = linksOf('records', '2019-07-02-fifth-joint-period-of-action');
    expect(edit).toEqual([
      'https://github.com/example-org/records-fork/edit/main/content/meetings/2019-07-02-fifth-joint-period-of-action.mdx',
    ]);
    expect(correction[0]?.href).toMatch(
      /^https:\/\/github\.com\/example-org\/records-fork\/issues\/new\?template=record\.yml&/,
    );
  });
});
