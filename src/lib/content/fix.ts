/**
 * The fixes `npm run check:content -- --fix` makes: only those that cannot change what a record says.
 * - a note written in MDX's comment form `{/* … *\/}` becomes an HTML comment `<!-- … -->` (a form holding code,
 *   `{/* a *\/ x() /* b *\/}`, is left for the contributor: only they know what was meant);
 * - invisible characters that are never meant (byte-order marks, zero-width spaces, word joiners) are deleted;
 * - a file whose name breaks the naming rule is renamed to the name the check gives, which no other record uses.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { getRecordId, RECORD_FILE_NAME, suggestFileName } from '../domain/record-id.ts';
import { parseCalendarDate } from '../domain/calendar-date.ts';
import { listFolder, toDisplayPath } from './files.ts';
import { readRecordSource } from './frontmatter.ts';

/** A note in MDX's comment form that holds nothing but the note. */
const MDX_NOTE = /\{\/\*((?:(?!\*\/)[\s\S])*)\*\/\}/g;
const NEVER_MEANT = /[\uFEFF\u200B\u2060]/g;

/**
 * A record's text with its MDX-form notes written as HTML comments.
 * @example fixNotes('A {/* check the list *\/} B') ⇒ 'A <!-- check the list --> B'
 */
export function fixNotes(text: string): string {
  return text.replace(MDX_NOTE, (_match, inner: string) => `<!-- ${inner.trim().replaceAll('--', '–')} -->`);
}

/** Applies the safe fixes to every record file; returns one line per file changed or renamed. */
export async function applySafeFixes(options: { contentDir: string; root: string; meetingsDir?: string }): Promise<string[]> {
  const meetingsDir = options.meetingsDir ?? join(options.contentDir, 'meetings');
  const lines: string[] = [];
  const paths = listFolder(meetingsDir, options.root).files.filter((path) => path.endsWith('.mdx'));
  for (const path of paths) {
    const text = readFileSync(path, 'utf8');
    const source = readRecordSource(text.replace(NEVER_MEANT, ''));
    const head = text.replace(NEVER_MEANT, '').split('\n').slice(0, source.bodyStartLine - 1).join('\n');
    const fixed = source.data ? `${head}\n${fixNotes(source.body)}` : text.replace(NEVER_MEANT, '');
    let current = path;
    if (fixed !== text) {
      writeFileSync(path, fixed);
      lines.push(`fixed ${toDisplayPath(options.root, path)}`);
    }
    const name = basename(path);
    const start = source.data ? parseCalendarDate(source.data['startDate']) : undefined;
    const match = RECORD_FILE_NAME.exec(name);
    const startIso = start?.ok ? start.date.iso : undefined;
    if (source.data && (!match || (match[1] ?? undefined) !== startIso) && getRecordId(name, source.data['slug']) === name.replace(/\.mdx$/, '')) {
      const taken = new Set(readdirSync(dirname(path)));
      const suggestion = suggestFileName(startIso, match?.[2] ?? name.replace(/\.mdx$/, ''), (candidate) => taken.has(candidate));
      current = join(dirname(path), suggestion);
      renameSync(path, current);
      lines.push(`renamed ${toDisplayPath(options.root, path)} to ${suggestion}`);
    }
  }
  return lines;
}
