/**
 * Record ids and file names: the rule that turns a record's start date and title into the file name it is kept
 * under and the address of its page.
 *
 * The rule: a record file is named `<start>-<words>.mdx`, where `<start>` is the start date as written
 * (`2019-07-02`, `2016-05`, `2016`) or `undated`, and `<words>` are the words of its title in lowercase ASCII letters
 * and digits joined by hyphens (`Việt Nam` ⇒ `viet-nam`). The id is the file name without `.mdx`, unless the record
 * gives a `slug`. An id is at most `MAX_ID_LENGTH` characters: a long title keeps its first words, whole, up to the
 * limit, so the id stays readable and every citation key made from it stays short enough for reference managers.
 */
import slugify from '@sindresorhus/slugify';

/** The id rule for records and entities: lowercase ASCII letters and digits in hyphen-separated words. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest id a record may have, in characters (BibTeX keys and file systems stay comfortable well below it). */
export const MAX_ID_LENGTH = 80;

/** A record file name that follows the rule: the start (or `undated`), then words. Group 1 is the start. */
export const RECORD_FILE_NAME = /^(?:(\d{4}(?:-\d{2}(?:-\d{2})?)?)|undated)-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx$/;

/**
 * The id of a record: its `slug` when it gives one, otherwise its file name without `.mdx`.
 * @example getRecordId('2019-07-02-fifth-joint-period-of-action.mdx', undefined) ⇒ '2019-07-02-fifth-joint-period-of-action'
 */
export function getRecordId(fileName: string, slug: unknown): string {
  return typeof slug === 'string' && slug !== '' ? slug : fileName.replace(/\.mdx$/, '');
}

/**
 * Words in lowercase ASCII joined by hyphens, cut after the last whole word that fits in `limit` characters.
 * @example slugWords('Fifth Joint Period of Action', 20) ⇒ 'fifth-joint-period'
 */
export function slugWords(words: string, limit: number): string {
  const slug = slugify(words, { decamelize: false });
  if (slug.length <= limit) return slug;
  const cut = slug.slice(0, limit + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, limit);
}

/**
 * The file name a record should have, by the rule above, that is not already taken: when `isTaken` says the name is
 * in use, `-2`, `-3`, … is added until it is free.
 *
 * @param startIso the start date as written, or `undefined` for an undated record.
 * @param words the title, or the words of an old file name (a leading date or `undated` is dropped).
 * @param isTaken whether a file name (with `.mdx`) is already used by another record.
 * @example suggestFileName('2019-07-02', 'Fifth Joint Period of Action') ⇒ '2019-07-02-fifth-joint-period-of-action.mdx'
 * @example suggestFileName(undefined, 'JPA 6 Việt Nam') ⇒ 'undated-jpa-6-viet-nam.mdx'
 * @example suggestFileName('2019-07-02', '2019-07-02 JPA 6 Việt Nam') ⇒ '2019-07-02-jpa-6-viet-nam.mdx'
 */
export function suggestFileName(
  startIso: string | undefined,
  words: string,
  isTaken: (fileName: string) => boolean = () => false,
): string {
  const prefix = startIso ?? 'undated';
  // A leading date or `undated`, however it is joined to the words after it (`2019-07-02 JPA 6`, `2019-07-02_JPA_6`);
  // a year alone only as a file name writes it (`2019-jpa`), since a title may start with one.
  const cleaned = words.replace(
    /^(?:\d{4}[-_ .]\d{2}(?:[-_ .]\d{2})?(?:[\s_.-]+|$)|\d{4}(?:-|$)|undated(?:[\s_.-]+|$))/i,
    '',
  );
  for (let copy = 1; ; copy += 1) {
    const suffix = copy === 1 ? '' : `-${copy}`;
    const slug = slugWords(cleaned, MAX_ID_LENGTH - prefix.length - 1 - suffix.length) || 'meeting';
    const name = `${prefix}-${slug}${suffix}.mdx`;
    if (!isTaken(name)) return name;
  }
}
