/**
 * Checks on the MDX body of a record, for contributors who are not developers.
 *
 * Records are MDX, but may use only its safe subset: Markdown, `{/* comments *\/}` and a few plain elements
 * (`ALLOWED_ELEMENTS`). Two passes find problems:
 * 1. The body is read as plain Markdown, which never fails, to find the usual pitfalls (cases C5 to C8): HTML
 *    comments, `<` and `{ }` in prose, `<https://…>` autolinks. Each has an exact, safe fix (`fixRecordBody`).
 * 2. The body, with those pitfalls blanked out, is read with MDX's own parser (micromark-extension-mdxjs), and every
 *    construct that could run code or load content from elsewhere is refused: `import`/`export`, expressions,
 *    `<script>`, `<style>`, `<iframe>`, event-handler attributes, unknown components, remote images, images without
 *    alt text or whose file is missing, and links that are not http(s), mailto or `#fragments`. When MDX cannot read
 *    the body at all (an unclosed tag), its message is rewritten in plain words.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Nodes as MdastNodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';
import { mdxToMdast } from 'satteri';
import { EXIT, visit } from 'unist-util-visit';
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

/**
 * Elements refused outright, with the reason a contributor reads: they run code, restyle the site, load content
 * from another site or collect what readers type.
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
  img: 'loads content from another site',
  svg: 'can run code',
  math: 'can run code',
  template: 'can run code',
  meta: 'changes how browsers treat the page',
  base: 'changes where every link of the page points',
  form: 'sends what readers type to another site',
  input: 'sends what readers type to another site',
  button: 'runs code when pressed',
};

/** Void elements: in a record they are written with a closing slash, `<br />`. */
const VOID_ELEMENTS = new Set(['br', 'hr', 'img', 'wbr']);

/** A problem in a record body, with its position in the file. */
export interface BodyProblem {
  position: Position;
  message: string;
}

/** Inputs of `checkRecordBody` beyond the text. */
export interface BodyCheckOptions {
  /** The folder of the record file, to check that images written `./file.jpg` exist beside it. */
  recordDir?: string;
}

