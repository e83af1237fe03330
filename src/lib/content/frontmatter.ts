/**
 * Reading a record file: the YAML frontmatter between `---` lines, and the MDX body after it.
 *
 * YAML is read with the core schema, so `2019-07-02` stays the text the contributor wrote (no `Date`, no time zone,
 * no silent roll-over of `2019-02-30` into March), and every value keeps its position for messages.
 */
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Scalar, visit, type Document } from 'yaml';

/** A position in a file, both 1-based, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

/** A problem reading the frontmatter. */
export interface FrontmatterError {
  position: Position;
  /** The field concerned (`title`), when the problem is on one field's line. */
  field?: string;
  message: string;
}

/** A record file split into its parts. */
export interface RecordSource {
  /** The parsed frontmatter (plain data), or `undefined` when it could not be read. */
  data: Record<string, unknown> | undefined;
  /** The MDX body, exactly as written. */
  body: string;
  /** 1-based line on which the body starts in the file. */
  bodyStartLine: number;
  /**
   * Problems reading the frontmatter itself (missing fences, YAML syntax, text YAML would cut short), with positions
   * in the file and, when one is concerned, the field.
   */
  errors: FrontmatterError[];
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
  const body = lines.slice(closing + 1).join('\n');
  const quick = readQuickly(yamlText);
  if (quick) {
    // Positions are needed only when a field is wrong: find them then, with the full reader.
    let full: RecordSource | undefined;
    return {
      data: quick,
      body,
      bodyStartLine: closing + 2,
      errors: [],
      locate: (path, at) => (full ??= readFully(yamlText, body, closing)).locate(path, at),
    };
  }
  return readFully(yamlText, body, closing);
}

/**
 * The quick way to read frontmatter that has nothing to report: js-yaml with the YAML 1.2 core schema (dates stay
 * text), several times faster than the full reader. It declines (returns `undefined`) whenever the full reader could
 * have something to say: a syntax error or a repeated field (js-yaml throws on both), a `#` (text that YAML would
 * read as a comment), or frontmatter that is not a group of fields.
 */
