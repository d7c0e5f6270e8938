/**
 * The names and paint rules of the page's highlights. The CSS Custom Highlight registry (`CSS.highlights`) belongs to
 * the page: its own scripts can list it. So the names are random per page load and say nothing about the extension
 * or about which kind of claim they hold; only the paint rules, inserted by the extension where page script cannot
 * read them, tie a name to a colour (docs/privacy.md).
 */
import type { HighlightKind } from './page-highlighter';

/** One highlight name per kind of drawn claim, and one for the claim the reader just opened. */
export type HighlightNames = Record<HighlightKind | 'flash', string>;

/** Letters of a name: a CSS identifier needs no escaping when it is letters only. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
/** 12 letters are 56 bits: no page guesses them, and no two names of one page collide in practice. */
const NAME_LENGTH = 12;
/** What the background accepts as a name before it writes it into a style sheet. */
const NAME = new RegExp(`^[a-z]{${NAME_LENGTH}}$`);

/** How each kind is painted: colour and text, never layout (background, text colour and decoration only). */
const PAINT: Record<keyof HighlightNames, string> = {
  unverified: 'background-color: rgba(250, 204, 21, 0.38);',
  contradicted:
    'background-color: rgba(239, 68, 68, 0.22); text-decoration: underline wavy rgb(220, 38, 38); text-decoration-skip-ink: none;',
  flash: 'background-color: rgb(37, 99, 235); color: #fff;',
};

/** Fresh names for one page load. `random` fills a byte array (`crypto.getRandomValues` unless a test passes its own). */
export function randomHighlightNames(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): HighlightNames {
  const name = () => [...random(new Uint8Array(NAME_LENGTH))].map((byte) => LETTERS[byte % LETTERS.length]).join('');
  const names = { unverified: name(), contradicted: name(), flash: name() };
  // Three distinct names (a clash would paint one kind as another); a clash of 56-bit names means a broken source.
  if (new Set(Object.values(names)).size !== 3) throw new Error('highlight names collided: the random source is broken');
  return names;
}

/** Whether `names` is what `randomHighlightNames` makes: three distinct names of letters only (safe inside CSS). */
export function isHighlightNames(names: unknown): names is HighlightNames {
  if (typeof names !== 'object' || names === null) return false;
  const values = (['unverified', 'contradicted', 'flash'] as const).map((kind) => (names as Record<string, unknown>)[kind]);
  return values.every((value) => typeof value === 'string' && NAME.test(value)) && new Set(values).size === 3;
}

/** The style sheet that paints highlights of these names (`::highlight()` rules only: ranges of text, never elements). */
export function highlightStyles(names: HighlightNames): string {
  if (!isHighlightNames(names)) throw new Error('not highlight names');
  return (Object.keys(PAINT) as Array<keyof HighlightNames>).map((kind) => `::highlight(${names[kind]}) { ${PAINT[kind]} }`).join('\n');
}
