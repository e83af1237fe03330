/**
 * Countries, by ISO 3166-1 alpha-2 code.
 *
 * Records store codes only (`VN`, never "Vietnam" or "Viet Nam"), so spellings from the sources never reach a page.
 * Which codes exist comes from `i18n-iso-countries` (the ISO 3166-1 list); names come from `Intl.DisplayNames`,
 * except where the region's own usage differs from the English default (see `REGIONAL_NAMES`).
 */
import countries from 'i18n-iso-countries';
import englishNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };

/**
 * Names used by the United Nations and the Bali Process membership list where they differ from `Intl.DisplayNames`
 * in English (which gives "Vietnam", "Laos", "Myanmar (Burma)", "South Korea" ...).
 * Source: UNTERM short names and the member list on the Bali Process website.
 */
export const REGIONAL_NAMES: Readonly<Record<string, string>> = {
  BN: 'Brunei Darussalam',
  HK: 'Hong Kong, China',
  KP: "Democratic People's Republic of Korea",
  KR: 'Republic of Korea',
  LA: 'Lao PDR',
  MM: 'Myanmar',
  MO: 'Macao, China',
  VN: 'Viet Nam',
};

/**
 * Older or informal English names still common in the region's documents and in searches, beside those
 * `i18n-iso-countries` lists. Source: the former names in UNTERM.
 */
const FORMER_NAMES: Readonly<Record<string, readonly string[]>> = {
  TL: ['East Timor'],
  MM: ['Burma'],
  LA: ['Laos'],
  VN: ['Vietnam'],
  KR: ['South Korea'],
  KP: ['North Korea'],
  CI: ['Ivory Coast'],
};

const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const alpha2Codes = new Set(Object.keys(countries.getAlpha2Codes()));

/**
 * Whether a string is an assigned ISO 3166-1 alpha-2 code, written in capitals.
 * @example isCountryCode('VN') ⇒ true
 * @example isCountryCode('vn') ⇒ false
 * @example isCountryCode('EU') ⇒ false (a reserved code, not a country)
 */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && alpha2Codes.has(code);
}

/**
 * The English name of a country, in the region's usage.
 * @example getCountryName('VN') ⇒ 'Viet Nam'
 * @example getCountryName('AU') ⇒ 'Australia'
 * @throws Error when the code is not an ISO 3166-1 alpha-2 code.
 */
export function getCountryName(code: string): string {
  if (!isCountryCode(code)) throw new Error(`"${code}" is not an ISO 3166-1 alpha-2 country code.`);
  return REGIONAL_NAMES[code] ?? displayNames.of(code) ?? code;
}

/**
 * Codes that are not ISO 3166-1 alpha-2 but are often written for one: ISO 3166 reserves `UK` for the United
 * Kingdom at its request (the code is GB); the European Union writes `EL` for Greece (the code is GR).
 */
const COMMON_MISTAKES: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

/** Lowercase ASCII letters and digits only, so "Viet Nam", "viet-nam" and "Việt Nam" compare equal. */
function nameKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

let codesByName: Map<string, string> | undefined;

/**
 * The code a contributor most likely meant by a value that is not a code, for error messages: a code in lowercase
 * (`vn` ⇒ VN), a common non-ISO code (`UK` ⇒ GB), or an English country name: the `Intl.DisplayNames` name, the
 * regional spelling or one of the names `i18n-iso-countries` lists (`Vietnam`, `Viet Nam`, `Lao People's Democratic
 * Republic`). Case, accents and punctuation are ignored. Undefined when nothing matches.
 * @example suggestCountryCode('Thailand') ⇒ 'TH'
 */
export function suggestCountryCode(text: string): string | undefined {
  const upper = text.trim().toUpperCase();
  if (isCountryCode(upper)) return upper;
  if (COMMON_MISTAKES[upper]) return COMMON_MISTAKES[upper];
  if (!codesByName) {
    codesByName = new Map();
    const listed: Record<string, string | string[]> = englishNames.countries;
    for (const code of alpha2Codes) {
      for (const name of [displayNames.of(code), REGIONAL_NAMES[code], listed[code], FORMER_NAMES[code]].flat()) {
        if (name) codesByName.set(nameKey(name), code);
      }
    }
  }
  return codesByName.get(nameKey(text));
}

/** Compares two codes by their display names, for lists in alphabetical order. */
export function compareCountries(a: string, b: string): number {
  return getCountryName(a).localeCompare(getCountryName(b), 'en');
}

/**
 * The other names a country is known by: its English name from `Intl.DisplayNames`, the names `i18n-iso-countries`
 * lists, and a non-ISO code often written for it. Searches and pickers find the country by any of them.
 * @example getOtherCountryNames('VN') includes 'Vietnam'
 * @example getOtherCountryNames('GB') includes 'UK'
 */
export function getOtherCountryNames(code: string): string[] {
  const listed: Record<string, string | string[]> = englishNames.countries;
  const names = [displayNames.of(code), REGIONAL_NAMES[code], listed[code], FORMER_NAMES[code]]
    .flat()
    .filter((name): name is string => Boolean(name));
  const codes = Object.entries(COMMON_MISTAKES)
    .filter(([, target]) => target === code)
    .map(([mistake]) => mistake);
  return [...new Set([...names, ...codes])].filter((name) => name !== getCountryName(code));
}
