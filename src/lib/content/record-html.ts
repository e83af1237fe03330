/**
 * Renders the MDX body of a record to HTML once, at load time, without compiling it to a JavaScript module.
 *
 * Records use only MDX's safe subset (the content check refuses imports, exports, expressions and components outside
 * `ALLOWED_ELEMENTS`), so they can be parsed as MDX and turned into HTML directly. Parsing is done by Sätteri, the
 * native Markdown and MDX engine Astro 7 itself uses, with GitHub-flavoured Markdown and smart punctuation as Astro
 * renders them by default; the hast tree is then serialised with hast-util-to-html. The same HTML feeds pages, data
 * files and the search index.
 *
 * The renderer never trusts the check to have run: elements and attributes outside the allow-list, expressions and
 * import/export lines are dropped here too, and so are links that are not http(s), mailto or `#fragments` and images
 * from other sites, so contributed content can never run code or call another site.
 */
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { mdxToHast } from 'satteri';
import { ALLOWED_ELEMENTS, isAllowedLink } from './record-body.ts';

/** A heading of the body, as Astro reports headings (`render(entry).headings`). */
export interface RecordHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The body as HTML, with what Astro's renderer needs to know about it. */
export interface RenderedRecord {
  html: string;
  headings: RecordHeading[];
  /** Images stored beside the record (`./photo.jpg`), which Astro optimises when the page is built. */
  imagePaths: string[];
  /** The text of the body without markup, for search terms and data files. */
  text: string;
}

/** Sätteri's parser features for records: GitHub-flavoured Markdown and typographic quotes, dashes and ellipses. */
export const RECORD_FEATURES = { gfm: true, smartPunctuation: true, frontmatter: false } as const;

type MdxJsxNode = {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
  children: ElementContent[];
};

const isLocalImage = (src: string) => !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//') && !src.startsWith('/');

/**
 * Renders a record body.
 * @throws Sätteri's error (`line:column: reason`) when the body is not valid MDX; the content check reports these
 *   first, in plain words.
 * @example renderRecordBody('## Context\n\nText.').html ⇒ '<h2 id="context">Context</h2>\n<p>Text.</p>'
 */
export function renderRecordBody(body: string): RenderedRecord {
  const tree = mdxToHast(body, { features: RECORD_FEATURES, position: false }) as Root;
  const slugger = new GithubSlugger();
  const headings: RecordHeading[] = [];
  const imagePaths: string[] = [];
  const imageCount = new Map<string, number>();

  const visitChildren = (children: Array<RootContent | ElementContent>): Array<RootContent | ElementContent> => {
    const result: Array<RootContent | ElementContent> = [];
    for (const node of children) {
      const type = (node as { type: string }).type;
      if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') {
        const jsx = node as unknown as MdxJsxNode;
        const content = visitChildren(jsx.children) as ElementContent[];
        const allowed = jsx.name ? ALLOWED_ELEMENTS[jsx.name] : undefined;
        if (!jsx.name || !allowed) {
          result.push(...content);
          continue;
        }
        const properties: Properties = {};
        for (const attribute of jsx.attributes) {
          if (
            attribute.type === 'mdxJsxAttribute' &&
            attribute.name &&
            allowed.includes(attribute.name) &&
            typeof attribute.value === 'string'
          ) {
            properties[attribute.name] = attribute.value;
          }
        }
        result.push({ type: 'element', tagName: jsx.name, properties, children: content });
        continue;
      }
      if (type === 'mdxFlowExpression' || type === 'mdxTextExpression' || type === 'mdxjsEsm') continue;
      if (node.type === 'element') result.push(visitElement(node));
      else result.push(node);
    }
    return result;
  };

  const visitElement = (element: Element): Element => {
    element.children = visitChildren(element.children) as ElementContent[];
    const depth = /^h([1-6])$/.exec(element.tagName)?.[1];
    if (depth) {
      const text = toString(element);
      const slug = slugger.slug(text);
      headings.push({ depth: Number(depth), slug, text });
      element.properties['id'] = slug;
    } else if (element.tagName === 'a') {
      if (!isAllowedLink(String(element.properties['href'] ?? ''))) delete element.properties['href'];
    } else if (element.tagName === 'img') {
      const src = decodeURI(String(element.properties['src'] ?? ''));
      const alt = String(element.properties['alt'] ?? '');
      if (!isLocalImage(src)) {
        // Images from other sites would tell them who reads the record: show the description instead.
        return { type: 'element', tagName: 'span', properties: {}, children: [{ type: 'text', value: alt }] };
      }
      const index = imageCount.get(src) ?? 0;
      imageCount.set(src, index + 1);
      if (!imagePaths.includes(src)) imagePaths.push(src);
      const { src: _src, ...rest } = element.properties;
      // Astro replaces this marker with the optimised image when the page is rendered (see `render()`).
      element.properties = { __ASTRO_IMAGE_: JSON.stringify({ ...rest, src, index }) };
    }
    return element;
  };

  tree.children = visitChildren(tree.children) as RootContent[];
  return { html: toHtml(tree), headings, imagePaths, text: toString(tree) };
}
