/**
 * Replicas of Kraken Classic (www.kraken.com/u/...): the profile menu,
 * Security > API, the "Add key" form and the created key, with the labels of
 * Kraken's own form as far as they are known. Text Kraken's screens are not
 * known to show (help lines, descriptions) is left out rather than made up:
 * these are redrawn pictures, not screenshots.
 */
import { browserWindow, esc, hl } from './frame.mjs';
import { CLASSIC_KEYS, IP_RANGE, KEY_NAME, NONCE_WINDOW } from './sample-data.mjs';

const PURPLE = '#5741d9';

const ICON = {
  check:
    '<svg viewBox="0 0 12 12" width="12" height="12"><path d="M2.5 6.2 5 8.6l4.6-5" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  user: '<svg viewBox="0 0 20 20" width="18" height="18"><circle cx="10" cy="7" r="3.6" fill="currentColor"/><path d="M3 17.5c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" fill="currentColor"/></svg>',
  caret:
    '<svg viewBox="0 0 12 12" width="10" height="10"><path d="m2.5 4.5 3.5 3.5 3.5-3.5" fill="none" stroke="currentColor" stroke-width="1.6"/></svg>',
  plus: '<svg viewBox="0 0 12 12" width="12" height="12"><path d="M6 1.5v9M1.5 6h9" stroke="currentColor" stroke-width="1.8"/></svg>',
  cal: '<svg viewBox="0 0 16 16" width="14" height="14"><rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="#9a96a6" stroke-width="1.3"/><path d="M2 6.5h12M5 1.5v3M11 1.5v3" stroke="#9a96a6" stroke-width="1.3"/></svg>',
  warn: '<svg viewBox="0 0 20 20" width="18" height="18"><path d="M10 2.5 18.5 17h-17z" fill="#e5a100"/><path d="M10 8v4.2" stroke="#fff" stroke-width="1.8"/><circle cx="10" cy="14.6" r="1" fill="#fff"/></svg>',
  x: '<svg viewBox="0 0 12 12" width="11" height="11"><path d="m2.5 2.5 7 7m0-7-7 7" stroke="#8a8597" stroke-width="1.6"/></svg>',
};

