/**
 * Text from a page or an export made safe to print on a terminal, on one line. A page's title, outlet or claims can
 * hold escape sequences (`ESC]0;…BEL` sets the terminal's title, `ESC[2J` clears the screen, `ESC]8;;…` plants a
 * hyperlink) and bidirectional overrides that reorder what is shown; none of them may reach the terminal.
 */

/** Whitespace controls (tab, line feed, vertical tab, form feed, carriage return) and Unicode line/paragraph separators. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u2028\u2029]/g;
/** C0 controls, DEL and C1 controls (U+0080–U+009F: 8-bit CSI, OSC, ST…), after spacing controls became spaces. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
/** Bidirectional formatting: the Arabic letter mark, LRM/RLM, embeddings and overrides (U+202A–U+202E), isolates. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** How a control character is shown: its Unicode control picture (␛, ␇, ␡) or, for C1 controls, `<U+009B>`. */
function visible(control: string): string {
  const code = control.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
}

/**
 * `text` with every control character shown as a visible symbol, line breaks and tabs as spaces, and bidirectional
 * controls removed (they are invisible; kept, they would reorder the table).
 */
export function terminalSafe(text: string): string {
  return text.replace(SPACING_CONTROLS, ' ').replace(CONTROLS, visible).replace(BIDI_CONTROLS, '');
}
