/**
 * The messages files against the code that reads them: every key the code asks for exists, none is left unused, and
 * every message's placeholders are what Chrome and Firefox read and what the code fills in. Statically, from the
 * sources (parsed with TypeScript), so a string added to the panel without its message fails here, not in a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../shared-data';

interface Entry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
type Messages = Record<string, Entry>;

const LOCALES = join(REPO, 'public/_locales');
const readLocale = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
const english = readLocale('en');
const translations = readdirSync(LOCALES).filter((locale) => locale !== 'en');

/** The functions that take a message key: `message(key, substitutions)`, `plural(base, count, substitutions)`. */
const LOOKUPS = { message: 1, optionalMessage: 1, plural: 2 } as const;
type Lookup = keyof typeof LOOKUPS;
/** Where keys are computed by design: the lookup functions themselves. */
const LOOKUP_MODULES = ['lib/extension/i18n.ts', 'lib/extension/plural.ts'];
const SOURCE_DIRS = ['components', 'entrypoints', 'lib'];

const PLURAL_FORM = /^(.+)_(zero|one|two|few|many|other)$/;

interface Use {
  lookup: Lookup;
  key: string;
  /** How many substitutions the call passes; null when they are not written out as an array. */
  substitutions: number | null;
  at: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(REPO, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The keys a key argument can be: a string literal, or either branch of `cond ? 'a' : 'b'`; null when computed. */
function literalKeys(node: ts.Expression): string[] | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return literalKeys(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [yes, no] = [literalKeys(node.whenTrue), literalKeys(node.whenFalse)];
    return yes && no ? [...yes, ...no] : null;
  }
  return null;
}

/** Every lookup call in the sources, and the calls whose key is computed. */
function scanSources(): { uses: Use[]; computed: string[] } {
  const uses: Use[] = [];
  const computed: string[] = [];
  for (const dir of SOURCE_DIRS) {
    for (const file of sourceFiles(dir)) {
      const text = readFileSync(join(REPO, file), 'utf8');
      const source = ts.createSourceFile(
        file,
        text,
        ts.ScriptTarget.Latest,
        true,
        file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
      );
      const visit = (node: ts.Node): void => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && Object.hasOwn(LOOKUPS, node.expression.text)) {
          const lookup = node.expression.text as Lookup;
          const at = `${relative(REPO, join(REPO, file))}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
          const keys = node.arguments[0] && literalKeys(node.arguments[0]);
          const list = node.arguments[LOOKUPS[lookup]];
          // Left out: no substitutions, or for a plural the count alone.
          const substitutions = !list
            ? lookup === 'plural'
              ? 1
              : 0
            : ts.isArrayLiteralExpression(list) && !list.elements.some(ts.isSpreadElement)
              ? list.elements.length
              : null;
          if (keys) uses.push(...keys.map((key) => ({ lookup, key, substitutions, at })));
          else if (!LOOKUP_MODULES.includes(file)) computed.push(at);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return { uses, computed };
}

const { uses, computed } = scanSources();
const manifestKeys = [...readFileSync(join(REPO, 'wxt.config.ts'), 'utf8').matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);

/** The keys of plural family `base` in `messages`. */
const familyOf = (messages: Messages, base: string) => Object.keys(messages).filter((key) => PLURAL_FORM.exec(key)?.[1] === base);
/** The plural families of a messages file: the bases that have an `_other` form. */
const families = (messages: Messages) =>
  Object.keys(messages).flatMap((key) => (key.endsWith('_other') ? [key.slice(0, -'_other'.length)] : []));
/** A key, or its plural family's base: the unit that shares placeholders. */
const unitOf = (messages: Messages, key: string) => {
  const base = PLURAL_FORM.exec(key)?.[1];
  return base !== undefined && `${base}_other` in messages ? base : key;
};

/** The substitution numbers (`$1` → 1) each placeholder name stands for, per key or plural family. */
function substitutionsByUnit(messages: Messages): Map<string, Map<string, number>> {
  const units = new Map<string, Map<string, number>>();
  for (const [key, entry] of Object.entries(messages)) {
    const unit = units.get(unitOf(messages, key)) ?? new Map<string, number>();
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) unit.set(name, Number(content.slice(1)));
    units.set(unitOf(messages, key), unit);
  }
  return units;
}

/** What is wrong with the placeholders of one messages file, as Chrome's format reads them; empty when nothing is. */
function placeholderProblems(messages: Messages): string[] {
  const problems: string[] = [];
  const numbers = new Map<string, Map<string, number>>();
  for (const [key, entry] of Object.entries(messages)) {
    const declared = Object.keys(entry.placeholders ?? {});
    const used = [...entry.message.matchAll(/\$([\w@]+)\$/g)].map((match) => match[1]!.toLowerCase());
    for (const name of used) if (!declared.includes(name)) problems.push(`${key}: $${name.toUpperCase()}$ has no placeholder`);
    for (const name of declared) {
      if (name !== name.toLowerCase()) problems.push(`${key}: placeholder "${name}" is not in lower case`);
      if (!used.includes(name)) problems.push(`${key}: placeholder "${name}" is not in the message`);
    }
    // Outside placeholders a message has only `$$`, a dollar sign: a bare `$1` or `$` reads differently per browser.
    const rest = entry.message.replace(/\$[\w@]+\$/g, '').replace(/\$\$/g, '');
    if (rest.includes('$')) problems.push(`${key}: a "$" outside a placeholder (write $$ for a dollar sign)`);
    const unit = numbers.get(unitOf(messages, key)) ?? new Map<string, number>();
    numbers.set(unitOf(messages, key), unit);
    for (const [name, { content }] of Object.entries(entry.placeholders ?? {})) {
      if (!/^\$[1-9]$/.test(content)) {
        problems.push(`${key}: placeholder "${name}" has content "${content}", not one of $1…$9`);
        continue;
      }
      const n = Number(content.slice(1));
      const earlier = unit.get(name);
      if (earlier !== undefined && earlier !== n)
        problems.push(`${key}: placeholder "${name}" is $${n} here, $${earlier} in another plural form`);
      unit.set(name, n);
    }
  }
  for (const [unit, names] of numbers) {
    const taken = [...names.values()];
    if (new Set(taken).size !== taken.length) problems.push(`${unit}: two placeholders fill from the same substitution`);
    if (taken.some((n) => n > taken.length)) problems.push(`${unit}: substitutions ${[...taken].sort().join(', ')} skip a number`);
  }
  return problems;
}

describe('the English messages and the code', () => {
  it('finds the lookups in the sources (the scan itself works)', () => {
    expect(uses.length).toBeGreaterThan(100);
    expect(uses.filter((use) => use.lookup === 'plural').length).toBeGreaterThan(5);
  });

  it('asks only for keys written out in the code, so every use can be checked', () => {
    expect(computed).toEqual([]);
  });

  it('has every key the code asks for, and every plural family an _other form', () => {
    const missing = uses.filter(({ lookup, key }) => !Object.hasOwn(english, lookup === 'plural' ? `${key}_other` : key));
    expect(missing.map(({ key, at }) => `${key} (${at})`)).toEqual([]);
  });

  it('has no message that neither the code nor the manifest uses', () => {
    const used = new Set(manifestKeys);
    for (const { lookup, key } of uses) for (const k of lookup === 'plural' ? familyOf(english, key) : [key]) used.add(k);
    expect(Object.keys(english).filter((key) => !used.has(key))).toEqual([]);
  });

  it('fills every placeholder of a message, and passes nothing it has no placeholder for', () => {
    const units = substitutionsByUnit(english);
    const wrong = uses.flatMap(({ key, substitutions, at }) => {
      const expected = units.get(unitOf(english, Object.hasOwn(english, key) ? key : `${key}_other`))?.size ?? 0;
      return substitutions === expected ? [] : [`${key} (${at}): ${substitutions ?? 'not an array literal'}, expected ${expected}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe.each(['en', ...translations])('the messages of locale %s', (locale) => {
  const messages = readLocale(locale);
  const language = messages.messagesLanguage?.message ?? '';

  it('declares its language, a BCP 47 tag', () => {
    expect(() => Intl.getCanonicalLocales(language)).not.toThrow();
    expect(language).not.toBe('');
  });

  it('writes placeholders as Chrome reads them: each named, each used, each one of $1…$9, numbered without gaps', () => {
    expect(placeholderProblems(messages)).toEqual([]);
  });

  it('has every plural form its language has (CLDR categories), and no other', () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    for (const base of families(english)) {
      expect(familyOf(messages, base).sort(), base).toEqual(categories.map((category) => `${base}_${category}`).sort());
    }
  });

  it('has the keys and the substitutions of the English file', () => {
    const fold = (keys: string[], of: Messages) => [...new Set(keys.map((key) => unitOf(of, key)))].sort();
    expect(fold(Object.keys(messages), messages)).toEqual(fold(Object.keys(english), english));
    const numbers = (of: Messages) =>
      Object.fromEntries([...substitutionsByUnit(of)].map(([unit, names]) => [unit, [...names.values()].sort()]));
    expect(numbers(messages)).toEqual(numbers(english));
  });
});

describe('the placeholder check', () => {
  it('finds a placeholder without a definition, one left unused, a stray $, plural forms that disagree and a gap in the numbers', () => {
    expect(
      placeholderProblems({
        a: { message: 'Saved $TITLE$ for $5', placeholders: { title: { content: '$1' } } },
        b: { message: 'Hi', placeholders: { name: { content: '$1' } } },
        c: { message: '$X$ and $Y$', placeholders: { x: { content: '$1' }, y: { content: '$3' } } },
        d_one: { message: '$N$ page', placeholders: { n: { content: '$1' } } },
        d_other: { message: '$N$ pages', placeholders: { n: { content: '$2' } } },
        e: { message: '$WHO$ left' },
      }),
    ).toEqual([
      'a: a "$" outside a placeholder (write $$ for a dollar sign)',
      'b: placeholder "name" is not in the message',
      'd_other: placeholder "n" is $2 here, $1 in another plural form',
      'e: $WHO$ has no placeholder',
      'c: substitutions 1, 3 skip a number',
      'd: substitutions 2 skip a number',
    ]);
  });
});
