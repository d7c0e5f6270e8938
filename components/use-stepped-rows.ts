import { useEffect, useState } from 'preact/hooks';

/**
 * Rows a long list mounts per task. A claim row with its chips costs a few milliseconds to mount, several times that
 * on a busy two-core machine, and a task over 50 ms is one the reader feels: 4 rows stay under it even there.
 */
export const ROWS_PER_STEP = 4;

/**
 * How many of `total` rows to render: ROWS_PER_STEP more per task until all are, so a list that arrives (or grows) by
 * dozens of rows at once never holds the main thread; `first` rows come with the first render. `showAll()` is for a
 * reader jumping to a row further down.
 */
export function useSteppedRows(total: number, first = ROWS_PER_STEP): { rows: number; busy: boolean; showAll(): void } {
  const [rows, setRows] = useState(first);
  useEffect(() => {
    if (rows >= total) return;
    const timer = setTimeout(() => setRows((n) => n + ROWS_PER_STEP), 0);
    return () => clearTimeout(timer);
  }, [rows, total]);
  return { rows, busy: rows < total, showAll: () => setRows(Infinity) };
}
