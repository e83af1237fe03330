import { describe, expect, it } from 'vitest';
import {
  getCorrectionUrl,
  getEditUrl,
  getRecordRepositoryPath,
  getRepositorySettings,
  REPOSITORY,
} from '../../src/lib/site/site.ts';
import { ROOT } from '../setup/sites.ts';

describe('the repository setting behind the edit and correction links', () => {
  it('is REPOSITORY unless GITHUB_REPOSITORY names another', () => {
    expect(getRepositorySettings({})).toEqual({
      name: REPOSITORY,
      url: `https://github.com/${REPOSITORY}`,
      branch: 'main',
    });
    expect(getRepositorySettings({ GITHUB_REPOSITORY: 'example-org/records' }).url).toBe(
      'https://github.com/example-org/records',
    );
  });

  it('refuses a value that is not owner/name, in one sentence', () => {
    expect(() => getRepositorySettings({ GITHUB_REPOSITORY: 'https://github.com/a/b' })).toThrow(
      'GITHUB_REPOSITORY "https://github.com/a/b" is not of the form owner/name, e.g. GITHUB_REPOSITORY=bali-process-records/meeting-records',
    );
  });

  it('links a record file to GitHub’s editor, and a correction to the issue form with its id and title', () => {
    const settings = getRepositorySettings({ GITHUB_REPOSITORY: 'example-org/records' });
    expect(getEditUrl(settings, 'content/meetings/2019-07-02-fifth-joint-period-of-action.mdx')).toBe(
      'https://github.com/example-org/records/edit/main/content/meetings/2019-07-02-fifth-joint-period-of-action.mdx',
    );
    expect(getCorrectionUrl(settings, { id: 'a-b', title: 'Fifth & last' })).toBe(
      'https://github.com/example-org/records/issues/new?template=record.yml&title=Correction%3A+Fifth+%26+last&request=A+correction+to+a+record&record=a-b',
    );
  });

  it('gives the path of a record in the repository, from the path Astro reports', () => {
    expect(getRecordRepositoryPath('content/meetings/2019-07-02-fifth-joint-period-of-action.mdx', ROOT)).toBe(
      'content/meetings/2019-07-02-fifth-joint-period-of-action.mdx',
    );
  });
});
