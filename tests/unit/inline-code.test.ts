import { describe, expect, it } from 'vitest';
import { findInlineCode } from '../../src/lib/tooling/inline-code.ts';

describe('inline code that the Content-Security-Policy would block', () => {
  it('finds none in a page that loads its script and styles from files and carries data blocks', () => {
    const html = `<!doctype html><html lang="en"><head><title>t</title><link rel="stylesheet" href="/_astro/site.css">
      <script type="application/ld+json">{"@type":"Event"}</script></head><body>
      <script type="text/pagefind-template"><li><a href="{{ url }}">{{ meta.title }}</a></li></script>
      <script type="module" src="/_astro/site.js"></script><a href="/about/">About</a></body></html>`;
    expect(findInlineCode(html)).toEqual([]);
  });

  it('finds inline scripts, style elements, style attributes, event handlers and javascript: addresses', () => {
    const html = `<!doctype html><html lang="en"><head><title>t</title><style>.a { color: red }</style>
      <script>window.track = true;</script><script type="module">import "/x.js";</script></head>
      <body><div style="inline-size: 40%">bar</div><button onclick="go()">Go</button><a href="javascript:void(0)">x</a></body></html>`;
    expect(findInlineCode(html)).toEqual([
      { kind: 'script', excerpt: 'window.track = true;' },
      { kind: 'script', excerpt: 'import "/x.js";' },
      { kind: 'style element', excerpt: '.a { color: red }' },
      { kind: 'style attribute', excerpt: 'inline-size: 40%' },
      { kind: 'event handler', excerpt: 'onclick="go()"' },
      { kind: 'javascript: address', excerpt: 'javascript:void(0)' },
    ]);
  });

  it('finds a script in a template, which runs once the template is used, and names attributes as written', () => {
    const html = `<template><script>track()</script></template><p ONCLICK="go()"><a HREF="JavaScript:go()">x</a></p>`;
    expect(findInlineCode(html)).toEqual([
      { kind: 'script', excerpt: 'track()' },
      { kind: 'event handler', excerpt: 'ONCLICK="go()"' },
      { kind: 'javascript: address', excerpt: 'JavaScript:go()' },
    ]);
  });
});
