import type { Status } from '@/lib/types';

/** How each verdict status is shown: an icon whose shape differs, a word, and a colour class — never colour alone. */
export const STATUS_META: Readonly<Record<Status, { icon: string; label: string; className: string }>> = {
  confirms: { icon: '✓', label: 'confirms', className: 'is-confirms' },
  contradicts: { icon: '✗', label: 'contradicts', className: 'is-contradicts' },
  leaves_out: { icon: '–', label: 'leaves out', className: 'is-leaves-out' },
};