const CSS = `
.classic { background: #f4f4f7; color: #27242e; height: 100%; font-size: 14px; display: flex; flex-direction: column; }
.c-top { height: 56px; flex: none; background: ${PURPLE}; display: flex; align-items: center; padding: 0 24px; gap: 30px; color: #fff; }
.c-logo { font-weight: 700; font-size: 24px; letter-spacing: -0.6px; }
.c-nav { display: flex; gap: 4px; font-weight: 700; color: #ddd8ff; }
.c-nav span { padding: 8px 12px; border-radius: 6px; }
.c-right { margin-left: auto; display: flex; align-items: center; gap: 40px; font-weight: 700; color: #ddd8ff; }
.c-prof { display: flex; align-items: center; gap: 6px; padding: 4px 6px 4px 4px; border-radius: 20px; color: #fff; }
.c-prof .av { width: 32px; height: 32px; border-radius: 50%; background: #fff; color: ${PURPLE}; display: grid; place-items: center; }
.c-prof.open { background: rgba(255,255,255,.18); }
.c-sub { height: 46px; flex: none; background: #fff; border-bottom: 1px solid #e1dfe8; display: flex; align-items: flex-end; padding: 0 32px; gap: 40px; }
.c-sub span { padding-bottom: 13px; font-weight: 700; color: #6d6879; }
.c-sub span.on { color: ${PURPLE}; box-shadow: inset 0 -3px 0 ${PURPLE}; }
.scroll { flex: 1; overflow: hidden; padding: 24px 32px 40px; min-height: 0; }
.classic h1 { font-size: 24px; margin: 0 0 6px; font-weight: 700; }
.lead { color: #6d6879; margin: 0 0 18px; line-height: 1.5; }
.cbox { background: #fff; border: 1px solid #e1dfe8; border-radius: 6px; padding: 20px 22px; }
.cbtn { display: inline-flex; align-items: center; gap: 8px; height: 38px; padding: 0 20px; border-radius: 5px; font-weight: 700; font-size: 14px; background: ${PURPLE}; color: #fff; }
.cbtn.sec { background: #fff; color: ${PURPLE}; border: 1px solid #c9c2f4; }
.ctable { width: 100%; border-collapse: collapse; margin-top: 14px; }
.ctable th { text-align: left; font-size: 12.5px; color: #6d6879; padding: 9px 10px; background: #f7f6fa; border-bottom: 1px solid #e1dfe8; }
.ctable td { padding: 22px 10px; color: #8a8597; text-align: center; }
.menu { position: absolute; top: 54px; right: 16px; width: 230px; background: #fff; border: 1px solid #dcd9e4; border-radius: 6px; box-shadow: 0 10px 28px rgba(30, 20, 60, .2); padding: 6px 0; z-index: 5; }
.menu .who { padding: 10px 16px; border-bottom: 1px solid #eeedf2; margin-bottom: 4px; color: #6d6879; font-size: 12.5px; }
.menu .who b { display: block; color: #27242e; font-size: 14px; margin-bottom: 2px; }
.menu .item { padding: 9px 16px; font-weight: 700; color: #3b3746; }
.menu .item.hover { background: #efecff; color: ${PURPLE}; }
.form { display: grid; grid-template-columns: 1fr 1fr; gap: 22px; align-items: start; }
.fld { margin-bottom: 16px; }
.fld label, .fld .lbl { display: block; font-weight: 700; margin-bottom: 10px; font-size: 13.5px; }
.fld small { display: block; color: #8a8597; font-size: 12px; margin-top: 5px; line-height: 1.4; }
.inp { height: 38px; border: 1px solid #cfccd8; border-radius: 4px; background: #fff; display: flex; align-items: center; padding: 0 12px; font-size: 14px; gap: 8px; }
.inp.ph { color: #9a96a6; }
.inp.dis { background: #f4f3f7; color: #a9a5b3; }
.inp .caret { margin-left: auto; color: #6d6879; }
.row2 { display: flex; gap: 10px; }
.row2 .inp { flex: 1; }
.cb { display: flex; align-items: center; gap: 9px; padding: 5px 0; color: #3b3746; }
.box { width: 17px; height: 17px; border-radius: 3px; border: 1.5px solid #a9a5b3; background: #fff; display: grid; place-items: center; flex: none; }
.box.on { background: ${PURPLE}; border-color: ${PURPLE}; }
.perm h3 { margin: 0 0 12px; font-size: 16px; }
.perm h4 { margin: 12px 0 4px; font-size: 12.5px; text-transform: uppercase; letter-spacing: .6px; color: #6d6879; }
.perm h4:first-of-type { margin-top: 0; }
.ipw { margin-top: 4px; }
.switch-row { display: flex; align-items: center; gap: 16px; font-weight: 700; }
.sw { width: 36px; height: 20px; border-radius: 10px; background: #cfccd8; position: relative; flex: none; }
.sw::after { content: ''; position: absolute; top: 2px; left: 2px; width: 16px; height: 16px; border-radius: 50%; background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.25); }
.sw.on { background: ${PURPLE}; }
.sw.on::after { left: 18px; }
.iplist { margin: 10px 0; }
.iplist .inp { margin-bottom: 6px; }
.iplist .inp span:last-child { margin-left: auto; display: flex; }
.actions { display: flex; gap: 10px; margin-top: 20px; }
.kv { margin-bottom: 16px; max-width: 600px; }
.mono { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 13px; word-break: break-all; line-height: 1.45; background: #f7f6fa; border: 1px solid #dcd9e4; border-radius: 4px; padding: 9px 12px; }
.notice { display: flex; gap: 10px; align-items: flex-start; background: #fff8e6; border: 1px solid #f1d48a; color: #5b4300; border-radius: 4px; padding: 10px 12px; margin-bottom: 18px; line-height: 1.45; max-width: 600px; }
`;

