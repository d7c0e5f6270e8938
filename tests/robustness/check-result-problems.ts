import { CHECK_OPTIONS } from '../../lib/create-checker';
import type { CheckResult, CorpusDoc, Status } from '../../lib/types';

const STATUSES: ReadonlySet<Status> = new Set(['confirms', 'contradicts', 'leaves_out']);

/**
 * What is wrong with a CheckResult against the contract of lib/types.ts, as readable lines (empty = valid):
 * one verdict per corpus document except the self-match, valid statuses, evidence quoted exactly from that
 * document (so page text can never reach the panel as "evidence"), scores in 0–1, consistent flags and counts.
 */
export function checkResultProblems(result: CheckResult, corpus: readonly CorpusDoc[]): string[] {
  const problems: string[] = [];
  const byId = new Map(corpus.map((doc) => [doc.id, doc]));
  if (typeof result.title !== 'string' || result.title.trim() === '') problems.push('title is blank');
  if (result.outlet !== null && typeof result.outlet !== 'string') problems.push('outlet is neither a string nor null');
  if (result.url !== null && !/^https?:\/\//.test(result.url)) problems.push(`url is not http(s): ${result.url}`);
  if (typeof result.isTopic !== 'boolean') problems.push('isTopic is not a boolean');
  if (result.selfMatch !== null && !byId.has(result.selfMatch)) problems.push(`selfMatch ${result.selfMatch} is not a corpus document`);
  const others = corpus.filter((doc) => doc.id !== result.selfMatch);
  const expectedCorpus = {
    bundled: others.filter((d) => d.origin === 'bundled').length,
    saved: others.filter((d) => d.origin === 'saved').length,
  };
  if (result.corpus.bundled !== expectedCorpus.bundled || result.corpus.saved !== expectedCorpus.saved) {
    problems.push(`corpus counts ${JSON.stringify(result.corpus)}, expected ${JSON.stringify(expectedCorpus)}`);
  }
  if (result.claims.length > CHECK_OPTIONS.maxClaims)
    problems.push(`${result.claims.length} claims, more than the ${CHECK_OPTIONS.maxClaims} checked`);
  if (result.truncated !== null) {
    const { checked, total } = result.truncated;
    if (checked !== result.claims.length || !(total > checked))
      problems.push(`truncated ${JSON.stringify(result.truncated)} with ${result.claims.length} claims`);
  }
  const expectedDocs = others
    .map((d) => d.id)
    .sort()
    .join(',');
  result.claims.forEach((claim, position) => {
    const at = `claim ${position}`;
    if (typeof claim.text !== 'string' || claim.text.trim() === '') problems.push(`${at}: blank text`);
    if (claim.index !== position) problems.push(`${at}: index ${claim.index}`);
    const docs = claim.verdicts
      .map((v) => v.doc)
      .sort()
      .join(',');
    if (docs !== expectedDocs) problems.push(`${at}: verdicts for [${docs}], expected one for each of [${expectedDocs}]`);
    if (claim.unverified !== !claim.verdicts.some((v) => v.status === 'confirms'))
      problems.push(`${at}: unverified flag disagrees with its verdicts`);
    if (claim.contradicted !== claim.verdicts.some((v) => v.status === 'contradicts'))
      problems.push(`${at}: contradicted flag disagrees with its verdicts`);
    for (const verdict of claim.verdicts) {
      const doc = byId.get(verdict.doc);
      const where = `${at} × ${verdict.doc}`;
      if (!doc) continue;
      if (!STATUSES.has(verdict.status)) problems.push(`${where}: status ${String(verdict.status)}`);
      if (verdict.outlet !== doc.outlet || verdict.origin !== doc.origin)
        problems.push(`${where}: outlet/origin differ from the document's`);
      if (verdict.status === 'leaves_out' ? verdict.evidence !== null : verdict.evidence === null) {
        problems.push(`${where}: ${verdict.status} with evidence ${JSON.stringify(verdict.evidence)}`);
      }
      if (verdict.evidence !== null && !doc.sentences.includes(verdict.evidence)) {
        problems.push(`${where}: evidence is not a sentence of the document: ${JSON.stringify(verdict.evidence.slice(0, 120))}`);
      }
      if (!Number.isFinite(verdict.score) || verdict.score < 0 || verdict.score > 1) problems.push(`${where}: score ${verdict.score}`);
      if (typeof verdict.why !== 'string' || verdict.why.trim() === '') problems.push(`${where}: blank why`);
    }
  });
  return problems;
}
