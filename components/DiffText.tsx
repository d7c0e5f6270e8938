import { wordDiff } from '@/lib/panel-state/word-diff';

/** A sentence with the words its reference does not share wrapped in <mark>, rendered as text nodes only. */
export function DiffText({ reference, text }: { reference: string; text: string }) {
  return <>{wordDiff(reference, text).map((segment, i) => (segment.changed ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}
