/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Toast, type ToastMessage } from '../../components/Toast';

function mount(message: ToastMessage | null, host: HTMLElement) {
  render(<Toast message={message} onDismiss={() => undefined} />, host);
  return host.querySelector('.toast-region')!;
}

describe('Toast', () => {
  afterEach(() => document.body.replaceChildren());

  it('keeps one live region with one role, in the page before, during and after every message', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const empty = mount(null, host);
    const roles = () => [empty.getAttribute('role'), empty.getAttribute('aria-live')];
    expect(roles()).toEqual(['status', 'polite']);
    const info = mount({ id: 1, text: 'Page saved.', tone: 'info' }, host);
    expect(info).toBe(empty);
    expect(roles()).toEqual(['status', 'polite']);
    const error = mount({ id: 2, text: 'Could not save this page.', tone: 'error' }, host);
    // An error does not switch the region to role="alert": a region whose role changes is missed by screen readers.
    expect(error).toBe(empty);
    expect(roles()).toEqual(['status', 'polite']);
    expect(error.textContent).toContain('Could not save this page.');
    const cleared = mount(null, host);
    expect(cleared).toBe(empty);
    expect(host.querySelectorAll('[role="alert"]')).toHaveLength(0);
  });
});
