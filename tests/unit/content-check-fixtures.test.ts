/**
 * The content check on broken records, one per kind of mistake (tests/fixtures/invalid/), as a contributor meets it:
 * `npm run check:content` prints one line per problem (file, line, column, field, what is wrong, how to write it)
 * and exits 1. Valid records (tests/fixtures/valid/) pass with no output, and `--fix` repairs cases C5 to C8.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/content-check.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { ROOT } from '../setup/sites.ts';

const run = promisify(execFile);
/** Each run of the command line starts Node and reads every record: allow for a busy machine. */
const CLI_TIMEOUT = 30_000;
const INVALID = 'tests/fixtures/invalid';
const VALID = 'tests/fixtures/valid';

/** What the CLI printed and how it ended. */
interface CliRun {
  exitCode: number;
  stdout: string;
  /** The problem lines (stderr without the closing summary). */
  lines: string[];
}

/** Runs `node src/cli/check-content.ts` with the project's Node, as `npm run check:content` does. */
async function checkCli(...args: string[]): Promise<CliRun> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['src/cli/check-content.ts', ...args], { cwd: ROOT });
    return { exitCode: 0, stdout, lines: stderr.split('\n').filter(Boolean) };
  } catch (error) {
    const { code, stdout = '', stderr = '' } = error as { code?: number; stdout?: string; stderr?: string };
    const lines = stderr.split('\n').filter((line) => line !== '' && !/^\d+ problems? found\./.test(line));
    return { exitCode: code ?? -1, stdout, lines };
  }
}

/**
 * Each fixture, the mistake it makes, and the exact lines the check prints for it (file names relative to
 * tests/fixtures/invalid/). The fixtures of cases C2 to C4 are asserted in content-check.test.ts.
 */
