import { describe, expect, it } from 'vitest';
import {
  getElisionTerms,
  getFoldedTerms,
  getIndexOnlyTerms,
  getUnspacedTerms,
} from '../../src/lib/search/search-terms.ts';

describe('extra search terms', () => {
  it('cuts Thai into words and indexes every run of whole words', () => {
    expect(getUnspacedTerms('การค้ามนุษย์', 'th')).toEqual(['การ', 'การค้า', 'การค้ามนุษย์', 'ค้า', 'ค้ามนุษย์', 'มนุษย์']);
  });

  it('cuts Chinese into words', () => {
    expect(getIndexOnlyTerms('人口贩运')).toEqual(['人口', '人口贩运', '贩运']);
  });

  it('indexes the parts of elided words', () => {
    expect(getElisionTerms('Delegates from Côte d’Ivoire and l’Organisation')).toEqual(['Ivoire', 'Organisation']);
  });

  it('folds the Vietnamese đ so that a query without diacritics finds it', () => {
    expect(getFoldedTerms('Đà Nẵng and Đồng Nai')).toEqual(['Da', 'Dong']);
  });

  it('adds nothing for plain English text', () => {
    expect(getIndexOnlyTerms('Eleven countries took part in the fifth period.')).toEqual([]);
  });
});
