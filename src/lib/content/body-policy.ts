/**
 * What a record's text may contain: the one policy that both the content check (`body-check.ts`) and the renderer
 * (a Sätteri plugin in Astro's Markdown processor, `recordBodyPolicy`) apply, to the same tree from the same parser.
 *
 * A record's text is Markdown (CommonMark with GitHub's tables, footnotes, strikethrough and task lists), read by
 * Sätteri, Astro's own Markdown engine, with `RECORD_FEATURES`. So `<20%`, `{member/observer}` and
 * `<https://example.org/report>` mean what they say, and a note to other editors is an HTML comment `<!-- … -->`,
 * which is never published. Besides Markdown, a record may use a few plain HTML elements that have no behaviour
 * (`ALLOWED_HTML`). The policy is a hast-util-sanitize schema (`BODY_SCHEMA`): elements, attributes and link protocols
 * outside it are removed by the renderer and named by the check; images follow the image rule of `images.ts`.
 */
import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { markdownToHast, type HastPluginEntry } from 'satteri';
import { visit } from 'unist-util-visit';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import { checkImage } from './images.ts';

/** The Markdown features records are read with: the same for the check and for Astro's renderer. */
export const RECORD_FEATURES = { gfm: true, smartPunctuation: true, rawHtml: true } as const;

/**
 * HTML elements a contributor may write in a record, with the attributes each may carry. They are plain text
 * markup: `span lang` marks text in another language (screen readers switch voice), `abbr title` expands an
 * abbreviation.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
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

/** Elements Markdown itself makes (a first-level heading is the record's title, so the text starts at `##`). */
const MARKDOWN_ELEMENTS = [
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong', 'del', 'a', 'img',
  'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'sup', 'section',
];

/** Footnote and heading ids are the parser's own (`user-content-…`), never a contributor's choice of id. */
const PARSER_ID = ['id', /^user-content-/] as const;

/**
 * The policy as a hast-util-sanitize schema. Link addresses may be https, mailto or a place on the same page;
 * comments are notes and never published; `script`, `style` and other elements that run or load things are removed
 * with their content.
 */
export const BODY_SCHEMA: Schema = {
  tagNames: [...new Set([...MARKDOWN_ELEMENTS, ...Object.keys(ALLOWED_HTML)])],
  attributes: {
    ...Object.fromEntries(Object.entries(ALLOWED_HTML).map(([name, attributes]) => [name, [...attributes]])),
    a: ['href', [...PARSER_ID], 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w-]+$/]],
    ol: ['start'],
    ul: [['className', 'contains-task-list']],
    li: [[...PARSER_ID], ['className', 'task-list-item']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    th: ['align'],
    td: ['align'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [[...PARSER_ID], ['className', 'sr-only']],
  },
  protocols: { href: ['https', 'mailto'] },
  // Markdown's own structure (a row inside a table, an item inside a list) is the parser's, not the contributor's.
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed', 'noscript', 'svg', 'math', 'textarea', 'select', 'title'],
  allowComments: false,
  allowDoctypes: false,
};

/**
 * The body after the policy: elements, attributes and links outside `BODY_SCHEMA` removed (an element outside it
 * keeps its text unless it is in `strip`), comments dropped. Images are left for `applyImageRule`.
 */
export function sanitizeBody(tree: Root): Root {
  return sanitize(tree, BODY_SCHEMA) as Root;
}

/** Where the renderer finds a record's images: the content folder (`content/`, or `CONTENT_DIR`). */
export interface PolicyOptions {
  /** Absolute path of the content folder. */
  contentDir: string;
  /** Absolute path of the records folder, when not `<contentDir>/meetings` (tests render fixture records). */
  meetingsDir?: string;
}

/**
 * Replaces each image that breaks the image rule with its description, so a page never shows or ships it.
 * @param recordFile absolute path of the record, whose folder images are relative to.
 */
export async function applyImageRule(tree: Root, recordFile: string, options: PolicyOptions): Promise<void> {
  const images: Array<{ node: Element; parent: { children: unknown[] }; index: number }> = [];
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName === 'img' && parent && index !== undefined) images.push({ node, parent, index });
  });
  for (const { node, parent, index } of images.reverse()) {
    const verdict = await checkImage(String(node.properties['src'] ?? ''), String(node.properties['alt'] ?? ''), {
      recordFile,
      contentDir: options.contentDir,
    });
    if (!verdict.ok) {
      parent.children.splice(index, 1, { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: String(node.properties['alt'] ?? '') }] });
    }
  }
}

/** Whether a file is a record: an `.mdx` file under the records folder (`<contentDir>/meetings/`). */
export function isRecordFile(file: string, options: PolicyOptions): boolean {
  const rel = relative(options.meetingsDir ?? join(options.contentDir, 'meetings'), file);
  return file.endsWith('.mdx') && !rel.startsWith('..') && !rel.startsWith(sep);
}

/**
 * The policy as a Sätteri hast plugin for Astro's Markdown processor (`markdown.processor: satteri({ hastPlugins })`
 * in astro.config.mjs). It applies to records only: other Markdown and MDX of the site (the about pages) is the
 * site's own and keeps its components.
 */
export function recordBodyPolicy(options: PolicyOptions): HastPluginEntry {
  return (context) => {
    const file = context.fileURL ? fileURLToPath(context.fileURL) : undefined;
    if (!file || !isRecordFile(file, options)) return null;
    return {
      name: 'bali-process:record-body-policy',
      async before(root, ctx) {
        const clean = sanitizeBody(root as Root);
        await applyImageRule(clean, file, options);
        ctx.replaceNode(root, clean as never);
      },
    };
  };
}

/**
 * A record's Markdown without its notes to editors: each HTML comment the parser finds (never one shown as code) is cut
 * out, so the text published in the data files holds no more than the page does.
 * @example withoutNotes('A.\n\n<!-- check attendance -->\n\nB `<!-- shown -->`.') ⇒ 'A.\n\n\n\nB `<!-- shown -->`.'
 */
export function withoutNotes(markdown: string): string {
  if (!markdown.includes('<!--')) return markdown;
  const notes: string[] = [];
  visit(markdownToHast(markdown, { features: RECORD_FEATURES }) as Root, 'comment', (node: { value: string }) => {
    notes.push(`<!--${node.value}-->`);
  });
  let text = '';
  let from = 0;
  for (const note of notes) {
    const at = markdown.indexOf(note, from);
    if (at < 0) continue;
    text += markdown.slice(from, at);
    from = at + note.length;
  }
  return text + markdown.slice(from);
}
