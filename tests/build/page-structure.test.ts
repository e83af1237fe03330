/**
 * What the accessibility statement promises about every page, checked on the real build: a skip link to the main
 * landmark, one h1, headings that never skip a level, and a title of its own.
 */
import { describe, expect, it } from 'vitest';
import { listHtmlFiles, readPage } from './helpers.ts';

const pages = listHtmlFiles('main').map((file) => ({ file, document: readPage('main', file) }));

describe('every page of the main build', () => {
  it('starts with a skip link to its one main landmark', () => {
    const wrong = pages.filter(({ document }) => {
      const first = document.querySelector('body a');
      return first?.getAttribute('href') !== '#main' || document.querySelectorAll('main#main').length !== 1;
    });
    expect(pages.length).toBeGreaterThan(150);
    expect(wrong.map(({ file }) => file)).toEqual([]);
  });

  it('has one h1 and headings that go down one level at a time', () => {
    const wrong = pages.flatMap(({ file, document }) => {
      const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) =>
        Number(heading.tagName[1]),
      );
      const skips = levels.some((level, index) => index > 0 && level > levels[index - 1]! + 1);
      return levels[0] !== 1 || levels.filter((level) => level === 1).length !== 1 || skips
        ? [`${file}: ${levels.join(' ')}`]
        : [];
    });
    expect(wrong).toEqual([]);
  });

  it('has a title no other page has', () => {
    const titles = pages.map(({ document }) => document.title);
    expect(titles.filter((title, index) => titles.indexOf(title) !== index)).toEqual([]);
  });
});
