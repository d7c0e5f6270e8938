import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashString } from './create-prng.ts';

/**
 * Reads the public training data under the shared data folder (`--data`, default `../shared`): FEVER dev and
 * COVID-Fact (`nli/`), FEVER-Symmetric (measuring only) and FNC-1 bodies/headlines. Node-only.
 */

/** A labelled claim × evidence document from an NLI source. */
export interface NliRow {
  claim: string;
  /** Evidence sentences. */
  evidence: string[];
  label: 'confirms' | 'contradicts';
  /** Group for held-out splits: the claim (FEVER) or the real claim's source page (COVID-Fact). */
  group: string;
}

/** Undoes FEVER's PTB escapes ("-LRB-", "``") and spaces before punctuation. */
export function cleanFever(s: string): string {
  return s
    .replace(/-LRB-/g, '(')
    .replace(/-RRB-/g, ')')
    .replace(/-LSB-/g, '[')
    .replace(/-RSB-/g, ']')
    .replace(/-LCB-/g, '{')
    .replace(/-RCB-/g, '}')
    .replace(/``|''/g, '"')
    .replace(/\s+([,.;:!?)\]%])/g, '$1')
    .replace(/([([])\s+/g, '$1')
    .replace(/\s+'s\b/g, "'s")
    .replace(/\s+n't\b/g, "n't")
    .replace(/\s+/g, ' ')
    .trim();
}

function readJsonl(path: string): Record<string, unknown>[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** FEVER dev in RTE form; evidence split on " . " boundaries FEVER leaves between sentences. */
export function loadFever(dir: string, file = 'fever-dev.jsonl'): NliRow[] {
  return readJsonl(join(dir, 'nli', file)).map((r) => {
    const lab = String(r.gold_label ?? r.label ?? '').toLowerCase();
    const claim = cleanFever(String(r.claim ?? r.sentence2 ?? ''));
    const ev = String(r.evidence ?? r.sentence1 ?? '');
    const parts = ev
      .split(/(?<= \.) (?=[A-Z"`])/)
      .map(cleanFever)
      .filter((s) => s.length > 0);
    return {
      claim,
      evidence: parts.length ? parts : [cleanFever(ev)],
      label: lab.startsWith('support') ? 'confirms' : 'contradicts',
      group: claim.toLowerCase(),
    };
  });
}

/** COVID-Fact; grouped by the real claim's source page, which its counter-claims share. */
export function loadCovidFact(dir: string): NliRow[] {
  return readJsonl(join(dir, 'nli', 'covidfact.jsonl')).map((r) => ({
    claim: String(r.claim ?? ''),
    evidence: (Array.isArray(r.evidence) ? r.evidence : [r.evidence]).map((s) => String(s)).filter((s) => s.trim()),
    label: String(r.label) === 'SUPPORTED' ? 'confirms' : 'contradicts',
    group: String(r.gold_source ?? r.claim),
  }));
}

/** Minimal RFC 4180 CSV parser (quoted fields with newlines and doubled quotes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (q) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else q = false;
      } else field += ch;
    } else if (ch === '"') q = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** FNC-1 bodies and headline groups. */
export interface FncData {
  bodies: Map<string, string>;
  /** Headline × body id × stance. */
  stances: { headline: string; body: string; stance: string }[];
}

/** Loads FNC-1 train bodies and stances. */
export function loadFnc(dir: string): FncData {
  const bodies = new Map<string, string>();
  for (const r of parseCsv(readFileSync(join(dir, 'fnc-1', 'train_bodies.csv'), 'utf8')).slice(1)) {
    if (r.length >= 2 && r[0]) bodies.set(r[0], r[1] ?? '');
  }
  const stances = parseCsv(readFileSync(join(dir, 'fnc-1', 'train_stances.csv'), 'utf8'))
    .slice(1)
    .filter((r) => r.length >= 3)
    .map((r) => ({ headline: r[0] ?? '', body: r[1] ?? '', stance: r[2] ?? '' }));
  return { bodies, stances };
}

/** True when this group falls in the held-out fifth (by a stable hash, independent of row order). */
export function isHeldOut(group: string): boolean {
  return hashString(group) % 5 === 0;
}

/** Whether the shared folder has the files training needs. */
export function hasTrainingData(dir: string): boolean {
  return existsSync(join(dir, 'nli', 'fever-dev.jsonl')) && existsSync(join(dir, 'nli', 'covidfact.jsonl'));
}
