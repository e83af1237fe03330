/**
 * The content check as a contributor meets it: each broken record in tests/fixtures/invalid/ gets the exact lines
 * `npm run check:content` prints (file, line, column, field, what is wrong, how to write it); valid records pass with
 * nothing to say; drafts are named. Records are read in-process by the one reader, against the frozen entities of
 * tests/fixtures/content/.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applySafeFixes, fixNotes } from '../../src/lib/content/fix.ts';
import { formatProblem } from '../../src/lib/content/problems.ts';
import { readContent } from '../../src/lib/content/reader.ts';
import { describeReading } from '../../src/lib/content/report.ts';
import { suggestFileName } from '../../src/lib/domain/record-id.ts';
import { ROOT } from '../setup/sites.ts';
import { FIXTURE_CONTENT } from '../support/meetings.ts';

const INVALID = 'tests/fixtures/invalid';
const VALID = 'tests/fixtures/valid';
const TODAY = '2026-12-06';

const read = (meetingsDir: string, root = ROOT) =>
  readContent({ contentDir: FIXTURE_CONTENT, root, meetingsDir, today: TODAY });
const invalid = await read(join(ROOT, INVALID));
const linesFor = (file: string) =>
  invalid.problems
    .filter((problem) => problem.file === `${INVALID}/${file}`)
    .map((problem) => formatProblem(problem).slice(INVALID.length + 1));

/** Each broken fixture, the mistake it makes, and the exact lines the check prints for it (names relative to tests/fixtures/invalid/). */
const FIXTURES: ReadonlyArray<readonly [file: string, mistake: string, lines: readonly string[]]> = [
  [
    '2016-05-month-without-date-note.mdx',
    'a month-only date without a note on what the sources give',
    [
      "2016-05-month-without-date-note.mdx:5:12 startDate: gives only a month, so the record needs a dateNote saying what the sources give, e.g. dateNote: The co-chairs' statement says the meeting was held in May 2016 without a day.",
    ],
  ],
  [
    '2019-02-30-impossible-date.mdx',
    'a day that does not exist, and an empty end date',
    [
      '2019-02-30-impossible-date.mdx:5:12 startDate: "2019-02-30" is not a real calendar day. Write it as YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known), e.g. startDate: 2019-07-02',
      '2019-02-30-impossible-date.mdx:6:9 endDate: an empty value is not a date. Write it as YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known), e.g. endDate: 2019-12-03',
    ],
  ],
  [
    '2019-07-02-byte-order-mark.mdx',
    'a byte-order mark at the start of the file',
    [
      '2019-07-02-byte-order-mark.mdx:1:1 file: has the invisible or control character \\uFEFF here (a byte-order mark at the start of the file). Delete it (retype the text around it if unsure)',
    ],
  ],
  [
    '2019-07-02-co-chair-among-participants.mdx',
    'a co-chair listed again among participants',
    [
      '2019-07-02-co-chair-among-participants.mdx:6:20 participants[1]: FJ is already a co-chair of this meeting, and each party is listed once, in its main role. Delete FJ from participants',
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
    '2019-07-02-colon-in-title.mdx',
    'a colon in unquoted text',
    [
      '2019-07-02-colon-in-title.mdx:2:8 title: has a colon followed by a space, which YAML reads as the start of another field. Put the text in double quotes: title: "Bali Process: Regional Workshop on Returns"',
    ],
  ],
  [
    '2019-07-02-component.mdx',
    'a component, which Markdown reads as an unknown element',
    [
      '2019-07-02-component.mdx:13:1 body: <chart> is not one of the elements a record may use. Use Markdown, or one of <abbr title>, <span lang>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
  [
    '2019-07-02-control-character.mdx',
    'a control character in a title',
    [
      '2019-07-02-control-character.mdx:2:27 title: has the invisible or control character \\u0007 here. Delete it (retype the text around it if unsure)',
    ],
  ],
  [
    '2019-07-02-escaped-control-character.mdx',
    'control characters written as YAML escapes',
    [
      '2019-07-02-escaped-control-character.mdx:8:10 summary: has the invisible or control character \\u0007, written as an escape between quotes. Delete the escape',
    ],
  ],
  [
    '2019-07-02-character-reference.mdx',
    'invisible characters written as character references in the text',
    [
      '2019-07-02-character-reference.mdx:13:35 body: &#x202E; writes the invisible or control character \\u202E. Delete it',
      '2019-07-02-character-reference.mdx:13:80 body: &ZeroWidthSpace; writes the invisible or control character \\u200B. Delete it',
    ],
  ],
  [
    '2016-05-03-end-month-without-note.mdx',
    'an end date of a month only, with no word on what the sources give',
    [
      '2016-05-03-end-month-without-note.mdx:6:10 endDate: gives only a month, so the record needs a dateNote saying what the sources give, e.g. dateNote: The report gives the opening day and says the meeting ran into June 2016.',
    ],
  ],
  [
    '2019-07-02-country-name-not-code.mdx',
    'a country name for a code',
    [
      '2019-07-02-country-name-not-code.mdx:6:37 location.country: "Thailand" is not an ISO 3166-1 alpha-2 country code. Write TH for Thailand, e.g. country: TH',
    ],
  ],
  [
    '2019-07-02-date-in-words.mdx',
    'a date in words',
    [
      '2019-07-02-date-in-words.mdx:5:12 startDate: "2 July 2019" is not written as a date. Write it as YYYY-MM-DD: startDate: 2019-07-02',
    ],
  ],
  [
    '2019-07-02-draft-yes.mdx',
    'yes for true',
    ['2019-07-02-draft-yes.mdx:11:8 draft: must be true or false, e.g. draft: true'],
  ],
  [
    '2019-07-02-event-handler.mdx',
    'an event-handler attribute',
    [
      '2019-07-02-event-handler.mdx:13:16 body: onclick runs code when the reader clicks or types, so a record cannot contain it. Delete onclick="…" from the <span> tag',
    ],
  ],
  [
    '2019-07-02-expression-as-comment.mdx',
    'code written as a comment',
    [
      '2019-07-02-expression-as-comment.mdx:13:22 body: {/* a */ alert(1) /* b */} is written like MDX code, which a record shows as text. Write a note to other editors as <!-- a alert(1) b -->, or write \\{ to show a brace',
    ],
  ],
  [
    '2019-07-02-field-twice.mdx',
    'the same field twice',
    ['2019-07-02-field-twice.mdx:9:1 title: is given twice. Keep one of the two lines'],
  ],
  [
    '2019-07-02-first-level-heading.mdx',
    'a first-level heading in the text',
    [
      '2019-07-02-first-level-heading.mdx:13:1 body: "# Context" is a first-level heading. The record\'s title is its only first-level heading. Start headings in the text at two: ## Context',
    ],
  ],
  [
    '2019-07-02-html-element.mdx',
    'an HTML element that has a Markdown form',
    [
      '2019-07-02-html-element.mdx:13:18 body: <b> is not one of the elements a record may use. Write **well attended** for bold text',
    ],
  ],
  [
    '2019-07-02-http-link.mdx',
    'a link in the text written with http',
    [
      '2019-07-02-http-link.mdx:13:20 body: the link http://www.baliprocess.net/event/a-workshop/ starts with http://. Write the https address: [the event page](https://www.baliprocess.net/event/a-workshop/)',
    ],
  ],
  [
    '2019-07-02-http-source.mdx',
    'a source written with http',
    [
      '2019-07-02-http-source.mdx:9:18 sources[0].url: "http://www.baliprocess.net/event/a-workshop/" starts with http://. Write the https address: url: https://www.baliprocess.net/event/a-workshop/',
    ],
  ],
  [
    '2019-07-02-source-checked-and-archived.mdx',
    'a checked day in words, an archived copy at http, and an archived copy that is the source itself',
    [
      '2019-07-02-source-checked-and-archived.mdx:11:14 sources[0].checked: "6 December 2026" is not written as a date. Write it as YYYY-MM-DD: checked: 2026-12-06',
      '2019-07-02-source-checked-and-archived.mdx:13:15 sources[1].archived: "http://web.archive.org/web/2024/https://www.baliprocess.net/event/a-third-page/" starts with http://. Write the https address: archived: https://web.archive.org/web/2024/https://www.baliprocess.net/event/a-third-page/',
      '2019-07-02-source-checked-and-archived.mdx:15:15 sources[2].archived: is the address of the source itself. Give the address of its copy in a web archive, e.g. archived: https://web.archive.org/web/2024/https://www.baliprocess.net/event/a-fourth-page/',
    ],
  ],
  [
    '2019-07-02-source-checked-in-the-future.mdx',
    'a source checked on a day later than today',
    [
      '2019-07-02-source-checked-in-the-future.mdx:11:14 sources[0].checked: 2099-01-01 is later than today (2026-12-06). Write the day you last opened the source, e.g. checked: 2026-12-06',
    ],
  ],
  [
    '2019-07-02-iframe-element.mdx',
    'an element that loads another site',
    [
      '2019-07-02-iframe-element.mdx:13:1 body: <iframe> loads a page from another site, so a record cannot contain it. Delete it; records may use Markdown and <abbr title>, <span lang>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
  [
    '2019-07-02-image-file-missing.mdx',
    'an image whose file is missing',
    [
      '2019-07-02-image-file-missing.mdx:13:35 body: the image ./opening-session.jpg is not in the folder of the record. Save the file there, next to the .mdx file, or correct the name',
    ],
  ],
  [
    '2019-07-02-image-outside-folder.mdx',
    'an image from elsewhere in the repository',
    [
      "2019-07-02-image-outside-folder.mdx:13:12 body: the image ../../../README.md is outside the record's folder and content/images/, where a record's images must be. Save the file beside the record and write ![The rules](./file.jpg)",
    ],
  ],
  [
    '2019-07-02-image-without-alt.mdx',
    'an image without a description',
    [
      '2019-07-02-image-without-alt.mdx:13:3 body: the image ./delegates.png has no description. Write what it shows between the brackets, e.g. ![Delegates at the opening session](./delegates.png)',
    ],
  ],
  [
    '2019-07-02-in-person-without-country.mdx',
    'a place without its country',
    [
      '2019-07-02-in-person-without-country.mdx:6:11 location.country: is missing. A meeting held in person needs its country, e.g. location: { city: Bangkok, country: TH }; write location: { mode: not-recorded } when the sources do not say where it met',
    ],
  ],
  [
    '2019-07-02-invisible-character-in-code.mdx',
    'a zero-width space inside a country code',
    [
      '2019-07-02-invisible-character-in-code.mdx:5:17 participants: has the invisible or control character \\u200B here. Delete it (retype the text around it if unsure)',
    ],
  ],
  [
    '2019-07-02-javascript-link.mdx',
    'a link that is not a web or email address',
    [
      '2019-07-02-javascript-link.mdx:13:17 body: the link javascript:alert(1) is not a web or email address. Links start with https:// or mailto:, e.g. [the event page](https://www.baliprocess.net/)',
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
    '2019-07-02-listed-twice.mdx',
    'a party listed twice in one role',
    ['2019-07-02-listed-twice.mdx:5:24 participants[2]: AU is listed twice. Delete the second AU'],
  ],
  [
    '2019-07-02-long-slug.mdx',
    'a slug longer than the id rule allows',
    [
      '2019-07-02-long-slug.mdx:5:7 slug: is longer than 80 characters. Keep the first words, e.g. slug: regional-dialogue-on-the-protection-of-victims-of-trafficking-for-forced',
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
    '2019-07-02-mdx-comment.mdx',
    "a note in MDX's comment form",
    [
      '2019-07-02-mdx-comment.mdx:13:1 body: {/* check the attendance list */} is written like MDX code, which a record shows as text. Write a note to other editors as <!-- check the attendance list -->, or write \\{ to show a brace',
    ],
  ],
  [
    '2019-07-02-misspelt-field.mdx',
    'a misspelt field name',
    [
      '2019-07-02-misspelt-field.mdx:7:1 particpants: is not a field of a record. Did you mean participants? The fields are: title, slug, kind, body, jointBodies, series, number, numberNote, startDate, endDate, dateNote, location, hosts, coChairs, participants, observers, topics, passages, summary, figures, documents, sources, photo, updated, draft',
    ],
  ],
  [
    '2019-07-02-no-frontmatter.mdx',
    'no frontmatter',
    [
      '2019-07-02-no-frontmatter.mdx:1:1 frontmatter: has no frontmatter. A record starts with a line "---", then its fields such as "title: Fifth Joint Period of Action", then another "---"',
    ],
  ],
  [
    '2019-07-02-no-sources.mdx',
    'no sources',
    [
      '2019-07-02-no-sources.mdx:2:1 sources: is missing. e.g. sources: [{ url: https://www.baliprocess.net/, title: Event page }]',
    ],
  ],
  [
    '2019-07-02-no-topics.mdx',
    'an empty list of topics',
    ['2019-07-02-no-topics.mdx:7:9 topics: needs at least one topic. e.g. topics: [forced-marriage]'],
  ],
  [
    '2019-07-02-not-an-image.mdx',
    'a file named as an image that is not one',
    [
      '2019-07-02-not-an-image.mdx:13:12 body: the file ./not-a-photo.png is not a JPEG, PNG, WebP, AVIF or GIF image inside (its content is not an image), whatever its name says. Save the image again in one of these formats',
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
    '2019-07-02-passage-not-in-text.mdx',
    'a passage that is not in the text, and one for a topic the record is not filed under',
    [
      '2019-07-02-passage-not-in-text.mdx:9:20 passages.forced-marriage: "Delegates agreed to end forced marriage by 2030." is not in the text of the record. Copy one or two sentences exactly as the text below the second --- writes them, from one paragraph or list item',
      '2019-07-02-passage-not-in-text.mdx:10:18 passages.sham-marriage: the record is not filed under the topic sham-marriage. Write one of its topics (forced-marriage), or add sham-marriage to topics',
    ],
  ],
  [
    '2019-07-02-participant-and-observer.mdx',
    'a party listed as participant and observer',
    [
      '2019-07-02-participant-and-observer.mdx:6:17 observers[1]: iom is already a participant of this meeting, and each party is listed once, in its main role. Delete iom from observers',
    ],
  ],
  [
    '2019-07-02-photo-file-missing.mdx',
    'a photo whose file is missing',
    [
      '2019-07-02-photo-file-missing.mdx:10:15 photo.src: ./opening-session.jpg is not in the folder of the record. Save the file there, next to the .mdx file, or correct the name',
    ],
  ],
  [
    '2019-07-02-photo-without-alt.mdx',
    'a photo without alt text',
    [
      '2019-07-02-photo-without-alt.mdx:10:8 photo.alt: is missing. Describe what the photo shows, e.g. alt: Delegates seated around a table',
    ],
  ],
  [
    '2019-07-02-regional-dialogue-on-the-protection-of-victims-of-trafficking-for-forced-criminality.mdx',
    'a file name longer than the id rule allows',
    [
      '2019-07-02-regional-dialogue-on-the-protection-of-victims-of-trafficking-for-forced-criminality.mdx:1:1 file name: "2019-07-02-regional-dialogue-on-the-protection-of-victims-of-trafficking-for-forced-criminality.mdx" is longer than 80 characters before .mdx, which makes page addresses and citation keys unwieldy. Rename it to 2019-07-02-regional-dialogue-on-the-protection-of-victims-of-trafficking-for.mdx',
    ],
  ],
  [
    '2019-07-02-remote-image.mdx',
    'an image on another site',
    [
      '2019-07-02-remote-image.mdx:13:35 body: the image https://www.baliprocess.net/photo.jpg is on another site, which would tell that site who reads the record. Save the file beside the record and write ![Delegates at the opening session](./file.jpg)',
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
    '2019-07-02-same-series-number-again.mdx',
    'two records with one number in a series: each names the other',
    [
      '2019-07-02-same-series-number-again.mdx:6:9 number: 5 is also the number of tests/fixtures/invalid/2019-07-02-same-series-number.mdx in the series joint-periods-of-action. Check both records against their sources; where the sources number a meeting differently, keep the official number and say so in numberNote',
    ],
  ],
  [
    '2019-07-02-same-series-number.mdx',
    'two records with one number in a series: each names the other',
    [
      '2019-07-02-same-series-number.mdx:6:9 number: 5 is also the number of tests/fixtures/invalid/2019-07-02-same-series-number-again.mdx in the series joint-periods-of-action. Check both records against their sources; where the sources number a meeting differently, keep the official number and say so in numberNote',
    ],
  ],
  [
    '2019-07-02-saved-as-markdown.md',
    'a record saved as .md, which would be left out',
    [
      '2019-07-02-saved-as-markdown.md:1:1 file name: "2019-07-02-saved-as-markdown.md" is not read, because only files ending in .mdx are records (and .jpg, .png, .webp, .avif or .gif images may sit beside them). If it is a record, rename it to 2019-07-02-saved-as-markdown.mdx; otherwise move it out of content/meetings/',
    ],
  ],
  [
    '2019-07-02-script-element.mdx',
    'a script',
    [
      "2019-07-02-script-element.mdx:15:1 body: <script> runs code in the reader's browser, so a record cannot contain it. Delete it; records may use Markdown and <abbr title>, <span lang>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>",
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
    '2019-07-02-source-not-web-address.mdx',
    'a source that is not a web address',
    [
      '2019-07-02-source-not-web-address.mdx:9:18 sources[0].url: "www.baliprocess.net" is not a web address. Write a full address starting with https://, e.g. url: https://www.baliprocess.net/',
    ],
  ],
  [
    '2019-07-02-style-element.mdx',
    'a style element',
    [
      '2019-07-02-style-element.mdx:13:1 body: <style> changes the look of the whole site, so a record cannot contain it. Delete it; records may use Markdown and <abbr title>, <span lang>, <sub>, <sup>, <br>, <mark>, <small>, <cite>, <q>',
    ],
  ],
  [
    '2019-07-02-summary-too-short.mdx',
    'a summary of two words',
    ['2019-07-02-summary-too-short.mdx:8:10 summary: is too short. Write one or two full sentences'],
  ],
  [
    '2019-07-02-svg-image.mdx',
    'an SVG image',
    [
      '2019-07-02-svg-image.mdx:13:22 body: the image ./evil.svg is not a JPEG, PNG, WebP, AVIF or GIF file (an SVG file can run code). Save it in one of these formats and write ![The opening session](./file.jpg)',
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
    '2019-07-02-text-cut-by-hash.mdx',
    'a " #" that YAML would silently read as a comment',
    [
      '2019-07-02-text-cut-by-hash.mdx:2:8 title: is cut short at " #": YAML reads what follows as a comment and leaves it out. Put the whole text in double quotes: title: "Workshop # 5 of the Regional Support Office"',
    ],
  ],
  [
    '2019-07-02-unfilled-note.mdx',
    'a note of the generator left unfilled',
    [
      '2019-07-02-unfilled-note.mdx:15:1 body: still has the note that npm run new wrote here ("why the meeting was held and what came before it, in your o…"). Replace the note with text from the sources, or delete the line',
    ],
  ],
  [
    '2019-07-02-unknown-body.mdx',
    'a body by its acronym',
    [
      '2019-07-02-unknown-body.mdx:4:7 body: "rso" is not a known body. Write its id, regional-support-office (content/bodies/regional-support-office.yaml)',
    ],
  ],
  [
    '2019-07-02-unknown-country-code.mdx',
    'codes that are not ISO 3166-1 alpha-2',
    [
      '2019-07-02-unknown-country-code.mdx:6:36 location.country: "UK" is not an ISO 3166-1 alpha-2 country code. Write GB for United Kingdom, e.g. country: GB',
      '2019-07-02-unknown-country-code.mdx:7:20 participants[1]: "XX" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write a country code in capitals or an organisation id, e.g. participants: [AU, iom]',
      '2019-07-02-unknown-country-code.mdx:7:24 participants[2]: "vn" is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. Write VN for Viet Nam in its place',
    ],
  ],
  [
    '2019-07-02-unknown-kind.mdx',
    'a kind written as its label',
    [
      '2019-07-02-unknown-kind.mdx:3:7 kind: "Workshop" is not a kind of meeting. Use one of ministerial-conference, senior-officials-meeting, ad-hoc-group-meeting, steering-group-meeting, working-group-meeting, joint-period-of-action, workshop, forum, other, e.g. kind: workshop',
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
    '2019-07-02-unknown-topic.mdx',
    'a topic by its alias',
    [
      '2019-07-02-unknown-topic.mdx:7:27 topics[1]: "human-trafficking" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
    ],
  ],
  [
    '2019-07-02-unreadable-schema-errors.mdx',
    'a missing place and a list written without brackets',
    [
      '2019-07-02-unreadable-schema-errors.mdx:2:1 location: is missing. e.g. location: { city: Bangkok, country: TH }, or location: { mode: online }, or location: { mode: not-recorded }',
      '2019-07-02-unreadable-schema-errors.mdx:6:15 participants: expected a list, found "AU". Put the values in square brackets: participants: [AU]',
    ],
  ],
  [
    '2019-07-02-updated-in-the-future.mdx',
    'a last update later than today',
    [
      '2019-07-02-updated-in-the-future.mdx:10:10 updated: 2099-01-15 is later than today (2026-12-06). Write the day of the change, e.g. updated: 2026-12-06',
    ],
  ],
  [
    '2019-07-02-updated-without-day.mdx',
    'a last update without its day',
    [
      '2019-07-02-updated-without-day.mdx:10:10 updated: "2026-01" gives no day. Write the full date as YYYY-MM-DD, e.g. updated: 2026-01-15',
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
    '2019-12-03-end-before-start.mdx',
    'a range that ends before it starts',
    [
      '2019-12-03-end-before-start.mdx:6:10 endDate: 2019-07-02 is before the start date 2019-12-03. The end may equal the start for a one-day meeting, e.g. endDate: 2019-12-03',
    ],
  ],
  [
    'evil.svg',
    'an SVG file among the records',
    [
      'evil.svg:1:1 file name: "evil.svg" is an SVG file, which can run code, so the archive does not publish it. Save the image as PNG, JPEG or WebP beside the record, or delete the file',
    ],
  ],
  [
    'JPA 6 Việt Nam.mdx',
    'spaces, capitals and an accent in the file name',
    [
      'JPA 6 Việt Nam.mdx:1:1 file name: "JPA 6 Việt Nam.mdx" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to 2019-07-02-jpa-6-viet-nam.mdx; its page address will be /meetings/2019-07-02-jpa-6-viet-nam/',
    ],
  ],
  [
    'meeting-with-no-date.mdx',
    'an undated record whose name does not start with undated-, and has no date note',
    [
      'meeting-with-no-date.mdx:1:1 file name: "meeting-with-no-date.mdx" does not follow the naming rule: the start date (or "undated"), then words in lowercase ASCII letters and digits joined by hyphens. Rename it to undated-meeting-with-no-date.mdx; its page address will be /meetings/undated-meeting-with-no-date/',
      'meeting-with-no-date.mdx:2:1 dateNote: is missing. A record with no date says what the sources give, e.g. dateNote: The event page gives no date; the report of the next meeting says it met earlier that year.',
    ],
  ],
  [
    'undated-without-date-note.mdx',
    'no date and no note on what the sources give',
    [
      'undated-without-date-note.mdx:2:1 dateNote: is missing. A record with no date says what the sources give, e.g. dateNote: The event page gives no date; the report of the next meeting says it met earlier that year.',
    ],
  ],
];

describe('a broken record gets one plain line per mistake', () => {
  it('has a fixture, with its lines, for every file in tests/fixtures/invalid/', () => {
    const files = readdirSync(join(ROOT, INVALID)).filter(
      (name) => !['delegates.png', 'not-a-photo.png'].includes(name),
    );
    expect(FIXTURES.map(([file]) => file).sort()).toEqual(files.sort());
  });

  it.each(FIXTURES)('%s (%s)', (file, _mistake, expected) => {
    expect(linesFor(file)).toEqual(expected);
  });

  it('keeps no broken record, so nothing reaches a page half-checked', () => {
    expect(invalid.records).toEqual([]);
    expect(invalid.drafts).toEqual([]);
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

describe('valid records', async () => {
  const valid = await read(join(ROOT, VALID));

  it('pass with nothing to report but the draft, which is named and not published', () => {
    expect(valid.problems.map(formatProblem)).toEqual([]);
    expect(describeReading(valid)).toEqual({
      problems: [],
      notes: [
        `1 draft not published: ${VALID}/2019-07-02-a-draft.mdx`,
        `${valid.records.length + 1} records checked, no problems.`,
      ],
    });
  });

  it('counts every record file as a record or a draft: nothing is dropped', () => {
    const files = readdirSync(join(ROOT, VALID)).filter((name) => name.endsWith('.mdx'));
    expect(valid.records.length + valid.drafts.length).toBe(files.length);
    expect(valid.drafts.map((draft) => draft.id)).toEqual(['2019-07-02-a-draft']);
  });

  it('keep the values as written: dates as calendar days at their precision, parties with their representatives', () => {
    const byId = new Map(valid.records.map((record) => [record.id, record.data]));
    expect(byId.get('2016-05-months-only')?.startDate).toEqual({ iso: '2016-05', precision: 'month' });
    expect(byId.get('2016-a-year-only')?.startDate).toEqual({ iso: '2016', precision: 'year' });
    expect(byId.get('2016-a-year-only')?.title).toBe('Regional Workshop: a meeting known only by its year');
    expect(byId.get('undated-a-meeting-with-no-date')?.startDate).toBeUndefined();
    expect(byId.get('jpa-5-every-field')?.coChairs).toEqual([
      { type: 'country', code: 'FJ', representative: 'Minister for Defence and National Security' },
      { type: 'country', code: 'NZ' },
    ]);
  });

  it('accept what Markdown shows as written: <, braces, <https://…> links, notes in comments, import lines', () => {
    const shownAsWritten = [
      'less-than-in-prose',
      'braces-in-prose',
      'angle-bracket-link',
      'html-comment',
      'import-line',
      'export-line',
      'br-without-slash',
      'unclosed-tag',
      'expression-in-attribute',
    ];
    const ids = valid.records.map((record) => record.id);
    for (const name of shownAsWritten) expect(ids).toContain(`2019-07-02-${name}`);
  });
});

describe('links in the records folder', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-links-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const meetings = join(folder, 'meetings');
  mkdirSync(meetings);
  copyFileSync(join(ROOT, VALID, '2016-05-months-only.mdx'), join(meetings, '2016-05-months-only.mdx'));
  symlinkSync(join(folder, 'nowhere.mdx'), join(meetings, '2019-07-02-dangling.mdx'));
  symlinkSync(join(ROOT, 'package.json'), join(meetings, '2019-07-02-outside.mdx'));

  it('are refused plainly, whether they point at nothing or outside the content folder, and nothing is read through them', async () => {
    const reading = await read(meetings, folder);
    expect(reading.problems.map(formatProblem)).toEqual([
      'meetings/2019-07-02-dangling.mdx:1:1 file name: is a symbolic link, which the archive does not follow (it could point outside content/ or at nothing). Replace it with the file itself, or delete it',
      'meetings/2019-07-02-outside.mdx:1:1 file name: is a symbolic link, which the archive does not follow (it could point outside content/ or at nothing). Replace it with the file itself, or delete it',
    ]);
    expect(reading.records.map((record) => record.id)).toEqual(['2016-05-months-only']);
  });

  it('refuse a records folder that is itself a link, reading nothing through it', async () => {
    const linked = join(folder, 'linked-meetings');
    symlinkSync(join(ROOT, VALID), linked);
    const reading = await read(linked, folder);
    expect(reading.problems.map(formatProblem)).toEqual([
      'linked-meetings:1:1 folder: is a symbolic link to a folder, which the archive does not follow (it could point outside content/ or at nothing). Replace it with the folder itself',
    ]);
    expect(reading.records).toEqual([]);
  });
});

describe('a name where an id belongs gets the id in its message', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-names-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  writeFileSync(
    join(folder, '2019-07-02-names-for-ids.mdx'),
    [
      '---',
      'title: A meeting written with names instead of ids',
      'kind: workshop',
      'body: Working Group on Trafficking in Persons',
      'startDate: 2019-07-02',
      'location: { city: Hanoi, country: Vietnam }',
      'participants: [Lao PDR, UNODC, International Organization for Migration, EL]',
      'topics: [TIP, Forced Marriage]',
      'summary: A workshop written with the names of a body, countries, organisations and topics.',
      'sources: [{ url: "https://www.baliprocess.net/" }]',
      'updated: 2026-01-15',
      '---',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
  const { problems } = await read(folder, folder);

  it('suggests the id of the body, country, organisation or topic with that name, alias or acronym', () => {
    const neither = 'is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/.';
    expect(problems.map(formatProblem)).toEqual([
      '2019-07-02-names-for-ids.mdx:4:7 body: "Working Group on Trafficking in Persons" is not a known body. Write its id, working-group-trafficking-in-persons (content/bodies/working-group-trafficking-in-persons.yaml)',
      '2019-07-02-names-for-ids.mdx:6:35 location.country: "Vietnam" is not an ISO 3166-1 alpha-2 country code. Write VN for Viet Nam, e.g. country: VN',
      `2019-07-02-names-for-ids.mdx:7:16 participants[0]: "Lao PDR" ${neither} Write LA for Lao PDR in its place`,
      `2019-07-02-names-for-ids.mdx:7:25 participants[1]: "UNODC" ${neither} Write the organisation's id, unodc (content/organizations/unodc.yaml)`,
      `2019-07-02-names-for-ids.mdx:7:32 participants[2]: "International Organization for Migration" ${neither} Write the organisation's id, iom (content/organizations/iom.yaml)`,
      `2019-07-02-names-for-ids.mdx:7:74 participants[3]: "EL" ${neither} Write GR for Greece in its place`,
      '2019-07-02-names-for-ids.mdx:8:10 topics[0]: "TIP" is not a known topic. Write its id, trafficking-in-persons (content/topics/trafficking-in-persons.yaml)',
      '2019-07-02-names-for-ids.mdx:8:15 topics[1]: "Forced Marriage" is not a known topic. Write its id, forced-marriage (content/topics/forced-marriage.yaml)',
    ]);
  });
});

describe('a series file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-series-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  for (const entity of ['bodies', 'topics', 'organizations']) {
    mkdirSync(join(folder, entity));
  }
  mkdirSync(join(folder, 'series'));
  mkdirSync(join(folder, 'meetings'));
  writeFileSync(
    join(folder, 'bodies', 'ministerial-conference.yaml'),
    'name: Ministerial Conference\ndescription: Ministers of every member.\n',
  );
  writeFileSync(
    join(folder, 'series', 'ministerial-conferences.yaml'),
    [
      'name: Regional Ministerial Conferences',
      'body: ministerial-conference',
      'known:',
      '  - number: 4',
      '    title: Fourth Regional Ministerial Conference',
      '    startDate: 2011-02-30',
      '    source: { url: "https://www.baliprocess.net/event/fourth-regional-ministerial-conference/" }',
      '  - number: 5',
      '    title: Fifth Regional Ministerial Conference',
      '    startDate: 2013-04-02',
      '  - number: 6',
      '    title: Sixth Bali Process Ministerial Conference',
      '    startDate: 2016-03',
      '    source: { url: "https://www.baliprocess.net/" }',
      '    record: 2016-03-23-sixth-bali-process-ministerial-conference',
      '',
    ].join('\n'),
  );
  const { problems } = await readContent({ contentDir: folder, root: folder, today: TODAY });

  it('lists its known meetings with dates and a source, checked like records', () => {
    expect(problems.map(formatProblem)).toEqual([
      'series/ministerial-conferences.yaml:6:16 known[0].startDate: "2011-02-30" is not a real calendar day. Write it as YYYY-MM-DD (or YYYY-MM, or YYYY when only the month or year is known), e.g. startDate: 2011-03-29',
      'series/ministerial-conferences.yaml:8:5 known[1].source: is missing. Give a page that shows the meeting took place, e.g. source: { url: https://www.baliprocess.net/event/…, title: Event page }',
      'series/ministerial-conferences.yaml:13:16 known[2].startDate: gives only a month, so the entry needs a dateNote saying what the sources give',
    ]);
  });
});

describe('a body file', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-members-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  for (const entity of ['bodies', 'topics', 'organizations', 'series', 'meetings']) mkdirSync(join(folder, entity));
  writeFileSync(
    join(folder, 'organizations', 'iom.yaml'),
    'name: International Organization for Migration\ntype: un-agency\n',
  );
  const member = (id: string, since: string) =>
    `  - { id: ${id}, since: ${since}, source: { url: "https://www.baliprocess.net/event/a/" } }`;
  writeFileSync(
    join(folder, 'bodies', 'ad-hoc-group.yaml'),
    [
      'name: Ad Hoc Group',
      'description: Senior officials of the members most affected.',
      'members:',
      member('PH', '2011-10-12'),
      member('iom', '2011'),
      member('Vietnam', '2011-10-12'),
      member('unodc', '2013-04-01'),
      '',
    ].join('\n'),
  );
  writeFileSync(
    join(folder, 'bodies', 'steering-group.yaml'),
    ['name: Steering Group', 'description: A few members.', 'members:', '  - { id: US, since: 2011-10-12 }', ''].join(
      '\n',
    ),
  );
  const { problems, entities } = await readContent({ contentDir: folder, root: folder, today: TODAY });

  it('names members by country code or organisation id, each dated by a source', () => {
    const neither = 'is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/.';
    expect(problems.map(formatProblem)).toEqual([
      `bodies/ad-hoc-group.yaml:6:11 members[2].id: "Vietnam" ${neither} Write VN for Viet Nam`,
      `bodies/ad-hoc-group.yaml:7:11 members[3].id: "unodc" ${neither} Write a country code in capitals or an organisation id, e.g. id: PH`,
      'bodies/steering-group.yaml:4:5 members[0].source: is missing. Give the page that says it is a member, e.g. source: { url: https://www.baliprocess.net/event/…, title: Event page }',
    ]);
    expect(entities.bodies.find((body) => body.id === 'ad-hoc-group')?.data.members.slice(0, 2)).toEqual([
      {
        id: 'PH',
        since: { iso: '2011-10-12', precision: 'day' },
        source: { url: 'https://www.baliprocess.net/event/a/' },
      },
      { id: 'iom', since: { iso: '2011', precision: 'year' }, source: { url: 'https://www.baliprocess.net/event/a/' } },
    ]);
  });
});

describe('--fix', () => {
  const folder = mkdtempSync(join(tmpdir(), 'bp-fix-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('writes a note in MDX comment form as an HTML comment, and leaves code written as a comment alone', () => {
    expect(fixNotes('A {/* check the list */} B')).toBe('A <!-- check the list --> B');
    expect(fixNotes('{/* a */ alert(1) /* b */}')).toBe('{/* a */ alert(1) /* b */}');
  });

  it('removes invisible characters, renames a misnamed record to a name no other record has, and the result passes', async () => {
    const source = readFileSync(join(ROOT, VALID, '2016-05-months-only.mdx'), 'utf8');
    writeFileSync(join(folder, '2016-05-months-only.mdx'), source);
    writeFileSync(
      join(folder, 'JPA 6 copy.mdx'),
      source.replace('title:', '\uFEFFtitle:').replace('Text', 'Text {/* a note */}'),
    );
    const lines = await applySafeFixes({ contentDir: FIXTURE_CONTENT, root: folder, meetingsDir: folder });
    expect(lines).toEqual(['fixed JPA 6 copy.mdx', 'renamed JPA 6 copy.mdx to 2016-05-jpa-6-copy.mdx']);
    expect(existsSync(join(folder, '2016-05-months-only.mdx'))).toBe(true);
    const reading = await read(folder, folder);
    expect(reading.problems.map(formatProblem)).toEqual([]);
    expect(readFileSync(join(folder, '2016-05-jpa-6-copy.mdx'), 'utf8')).not.toMatch(/\uFEFF|\{\/\*/);
  });
});

describe('the file-name rule', () => {
  it('makes a readable id of at most 80 characters from a long title, keeping whole words', () => {
    const name = suggestFileName(
      '2026-09-14',
      'Regional Dialogue on the Protection of Victims of Trafficking for Forced Criminality in Online Scam Operations',
    );
    expect(name).toBe('2026-09-14-regional-dialogue-on-the-protection-of-victims-of-trafficking-for.mdx');
    expect(name.length - '.mdx'.length).toBeLessThanOrEqual(80);
  });

  it('never suggests a name another record has: a second one gets a number', () => {
    const taken = new Set(['2019-07-02-jpa-5.mdx', '2019-07-02-jpa-5-2.mdx']);
    expect(suggestFileName('2019-07-02', 'JPA 5', (name) => taken.has(name))).toBe('2019-07-02-jpa-5-3.mdx');
    expect(suggestFileName(undefined, 'JPA 6 Việt Nam')).toBe('undated-jpa-6-viet-nam.mdx');
    // The date of a file name, however it is joined to the words, is never written twice.
    for (const words of ['2019-07-02 JPA 6 Việt Nam', '2019-07-02_JPA_6_Việt_Nam', '2019-07-02-jpa-6-viet-nam']) {
      expect(suggestFileName('2019-07-02', words)).toBe('2019-07-02-jpa-6-viet-nam.mdx');
    }
    expect(suggestFileName('2019-07-02', '2019 in review')).toBe('2019-07-02-2019-in-review.mdx');
  });
});
