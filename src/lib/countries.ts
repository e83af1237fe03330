/**
 * Countries, by ISO 3166-1 alpha-2 code.
 *
 * Records store codes only (`VN`, never "Vietnam" or "Viet Nam"), so spellings from the sources never reach a page.
 * Which codes exist comes from `i18n-iso-countries` (the ISO 3166-1 list); names come from `Intl.DisplayNames`,
 * except where the region's own usage differs from the English default (see `REGIONAL_NAMES`).
 */
import countries from 'i18n-iso-countries';

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

/** Compares two codes by their display names, for lists in alphabetical order. */
export function compareCountries(a: string, b: string): number {
  return getCountryName(a).localeCompare(getCountryName(b), 'en');
}
