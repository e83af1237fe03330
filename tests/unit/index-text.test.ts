import { describe, expect, it } from 'vitest';
import { fromIndexText, toIndexText, toQueryText } from '../../src/lib/search/index-text.ts';

describe('the index text of a record', () => {
  it('cuts Thai into its words', () => {
    expect(toIndexText('การค้ามนุษย์')).toBe('การ ค้า มนุษย์');
  });

  it('cuts Chinese and Japanese into words', () => {
    expect(toIndexText('人口贩运')).toBe('人口 贩运');
    expect(toIndexText('人身取引')).toBe('人身 取引');
  });

  it('cuts an elision after its apostrophe, and leaves a possessive whole', () => {
    expect(toIndexText("Côte d’Ivoire and l'Organisation")).toBe("Côte d’ Ivoire and l' Organisation");
    expect(toIndexText('Thailand’s foreign ministry')).toBe('Thailand’s foreign ministry');
  });

  it('writes đ as d with a combining stroke, which the index drops', () => {
    expect(toIndexText('Đà Nẵng, Hải Dương')).toBe('D\u0335à Nẵng, Hải Dương');
    expect(toIndexText('Đồng đô')).toBe('D\u0335ồng d\u0335ô');
  });

  it('leaves plain English text as it is', () => {
    const text = 'Eleven countries took part in the fifth period, in Bali (Indonesia).';
    expect(toIndexText(text)).toBe(text);
  });

  it('gives every text back from its index form, marks of an excerpt included', () => {
    for (const text of ['การค้ามนุษย์ในกรุงเทพมหานคร', 'Côte d’Ivoire', 'Đà Nẵng', '人口贩运 and ຄ້າມະນຸດ', 'plain']) {
      expect(fromIndexText(toIndexText(text))).toBe(text);
    }
    expect(fromIndexText('การ ค้า <mark>มนุษย์</mark> in <mark>D\u0335à</mark> Nẵng')).toBe(
      'การค้า<mark>มนุษย์</mark> in <mark>Đà</mark> Nẵng',
    );
    expect(fromIndexText('Côte <mark>d’</mark> <mark>Ivoire</mark>')).toBe('Côte <mark>d’</mark><mark>Ivoire</mark>');
  });
});

describe('a query as it is run', () => {
  it('is cut as the index text is', () => {
    expect(toQueryText('การค้ามนุษย์')).toBe('การ ค้า มนุษย์');
    expect(toQueryText('Côte d’Ivoire')).toBe('Côte d’ Ivoire');
  });

  it('types đ as d, so it meets the index form', () => {
    expect(toQueryText('Đà Nẵng')).toBe('Dà Nẵng');
  });

  it('keeps quotes, so an exact phrase stays one, and tidies spaces', () => {
    expect(toQueryText('  "forced   marriage" ')).toBe('"forced marriage"');
  });
});
