/**
 * Independent confirmation: three outlets confirming a claim are one source when all three repeat Bloomberg.
 * Confirmations are grouped when they credit the same outlet for the statement ("according to Bloomberg",
 * "Bloomberg reported", "told the Financial Times") or share long runs of near-identical wording.
 */
import { detectAttribution } from './detect-attribution';
import { containment, shingles } from './detect-self-match';
import type { SourceGroup } from './types';

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
}

/** The news outlet a sentence credits for its statement, or null (stated on its own, or credited to a party). */
export function creditedOutlet(evidence: string, cites: readonly string[]): string | null {
  const { source } = detectAttribution(evidence);
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

  const credits = confirmations.map((c) => creditedOutlet(c.evidence, c.cites));
  const wording = confirmations.map((c) => shingles(c.evidence));
  for (let i = 0; i < confirmations.length; i++) {
    for (let j = i + 1; j < confirmations.length; j++) {
      if (credits[i] && credits[i] === credits[j]) union(i, j, `both credit ${credits[i]}`);
      else if (Math.max(containment(wording[i]!, wording[j]!), containment(wording[j]!, wording[i]!)) >= SHARED_WORDING) {
        union(i, j, 'near-identical wording');
      }
    }
  }
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
