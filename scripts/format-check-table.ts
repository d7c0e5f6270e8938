/** The CLI's readable report of a check: a claims × outlets table, then the contradictions with their evidence. */
import type { CheckResult, Status } from '../lib/types';
import { terminalSafe as safe } from './cli/terminal-safe';

const MARK: Readonly<Record<Status, string>> = { confirms: '✓', contradicts: '✗', leaves_out: '·' };
/** Width of the claim column; the table must fit a 120-column terminal with five outlets. */
const CLAIM_WIDTH = 72;

function cut(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

/**
 * Renders a check result as plain text for a terminal. Every field that comes from a page or an export goes through
 * `terminalSafe`: control characters never reach the terminal.
 */
export function formatCheckTable(result: CheckResult, notes: readonly string[] = []): string {
  const lines: string[] = [];
  const outlets = result.claims[0]?.verdicts.map((v) => ({ doc: v.doc, outlet: v.outlet })) ?? [];
  const unverified = result.claims.filter((c) => c.unverified).length;
  const contradicted = result.claims.filter((c) => c.contradicted).length;
  lines.push(`Crosscheck: ${safe(result.title)}${result.outlet ? ` (${safe(result.outlet)})` : ''}`);
  lines.push(
    [
      result.isTopic ? 'about the AI-distillation story' : 'not about the AI-distillation story',
      `${result.claims.length} claims`,
      `${unverified} unverified`,
      `${contradicted} contradicted`,
      `checked against ${result.corpus.bundled + result.corpus.saved} documents (${result.corpus.bundled} bundled, ${result.corpus.saved} saved)`,
    ].join(' · '),
  );
  if (result.selfMatch) lines.push(`same article as corpus document ${safe(result.selfMatch)}: left out of the verdicts`);
  if (result.truncated) lines.push(`checked the first ${result.truncated.checked} of ${result.truncated.total} claims`);
  for (const note of notes) lines.push(`note: ${safe(note)}`);
  lines.push('');
  lines.push(`  #  ${'claim'.padEnd(CLAIM_WIDTH)} ${outlets.map((_, i) => `[${i + 1}]`).join(' ')}`);
  for (const claim of result.claims) {
    const flag = claim.contradicted ? '✗' : claim.unverified ? '!' : ' ';
    const marks = claim.verdicts.map((v) => ` ${MARK[v.status]} `).join(' ');
    lines.push(`${flag}${String(claim.index + 1).padStart(2)}  ${cut(safe(claim.text), CLAIM_WIDTH)} ${marks}`);
  }
  lines.push('');
  lines.push(`outlets: ${outlets.map((o, i) => `[${i + 1}] ${safe(o.outlet)}`).join('  ')}`);
  lines.push('legend: ✓ confirms  ✗ contradicts  · leaves out   ! no other outlet confirms (not found in the corpus — not shown false)');
  const conflicts = result.claims.flatMap((claim) =>
    claim.verdicts.filter((v) => v.status === 'contradicts').map((v) => ({ claim, verdict: v })),
  );
  if (conflicts.length > 0) {
    lines.push('');
    lines.push('contradictions:');
    for (const { claim, verdict } of conflicts) {
      lines.push(`  ${claim.index + 1} vs ${safe(verdict.outlet)}: ${safe(verdict.why)}`);
      lines.push(`     page:   ${safe(claim.text)}`);
      lines.push(`     theirs: ${safe(verdict.evidence ?? '')}`);
    }
  }
  return lines.join('\n');
}
