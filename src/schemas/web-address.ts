import { z } from 'astro/zod';
import { describeValue } from '../lib/domain/describe-value.ts';

/**
 * A web address that readers can follow safely: a well-formed `https://` address.
 *
 * Output: the address as written. Errors: an `http://` address gets its https form to copy (nearly every site serves
 * it, and a reader's browser would warn before following plain http); anything else gets an example.
 * @param field the field's name, for the example in messages (`url`, `source`).
 */
export function httpsUrl(field = 'url') {
  return z.unknown().transform((value, ctx) => {
    const text = typeof value === 'string' ? value.trim() : undefined;
    if (text !== undefined && /^https:\/\//i.test(text) && URL.canParse(text) && !/\s/.test(text)) return text;
    const https = text && /^http:\/\/\S+$/i.test(text) && URL.canParse(text) ? `https://${text.slice(7)}` : undefined;
    ctx.addIssue({
      code: 'custom',
      input: value,
      message:
        value === undefined
          ? `is missing. Write a full address starting with https://, e.g. ${field}: https://www.baliprocess.net/`
          : https
            ? `${describeValue(value)} starts with http://. Write the https address: ${field}: ${https}`
            : `${describeValue(value)} is not a web address. Write a full address starting with https://, e.g. ${field}: https://www.baliprocess.net/`,
    });
    return z.NEVER;
  });
}