const SECURITY_TABS = [
  'Two-factor authentication',
  'Global settings lock',
  'Master key',
  'API',
  'Device management',
];

function top({ profileOpen = false, profileMark = 0 } = {}) {
  return `<div class="c-top"><span class="c-logo">kraken</span>
    <div class="c-nav"><span>Overview</span><span>Funding</span><span>Trade</span><span>New Order</span><span>History</span></div>
    <div class="c-right"><span>Get Verified</span><span class="c-prof${profileOpen ? ' open' : ''}"${hl(profileMark)}><span class="av">${ICON.user}</span>${ICON.caret}</span></div>
  </div>`;
}

function page({ path, title, body, height = 640, topOptions, apiMark = 0 }) {
  const sub = `<div class="c-sub">${SECURITY_TABS.map((t) => `<span${t === 'API' ? ` class="on"${hl(apiMark)}` : ''}>${t}</span>`).join('')}</div>`;
  const html = `<div class="classic">${top(topOptions)}${sub}<div class="scroll">${body}</div></div>`;
  return browserWindow({
    url: `www.kraken.com/u/security/${path}`,
    tabTitle: title,
    favicon: { bg: PURPLE, text: 'k' },
    css: CSS,
    body: html,
    height,
  });
}

const EMPTY_LIST = `<h1>API</h1>
  <div class="cbox">
    <div style="display:flex;align-items:center;justify-content:space-between"><b style="font-size:16px">API keys</b><span class="cbtn" data-add>${ICON.plus}Add key</span></div>
    <table class="ctable"><tr><th>Description</th><th>API Key</th><th>Nonce Window</th><th>Permissions</th><th>Last used</th></tr><tr><td colspan="5">You have no API keys.</td></tr></table>
  </div>`;

/** Profile icon > Security > API, with the profile menu open. */
export function classicSecurityMenu() {
  const menu = `<div class="menu"><div class="who"><b>Account</b>Intermediate</div>
    <div class="item">Settings</div><div class="item hover"${hl(2)}>Security</div><div class="item">Get Verified</div><div class="item">Documents</div><div class="item">Sign Out</div></div>`;
  const html = page({
    path: 'api',
    title: 'Security - API | Kraken',
    height: 520,
    topOptions: { profileOpen: true, profileMark: 1 },
    apiMark: 3,
    body: EMPTY_LIST,
  });
  return html.replace('<div class="scroll">', `${menu}<div class="scroll">`);
}

/** Security > API with the "Add key" button. */
export function classicApiList() {
  return page({
    path: 'api',
    title: 'Security - API | Kraken',
    height: 480,
    body: EMPTY_LIST.replace('<span class="cbtn" data-add>', `<span class="cbtn"${hl(1)}>`),
  });
}

const PERMS = [
  [
    'Funds',
    [
      ['Query Funds', true],
      ['Deposit Funds', false],
      ['Withdraw Funds', false],
    ],
  ],
  [
    'Orders & Trades',
    [
      ['Query Open Orders & Trades', true],
      ['Query Closed Orders & Trades', true],
      ['Modify Orders', true],
      ['Cancel/Close Orders', true],
    ],
  ],
  [
    'Other',
    [
      ['Query Ledger Entries', true],
      ['Export Data', false],
      ['Access WebSockets API', true],
    ],
  ],
];

/**
 * The "Add key" form. `state`: 1 described + nonce window set,
 * 2 permissions ticked, 3 IP whitelisting on, 4 range added.
 * `marks` maps parts (description, nonce, perms, ipw, addIp, generate) to a
 * badge number or [number, callout, side]; `focus` names the part scrolled to.
 */