function readQuickly(yamlText: string): Record<string, unknown> | undefined {
  if (yamlText.includes('#')) return undefined;
  try {
    const value = loadYaml(yamlText, { schema: CORE_SCHEMA });
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** The full reader: every YAML problem in plain words, and the position of every value. */
function readFully(yamlText: string, body: string, closing: number): RecordSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const offsetLine = 1; // the YAML starts on file line 2
  const toPosition = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + offsetLine, column: col };
  };
  const yamlLines = yamlText.split('\n');
  const errors: FrontmatterError[] = document.errors.map((error) => {
    const position = toPosition(error.pos[0]);
    const line = yamlLines[position.line - 1 - offsetLine] ?? '';
    const described = describeYamlError(error.code, error.message, line);
    // A problem with a field's text is shown where the text starts, where the contributor will edit.
    const parts = described.field && error.code !== 'DUPLICATE_KEY' ? splitLine(line) : undefined;
    if (parts) position.column = line.indexOf(parts.value, parts.indent.length + parts.key.length + 1) + 1;
    return { position, ...described };
  });
  if (errors.length === 0) errors.push(...findCutShortText(document, yamlLines, toPosition));
  let data: Record<string, unknown> | undefined;
  if (errors.length === 0) {
    data = asRecord(document.toJS());
    if (data === undefined) {
      errors.push({
        position: { line: 2, column: 1 },
        message: 'has frontmatter that is not a list of fields. Write one field per line, e.g. title: Fifth Joint Period of Action',
      });
    }
  }
  return {
    data,
    body,
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

/** Fields whose value is a list, for messages about brackets. */
const LIST_FIELDS = new Set(['jointBodies', 'hosts', 'coChairs', 'participants', 'observers', 'topics', 'figures', 'documents', 'sources']);

/** A line `key: value` of the frontmatter, split. */
function splitLine(line: string): { indent: string; key: string; value: string } | undefined {
  const match = /^(\s*(?:- )?)([A-Za-z][A-Za-z0-9]*):[ \t]+(.*?)\s*$/.exec(line);
  return match ? { indent: match[1] ?? '', key: match[2] ?? '', value: match[3] ?? '' } : undefined;
}

/**
 * The line with its value in double quotes, the exact fix for text that YAML would misread.
 * @example quoteValue('title: Bali Process: Fifth Meeting') ⇒ 'title: "Bali Process: Fifth Meeting"'
 */
export function quoteValue(line: string): string | undefined {
  const parts = splitLine(line);
  if (!parts) return undefined;
  const text = parts.value.replace(/^(['"])(.*)\1$/, '$2').replaceAll('\\', '\\\\').replaceAll('"', '\\"');
  return `${parts.key}: "${text}"`;
}

/** YAML parser errors in plain words, with the exact fix where the line shows it. */
function describeYamlError(code: string, message: string, line: string): { field?: string; message: string } {
  const parts = splitLine(line);
  const field = parts ? { field: parts.key } : {};
  const quoted = quoteValue(line);
  switch (code) {
    case 'DUPLICATE_KEY':
      return { ...field, message: 'is given twice. Keep one of the two lines' };
    case 'TAB_AS_INDENT':
      return { message: 'this line is indented with a tab. Indent with spaces only, two for each level' };
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      if (quoted && parts && !LIST_FIELDS.has(parts.key)) {
        return { ...field, message: `has a colon followed by a space, which YAML reads as the start of another field. Put the text in double quotes: ${quoted}` };
      }
      break;
    case 'BAD_SCALAR_START':
    case 'UNEXPECTED_TOKEN':
      if (parts && LIST_FIELDS.has(parts.key)) {
        return { ...field, message: 'has something after the closing bracket, or a bracket too many. A list is written in one pair of brackets, e.g. participants: [AU, NZ, iom]' };
      }
      if (quoted && parts) {
        return { ...field, message: `starts with ${parts.value.charAt(0)}, which YAML reads as markup, not text. Put the text in double quotes: ${quoted}` };
      }
      break;
    case 'MISSING_CHAR':
      if (/quote/.test(message)) return { ...field, message: 'has an opening quote " with no closing one. Add " at the end of the text' };
      break;
    case 'BAD_INDENT':
      if (/Flow (?:sequence|mapping)/.test(message)) {
        return { message: 'a list or group opened on the line above with [ or { is not closed. Close it on the same line, e.g. topics: [forced-marriage, labour-exploitation]' };
      }
      return {
        message: 'this line is not lined up with the lines of its group. Indent the fields of a group by the same number of spaces, e.g. "  city: Bangkok" then "  country: TH"',
      };
    default:
      break;
  }
  return {
    ...field,
    message: `could not be read (${message.split('\n')[0]?.replace(/\.$/, '')}). Check the indentation, and put text with special characters in double quotes, e.g. title: "Bali Process: Fifth Meeting"`,
  };
}

/**
 * Text that YAML would read without error but not as written: a ` #` that cuts a value short (the rest is read as
 * a comment and dropped), and `*word` read as a reference. Each is refused, with the value in quotes.
 */
function findCutShortText(document: Document, lines: readonly string[], toPosition: (offset: number) => Position): FrontmatterError[] {
  const found: FrontmatterError[] = [];
  visit(document, {
    Scalar(_key, node) {
      if (node.type !== Scalar.PLAIN || !node.range) return;
      const position = toPosition(node.range[0]);
      const end = toPosition(node.range[1]);
      const line = lines[end.line - 2] ?? '';
      const rest = line.slice(end.column - 1);
      const parts = splitLine(line);
      if (/^\s+#/.test(rest) && parts) {
        const whole = `${parts.key}: "${parts.value.replaceAll('"', '\\"')}"`;
        found.push({
          position,
          field: parts.key,
          message: `is cut short at " #": YAML reads what follows as a comment and leaves it out. Put the whole text in double quotes: ${whole}`,
        });
      }
    },
    Alias(_key, node) {
      const position = toPosition(node.range?.[0] ?? 0);
      const line = lines[position.line - 2] ?? '';
      const parts = splitLine(line);
      found.push({
        position,
        ...(parts ? { field: parts.key } : {}),
        message: `starts with *, which YAML reads as a reference to another value. Put the text in double quotes${parts ? `: ${quoteValue(line)}` : ''}`,
      });
    },
  });
  return found;
}
