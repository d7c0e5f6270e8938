/**
 * Deterministic split of FNC-1 bodies into training and held-out sets. Whole bodies are held out,
 * never single rows: a headline is paired with many bodies, so a row split would leak.
 */
import { seededRandom, shuffleInPlace } from '../seeded-random.ts';

// Numeric ids in numeric order, others by code unit: no locale, so every machine agrees.
function compareIds(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  if (Number.isFinite(na) && Number.isFinite(nb) && na !== nb) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Returns the set of held-out body ids: `fraction` of the ids, chosen by a seeded shuffle of the sorted ids. */
export function holdoutBodies(bodyIds: Iterable<string>, fraction: number, seed: number): Set<string> {
  const ids = [...new Set(bodyIds)].sort(compareIds);
  shuffleInPlace(ids, seededRandom(seed));
  return new Set(ids.slice(0, Math.round(ids.length * fraction)));
}

/**
 * A stricter split for claims never seen in training: headlines and bodies linked by a related pair
 * form one story (FNC-1 pairs each story's paraphrased headlines with its bodies), and whole stories
 * are held out until `fraction` of the bodies is. Returns the held-out bodies and headlines; train on
 * pairs touching neither, test on every pair of a held-out body.
 */
export function holdoutTopics(
  pairs: readonly { headline: string; bodyId: string; stance?: string }[],
  fraction: number,
  seed: number,
): { bodies: Set<string>; headlines: Set<string> } {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    // Path compression keeps the union-find near-linear on 50,000 pairs.
    while (parent.get(x) !== root) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const add = (x: string) => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const p of pairs) {
    add(`b:${p.bodyId}`);
    add(`h:${p.headline}`);
    if (p.stance !== undefined && p.stance !== 'unrelated') {
      const a = find(`b:${p.bodyId}`);
      const b = find(`h:${p.headline}`);
      // The smaller key wins so the roots (and the split) do not depend on pair order.
      if (a < b) parent.set(b, a);
      else if (b < a) parent.set(a, b);
    }
  }
  const members = new Map<string, string[]>();
  for (const x of [...parent.keys()].sort()) {
    const r = find(x);
    members.set(r, [...(members.get(r) ?? []), x]);
  }
  const stories = shuffleInPlace([...members.keys()].sort(), seededRandom(seed));
  const bodyCount = [...parent.keys()].filter((x) => x.startsWith('b:')).length;
  const bodies = new Set<string>();
  const headlines = new Set<string>();
  for (const story of stories) {
    if (bodies.size >= bodyCount * fraction) break;
    for (const x of members.get(story)!) {
      if (x.startsWith('b:')) bodies.add(x.slice(2));
      else headlines.add(x.slice(2));
    }
  }
  return { bodies, headlines };
}
