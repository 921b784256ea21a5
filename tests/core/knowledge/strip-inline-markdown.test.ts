import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown } from '../../../src/core/knowledge/strip-inline-markdown.js';

const strip = (text: string, stripTags = true) => stripInlineMarkdown(text, { stripTags });

describe('stripInlineMarkdown', () => {
  it('removes emphasis, strikethrough and code markers', () => {
    expect(strip('**Bold**, __strong__, *em*, _em_, ~~gone~~ and `code`')).toBe('Bold, strong, em, em, gone and code');
  });

  it('keeps underscores inside words and lone asterisks', () => {
    expect(strip('snake_case_name and 2 * 3 and 1_000')).toBe('snake_case_name and 2 * 3 and 1_000');
  });

  it('turns links into their text and drops images', () => {
    expect(strip('See [the **ruling**](https://x.test "t") and [ref][1] ![chart](c.png).')).toBe('See the ruling and ref .');
  });

  it('keeps autolinks as their URL and removes inline tags and comments', () => {
    expect(strip('Go to <https://x.test/a>.<br/> <!-- note --><span class="a">Done</span>')).toBe('Go to https://x.test/a. Done');
  });

  it('keeps tags as text when asked not to strip them', () => {
    expect(strip('Use <b> literally', false)).toBe('Use <b> literally');
  });

  it('unescapes backslash escapes and decodes entities', () => {
    expect(strip('1\\. \\*not em\\* AT&amp;T &#8212; &copy; &bogus;')).toBe('1. *not em* AT&T — © &bogus;');
  });

  it('leaves unbalanced brackets and backticks as they are', () => {
    expect(strip('[open and `tick and (paren')).toBe('[open and `tick and (paren');
  });
});
