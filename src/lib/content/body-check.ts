/**
 * The content check of a record's text: the policy of `body-policy.ts`, explained. The text is read by the same
 * parser with the same features as the renderer, each element is put through the same sanitiser schema, and
 * whatever the renderer would remove or change is named here, at its line, with what to write instead. A few things
 * the renderer leaves as written but a contributor never means are named too: an image without a description, and
 * MDX's comment form `{/* … *\/}`, which Markdown shows as text.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { markdownToHast } from 'satteri';
import { BODY_SCHEMA, RECORD_FEATURES, sanitizeBody } from './body-policy.ts';
import type { Position } from './frontmatter.ts';
import { checkImage, type ImagePlaces } from './images.ts';
import { getTextPlaces, type TextPlace } from './text-places.ts';
import { findForbiddenCharacters } from '../domain/characters.ts';

/** A problem in a record's text, with its position in the file. */
export interface BodyProblem {
  position: Position;
  message: string;
}

/** What the check found in a record's text. */
export interface BodyCheck {
  problems: BodyProblem[];
  /** The images the text shows, as written (`./opening.jpg`), that pass the image rule. */
  images: string[];
  /** The paragraphs, list items and table cells of the text as the page shows them, with their ids there. */
  places: TextPlace[];
}

/**
 * Elements refused with their content, with the reason a contributor reads: they run code, restyle the site, load
 * content from another site or collect what readers type.
 */
const DANGEROUS_ELEMENTS: Readonly<Record<string, string>> = {
  script: "runs code in the reader's browser",
  style: 'changes the look of the whole site',
  link: 'loads files from another site',
  iframe: 'loads a page from another site',
  frame: 'loads a page from another site',
  frameset: 'loads a page from another site',
  object: 'loads content from another site',
  embed: 'loads content from another site',
  video: 'loads content from another site',
  audio: 'loads content from another site',
  svg: 'can run code',
  math: 'can run code',
  template: 'can run code',
  noscript: 'is shown only when scripts are off',
  meta: 'changes how browsers treat the page',
  base: 'changes where every link of the page points',
  form: 'sends what readers type to another site',
  input: 'sends what readers type to another site',
  textarea: 'sends what readers type to another site',
  select: 'sends what readers type to another site',
  button: 'runs code when pressed',
};

const ALLOWED_LIST = ['abbr title', 'span lang', 'sub', 'sup', 'br', 'mark', 'small', 'cite', 'q'].map((name) => `<${name}>`).join(', ');

function truncate(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/** What to write instead of an HTML element that has a Markdown form. */
function markdownFor(name: string, text: string, href: string | undefined): string | undefined {
  const words = truncate(text || 'text', 40);
  switch (name) {
    case 'b':
    case 'strong':
      return `Write **${words}** for bold text`;
    case 'i':
    case 'em':
      return `Write *${words}* for emphasis`;
    case 'a':
      return `Write the link as [${words}](${href ?? 'https://…'})`;
    case 'p':
    case 'div':
      return 'Delete the tags; a blank line starts a new paragraph';
    case 'h1':
      return `The record's title is its only first-level heading. Start headings in the text at two: ## ${words}`;
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `Write the heading as ## ${words}`;
    case 'img':
      return 'Write an image as ![what it shows](./file.jpg)';
    case 'ul':
    case 'ol':
    case 'li':
      return 'Write each item of a list on its own line starting with "- "';
    case 'blockquote':
      return 'Start each quoted line with "> "';
    case 'code':
      return `Write code between backticks: \`${words}\``;
    default:
      return undefined;
  }
}

/** An attribute's name as written in HTML, from hast's property name (`onClick` ⇒ `onclick`, `dataX` ⇒ `data-x`). */
function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property.startsWith('data')) return property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  return property.toLowerCase();
}

/** Finds where each problem is in the text: the needle's next occurrence after the last one found. */
class Locator {
  #cursor = 0;
  readonly #body: string;
  readonly #lower: string;
  readonly #bodyStartLine: number;
  constructor(body: string, bodyStartLine: number) {
    this.#body = body;
    this.#lower = body.toLowerCase();
    this.#bodyStartLine = bodyStartLine;
  }

