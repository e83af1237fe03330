import { z } from 'astro/zod';
import { getCountryName, isCountryCode, suggestCountryCode } from '../lib/domain/countries.ts';
import { describeValue } from '../lib/domain/describe-value.ts';
import { documented } from './documented.ts';

/** How a meeting can be held: the values of `location.mode`. */
export const LOCATION_MODES = ['in-person', 'online', 'hybrid', 'several-places', 'not-recorded'] as const;

/**
 * A country by its ISO 3166-1 alpha-2 code (`TH`). Errors name the value and, when it is a country's name or a
 * lowercase code, the code to write.
 */
export const CountryCodeSchema = z.unknown().transform((value, ctx) => {
  if (typeof value === 'string' && isCountryCode(value)) return value;
  const code = typeof value === 'string' ? suggestCountryCode(value) : undefined;
  ctx.addIssue({
    code: 'custom',
    message: code
      ? `${describeValue(value)} is not an ISO 3166-1 alpha-2 country code. Write ${code} for ${getCountryName(code)}, e.g. country: ${code}`
      : `${describeValue(value)} is not an ISO 3166-1 alpha-2 country code. Write the two capital letters, e.g. country: TH`,
    input: value,
  });
  return z.NEVER;
});

const optionalText = () => z.string().trim().min(1).optional();

/** Where a meeting was held. */
export const LocationSchema = z
  .strictObject({
    mode: documented(z.enum(LOCATION_MODES).default('in-person'), {
      description:
        'How the meeting was held: in-person (the default), online, hybrid, several-places (coordinated work in many countries) or not-recorded.',
      example: 'mode: online',
    }),
    city: documented(optionalText(), {
      description: 'City or town, in its usual English spelling.',
      example: 'city: Bangkok',
    }),
    country: documented(CountryCodeSchema.optional(), {
      description: 'Country, as an ISO 3166-1 alpha-2 code; the site shows its name.',
      example: 'country: TH',
    }),
    venue: documented(optionalText(), {
      description: 'Venue, when the sources name it.',
      example: 'venue: Bali International Convention Centre',
    }),
    note: documented(optionalText(), {
      description: 'What the sources say, or leave unsaid, about the place.',
      example: 'note: Sessions were held online on two days.',
    }),
  })
  .superRefine((location, ctx) => {
    if ((location.mode === 'in-person' || location.mode === 'hybrid') && !location.country) {
      ctx.addIssue({
        code: 'custom',
        path: ['country'],
        message:
          'is missing. A meeting held in person needs its country, e.g. location: { city: Bangkok, country: TH }; write location: { mode: not-recorded } when the sources do not say where it met',
      });
    }
  });