export function classicAddForm({ state, marks = {}, focus, height = 640 }) {
  const m = (part) => {
    const v = marks[part];
    return Array.isArray(v) ? hl(v[0], v[1], v[2]) : hl(v);
  };
  const f = (part, offset = 20) => (focus === part ? ` data-focus="${offset}"` : '');
  const box = (on) => `<span class="box${on ? ' on' : ''}">${on ? ICON.check : ''}</span>`;
  const perms = PERMS.map(
    ([group, items]) =>
      `<h4>${esc(group)}</h4>${items
        .map(([label, wanted]) => `<div class="cb">${box(state >= 2 && wanted)}${esc(label)}</div>`)
        .join('')}`,
  ).join('');
  const ipOn = state >= 3;
  const ipList =
    state >= 4
      ? `<div class="iplist">${IP_RANGE.map((ip) => `<div class="inp"><span>${esc(ip)}</span><span>${ICON.x}</span></div>`).join('')}</div>`
      : '';
  const body = `<div${f('top')}><h1>Add API key</h1>
</div>
    <div class="form">
      <div class="cbox">
        <div class="fld"><label>Key description</label><div class="inp"${m('description')}>${esc(KEY_NAME)}</div></div>
        <div class="fld"><label>Nonce Window</label><div class="inp"${m('nonce')}>${state >= 1 ? NONCE_WINDOW : '0'}</div></div>
        <div${m('others')}>
        <div class="fld"><label>Key Expiration</label><div class="inp">No expiration<span class="caret">${ICON.caret}</span></div></div>
        <div class="fld"><span class="lbl"><span class="cb" style="padding:0">${box(false)}Query Start Date/Time</span></span><div class="row2"><div class="inp dis">${ICON.cal}Date</div><div class="inp dis">Time</div></div></div>
        <div class="fld" style="margin-bottom:0"><span class="lbl"><span class="cb" style="padding:0">${box(false)}Query End Date/Time</span></span><div class="row2"><div class="inp dis">${ICON.cal}Date</div><div class="inp dis">Time</div></div></div>
        </div>
      </div>
      <div class="cbox perm"${f('perms', 16)}><h3>Key Permissions</h3><div style="padding:2px 8px;margin:0 -8px"${m('perms')}>${perms}</div></div>
    </div>
    <div class="cbox ipw" style="margin-top:22px"${f('ipw', 260)}>
      <div class="switch-row"><span class="sw${ipOn ? ' on' : ''}"${m('ipw')}></span>IP whitelisting</div>
      ${ipOn ? `${ipList}<span class="cbtn sec" style="margin-top:${state >= 4 ? 0 : 12}px"${m('addIp')}>${ICON.plus}Add an IP address or range</span>` : ''}
    </div>
    <div class="actions"${f('generate', 300)}><span class="cbtn"${m('generate')}>Generate Key</span><span class="cbtn sec">Cancel</span></div>`;
  return page({ path: 'api/new', title: 'Security - API | Kraken', body, height });
}

/** The key after "Generate Key": API Key and Private Key. */
export function classicKeyCreated() {
  const body = `<h1>API key created</h1>
    <p class="lead">Key description: <b style="color:#27242e">${esc(KEY_NAME)}</b> · Nonce Window: <b style="color:#27242e">${NONCE_WINDOW}</b></p>
    <div class="notice">${ICON.warn}<div>Save your Private Key now. It will not be shown again after you leave this page.</div></div>
    <div class="kv"><div class="fld"><label>API Key</label><div class="mono"${hl(1, 'paste into “API key”')}>${CLASSIC_KEYS.apiKey}</div></div></div>
    <div class="kv"><div class="fld"><label>Private Key</label><div class="mono"${hl(2, 'paste into “API Secret”')}>${CLASSIC_KEYS.privateKey}</div></div></div>
    <div class="actions"><span class="cbtn">Done</span></div>`;
  return page({ path: 'api', title: 'Security - API | Kraken', body, height: 560 });
}