  /** The file position of the next occurrence of one of the needles (case-insensitive), or of the text's start. */
  find(...needles: string[]): Position {
    let offset = -1;
    for (const needle of needles.filter(Boolean)) {
      const lower = needle.toLowerCase();
      offset = this.#lower.indexOf(lower, this.#cursor);
      if (offset === -1) offset = this.#lower.indexOf(lower);
      if (offset !== -1) break;
    }
    if (offset === -1) return { line: this.#bodyStartLine, column: 1 };
    this.#cursor = offset + 1;
    const before = this.#body.slice(0, offset);
    const lineStart = before.lastIndexOf('\n') + 1;
    return { line: this.#bodyStartLine + (before.match(/\n/g)?.length ?? 0), column: offset - lineStart + 1 };
  }
}

/** An element on its own, without children, through the sanitiser: what the renderer keeps of it. */
function sanitizeAlone(element: Element): Element | undefined {
  const alone: Root = { type: 'root', children: [{ ...element, children: [] }] };
  const [kept] = sanitizeBody(alone).children;
  return kept?.type === 'element' && kept.tagName === element.tagName ? kept : undefined;
}

/** The problems of one element the renderer would remove or change. */
function explainElement(element: Element, locate: Locator): BodyProblem[] {
  const name = element.tagName;
  const kept = sanitizeAlone(element);
  const href = typeof element.properties['href'] === 'string' ? element.properties['href'] : undefined;
  if (!kept) {
    const danger = DANGEROUS_ELEMENTS[name];
    const position = name === 'h1' ? locate.find(`# ${toString(element)}`, '<h1') : locate.find(`<${name}`);
    if (danger) {
      return [{ position, message: `<${name}> ${danger}, so a record cannot contain it. Delete it; records may use Markdown and ${ALLOWED_LIST}` }];
    }
    const instead = markdownFor(name, toString(element), href);
    return [
      {
        position,
        message:
          name === 'h1'
            ? `"# ${truncate(toString(element))}" is a first-level heading. ${instead}`
            : `<${name}> is not one of the elements a record may use. ${instead ?? `Use Markdown, or one of ${ALLOWED_LIST}`}`,
      },
    ];
  }
  const problems: BodyProblem[] = [];
  for (const [property, value] of Object.entries(element.properties)) {
    const after = kept?.properties[property];
    if (after !== undefined && String(after) === String(value)) continue;
    const attribute = attributeName(property);
    if (property === 'href') {
      const target = String(value);
      const https = /^http:\/\//i.test(target) ? `https://${target.slice(7)}` : undefined;
      problems.push({
        position: locate.find(`](${target}`, target),
        message: https
          ? `the link ${target} starts with http://. Write the https address: [${truncate(toString(element), 30) || 'link text'}](${https})`
          : `the link ${target} is not a web or email address. Links start with https:// or mailto:, e.g. [the event page](https://www.baliprocess.net/)`,
      });
    } else if (/^on/i.test(attribute)) {
      problems.push({
        position: locate.find(`${attribute}=`),
        message: `${attribute} runs code when the reader clicks or types, so a record cannot contain it. Delete ${attribute}="…" from the <${name}> tag`,
      });
    } else {
      const allowed = (BODY_SCHEMA.attributes?.[name] ?? []).filter((entry): entry is string => typeof entry === 'string');
      problems.push({
        position: locate.find(`${attribute}=`, `<${name}`),
        message: `<${name}> may not have the attribute ${attribute}; ${allowed.length ? `it may have only ${allowed.map(attributeName).join(', ')}` : 'it takes none'}. Delete ${attribute}="…"`,
      });
    }
  }
  return problems;
}

/** MDX's comment form, which a Markdown record shows as text. */
const MDX_COMMENT = /\{\/\*[\s\S]*?(?:\*\/\}|$)/g;

/** An HTML character reference: `&#7;`, `&#x202E;`, `&ZeroWidthSpace;`. */
const CHARACTER_REFERENCE = /&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/g;

/**
 * All problems of a record's text, in order, and the images it shows.
 * @param body the text after the frontmatter, exactly as written.
 * @param bodyStartLine the file line on which the text starts.
 * @param places the record file and the content folder, for the image rule.
 * @example (await checkRecordBody('<b>Low</b> turnout.', 10, places)).problems[0].message
 *   ⇒ '<b> is not one of the elements a record may use. Write **Low** for bold text'
 */
export async function checkRecordBody(body: string, bodyStartLine: number, places: ImagePlaces): Promise<BodyCheck> {
  const problems: BodyProblem[] = [];
  const images: string[] = [];
  const tree = markdownToHast(body, { features: RECORD_FEATURES }) as Root;
  const locate = new Locator(body, bodyStartLine);
  const codeText: string[] = [];

  const walk = async (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'code') codeText.push(toString(node));
      problems.push(...explainElement(node, locate));
      if (node.tagName === 'img') {
        const src = String(node.properties['src'] ?? '');
        const alt = String(node.properties['alt'] ?? '');
        const position = locate.find(`](${src}`, src);
        if (alt.trim() === '') {
          problems.push({
            position,
            message: `the image ${src} has no description. Write what it shows between the brackets, e.g. ![Delegates at the opening session](${src || './photo.jpg'})`,
          });
        }
        const verdict = await checkImage(src, alt, places);
        if (verdict.ok) images.push(src);
        else problems.push({ position, message: verdict.reason });
      }
      // What is inside a removed element is reported with it, not again.
      if (!DANGEROUS_ELEMENTS[node.tagName]) await walk(node.children);
    }
  };
  await walk(tree.children);

  for (const match of body.matchAll(MDX_COMMENT)) {
    const written = match[0];
    if (codeText.some((code) => code.includes(written.slice(0, 20)))) continue;
    const inner = written.replace(/^\{\/\*/, '').replace(/\*\/\}$/, '').trim();
    const before = body.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    problems.push({
      position: { line: bodyStartLine + (before.match(/\n/g)?.length ?? 0), column: match.index - lineStart + 1 },
      message: `${truncate(written, 40)} is written like MDX code, which a record shows as text. Write a note to other editors as <!-- ${truncate(inner.replaceAll('*/', '').replaceAll('/*', ''), 60)} -->, or write \\{ to show a brace`,
    });
  }
  // A character reference (`&#x202E;`, `&ZeroWidthSpace;`) writes a character that the rule for the file's own
  // characters forbids; what it stands for is read by the same parser.
  for (const match of body.matchAll(CHARACTER_REFERENCE)) {
    const written = match[0];
    if (codeText.some((code) => code.includes(written))) continue;
    const [found] = findForbiddenCharacters(toString(markdownToHast(written) as Root));
    if (!found) continue;
    const before = body.slice(0, match.index);
    const lineStart = before.lastIndexOf('\n') + 1;
    problems.push({
      position: { line: bodyStartLine + (before.match(/\n/g)?.length ?? 0), column: match.index - lineStart + 1 },
      message: `${written} writes the invisible or control character ${found.escaped}. Delete it`,
    });
  }
  problems.sort((a, b) => a.position.line - b.position.line || a.position.column - b.position.column);
  return { problems, images, places: getTextPlaces(sanitizeBody(tree)) };
}