const FIXTURES: ReadonlyArray<readonly [file: string, mistake: string, lines: readonly string[]]> = [
  // Reading the frontmatter
  [
    '2019-07-02-no-frontmatter.mdx',
    'the --- lines are missing',
    [
      '2019-07-02-no-frontmatter.mdx:1:1 frontmatter: has no frontmatter. A record starts with a line "---", then its fields such as "title: Fifth Joint Period of Action", then another "---"',
    ],
  ],
  [
    '2019-07-02-colon-in-title.mdx',
    'a colon in unquoted text',
    [
      '2019-07-02-colon-in-title.mdx:2:8 title: has a colon followed by a space, which YAML reads as the start of another field. Put the text in double quotes: title: "Bali Process: Regional Workshop on Returns"',
    ],
  ],
  [
    '2019-07-02-text-cut-by-hash.mdx',
    'a " #" that YAML would silently read as a comment',
    [
      '2019-07-02-text-cut-by-hash.mdx:2:8 title: is cut short at " #": YAML reads what follows as a comment and leaves it out. Put the whole text in double quotes: title: "Workshop # 5 of the Regional Support Office"',
    ],
  ],
  [
    '2019-07-02-tab-indent.mdx',
    'a tab used for indentation',
    [
      '2019-07-02-tab-indent.mdx:8:1 frontmatter: this line is indented with a tab. Indent with spaces only, two for each level',
    ],
  ],
  [
    '2019-07-02-field-twice.mdx',
    'the same field twice',
    ['2019-07-02-field-twice.mdx:9:1 title: is given twice. Keep one of the two lines'],
  ],
  [
    '2019-07-02-misspelt-field.mdx',
    'a misspelt field name',
    [
      '2019-07-02-misspelt-field.mdx:7:1 particpants: is not a field of a record. Did you mean participants? The fields are: title, slug, kind, body, jointBodies, series, number, numberNote, startDate, endDate, dateNote, location, hosts, coChairs, participants, observers, topics, summary, figures, documents, sources, photo, updated, draft',
    ],
  ],
  // Values of the wrong kind (case C4)
  [
    '2019-07-02-unknown-kind.mdx',
    'a kind written as its label',
    [
      '2019-07-02-unknown-kind.mdx:3:7 kind: "Workshop" is not a kind of meeting. Use one of ministerial-conference, senior-officials-meeting, ad-hoc-group-meeting, steering-group-meeting, working-group-meeting, joint-period-of-action, workshop, forum, other, e.g. kind: workshop',
    ],
  ],
  [
    '2019-07-02-draft-yes.mdx',
    'yes for true',
    ['2019-07-02-draft-yes.mdx:11:8 draft: must be true or false, e.g. draft: true'],
  ],
  [
    '2019-07-02-summary-too-short.mdx',
    'a summary of two words',
    ['2019-07-02-summary-too-short.mdx:8:10 summary: is too short. Write one or two full sentences'],
  ],
  [
    '2019-07-02-no-topics.mdx',
    'an empty list of topics',
    ['2019-07-02-no-topics.mdx:7:9 topics: needs at least one topic. e.g. topics: [forced-marriage]'],
  ],
  [
    '2019-07-02-no-sources.mdx',
    'no sources',
    [
      '2019-07-02-no-sources.mdx:2:1 sources: is missing. e.g. sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
    ],
  ],
  [
    '2019-07-02-source-not-web-address.mdx',
    'a source without https://',
    [
      '2019-07-02-source-not-web-address.mdx:9:18 sources[0].url: "www.baliprocess.net" is not a web address. Write a full address starting with https://, e.g. url: https://www.baliprocess.net/',
    ],
  ],
  [
    '2019-07-02-co-chair-unknown-key.mdx',
    'a party with a field it cannot have',
    [
      '2019-07-02-co-chair-unknown-key.mdx:7:12 coChairs[0]: has a field "name" that an entry cannot have. An entry is a code, or { id, representative, note }, e.g. coChairs: [{ id: AU, representative: "Minister for Foreign Affairs" }]',
    ],
  ],
  [
    '2019-07-02-number-without-series.mdx',
    'a number without its series',
    [
      '2019-07-02-number-without-series.mdx:5:9 number: is given without a series. Name the series too, e.g. series: joint-periods-of-action',
    ],
  ],
  [
    '2019-07-02-in-person-without-country.mdx',
    'a place without its country',
    [
      '2019-07-02-in-person-without-country.mdx:6:11 location.country: is missing. A meeting held in person needs its country, e.g. location: { city: Bangkok, country: TH }; write location: { mode: not-recorded } when the sources do not say where it met',
    ],
  ],
  // Unknown codes and references
  [
    '2019-07-02-unknown-body.mdx',
    'a body by its acronym',
    [
      '2019-07-02-unknown-body.mdx:4:7 body: "rso" is not a known body. Write its id, regional-support-office (content/bodies/regional-support-office.yaml)',
    ],
  ],
  [
    '2019-07-02-unknown-organisation.mdx',
    'an organisation that is not in content/organizations/',
    [
      '2019-07-02-unknown-organisation.mdx:7:13 observers[0]: "iomm" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write a country code in capitals or an organisation id, e.g. observers: [AU, iom]',
    ],
  ],
  [
    '2019-07-02-lowercase-country-code.mdx',
    'a country code in lowercase',
    [
      '2019-07-02-lowercase-country-code.mdx:7:16 participants[0]: "au" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write AU for Australia in its place',
    ],
  ],
  [
    '2019-07-02-country-name-not-code.mdx',
    'a country name for a code',
    [
      '2019-07-02-country-name-not-code.mdx:6:37 location.country: "Thailand" is not an ISO 3166-1 alpha-2 country code. Write TH for Thailand, e.g. country: TH',
    ],
  ],
  // Dates (case C2)
  [
    '2019-07-02-date-in-words.mdx',
    'a date in words',
    [
      '2019-07-02-date-in-words.mdx:5:12 startDate: "2 July 2019" is not written as a date. Write it as YYYY-MM-DD: startDate: 2019-07-02',
    ],
  ],
  [
    '2019-07-02-updated-without-day.mdx',
    'a last update without its day',
    [
      '2019-07-02-updated-without-day.mdx:10:10 updated: "2026-01" gives no day. Write the full date as YYYY-MM-DD, e.g. updated: 2026-01-15',
    ],
  ],
  // File names and ids (cases C9 and C10)
  [
    'JPA 6 Việt Nam.mdx',
    'spaces, capitals and an accent',
    [
      'JPA 6 Việt Nam.mdx:1:1 file name: "JPA 6 Việt Nam.mdx" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to 2019-07-02-jpa-6-viet-nam.mdx; its page address will be /meetings/2019-07-02-jpa-6-viet-nam/',
    ],
  ],
  [
    '2019-07-03-name-not-start-date.mdx',
    'a date in the name that is not the start date',
    [
      '2019-07-03-name-not-start-date.mdx:1:1 file name: "2019-07-03-name-not-start-date.mdx" does not begin with the start date 2019-07-02. Rename it to 2019-07-02-name-not-start-date.mdx',
    ],
  ],
  [
    'meeting-with-no-date.mdx',
    'a record with no date whose name does not start with undated-',
    [
      'meeting-with-no-date.mdx:1:1 file name: "meeting-with-no-date.mdx" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to undated-meeting-with-no-date.mdx; its page address will be /meetings/undated-meeting-with-no-date/',
    ],
  ],
  [
    '2019-07-02-slug-not-ascii.mdx',
    'a slug with an accent',
    [
      '2019-07-02-slug-not-ascii.mdx:3:7 slug: must be lowercase ASCII letters and digits joined by hyphens (found "jpa-6-việt-nam"), e.g. slug: jpa-6-viet-nam',
    ],
  ],
  [
    '2019-07-02-jpa-5.mdx',
    'two records with one id: each names the other',
    [
      '2019-07-02-jpa-5.mdx:1:1 id: the id "2019-07-02-jpa-5" is also the id of tests/fixtures/invalid/2019-07-02-same-id.mdx. Each record needs its own: change the slug field or the file name of one of them',
    ],
  ],
  [
    '2019-07-02-same-id.mdx',
    'two records with one id: each names the other',
    [
      '2019-07-02-same-id.mdx:3:7 slug: the id "2019-07-02-jpa-5" is also the id of tests/fixtures/invalid/2019-07-02-jpa-5.mdx. Each record needs its own: change the slug field or the file name of one of them',
    ],
  ],
  [
    '2019-07-02-saved-as-markdown.md',
    'a record saved as .md, which would be left out',
    [
      '2019-07-02-saved-as-markdown.md:1:1 file name: "2019-07-02-saved-as-markdown.md" is not read, because only files ending in .mdx are records (and .jpg, .png, .webp, .avif or .gif images may sit beside them). If it is a record, rename it to 2019-07-02-saved-as-markdown.mdx; otherwise move it out of content/meetings/',
    ],
  ],
  // Images
  [
    '2019-07-02-photo-without-alt.mdx',
    'a photo without alt text',
    [
      '2019-07-02-photo-without-alt.mdx:10:8 photo.alt: is missing. Describe what the photo shows, e.g. alt: Delegates seated around a table',
    ],
  ],
  [
    '2019-07-02-photo-file-missing.mdx',
    'a photo whose file is not beside the record',
    [
      '2019-07-02-photo-file-missing.mdx:10:15 photo.src: "./opening-session.jpg" is not in the folder of the record. Save the image next to the .mdx file, or correct the name',
    ],
  ],
  [
    '2019-07-02-image-without-alt.mdx',
    'an image in the text without alt text',
    [
      '2019-07-02-image-without-alt.mdx:13:1 body: the image ./delegates.png has no alt text. Describe what it shows between the brackets, e.g. ![Delegates at the opening session](./delegates.png)',
    ],
  ],
  [
    '2019-07-02-remote-image.mdx',
    'an image on another site',
    [
      '2019-07-02-remote-image.mdx:13:1 body: the image https://www.baliprocess.net/photo.jpg is on another site, which would tell that site who reads the record. Save the file beside the record and write ![Delegates at the opening session](./file.jpg)',
    ],
  ],
  [
    '2019-07-02-image-file-missing.mdx',
    'an image whose file is not beside the record',
    [
      '2019-07-02-image-file-missing.mdx:13:1 body: the image ./opening-session.jpg is not in the folder of the record. Save the file there, next to the .mdx file, or correct the name',
    ],
  ],
  // MDX pitfalls in the text, each with an exact fix (cases C5 to C8)
  [
    '2019-07-02-html-comment.mdx',
    'C5: an HTML comment',
    [
      '2019-07-02-html-comment.mdx:15:1 body: <!-- check attendance list --> is an HTML comment, which a record cannot contain. Write it as {/* check attendance list */}, or delete it',
    ],
  ],
  [
    '2019-07-02-less-than-in-prose.mdx',
    'C6: < in prose',
    [
      '2019-07-02-less-than-in-prose.mdx:13:21 body: the < in "(<20%)" would be read as the start of a tag. Write (\\<20%) to show it as text',
    ],
  ],
  [
    '2019-07-02-braces-in-prose.mdx',
    'C7: braces in prose',
    [
      '2019-07-02-braces-in-prose.mdx:13:14 body: {member/observer} would be read as code, because braces mark code in a record. Write \\{member/observer\\} to show it as text',
    ],
  ],
  [
    '2019-07-02-angle-bracket-link.mdx',
    'C8: a link in angle brackets',
    [
      '2019-07-02-angle-bracket-link.mdx:13:11 body: <https://www.baliprocess.net/report> is a link in angle brackets, which a record reads as a tag. Write it as [https://www.baliprocess.net/report](https://www.baliprocess.net/report)',
    ],
  ],
  [
    '2019-07-02-unclosed-tag.mdx',
    'a tag that is not closed',
    [
      '2019-07-02-unclosed-tag.mdx:13:15 body: <span> is not closed. Write </span> after the text it marks, in the same paragraph (or write \\< if the < is meant as text)',
    ],
  ],
  [
    '2019-07-02-br-without-slash.mdx',
    '<br> without its slash',
    ['2019-07-02-br-without-slash.mdx:13:11 body: <br> needs a closing slash in a record. Write <br />'],
  ],
  [
    '2019-07-02-html-element.mdx',
    'an HTML element that has a Markdown form',
    [
      '2019-07-02-html-element.mdx:13:18 body: <b> is not one of the elements a record may use. Write **well attended** for bold text',
    ],
  ],
  [
    '2019-07-02-javascript-link.mdx',
    'a link that is not http(s) or mailto',
    [
      '2019-07-02-javascript-link.mdx:13:6 body: the link javascript:alert(1) is not a web or email address. Links start with https://, http:// or mailto:, e.g. [the event page](https://www.baliprocess.net/)',
    ],
  ],
  // Code, refused with the reason
  [
    '2019-07-02-import-line.mdx',
    'import',
    [
      '2019-07-02-import-line.mdx:13:1 body: the import line (import Chart from "../../src/components…) runs code, so a record cannot contain it. Delete the line and write the content as plain text',
    ],
  ],
  [
    '2019-07-02-export-line.mdx',
    'export',
    [
      '2019-07-02-export-line.mdx:13:1 body: the export line (export const delegates = 40;) runs code, so a record cannot contain it. Delete the line and write the content as plain text',
    ],
  ],
  [
    '2019-07-02-expression-in-attribute.mdx',
    'an {expression}',
    [
      '2019-07-02-expression-in-attribute.mdx:13:11 body: title={…} is code, which a record cannot contain. Write title="text"',
    ],
  ],
  [
    '2019-07-02-script-element.mdx',
    '<script>',
    [
      "2019-07-02-script-element.mdx:15:1 body: <script> runs code in the reader's browser, so a record cannot contain it. Delete it; records may use only <abbr>, <span>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>",
    ],
  ],
  [
    '2019-07-02-style-element.mdx',
    '<style>',
    [
      '2019-07-02-style-element.mdx:13:1 body: <style> changes the look of the whole site, so a record cannot contain it. Delete it; records may use only <abbr>, <span>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
  [
    '2019-07-02-iframe-element.mdx',
    '<iframe>',
    [
      '2019-07-02-iframe-element.mdx:13:1 body: <iframe> loads a page from another site, so a record cannot contain it. Delete it; records may use only <abbr>, <span>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
  [
    '2019-07-02-event-handler.mdx',
    'an event-handler attribute',
    [
      '2019-07-02-event-handler.mdx:13:16 body: onclick runs code when the reader clicks or types, so a record cannot contain it. Delete onclick="…" from the tag',
    ],
  ],
  [
    '2019-07-02-component.mdx',
    'a component outside the allow-list',
    [
      '2019-07-02-component.mdx:13:1 body: <Chart> is a component, which runs code, so a record cannot contain it. Write the content in Markdown; records may use only <abbr>, <span>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
];

describe('broken records: one plain line per mistake, and exit code 1', () => {
  let cli: CliRun;
  beforeAll(async () => {
    cli = await checkCli('--records', INVALID);
  }, CLI_TIMEOUT);

  it('has at least 25 fixtures, one per kind of mistake, each a file in tests/fixtures/invalid/', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(25);
    for (const [file] of FIXTURES) expect(existsSync(join(ROOT, INVALID, file)), file).toBe(true);
  });

  it.each(FIXTURES)('%s (%s)', (file, _mistake, expected) => {
    const prefix = `${INVALID}/`;
    const printed = cli.lines.filter((line) => line.startsWith(`${prefix}${file}:`));
    expect(printed).toEqual(expected.map((line) => `${prefix}${line}`));
    expect(cli.exitCode).toBe(1);
  });

  it('reports the same lines from the library as from the command line', () => {
    const { problems } = checkContent({
      contentDir: join(ROOT, 'content'),
      root: ROOT,
      meetingsDir: join(ROOT, INVALID),
    });
    const mine = new Set(FIXTURES.map(([file]) => file));
    const fromLibrary = problems
      .map(formatProblem)
      .filter((line) => mine.has(line.slice(INVALID.length + 1).split(':')[0]!));
    expect(fromLibrary).toEqual(cli.lines.filter((line) => mine.has(line.slice(INVALID.length + 1).split(':')[0]!)));
  });

  it('never shows zod or parser wording, or positions inside a message', () => {
    for (const [, , lines] of FIXTURES) {
      for (const line of lines) {
        expect(line).not.toMatch(
          /received|invalid_type|Invalid input|ZodError|\bJSX\b|\(\d+:\d+-\d+:\d+\)|undefined|\[object/,
        );
      }
    }
  });
});

describe('valid records', () => {
  it(
    'pass with no output and exit code 0',
    async () => {
      const cli = await checkCli('--records', VALID);
      expect({ exitCode: cli.exitCode, stdout: cli.stdout, lines: cli.lines }).toEqual({
        exitCode: 0,
        stdout: '',
        lines: [],
      });
    },
    CLI_TIMEOUT,
  );

  it('become records with the values as written', () => {
    const { problems, records } = checkContent({
      contentDir: join(ROOT, 'content'),
      root: ROOT,
      meetingsDir: join(ROOT, VALID),
    });
    expect(problems).toEqual([]);
    expect(records.map((record) => record.id).sort()).toEqual([
      '2016-05-months-only',
      '2016-a-year-only',
      'jpa-5-every-field',
      'undated-a-meeting-with-no-date',
    ]);
    const every = records.find((record) => record.id === 'jpa-5-every-field')!;
    expect(every.data.coChairs).toEqual([
      { type: 'country', code: 'FJ', representative: 'Minister for Defence and National Security' },
      { type: 'country', code: 'NZ' },
    ]);
    expect(records.find((record) => record.id === '2016-a-year-only')?.data.title).toBe(
      'Regional Workshop: a meeting known only by its year',
    );
  });
});

describe('--fix', () => {
  const PITFALLS = {
    '2019-07-02-html-comment.mdx': ['<!-- check attendance list -->', '{/* check attendance list */}'],
    '2019-07-02-less-than-in-prose.mdx': [
      'Attendance was low (<20%) this year.',
      'Attendance was low (\\<20%) this year.',
    ],
    '2019-07-02-braces-in-prose.mdx': [
      'One seat per {member/observer} state.',
      'One seat per \\{member/observer\\} state.',
    ],
    '2019-07-02-angle-bracket-link.mdx': [
      'Report at <https://www.baliprocess.net/report>.',
      'Report at [https://www.baliprocess.net/report](https://www.baliprocess.net/report).',
    ],
  } as const;
  let folder: string;

  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'bp-fix-'));
    for (const file of Object.keys(PITFALLS)) copyFileSync(join(ROOT, INVALID, file), join(folder, file));
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it(
    'repairs cases C5 to C8 exactly, says which files it changed, and the result passes',
    async () => {
      const before = await checkCli('--records', folder);
      expect(before.exitCode).toBe(1);
      expect(before.lines).toHaveLength(4);

      const fixed = await checkCli('--fix', '--records', folder);
      const shown = relative(ROOT, folder).replaceAll('\\', '/');
      expect(fixed.stdout.split('\n').filter(Boolean).sort()).toEqual(
        Object.keys(PITFALLS)
          .map((file) => `fixed ${shown}/${file}`)
          .sort(),
      );
      expect(fixed.lines).toEqual([]);
      expect(fixed.exitCode).toBe(0);

      for (const [file, [wrong, right]] of Object.entries(PITFALLS)) {
        const original = readFileSync(join(ROOT, INVALID, file), 'utf8');
        // Only the mistake changes: the frontmatter and every other line stay as they were.
        expect(readFileSync(join(folder, file), 'utf8')).toBe(original.replace(wrong, right));
      }

      const after = await checkCli('--records', folder);
      expect(after).toEqual({ exitCode: 0, stdout: '', lines: [] });
    },
    3 * CLI_TIMEOUT,
  );

  it(
    'leaves what it cannot fix safely to the contributor',
    async () => {
      copyFileSync(join(ROOT, INVALID, '2019-07-02-script-element.mdx'), join(folder, '2019-07-02-script-element.mdx'));
      const result = await checkCli('--fix', '--records', folder);
      expect(result.exitCode).toBe(1);
      expect(result.lines).toEqual([
        expect.stringMatching(/2019-07-02-script-element\.mdx:15:1 body: <script> runs code/),
      ]);
      expect(readFileSync(join(folder, '2019-07-02-script-element.mdx'), 'utf8')).toBe(
        readFileSync(join(ROOT, INVALID, '2019-07-02-script-element.mdx'), 'utf8'),
      );
    },
    CLI_TIMEOUT,
  );
});
