/**
 * The record-body policy, applied by the renderer (Astro's processor with the policy plugin) and by the check to
 * the same text: what the renderer removes, the check names; what the check accepts, the renderer leaves alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { checkRecordBody } from '../../src/lib/content/body-check.ts';
import { readRecordSource } from '../../src/lib/content/frontmatter.ts';
import { ROOT } from '../setup/sites.ts';
import { FIXTURE_CONTENT } from '../support/meetings.ts';
import { renderRecordText } from '../support/render.ts';

const FOLDERS = ['tests/fixtures/invalid', 'tests/fixtures/valid', 'tests/fixtures/site'];
const recordFiles = FOLDERS.flatMap((folder) =>
  readdirSync(join(ROOT, folder))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(ROOT, folder, name)),
);

/** The HTML without what the policy always drops from a body that is otherwise fine: notes (HTML comments). */
const withoutNotes = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

describe('the check and the renderer apply one policy', () => {
  it.each(recordFiles.map((file) => [file.slice(ROOT.length), file]))(
    '%s: the renderer changes the text only where the check names a problem',
    async (_name, file) => {
      const source = readRecordSource(readFileSync(file, 'utf8'));
      const places = { recordFile: file, contentDir: FIXTURE_CONTENT };
      const { problems } = await checkRecordBody(source.body, source.bodyStartLine, places);
      const rendered = await renderRecordText(source.body, file, FIXTURE_CONTENT);
      const unfiltered = withoutNotes(await renderRecordText(source.body, file, FIXTURE_CONTENT, false));
      if (rendered !== unfiltered)
        expect(problems.length, 'the renderer removed something the check accepted').toBeGreaterThan(0);
    },
  );
});

describe('the policy is not idle', () => {
  const mustChange = [
    'script-element',
    'style-element',
    'iframe-element',
    'event-handler',
    'javascript-link',
    'svg-image',
    'image-outside-folder',
    'not-an-image',
    'html-element',
    'component',
    'remote-image',
    'http-link',
  ];
  it.each(mustChange)('the renderer changes tests/fixtures/invalid/2019-07-02-%s.mdx', async (name) => {
    const file = join(ROOT, 'tests/fixtures/invalid', `2019-07-02-${name}.mdx`);
    const { body } = readRecordSource(readFileSync(file, 'utf8'));
    const rendered = await renderRecordText(body, file, FIXTURE_CONTENT);
    expect(rendered).not.toBe(withoutNotes(await renderRecordText(body, file, FIXTURE_CONTENT, false)));
  });
});

describe('what the renderer keeps of a record', () => {
  const file = join(ROOT, 'tests/fixtures/invalid/2019-07-02-any.mdx');
  const render = async (body: string) =>
    parseHTML(`<main>${await renderRecordText(body, file, FIXTURE_CONTENT)}</main>`).document;

  it('shows <, braces and MDX-looking text as written, and links a bare address in angle brackets', async () => {
    const document = await render(
      'Attendance was low (<20%). One seat per {member/observer} state. See <https://www.baliprocess.net/report>.',
    );
    expect(document.querySelector('p')?.textContent).toBe(
      'Attendance was low (<20%). One seat per {member/observer} state. See https://www.baliprocess.net/report.',
    );
    expect(document.querySelector('a')?.getAttribute('href')).toBe('https://www.baliprocess.net/report');
  });

  it('never publishes a note to other editors', async () => {
    const html = await renderRecordText(
      'Before.\n\n<!-- check the attendance list -->\n\nAfter.',
      file,
      FIXTURE_CONTENT,
    );
    expect(html).not.toContain('attendance list');
    expect(html).toContain('After.');
  });

  it('removes scripts, styles and frames with their content, event handlers, and links that could run code', async () => {
    const document = await render(
      'Text <span lang="th" onclick="steal()" style="color:red">ไทย</span> [x](javascript:alert(1))\n\n<script>alert(1)</script>\n\n<style>body{display:none}</style>\n\n<iframe src="https://example.org/"></iframe>',
    );
    const html = document.querySelector('main')!.innerHTML;
    expect(html).not.toMatch(/script|alert\(1\)|display:none|iframe|onclick|style=/);
    expect(document.querySelector('span')?.getAttribute('lang')).toBe('th');
    expect(document.querySelector('a')?.hasAttribute('href')).toBe(false);
  });

  it('shows the description of an image that breaks the image rule instead of the image', async () => {
    const document = await render(
      '![The opening session](./evil.svg) ![The rules](../../../README.md) ![A photo](https://example.org/a.jpg)',
    );
    expect(document.querySelectorAll('img')).toHaveLength(0);
    expect(document.querySelector('p')?.textContent).toBe('The opening session The rules A photo');
  });

  it('keeps a raster image beside the record for Astro to optimise', async () => {
    const html = await renderRecordText(
      '![Delegates at the opening session](./delegates.png)',
      join(ROOT, 'tests/fixtures/valid/a.mdx'),
      FIXTURE_CONTENT,
    );
    expect(html).toContain('__ASTRO_IMAGE_');
    expect(html).toContain('./delegates.png');
  });
});
