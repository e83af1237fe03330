/**
 * Checks on the MDX body of a record, for contributors who are not developers.
 *
 * Records are MDX, but may use only its safe subset: Markdown, `{/* comments *\/}` and a few plain elements
 * (`ALLOWED_ELEMENTS`). Two passes find problems:
 * 1. The body is read as plain Markdown, which never fails, to find the usual pitfalls (cases C5 to C8): HTML
 *    comments, `<` and `{ }` in prose, `<https://…>` autolinks. Each has an exact, safe fix (`fixRecordBody`).
 * 2. If there are none, the body is read with MDX's own parser (micromark-extension-mdxjs) and every construct that
 *    could run code or load content from elsewhere is refused: `import`/`export`, expressions, `<script>`, `<style>`,
 *    `<iframe>`, event-handler attributes, unknown components, remote images, images without alt text, and links
 *    that are not http(s), mailto or `#fragments`.
 */
import type { Nodes as MdastNodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import type { Position } from './frontmatter.ts';

/**
 * Elements a record may use, with the attributes each may carry. They are plain HTML with no behaviour:
 * `span lang` marks text in another language (screen readers switch voice), `abbr title` expands an abbreviation.
 */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  span: ['lang', 'dir'],
  sub: [],
  sup: [],
  br: [],
  mark: [],
  small: [],
  cite: [],
  q: ['lang'],
};

const ALLOWED_LIST = Object.keys(ALLOWED_ELEMENTS)
  .map((name) => `<${name}>`)
  .join(', ');

/** Elements refused outright because they run code, style the page or pull in content from elsewhere. */
const DANGEROUS_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'img',
  'video',
  'audio',
  'svg',
  'math',
  'template',
]);

/** A problem in a record body, with its position in the file. */
export interface BodyProblem {
  position: Position;
  message: string;
}

/** A replacement that fixes a pitfall: characters `[start, end)` of the body become `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Offsets → file positions, given the line on which the body starts. */
function positionAt(body: string, offset: number, bodyStartLine: number): Position {
  let line = bodyStartLine;
  let lineStart = 0;
  for (let index = 0; index < offset && index < body.length; index += 1) {
    if (body[index] === '\n') {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const COMMENT_FORM = /\{\/\*[\s\S]*?\*\/\}/g;

/** Pass 1: pitfalls of prose in MDX, found by reading the body as plain Markdown. */
function findPitfalls(body: string): Array<{ offset: number; message: string; edit: Edit }> {
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const found: Array<{ offset: number; message: string; edit: Edit }> = [];
  const commentSpans = [...body.matchAll(COMMENT_FORM)].map((match) => [match.index, match.index + match[0].length]);
  const inCommentForm = (offset: number) => commentSpans.some(([start, end]) => offset >= start! && offset < end!);

  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const source = body.slice(start, end);
    if (node.type === 'html' && source.startsWith('<!--')) {
      const inner = source.replace(/^<!--/, '').replace(/-->$/, '').replaceAll('*/', '* /').trim();
      found.push({
        offset: start,
        message: `an HTML comment (<!-- ... -->) cannot be used in a record. Write a comment as {/* ${truncate(inner)} */}, or delete it`,
        edit: { start, end, text: `{/* ${inner} */}` },
      });
      return 'skip';
    }
    if (node.type === 'link' && source.startsWith('<') && source.endsWith('>')) {
      const target = source.slice(1, -1);
      const url = /^[^@\s]+@[^@\s]+$/.test(target) && !target.includes(':') ? `mailto:${target}` : target;
      found.push({
        offset: start,
        message: `a link in angle brackets (${source}) cannot be used in a record. Write it as [${target}](${url})`,
        edit: { start, end, text: `[${target}](${url})` },
      });
      return 'skip';
    }
    if (node.type === 'text') {
      for (let index = 0; index < source.length; index += 1) {
        const char = source[index];
        if (char !== '<' && char !== '{' && char !== '}') continue;
        const offset = start + index;
        if (body[offset - 1] === '\\' || inCommentForm(offset)) continue;
        if (char === '<') {
          found.push({
            offset,
            message: `the character < in text starts a tag in MDX. Write \\< to show it as text, e.g. (\\<20%)`,
            edit: { start: offset, end: offset + 1, text: '\\<' },
          });
        } else {
          found.push({
            offset,
            message: `the character ${char} in text starts code in MDX. Write \\${char} to show it as text, e.g. \\{member/observer\\}`,
            edit: { start: offset, end: offset + 1, text: `\\${char}` },
          });
        }
      }
    }
    return undefined;
  });
  return found;
}

function truncate(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/** Pass 2: read with MDX's parser and refuse what could run code or load content from elsewhere. */
function findUnsafeConstructs(body: string): Array<{ offset: number; message: string }> {
  let tree: Root;
  try {
    tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (error) {
    const place = (error as { place?: { offset?: number } | { start?: { offset?: number } } }).place;
    const offset =
      (place && 'offset' in place ? place.offset : place && 'start' in place ? place.start?.offset : undefined) ?? 0;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return [
      {
        offset,
        message: `could not be read as MDX (${reason.replace(/\s+/g, ' ')}). Check the text here for a < or { and write \\< or \\{ to show them as text`,
      },
    ];
  }
  const found: Array<{ offset: number; message: string }> = [];
  const at = (node: MdastNodes) => node.position?.start.offset ?? 0;
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        found.push({
          offset: at(node),
          message:
            'import and export lines run code and cannot be used in a record. Delete the line; write the content as text',
        });
        return 'skip';
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          found.push({
            offset: at(node),
            message: `{${truncate(node.value.trim(), 30)}} is code and cannot be used in a record. To show braces as text write \\{ and \\}; a comment is written {/* like this */}`,
          });
        }
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name;
        if (name === null) {
          found.push({ offset: at(node), message: 'an empty tag <> cannot be used in a record. Delete <> and </>' });
          return undefined;
        }
        const lower = name.toLowerCase();
        if (DANGEROUS_ELEMENTS.has(lower)) {
          const why = lower === 'img' ? 'write images as ![what it shows](file.jpg)' : `records may use only ${ALLOWED_LIST}`;
          found.push({
            offset: at(node),
            message: `<${name}> could run code or load content from another site, so it cannot be used in a record. Remove it; ${why}`,
          });
          return 'skip';
        }
        const allowedAttributes = ALLOWED_ELEMENTS[name];
        if (!allowedAttributes) {
          found.push({
            offset: at(node),
            message: `<${name}> is not an element records may use. Use Markdown, or one of ${ALLOWED_LIST}`,
          });
          return 'skip';
        }
        for (const attribute of node.attributes) {
          if (attribute.type === 'mdxJsxExpressionAttribute') {
            found.push({
              offset: attribute.position?.start.offset ?? at(node),
              message: `{...} in a tag is code and cannot be used in a record. Write attributes as name="text"`,
            });
          } else if (/^on/i.test(attribute.name)) {
            found.push({
              offset: attribute.position?.start.offset ?? at(node),
              message: `${attribute.name} runs code when the reader clicks or types, so it cannot be used in a record. Delete it`,
            });
          } else if (attribute.value !== null && typeof attribute.value === 'object') {
            found.push({
              offset: attribute.position?.start.offset ?? at(node),
              message: `${attribute.name}={...} is code and cannot be used in a record. Write ${attribute.name}="text"`,
            });
          } else if (!allowedAttributes.includes(attribute.name)) {
            const allowed = allowedAttributes.length ? `it may have ${allowedAttributes.join(', ')}` : 'it takes none';
            found.push({
              offset: attribute.position?.start.offset ?? at(node),
              message: `<${name}> may not have the attribute ${attribute.name}; ${allowed}`,
            });
          }
        }
        return undefined;
      }
      case 'image':
        if (!node.alt || node.alt.trim() === '') {
          found.push({
            offset: at(node),
            message: `the image ${node.url} has no alt text. Describe what it shows, e.g. ![Delegates at the opening session](${node.url})`,
          });
        }
        if (/^[a-z][a-z0-9+.-]*:/i.test(node.url) || node.url.startsWith('//')) {
          found.push({
            offset: at(node),
            message: `the image ${node.url} is on another site, which would tell that site who reads the record. Save the file beside the record and write ![${node.alt || 'what it shows'}](./file.jpg)`,
          });
        }
        return undefined;
      case 'link':
      case 'definition':
        if (!isAllowedLink(node.url)) {
          found.push({
            offset: at(node),
            message: `the link ${node.url} is not a web or email address. Links start with https://, http:// or mailto:, e.g. [the event page](https://www.baliprocess.net/)`,
          });
        }
        return undefined;
      default:
        return undefined;
    }
  });
  return found;
}

