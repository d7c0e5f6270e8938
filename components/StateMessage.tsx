import type { ComponentChildren } from 'preact';

export interface StateMessageProps {
  /** Stable name of the state, exposed as data-state for tests and styling. */
  state: string;
  title: string;
  children?: ComponentChildren;
  /** Shows an indeterminate progress bar and marks the region busy. */
  busy?: boolean;
}

/** A full-panel explanation of why there is no result (yet): checking, not an article, off topic, restricted, error. */
export function StateMessage({ state, title, children, busy = false }: StateMessageProps) {
  return (
    <section class={`state state-${state}`} data-state={state} aria-busy={busy} aria-live="polite">
      <h1 class="state-title">{title}</h1>
      {busy && <progress class="state-progress" aria-label={title} />}
      {children}
    </section>
  );
}
