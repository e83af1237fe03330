import { z } from 'astro/zod';
import { getCountryName, isCountryCode, suggestCountryCode } from '../lib/domain/countries.ts';
import { describeValue } from '../lib/domain/describe-value.ts';

/** The collections a meeting points at. */
export type EntityCollection = 'bodies' | 'topics' | 'organizations' | 'series';

/** A pointer to an entity, as Astro's `reference()` gives it: `{ id, collection }`. */
export interface EntityReference<C extends EntityCollection = EntityCollection> {
  id: string;
  collection: C;
}

const NOUN: Record<EntityCollection, string> = {
  bodies: 'body',
  topics: 'topic',
  organizations: 'organisation',
  series: 'series',
};

/**
 * A pointer to an entity in `content/<collection>/`, written as its id (the file name without `.yaml`).
 * Output: `{ id, collection }`. Errors: not text. Whether the id exists is checked by the content reader, which
 * knows the collections and can suggest the id meant by a label, alias or acronym.
 */
export function entityReference<C extends EntityCollection>(collection: C, example: string) {
  return z.unknown().transform((value, ctx): EntityReference<C> => {
    if (typeof value === 'string' && value.trim() !== '') return { id: value.trim(), collection };
    ctx.addIssue({
      code: 'custom',
      message: `expected the id of a ${NOUN[collection]}, found ${describeValue(value)}. Use a file name from content/${collection}/ without .yaml, e.g. ${example}`,
      input: value,
    });
    return z.NEVER;
  });
}

/** A party after parsing: a country or an organisation, with who represented it when the sources say. */
export type PartyValue =
  | { type: 'country'; code: string; representative?: string; note?: string }
  | { type: 'organization'; organization: EntityReference<'organizations'>; representative?: string; note?: string };

/**
 * A party to a meeting in one role: a country by its ISO 3166-1 alpha-2 code (`AU`) or an organisation by its id in
 * `content/organizations/` (`iom`). The long form adds who represented it: `{ id: AU, representative: "Foreign
 * Minister Alexander Downer" }`, and a `note`.
 *
 * Output: `{ type: 'country', code }` or `{ type: 'organization', organization: { id, collection } }`, plus
 * `representative` and `note` when given. Whether an organisation id exists is checked by the content reader.
 * @param field the role field, for examples in messages.
 */
export function PartySchema(field: string) {
  const example = `${field}: [AU, iom]`;
  return z.unknown().transform((value, ctx): PartyValue => {
    let id: unknown = value;
    let extra: { representative?: string; note?: string } = {};
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const { id: given, representative, note, ...rest } = value as Record<string, unknown>;
      const unknownKeys = Object.keys(rest);
      if (unknownKeys.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `has a field "${unknownKeys[0]}" that an entry cannot have. An entry is a code, or { id, representative, note }, e.g. ${field}: [{ id: AU, representative: "Minister for Foreign Affairs" }]`,
          input: value,
        });
        return z.NEVER;
      }
      for (const [key, text] of Object.entries({ representative, note })) {
        if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) {
          ctx.addIssue({
            code: 'custom',
            message: `has a ${key} that is not text (found ${describeValue(text)}). Write it in quotes, e.g. ${field}: [{ id: AU, ${key}: "Minister for Foreign Affairs" }]`,
            input: value,
          });
          return z.NEVER;
        }
      }
      id = given;
      extra = {
        ...(typeof representative === 'string' ? { representative: representative.trim() } : {}),
        ...(typeof note === 'string' ? { note: note.trim() } : {}),
      };
    }
    if (typeof id === 'string' && isCountryCode(id)) return { type: 'country', code: id, ...extra };
    // Anything else that is not a country's name is taken as an organisation; the reader checks that it exists and
    // suggests the id of an organisation written by its name or acronym.
    if (typeof id === 'string' && id.trim() !== '' && !suggestCountryCode(id)) {
      return { type: 'organization', organization: { id: id.trim(), collection: 'organizations' }, ...extra };
    }
    const code = typeof id === 'string' ? suggestCountryCode(id) : undefined;
    ctx.addIssue({
      code: 'custom',
      message: `${describeValue(id)} is neither an ISO 3166-1 alpha-2 country code nor an organisation in content/organizations/. ${
        code
          ? `Write ${code} for ${getCountryName(code)} in its place`
          : `Write a country code in capitals or an organisation id, e.g. ${example}`
      }`,
      input: value,
    });
    return z.NEVER;
  });
}
