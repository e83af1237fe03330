import { describe, expect, it } from 'vitest';
import { renderRecordBody } from '../../src/lib/content/record-html.ts';

describe('rendering a record body to HTML', () => {
  it('renders Markdown with heading ids and typographic quotes, as Astro does', () => {
    const { html, headings } = renderRecordBody('## Context\n\nThe co-chairs\' "statement".\n\n## Context\n');
    expect(html).toBe(
      '<h2 id="context">Context</h2>\n<p>The co-chairs’ “statement”.</p>\n<h2 id="context-1">Context</h2>',
    );
    expect(headings).toEqual([
      { depth: 2, slug: 'context', text: 'Context' },
      { depth: 2, slug: 'context-1', text: 'Context' },
    ]);
  });

  it('renders GitHub-flavoured tables, lists and bare links', () => {
    const { html } = renderRecordBody(
      '| Figure | Value |\n|---|---|\n| Delegates | 303 |\n\n- one\n- two\n\nSee https://www.baliprocess.net/.',
    );
    expect(html).toContain('<th>Figure</th>');
    expect(html).toContain('<td>303</td>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<a href="https://www.baliprocess.net/">https://www.baliprocess.net/</a>');
  });

  it('keeps allowed elements with their allowed attributes, such as text marked as Thai', () => {
    const { html } = renderRecordBody(
      'Bangkok (<span lang="th">กรุงเทพมหานคร</span>) and <abbr title="Joint Period of Action">JPoA</abbr>.',
    );
    expect(html).toBe(
      '<p>Bangkok (<span lang="th">กรุงเทพมหานคร</span>) and <abbr title="Joint Period of Action">JPoA</abbr>.</p>',
    );
  });

  it('shows escaped characters as written and drops comments', () => {
    const { html } = renderRecordBody(
      'Attendance was low (\\<20%) for \\{member/observer\\} states.{/* check the list */}',
    );
    expect(html).toBe('<p>Attendance was low (&#x3C;20%) for {member/observer} states.</p>');
  });

  it('never outputs code, event handlers, unknown components or links that run script', () => {
    const { html } = renderRecordBody(
      'import X from "./x.js"\n\nHello {alert(1)} <span onClick="steal()" lang="th">a</span> <Widget>b</Widget> [c](javascript:alert(1))',
    );
    expect(html.trim()).toBe('<p>Hello  <span lang="th">a</span> b <a>c</a></p>');
  });

  it('never loads an image from another site, and marks local images for Astro to optimise', () => {
    const remote = renderRecordBody('![A tracker](https://tracker.example/pixel.gif)');
    expect(remote.html).toBe('<p><span>A tracker</span></p>');
    expect(remote.imagePaths).toEqual([]);
    const local = renderRecordBody('![Delegates at the opening](./opening.jpg)');
    expect(local.imagePaths).toEqual(['./opening.jpg']);
    expect(local.html).toBe(
      '<p><img __ASTRO_IMAGE_="{&#x22;alt&#x22;:&#x22;Delegates at the opening&#x22;,&#x22;src&#x22;:&#x22;./opening.jpg&#x22;,&#x22;index&#x22;:0}"></p>',
    );
  });
});