/** A replacement that fixes a pitfall: characters `[start, end)` of the body become `text`. */
interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A pitfall of pass 1: where it is, what the contributor reads, and the edits that fix it. */
interface Pitfall {
  offset: number;
  message: string;
  edits: Edit[];
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

/** A paragraph that MDX reads as an `import` or `export` statement (pass 2 refuses it as a whole). */
const ESM_START = /^(?:import|export)[\s{*]/;

/**
 * The words around a character, for a message: from the start of the word before it to the end of the word after
 * it, on the same line. @example snippetAround('was low (<20%) this', 9) ⇒ { start: 8, end: 14 } ("(<20%)")
 */
function snippetAround(text: string, index: number): { start: number; end: number } {
  const isSpace = (char: string | undefined) => char === undefined || /\s/.test(char);
  let start = index;
  let end = index + 1;
  if (isSpace(text[start - 1])) while (start > 0 && text[start - 1] === ' ') start -= 1;
  while (start > 0 && !isSpace(text[start - 1])) start -= 1;
  if (isSpace(text[end])) while (end < text.length && text[end] === ' ') end += 1;
  while (end < text.length && !isSpace(text[end])) end += 1;
  return { start, end };
}

/** Applies edits (given in body offsets) to a slice of the body that starts at `from`. */
function applyEdits(body: string, from: number, to: number, edits: readonly Edit[]): string {
  let text = body.slice(from, to);
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    if (edit.start < from || edit.end > to) continue;
    text = text.slice(0, edit.start - from) + edit.text + text.slice(edit.end - from);
  }
  return text;
}

/** Pass 1: pitfalls of prose in MDX, found by reading the body as plain Markdown. */
function findPitfalls(body: string): Pitfall[] {
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const found: Pitfall[] = [];
  const commentSpans = [...body.matchAll(COMMENT_FORM)].map((match) => [match.index, match.index + match[0].length]);
  const inCommentForm = (offset: number) => commentSpans.some(([start, end]) => offset >= start! && offset < end!);

  visit(tree, (node, _index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    const source = body.slice(start, end);
    if (node.type === 'paragraph' && parent?.type === 'root' && ESM_START.test(source)) return 'skip';
    if (node.type === 'html' && source.startsWith('<!--')) {
      const inner = source.replace(/^<!--/, '').replace(/-->$/, '').replaceAll('*/', '* /').trim();
      found.push({
        offset: start,
        message: `${truncate(source, 40)} is an HTML comment, which a record cannot contain. Write it as {/* ${truncate(inner, 120)} */}, or delete it`,
        edits: [{ start, end, text: `{/* ${inner} */}` }],
      });
      return 'skip';
    }
    if (node.type === 'link' && source.startsWith('<') && source.endsWith('>')) {
      const target = source.slice(1, -1);
      const url = /^[^@\s]+@[^@\s]+$/.test(target) && !target.includes(':') ? `mailto:${target}` : target;
      found.push({
        offset: start,
        message: `${source} is a link in angle brackets, which a record reads as a tag. Write it as [${target}](${url})`,
        edits: [{ start, end, text: `[${target}](${url})` }],
      });
      return 'skip';
    }
    if (node.type === 'text') found.push(...findTextPitfalls(body, start, source, inCommentForm));
    return undefined;
  });
  return found;
}

/** `<`, `{` and `}` in one run of prose: a pair `{…}` is one pitfall, a lone brace or `<` another. */
function findTextPitfalls(body: string, start: number, source: string, inCommentForm: (offset: number) => boolean): Pitfall[] {
  const found: Pitfall[] = [];
  const isLive = (index: number) => body[start + index - 1] !== '\\' && !inCommentForm(start + index);
  const escape = (index: number): Edit => ({ start: start + index, end: start + index + 1, text: `\\${source[index]}` });
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if ((char !== '<' && char !== '{' && char !== '}') || !isLive(index)) continue;
    // `<` before a letter or `/` is a tag that plain Markdown did not recognise (e.g. with a {…} attribute): MDX's
    // parser judges it, and what is inside it, in pass 2.
    if (char === '<' && /[A-Za-z/]/.test(source[index + 1] ?? '')) {
      const close = source.indexOf('>', index);
      if (close !== -1) {
        index = close;
        continue;
      }
    }
    if (char === '{') {
      let close = -1;
      for (let next = index + 1; next < source.length; next += 1) {
        if (source[next] === '{' && isLive(next)) break;
        if (source[next] === '}' && isLive(next)) {
          close = next;
          break;
        }
      }
      if (close !== -1) {
        const edits = [escape(index), escape(close)];
        const written = source.slice(index, close + 1);
        found.push({
          offset: start + index,
          message: `${truncate(written, 60)} would be read as code, because braces mark code in a record. Write ${truncate(applyEdits(body, start + index, start + close + 1, edits), 62)} to show it as text`,
          edits,
        });
        index = close;
        continue;
      }
    }
    const edits = [escape(index)];
    const snippet = snippetAround(source, index);
    const written = source.slice(snippet.start, snippet.end);
    const fixed = applyEdits(body, start + snippet.start, start + snippet.end, edits);
    const role = char === '<' ? 'the start of a tag' : 'code';
    found.push({
      offset: start + index,
      message: `the ${char} in "${truncate(written, 60)}" would be read as ${role}. Write ${truncate(fixed, 61)} to show it as text`,
      edits,
    });
  }
  return found;
}

function truncate(text: string, length = 40): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > length ? `${oneLine.slice(0, length - 1)}…` : oneLine;
}

/**
 * What to write instead of an HTML element that records do not use, in Markdown.
 * @param text the element's text, to give the exact replacement when it is short.
 */
