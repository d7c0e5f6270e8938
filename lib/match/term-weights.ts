import table from '../../data/term-weights.json';

/**
 * How distinctive a term is in news English at large: inverse document frequency over 1,683 news bodies
 * (FNC-1), scaled to 0–1. A claim's everyday words ("aware", "previously") weigh little; its names and
 * specifics ("committee", "routers") weigh most. Terms the table lacks are rare, so they weigh 1.
 */
export function backgroundWeight(term: string): number {
  const df = DF.get(term) ?? 0;
  return Math.log(1 + (table.documents - df + 0.5) / (df + 0.5)) / MAX_IDF;
}

/** The table as a Map: terms are page words, and "constructor" must not find Object's prototype (a NaN weight). */
const DF: ReadonlyMap<string, number> = new Map(Object.entries(table.df as Record<string, number>));

const MAX_IDF = Math.log(1 + (table.documents + 0.5) / 0.5);
