import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ToastMessage } from '@/components/Toast';
import { message } from '@/lib/extension/i18n';
import type { SavedPagesChange } from '@/lib/types';

// Long enough to read the message and reach its Undo button by keyboard; a focused toast stays until it loses focus.
const TOAST_MS = 10_000;

/** Shows a toast: the panel's one way to tell the reader how an action went. */
export type Show = (text: string, tone?: ToastMessage['tone'], action?: ToastMessage['action']) => void;

/** A setting item mirrored into component state, following changes made in other panels. */
export function useSetting<T>(item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void; fallback: T }) {
  const [value, setValue] = useState<T>(item.fallback);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/**
 * A stored flag as it is once read, or null before that: unlike useSetting, a view that depends on it (the first-run
 * view) neither flashes nor hides for the moment storage takes to answer.
 */
export function useStoredFlag(item: { getValue(): Promise<boolean>; watch(cb: (value: boolean) => void): () => void }): boolean | null {
  const [value, setValue] = useState<boolean | null>(null);
  useEffect(() => {
    void item.getValue().then(setValue);
    return item.watch(setValue);
  }, [item]);
  return value;
}

/** The check-page shortcut as the browser reports it, or empty. */
export function useShortcut(): string {
  const [shortcut, setShortcut] = useState('');
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) => setShortcut(commands.find((command) => command.name === 'check-page')?.shortcut ?? ''));
  }, []);
  return shortcut;
}

/** The current toast, replaced by each new one and cleared after TOAST_MS unless the reader is on it. */
export function useToast() {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const next = useRef(0);
  const show: Show = useCallback((text, tone = 'info', action) => {
    setToast({ id: ++next.current, text, tone, action });
  }, []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => {
      if (!document.querySelector('.toast')?.contains(document.activeElement)) setToast(null);
    }, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  return { toast, show, dismiss: useCallback(() => setToast(null), []) };
}

/** What the reader is told when the background reports a save (from this panel's button or the context menu). */
export function saveNotice(change: SavedPagesChange): { text: string; tone: ToastMessage['tone'] } | null {
  if (change.kind === 'save-failed') return { text: change.message, tone: 'error' };
  if (change.kind !== 'saved') return null;
  switch (change.outcome) {
    case 'created':
      return { text: message('pageSaved', [change.page.title]), tone: 'info' };
    case 'updated':
      return { text: message('pageUpdated', [change.page.title]), tone: 'info' };
    case 'duplicate':
      return { text: message('pageDuplicate', [change.page.title]), tone: 'info' };
  }
}
