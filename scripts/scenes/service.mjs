/**
 * The trading service's exchange-connection page, drawn as a neutral,
 * unnamed "your trading service" (the real service is configured per site).
 * The IP range is documentation-only (sample-data.mjs).
 */
import { browserWindow, esc, hl } from './frame.mjs';
import { CLASSIC_KEYS, IP_RANGE, PRO_KEYS } from './sample-data.mjs';

const ACCENT = '#0f6e78';

const CSS = `
.svc { background: #f5f7f8; color: #1d2730; height: 100%; font-size: 14px; display: grid; grid-template-columns: 210px 1fr; }
.s-side { background: #1d2730; color: #b7c3cc; padding: 18px 12px; }
.s-brand { display: flex; align-items: center; gap: 10px; color: #fff; font-weight: 700; font-size: 15px; margin: 0 8px 24px; }
.s-brand .mk { width: 30px; height: 30px; border-radius: 8px; background: ${ACCENT}; display: grid; place-items: center; }
.s-side a { display: block; padding: 9px 12px; border-radius: 6px; font-weight: 700; margin-bottom: 2px; }
.s-side a.on { background: #2c3a45; color: #fff; }
.s-main { padding: 26px 32px; overflow: hidden; }
.s-main h1 { margin: 0 0 4px; font-size: 23px; }
.s-lead { color: #5d6b76; margin: 0 0 20px; }
.s-grid { display: grid; grid-template-columns: 1fr 270px; gap: 20px; align-items: start; }
.s-card { background: #fff; border: 1px solid #dde3e7; border-radius: 10px; padding: 20px; }
.s-card h2 { margin: 0 0 14px; font-size: 16px; }
.s-fld { margin-bottom: 16px; }
.s-fld label { display: block; font-weight: 700; margin-bottom: 10px; }
.keys .s-fld { margin-bottom: 52px; }
.s-inp { min-height: 40px; border: 1px solid #c8d1d7; border-radius: 6px; background: #fff; display: flex; align-items: center; gap: 8px; padding: 8px 12px; font-size: 14px; }
.s-inp.ph { color: #8b98a2; }
.s-inp.mono { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 12.5px; word-break: break-all; line-height: 1.4; }
.s-inp .caret { margin-left: auto; color: #5d6b76; }
.kr { width: 22px; height: 22px; border-radius: 50%; background: #7132f5; color: #fff; font-weight: 700; font-size: 12px; display: grid; place-items: center; flex: none; }
.s-btn { display: inline-flex; align-items: center; gap: 8px; height: 40px; padding: 0 22px; border-radius: 6px; background: ${ACCENT}; color: #fff; font-weight: 700; }
.s-btn.light { background: #e6f1f2; color: ${ACCENT}; height: 34px; padding: 0 14px; }
.ipbox { background: #f0f6f7; border: 1px solid #c7dfe2; border-radius: 8px; padding: 12px 14px 12px 40px; font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 13px; line-height: 1.5; margin: 10px 0 12px; display: flex; flex-direction: column; align-items: flex-start; gap: 18px; }
.s-note { color: #5d6b76; font-size: 12.5px; line-height: 1.5; }
`;

const COPY =
  '<svg viewBox="0 0 16 16" width="14" height="14"><rect x="5" y="5" width="8.5" height="8.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M3 10.5V3.8C3 3.1 3.6 2.5 4.3 2.5H10.5" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>';
const CARET =
  '<svg viewBox="0 0 12 12" width="11" height="11"><path d="m2.5 4.5 3.5 3.5 3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>';
const LOGO =
  '<svg viewBox="0 0 16 16" width="16" height="16"><path d="M2 12 6 7l3 3 5-6" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/**
 * `mode`: 'ip-pro' highlights the range and its Copy button (Kraken Pro's
 * field takes the whole list); 'ip-classic' highlights each entry on its own
 * (Kraken Classic takes one per row); 'pro' / 'classic' shows the keys from
 * that Kraken form pasted in and highlights the two fields.
 */
export function serviceConnect(mode) {
  const keys = mode === 'pro' ? PRO_KEYS : mode === 'classic' ? CLASSIC_KEYS : null;
  const field = (value, placeholder, mark) =>
    value
      ? `<div class="s-inp mono"${mark}>${esc(value)}</div>`
      : `<div class="s-inp ph">${esc(placeholder)}</div>`;
  const from = mode === 'classic' ? 'Kraken Classic' : 'Kraken Pro';
  const entries = IP_RANGE.map(
    (ip, i) => `<span${mode === 'ip-classic' ? hl(i + 1, `row ${i + 1}`) : ''}>${esc(ip)}</span>`,
  ).join('');
  const body = `<div class="svc">
    <div class="s-side"><div class="s-brand"><span class="mk">${LOGO}</span>your trading service</div>
      <a>Dashboard</a><a>Bots</a><a class="on">Exchanges</a><a>Signals</a><a>Settings</a></div>
    <div class="s-main">
      <h1>Connect exchange</h1>
      <p class="s-lead">Create an API key on the exchange, then paste it here.</p>
      <div class="s-grid">
        <div class="s-card${keys ? ' keys' : ''}">
          <div class="s-fld" style="margin-bottom:16px"><label>Exchange</label><div class="s-inp"><span class="kr">k</span>Kraken<span class="caret">${CARET}</span></div></div>
          <div class="s-fld"><label>API key</label>${field(keys?.apiKey, 'Paste your API key', keys ? hl(1, `${from}: “API key”`, 'below') : '')}</div>
          <div class="s-fld"><label>API Secret</label>${field(keys?.privateKey, 'Paste your API Secret', keys ? hl(2, `${from}: “Private key”`, 'below') : '')}</div>
                    <span class="s-btn">Connect</span>
        </div>
        <div class="s-card">
          <h2>IP range to whitelist</h2>
          <div class="s-note">Allow only these addresses on your Kraken API key.</div>
          <div class="ipbox"${mode === 'ip-pro' ? hl(1) : ''}>${entries}</div>
          <span class="s-btn light"${mode === 'ip-pro' ? hl(2, 'Copy all, paste into one field', 'below') : ''}>${COPY}Copy</span>
        </div>
      </div>
    </div>
  </div>`;
  return browserWindow({
    url: 'app.example.com/exchanges/connect/kraken',
    tabTitle: 'Connect exchange',
    favicon: { bg: ACCENT, text: '↗' },
    css: CSS,
    body,
    height: mode.startsWith('ip') ? 520 : 640,
  });
}