function markdownFor(name: string, text: string, href: string | undefined): string | undefined {
  const words = truncate(text.trim() || 'text', 40);
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
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      return `Write the heading as ## ${words}`;
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

/** An MDX parser error rewritten as a plain sentence, at the place it concerns. */
function describeParseError(error: unknown, body: string): { offset: number; message: string } {
  const { reason = String(error), ruleId, place } = error as {
    reason?: string;
    ruleId?: string;
    place?: { offset?: number; start?: { offset?: number } };
  };
  let offset = place?.offset ?? place?.start?.offset ?? 0;
  const unclosed = /^Expected a closing tag for `<([^>]+)>` \((\d+):(\d+)/.exec(reason);
  if (unclosed) {
    const [, name = '', line = '1', column = '1'] = unclosed;
    offset = offsetOf(body, Number(line), Number(column));
    if (VOID_ELEMENTS.has(name.toLowerCase())) {
      return { offset, message: `<${name}> needs a closing slash in a record. Write <${name} />` };
    }
    return {
      offset,
      message: `<${name}> is not closed. Write </${name}> after the text it marks, in the same paragraph (or write \\< if the < is meant as text)`,
    };
  }
  const mismatch = /^Unexpected closing tag `<\/([^>]+)>`, expected corresponding closing tag for `<([^>]+)>`/.exec(reason);
  if (mismatch) {
    return { offset, message: `</${mismatch[1]}> does not match the tag <${mismatch[2]}> it closes. Write </${mismatch[2]}>` };
  }
  if (ruleId === 'unexpected-closing-slash') {
    return { offset, message: 'this closing tag has no opening tag. Delete it, or add the opening tag before the text it marks' };
  }
  if (/before attribute value/.test(reason)) {
    return { offset, message: 'the value of an attribute must be in double quotes, e.g. <span lang="th">' };
  }
  return {
    offset,
    message: `the text here could not be read (${reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)/g, '').replace(/\s+/g, ' ')}). If it has a < or {, write \\< or \\{ to show them as text`,
  };
}

/** The offset of a 1-based line and column in a text. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current += 1) {
    const next = text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset + column - 1;
}

/** Pass 2: read with MDX's parser and refuse what could run code or load content from elsewhere. */
function findUnsafeConstructs(body: string, options: BodyCheckOptions): Array<{ offset: number; message: string }> {
  let tree: Root;
  try {
    tree = fromMarkdown(body, {
      extensions: [mdxjs(), gfm()],
      mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()],
    });
  } catch (error) {
    return [describeParseError(error, body)];
  }
  const found: Array<{ offset: number; message: string }> = [];
  const at = (node: MdastNodes) => node.position?.start.offset ?? 0;
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm': {
        const line = truncate(node.value.split('\n')[0] ?? '', 40);
        found.push({
          offset: at(node),
          message: `the ${line.startsWith('export') ? 'export' : 'import'} line (${line}) runs code, so a record cannot contain it. Delete the line and write the content as plain text`,
        });
        return 'skip';
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          found.push({
            offset: at(node),
            message: `{${truncate(node.value.trim(), 30)}} is code, which a record cannot contain. To show braces as text write \\{ and \\}; a comment is written {/* like this */}`,
          });
        }
        return 'skip';
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.push(...checkElement(node, at(node)));
        return ALLOWED_ELEMENTS[node.name ?? ''] ? undefined : 'skip';
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : `[${node.identifier}]`;
        if (!node.alt || node.alt.trim() === '') {
          found.push({
            offset: at(node),
            message: `the image ${url} has no alt text. Describe what it shows between the brackets, e.g. ![Delegates at the opening session](${node.type === 'image' ? node.url : './photo.jpg'})`,
          });
        }
        if (node.type === 'image') found.push(...checkImageSource(node.url, node.alt ?? '', at(node), options));
        return undefined;
      }
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

type JsxElement = Extract<MdastNodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

/** An element: refused when it is not on the allow-list, and each attribute checked when it is. */
function checkElement(node: JsxElement, offset: number): Array<{ offset: number; message: string }> {
  const name = node.name;
  if (name === null) return [{ offset, message: 'an empty tag <> cannot be used in a record. Delete <> and </>' }];
  const lower = name.toLowerCase();
  const danger = DANGEROUS_ELEMENTS[lower];
  if (danger) {
    const instead = lower === 'img' ? 'Write an image as ![what it shows](./file.jpg)' : `Delete it; records may use only ${ALLOWED_LIST}`;
    return [{ offset, message: `<${name}> ${danger}, so a record cannot contain it. ${instead}` }];
  }
  const allowedAttributes = ALLOWED_ELEMENTS[name];
  if (!allowedAttributes) {
    if (/^[A-Z]/.test(name) || name.includes('.')) {
      return [
        {
          offset,
          message: `<${name}> is a component, which runs code, so a record cannot contain it. Write the content in Markdown; records may use only ${ALLOWED_LIST}`,
        },
      ];
    }
    const href = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href')?.value;
    const instead = markdownFor(lower, toString(node), typeof href === 'string' ? href : undefined);
    return [
      {
        offset,
        message: `<${name}> is not one of the elements a record may use. ${instead ?? `Use Markdown, or one of ${ALLOWED_LIST}`}`,
      },
    ];
  }
  const found: Array<{ offset: number; message: string }> = [];
  for (const attribute of node.attributes) {
    const where = attribute.position?.start.offset ?? offset;
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push({ offset: where, message: `{…} in a tag is code, which a record cannot contain. Write attributes as name="text"` });
    } else if (/^on/i.test(attribute.name)) {
      found.push({
        offset: where,
        message: `${attribute.name} runs code when the reader clicks or types, so a record cannot contain it. Delete ${attribute.name}="…" from the tag`,
      });
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      found.push({
        offset: where,
        message: `${attribute.name}={…} is code, which a record cannot contain. Write ${attribute.name}="text"`,
      });
    } else if (!allowedAttributes.includes(attribute.name)) {
      const allowed = allowedAttributes.length ? `it may have only ${allowedAttributes.join(', ')}` : 'it takes none';
      found.push({ offset: where, message: `<${name}> may not have the attribute ${attribute.name}; ${allowed}. Delete ${attribute.name}="…"` });
    }
  }
  return found;
}

