/** Rewords a sentence as outlets do, to make a "confirms" synthetic pair. */
import type { TextAnalysis } from '../analyse-text.ts';
import type { Prng } from './create-prng.ts';
import { esc, swapFrom } from './replace-word.ts';
import { SYN_PAIRS } from './synthetic-word-pairs.ts';

/** Generic sources outlets add or drop when they retell a statement ("X said"), without naming a new speaker. */
const GENERIC_SOURCES = ['officials said', 'reports say', 'sources said', 'the report said', 'it was reported'];

/**
 * A rewording as outlets make them: 1–3 operations (synonym swap, dropping a trailing or a "which"/"who" clause,
 * moving, adding or dropping the attribution, moving a fronted phrase, dropping an adverb).
 */
export function reword(text: string, a: TextAnalysis, prng: Prng): string {
  let out = text;
  const ops = prng.shuffle([0, 1, 2, 3, 4, 5, 6, 7]);
  let applied = 0;
  const goal = 1 + prng.int(3);
  for (const op of ops) {
    if (applied >= goal) break;
    let r: string | null = null;
    if (op === 0) r = swapFrom(out, SYN_PAIRS, prng);
    else if (op === 1) {
      // keep the main clause, drop a trailing one: the shorter claim is entailed
      const cut = out.lastIndexOf(', ');
      if (cut > 40 && out.slice(0, cut).split(' ').length >= 7 && !/\b(not|no|never)\b/i.test(out.slice(cut))) r = `${out.slice(0, cut)}.`;
    } else if (op === 2) {
      const m = /^(.{3,60}?) (said|says|told reporters|announced) (?:that )?(.{20,})[.]?$/.exec(out);
      if (m && m[3]) r = `${m[3].replace(/[.]$/, '')}, ${m[1]} ${m[2]}.`;
      const m2 = /^(.{20,}), ([A-Z][\w. ]{2,40}) (said|says)\.$/.exec(out);
      if (!r && m2) r = `According to ${m2[2]}, ${m2[1]}.`;
    } else if (op === 3) {
      const m = /^(In|On|At|By|During|After|Before|Earlier|Last) ([^,]{2,30}), (.+?)[.]?$/.exec(out);
      if (m && m[3]) r = `${m[3].charAt(0).toUpperCase()}${m[3].slice(1)} ${m[1]?.toLowerCase() ?? ''} ${m[2] ?? ''}.`;
    } else if (op === 4) {
      const adv = a.words.filter(
        (w, i) =>
          a.pos[i] === 'ADV' && /ly$/.test(w) && !['only', 'reportedly', 'allegedly', 'likely', 'possibly', 'rarely', 'hardly'].includes(w),
      );
      if (adv.length > 0) r = out.replace(new RegExp(`\\s${esc(prng.pick(adv))}\\b`, 'i'), '');
    } else if (op === 5) {
      // attribution added: "…, officials said." / "According to reports, …"
      if (!a.attribution && !/\b(said|says|according)\b/i.test(out)) {
        const body = out.replace(/[.!?]["”]?$/, '');
        r =
          prng.next() < 0.5
            ? `${body}, ${prng.pick(GENERIC_SOURCES)}.`
            : `According to reports, ${body.charAt(0).toLowerCase()}${body.slice(1)}.`;
      }
    } else if (op === 6) {
      // a non-restrictive "which"/"who" clause dropped: the rest is still said
      const m = /, (which|who) [^,]{5,80}, /i.exec(out);
      if (m && !/\b(not|no|never)\b/i.test(m[0])) r = out.slice(0, m.index) + ' ' + out.slice(m.index + m[0].length);
    } else if (op === 7) {
      // attribution dropped: "X said that …" → "…"
      const m = /^(?:[A-Z][\w.' -]{1,40}) (?:said|says|told [\w ]{2,20}|announced) that (.{20,})$/.exec(out);
      if (m && m[1]) r = `${m[1].charAt(0).toUpperCase()}${m[1].slice(1)}`;
    }
    if (r && r !== out) {
      out = r;
      applied++;
    }
  }
  return out;
}