/**
 * Whether a link target may appear in a record: http(s), mailto, or a `#fragment` on the same page.
 * @example isAllowedLink('https://www.baliprocess.net/') ⇒ true
 * @example isAllowedLink('javascript:alert(1)') ⇒ false
 */
export function isAllowedLink(url: string): boolean {
  return /^(?:https?:\/\/[^\s]+|mailto:[^\s]+|#[^\s]*)$/i.test(url.trim());
}

/**
 * All problems of a record body, in order, with positions in the file.
 * @param bodyStartLine the file line on which the body starts.
 */
export function checkRecordBody(body: string, bodyStartLine: number): BodyProblem[] {
  // Every pitfall needs a <, { or }: a body without them needs no Markdown pass.
  const pitfalls = /[<{}]/.test(body) ? findPitfalls(body) : [];
  // Blank out each pitfall (same length, line breaks kept) so that MDX's parser reads the rest with the same offsets.
  let rest = body;
  for (const { edit } of pitfalls) {
    rest = rest.slice(0, edit.start) + rest.slice(edit.start, edit.end).replace(/[^\n]/g, ' ') + rest.slice(edit.end);
  }
  const problems = [...pitfalls, ...findUnsafeConstructs(rest)];
  return problems
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, message }) => ({ position: positionAt(body, offset, bodyStartLine), message }));
}

/**
 * The body with every safe fix applied: HTML comments become `{/* … *\/}`, `<https://…>` becomes `[…](…)`, and `<`,
 * `{`, `}` in prose are escaped. Returns the body unchanged when there is nothing to fix.
 *
 * @example fixRecordBody('Low (<20%) turnout.') ⇒ 'Low (\\<20%) turnout.'
 */
export function fixRecordBody(body: string): string {
  const edits = findPitfalls(body)
    .map((pitfall) => pitfall.edit)
    .sort((a, b) => b.start - a.start);
  let fixed = body;
  for (const edit of edits) fixed = fixed.slice(0, edit.start) + edit.text + fixed.slice(edit.end);
  return fixed;
}
