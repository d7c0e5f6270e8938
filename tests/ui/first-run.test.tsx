/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FirstRun } from '../../components/FirstRun';
import english from '../../public/_locales/en/messages.json';

describe('the first-run view', () => {
  afterEach(() => document.body.replaceChildren());

  it('says what the corpus covers, that “not found” is not “false”, and how saving widens it; Got it dismisses it', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const onDismiss = vi.fn();
    render(<FirstRun onDismiss={onDismiss} />, host);
    const text = host.textContent ?? '';
    expect(text).toContain(english.firstRunCorpus.message);
    expect(text).toMatch(/five articles/);
    expect(text).toMatch(/OpenAI accusing DeepSeek of distilling/);
    expect(text).toMatch(/does not mean the claim is false/);
    expect(text).toMatch(/Save the pages you trust/);
    const section = host.querySelector('[data-state="first-run"]')!;
    expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent).toBe('Before you check a page');
    const button = host.querySelector('button')!;
    expect(button.textContent).toBe('Got it');
    button.click();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