/** An image's address: a file beside the record that exists, never another site or a path from the site root. */
function checkImageSource(url: string, alt: string, offset: number, options: BodyCheckOptions) {
  const example = `![${alt.trim() || 'what it shows'}](./file.jpg)`;
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
    return [
      {
        offset,
        message: `the image ${url} is on another site, which would tell that site who reads the record. Save the file beside the record and write ${example}`,
      },
    ];
  }
  if (url.startsWith('/')) {
    return [
      {
        offset,
        message: `the image ${url} starts with /, which breaks when the site is served under a sub-path. Save the file beside the record and write ${example}`,
      },
    ];
  }
  if (options.recordDir && !existsSync(resolve(options.recordDir, safeDecode(url)))) {
    return [
      {
        offset,
        message: `the image ${url} is not in the folder of the record. Save the file there, next to the .mdx file, or correct the name`,
      },
    ];
  }
  return [];
}

function safeDecode(url: string): string {
  try {
    return decodeURI(url);
  } catch {
    return url;
  }
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
 * The quick answer for most records: a body with no `<`, `{` or `}` cannot hold a pitfall, a tag or an expression;
 * if Sätteri (Astro 7's native MDX parser, many times faster than micromark) then finds no import or export line, no
 * image and only allowed links, there is nothing to report. Anything else goes through the full check below, whose
 * messages are written for contributors.
 */
function hasNothingToReport(body: string): boolean {
  if (/[<{}]/.test(body)) return false;
  let tree: unknown;
  try {
    tree = mdxToMdast(body, { features: { gfm: true, frontmatter: false }, position: false });
  } catch {
    return false;
  }
  let clean = true;
  visit(tree as Root, (node) => {
    if (
      node.type === 'mdxjsEsm' ||
      node.type === 'image' ||
      node.type === 'imageReference' ||
      ((node.type === 'link' || node.type === 'definition') && !isAllowedLink(node.url))
    ) {
      clean = false;
      return EXIT;
    }
    return undefined;
  });
  return clean;
}

/**
 * All problems of a record body, in order, with positions in the file.
 * @param bodyStartLine the file line on which the body starts.
 * @param options `recordDir` to check that images beside the record exist.
 */
export function checkRecordBody(body: string, bodyStartLine: number, options: BodyCheckOptions = {}): BodyProblem[] {
  if (hasNothingToReport(body)) return [];
  // Every pitfall needs a <, { or }: a body without them needs no Markdown pass.
  const pitfalls = /[<{}]/.test(body) ? findPitfalls(body) : [];
  // Blank out each pitfall (same length, line breaks kept) so that MDX's parser reads the rest with the same offsets.
  let rest = body;
  for (const { edits } of pitfalls) {
    for (const edit of edits) {
      rest = rest.slice(0, edit.start) + rest.slice(edit.start, edit.end).replace(/[^\n]/g, ' ') + rest.slice(edit.end);
    }
  }
  const problems = [...pitfalls, ...findUnsafeConstructs(rest, options)];
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
  const edits = findPitfalls(body).flatMap((pitfall) => pitfall.edits);
  return applyEdits(body, 0, body.length, edits);
}
