/** @vitest-environment happy-dom */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SettingsBar } from '../../components/SettingsBar';

function mount(autoCheck: boolean) {
  const host = document.createElement('div');
  document.body.append(host);
  render(
    <SettingsBar highlights autoCheck={autoCheck} onHighlights={() => undefined} onAutoCheck={() => undefined} shortcut="Alt+Shift+C" />,
    host,
  );
  return host.querySelector('.hint')!.textContent ?? '';
}

describe('the settings bar', () => {
  afterEach(() => document.body.replaceChildren());

  it('says, with automatic checking on, that a closed panel only sets a ● badge on the button', () => {
    expect(mount(true)).toMatch(/With the panel closed, it only sets a ● badge on the Crosscheck button/);
  });

  it('says nothing of the badge while automatic checking is off', () => {
    expect(mount(false)).not.toMatch(/badge/);
  });
});
