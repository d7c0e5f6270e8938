import { isFurniture } from './is-furniture';

// List bullets and dangling separators that pages leave around text ("- OpenAI said…", "…the model. -").
const LEADING_BULLET = /^\s*(?:[-–—•*·▪►]|\d{1,2}[.)])\s+/;
const TRAILING_DASH = /\s+[-–—]\s*$/;

/** Normalises whitespace, strips bullets and drops furniture lines and empty lines. */
export function cleanParagraphs(lines: readonly string[]): string[] {
  const paragraphs: string[] = [];
  for (const line of lines) {
    const text = line
      .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
      .replace(/\s+/g, ' ')
      .replace(LEADING_BULLET, '')
      .replace(TRAILING_DASH, '')
      .trim();
    if (text === '' || /^[-–—•*·]+$/.test(text) || isFurniture(text)) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}
