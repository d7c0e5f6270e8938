/**
 * Independent confirmation: three outlets confirming a claim are one source when all three repeat Bloomberg.
 * Confirmations are grouped when they credit the same outlet for the statement ("according to Bloomberg",
 * "Bloomberg reported", "told the Financial Times") or share long runs of near-identical wording.
 */
import { detectAttribution, type Attribution } from '../claims/detect-attribution';
import { shingles } from '../text/shingles';
import type { SourceGroup } from '../types';

/** Share of one evidence sentence's word runs another must repeat for the two to be one text, copied. */
const SHARED_WORDING = 0.5;

/** Names that are news organisations even when no corpus article lists them among its sources. */
const NEWS_ORGANISATION =
  /\b(Reuters|Bloomberg|Associated Press|AP|AFP|BBC|CNN|CNBC|NPR|Axios|Politico|TechCrunch|The Verge|Wired|Insider|Fox News|Financial Times|FT|Wall Street Journal|WSJ|New York Times|Washington Post|Guardian|Telegraph|Economist|Information|Semafor|[A-Z][\w]*\s+(Times|News|Post|Journal|Herald|Tribune|Daily|Wire|Insider))\b/;

/** One confirmation: the document, its outlet, the sentence that states the claim, and the outlets it cites. */
export interface Confirmation {
  doc: string;
  outlet: string;
  evidence: string;
  cites: readonly string[];
  /** The evidence's attribution and word runs, when the caller already has them. */
  attribution?: Attribution;
  shingles?: ReadonlySet<string>;
}

/** The news outlet a sentence credits for its statement, or null (stated on its own, or credited to a party). */
export function creditedOutlet(evidence: string, cites: readonly string[], attribution = detectAttribution(evidence)): string | null {
  const { source } = attribution;
  if (!source) return null;
  const cited = cites.find((outlet) => source.toLowerCase().includes(outlet.toLowerCase()));
  if (cited) return cited;
  return NEWS_ORGANISATION.exec(source)?.[0] ?? null;
}

/** Groups the confirmations of one claim into independent sources, each group with the reason it is one. */
export function groupSources(confirmations: readonly Confirmation[]): SourceGroup[] {
  const parent = confirmations.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const reasons = new Map<number, string>();
  const union = (a: number, b: number, reason: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    parent[rb] = ra;
    reasons.set(ra, reasons.get(ra) ?? reasons.get(rb) ?? reason);
  };

  const credits = confirmations.map((c) => creditedOutlet(c.evidence, c.cites, c.attribution));
  const wording = confirmations.map((c) => c.shingles ?? shingles(c.evidence));
  const byCredit = new Map<string, number>();
  credits.forEach((credit, i) => {
    if (!credit) return;
    const first = byCredit.get(credit);
    if (first === undefined) byCredit.set(credit, i);
    else union(first, i, `both credit ${credit}`);
  });
  // The same sentence word for word (syndicated copy) is one text: compare its wording once.
  const firstWithText = new Map<string, number>();
  const distinct = confirmations.map((c, i) => {
    const first = firstWithText.get(c.evidence);
    if (first === undefined) {
      firstWithText.set(c.evidence, i);
      return true;
    }
    union(first, i, 'near-identical wording');
    return false;
  });
  // Shared word runs counted through an inverted map: pairwise comparison is quadratic in the confirmations.
  const holders = new Map<string, number[]>();
  wording.forEach((runs, i) => {
    if (!distinct[i]) return;
    for (const run of runs) {
      const list = holders.get(run);
      if (list) list.push(i);
      else holders.set(run, [i]);
    }
  });
  wording.forEach((runs, i) => {
    if (!distinct[i]) return;
    const sharedWith = new Map<number, number>();
    for (const run of runs) for (const j of holders.get(run)!) if (j > i) sharedWith.set(j, (sharedWith.get(j) ?? 0) + 1);
    for (const [j, shared] of sharedWith) {
      // The larger share of either sentence: a sentence quoted whole inside a longer one is copied wording.
      if (shared / Math.min(runs.size, wording[j]!.size) >= SHARED_WORDING) union(i, j, 'near-identical wording');
    }
  });
  const groups = new Map<number, SourceGroup>();
  confirmations.forEach((confirmation, i) => {
    const root = find(i);
    const group = groups.get(root) ?? { docs: [], outlets: [], reason: null, credits: credits[i] ?? null };
    group.docs.push(confirmation.doc);
    group.outlets.push(confirmation.outlet);
    groups.set(root, group);
  });
  for (const [root, group] of groups) if (group.docs.length > 1) group.reason = reasons.get(root) ?? null;
  return [...groups.values()];
}
