import { render } from 'preact';
import { uiLanguage } from '@/lib/extension/ui-language';
import { App } from './App';
import './style.css';
import './claims.css';
import './panel-parts.css';

// `?tab=<id>` pins the page to one tab: the "pop out" view, and how the end-to-end tests open it.
const tabParam = new URLSearchParams(location.search).get('tab');
const pinnedTab = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
if (pinnedTab !== null) document.documentElement.classList.add('is-popped-out');

// The panel is in the language of its messages (index.html says "en"): screen readers read it with that voice.
document.documentElement.lang = new Intl.Locale(uiLanguage()).language;

render(<App pinnedTab={pinnedTab} />, document.getElementById('app')!);
