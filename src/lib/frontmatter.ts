/**
 * Reading a record file: the YAML frontmatter between `---` lines, and the MDX body after it.
 *
 * YAML is read with the core schema, so `2019-07-02` stays the text the contributor wrote (no `Date`, no time zone,
 * no silent roll-over of `2019-02-30` into March), and every value keeps its position for messages.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A position in a file, both 1-based, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** A record file split into its parts. */
export interface RecordSource {
  /** The parsed frontmatter (plain data), or `undefined` when it could not be read. */
  data: Record<string, unknown> | undefined;
  /** The MDX body, exactly as written. */
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyStartLine: number;
  /** Problems reading the frontmatter itself (missing fences, YAML syntax), with positions in the file. */
  errors: Array<{ position: Position; message: string }>;
  /** Position in the file of the value (or key) at a path; falls back to the nearest parent, then line 1. */
  locate(path: readonly PropertyKey[], at?: 'key' | 'value'): Position;
}

const FENCE = /^---[ \t]*\r?$/;

/**
 * Splits a record file and parses its frontmatter.
 *
 * @example readRecordSource('---\ntitle: A\n---\nText\n').data ⇒ { title: 'A' }
 * @example readRecordSource('No frontmatter').errors[0].message ⇒ 'has no frontmatter ...'
 */
export function readRecordSource(text: string): RecordSource {
  const lines = text.split('\n');
  const fallback = (): Position => ({ line: 1, column: 1 });
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: undefined,
      body: text,
      bodyStartLine: 1,
      errors: [
        {
          position: fallback(),
          message:
            'has no frontmatter. A record starts with a line "---", then its fields such as "title: Fifth Joint Period of Action", then another "---"',
        },
      ],
      locate: fallback,
    };
  }
  const closing = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (closing === -1) {
    return {
      data: undefined,
      body: '',
      bodyStartLine: lines.length + 1,
      errors: [
        {
          position: fallback(),
          message: 'has no line "---" closing the frontmatter. Add a line with only --- after the last field',
        },
      ],
      locate: fallback,
    };
  }
  const yamlText = lines.slice(1, closing).join('\n');
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const offsetLine = 1; // the YAML starts on file line 2
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + offsetLine, column: col };
  };
  const errors = document.errors.map((error) => ({
    position: toPosition(error.pos[0]),
    message: describeYamlError(error.code, error.message),
  }));
  const data = errors.length === 0 ? asRecord(document.toJS()) : undefined;
  if (errors.length === 0 && data === undefined) {
    errors.push({
      position: { line: 2, column: 1 },
      message: 'has frontmatter that is not a list of fields. Write one field per line, e.g. title: Fifth Joint Period of Action',
    });
  }
  return {
    data,
    body: lines.slice(closing + 1).join('\n'),
    bodyStartLine: closing + 2,
    errors,
    locate: (path, at = 'value') => locateIn(document, path, at, toPosition) ?? { line: 2, column: 1 },
  };
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  if (value === null || value === undefined) return {};
  return typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Walks the YAML tree along a path and returns where the deepest node found starts. */
function locateIn(
  document: Document,
  path: readonly PropertyKey[],
  at: 'key' | 'value',
  toPosition: (offset: number) => Position,
): Position | undefined {
  let node: unknown = document.contents;
  let best: number | undefined = (node as { range?: [number] } | null)?.range?.[0];
  for (const [index, key] of path.entries()) {
    const last = index === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair) break;
      const keyStart = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      const valueStart = (pair.value as { range?: [number] } | null)?.range?.[0];
      best = last && at === 'key' ? keyStart : (valueStart ?? keyStart);
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as { range?: [number] } | undefined;
      if (!item) break;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      break;
    }
  }
  return best === undefined ? undefined : toPosition(best);
}

/** YAML parser errors in plain words. */
function describeYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'has the same field twice. Keep one of them';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `could not be read as YAML (${message.split('\n')[0]}). Check the indentation and that text with a colon is in quotes, e.g. title: "Bali Process: Fifth Meeting"`;
    default:
      return `could not be read as YAML (${message.split('\n')[0]}). Check the line and wrap text with special characters in quotes`;
  }
}
