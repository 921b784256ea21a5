import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2]!);
}

describe('src/core', () => {
  it('imports no adapter, platform SDK, provider package, or the config module', () => {
    const forbidden = /^(@slack\/|discord\.js|@discordjs\/|@langchain\/(openai|anthropic|ollama))|\/adapters\/|\/providers\/|\/config\.js$|^\.\.\/\.\.\/main/;
    const offenders = sourceFiles(join(SRC, 'core')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => forbidden.test(spec))
        .map((spec) => `${relative(SRC, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

describe('src/adapters', () => {
  it('reach the core only through src/core/index.ts', () => {
    const offenders = sourceFiles(join(SRC, 'adapters')).flatMap((file) =>
      importsOf(file)
        .filter((spec) => /\/core\//.test(spec) && !/\/core\/index\.js$/.test(spec))
        .map((spec) => `${relative(SRC, file)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
  });

  it('never import another adapter', () => {
    const offenders = sourceFiles(join(SRC, 'adapters')).flatMap((file) => {
      const own = relative(join(SRC, 'adapters'), file).split('/')[0];
      return importsOf(file)
        .filter((spec) => /^\.\.\/(slack|discord|cli)\//.test(spec) && !spec.startsWith(`../${own}/`))
        .map((spec) => `${relative(SRC, file)} imports ${spec}`);
    });
    expect(offenders).toEqual([]);
  });
});
