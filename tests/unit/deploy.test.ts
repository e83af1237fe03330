import { describe, expect, it } from 'vitest';
import { getDeploySettings } from '../../src/lib/site/deploy.ts';

describe('deploy settings', () => {
  it('defaults to the local server at the root', () => {
    expect(getDeploySettings({})).toEqual({ site: 'http://127.0.0.1:4321', base: '/' });
  });

  it('normalises BASE_PATH with or without slashes', () => {
    expect(getDeploySettings({ BASE_PATH: 'records' }).base).toBe('/records/');
    expect(getDeploySettings({ BASE_PATH: '/records/' }).base).toBe('/records/');
    expect(getDeploySettings({ BASE_PATH: '/a/b' }).base).toBe('/a/b/');
  });

  it('refuses a SITE_URL with a path, saying to move the path to BASE_PATH', () => {
    expect(() => getDeploySettings({ SITE_URL: 'https://example.github.io/records' })).toThrow(
      'SITE_URL "https://example.github.io/records" has a path. Give only the origin and put the path in BASE_PATH, e.g. SITE_URL=https://example.github.io BASE_PATH=/records',
    );
  });

  it('refuses a SITE_URL that is not a web address', () => {
    expect(() => getDeploySettings({ SITE_URL: 'records.example.org' })).toThrow(
      'SITE_URL "records.example.org" is not a web address. Set it like SITE_URL=https://example.org',
    );
  });
});
