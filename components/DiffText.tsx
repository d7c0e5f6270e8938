import { message } from '@/lib/extension/i18n';
import { wordDiff, type DiffMarks } from '@/lib/panel-state/word-diff';

/**
 * A sentence with the words its reference does not share wrapped in <mark>, rendered as text nodes only. With the
 * verifier's `marks`, words in conflict with the claim get `mark.conflict` and words that say the claim's words
 * otherwise get `mark.aligned`, each with a tooltip naming what it is.
 */
export function DiffText({ reference, text, marks }: { reference: string; text: string; marks?: DiffMarks }) {
  return (
    <>
      {wordDiff(reference, text, marks).map((segment, i) => {
        if (segment.mark === 'conflict')
          return (
            <mark key={i} class="conflict" title={message('diffConflictTitle')}>
              {segment.text}
            </mark>
          );
        if (segment.mark === 'aligned')
          return (
            <mark key={i} class="aligned" title={message('diffAlignedTitle')}>
              {segment.text}
            </mark>
          );
        return segment.changed ? <mark key={i}>{segment.text}</mark> : segment.text;
      })}
    </>
  );
}
