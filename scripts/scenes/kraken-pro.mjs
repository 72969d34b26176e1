/**
 * Replicas of the Kraken app (www.kraken.com) and Kraken Pro
 * (pro.kraken.com): the product switcher, Settings > API and the
 * "Create API key" form, with the labels of Kraken's own form
 * as far as they are known. Text Kraken's screens are not known to show
 * (help lines under options, descriptions) is left out rather than made up:
 * these are redrawn pictures, not screenshots.
 */
import { browserWindow, esc, hl } from './frame.mjs';
import { IP_RANGE, KEY_NAME, NONCE_WINDOW, PRO_KEYS } from './sample-data.mjs';

const PURPLE = '#7132f5';

const ICON = {
  check:
    '<svg viewBox="0 0 12 12" width="12" height="12"><path d="M2.5 6.2 5 8.6l4.6-5" fill="none" stroke="#fff" stroke-width="1.9" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  copy: '<svg viewBox="0 0 16 16" width="15" height="15"><rect x="5" y="5" width="8.5" height="8.5" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.4"/><path d="M3 10.5V3.8C3 3.1 3.6 2.5 4.3 2.5H10.5" fill="none" stroke="currentColor" stroke-width="1.4"/></svg>',
  user: '<svg viewBox="0 0 20 20" width="18" height="18"><circle cx="10" cy="7" r="3.6" fill="currentColor"/><path d="M3 17.5c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" fill="currentColor"/></svg>',
  bell: '<svg viewBox="0 0 20 20" width="18" height="18"><path d="M5 14V9a5 5 0 0 1 10 0v5l1.5 1.5h-13zM8 17a2 2 0 0 0 4 0" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>',
  chevron:
    '<svg viewBox="0 0 12 12" width="12" height="12"><path d="m3 4.5 3 3 3-3" fill="none" stroke="currentColor" stroke-width="1.5"/></svg>',
  back: '<svg viewBox="0 0 16 16" width="14" height="14"><path d="M10 3 5 8l5 5" fill="none" stroke="currentColor" stroke-width="1.7"/></svg>',
  warn: '<svg viewBox="0 0 20 20" width="18" height="18"><path d="M10 2.5 18.5 17h-17z" fill="#f5a524"/><path d="M10 8v4.2" stroke="#1b1524" stroke-width="1.8"/><circle cx="10" cy="14.6" r="1" fill="#1b1524"/></svg>',
};

/* ---------- the Kraken app (www.kraken.com), light ---------- */

const APP_CSS = `
.app { background: #f7f6fb; height: 100%; color: #1b1524; font-size: 14px; }
.app-top { height: 60px; background: #fff; border-bottom: 1px solid #e6e3ee; display: flex; align-items: center; padding: 0 24px; gap: 28px; }
.logo { font-weight: 700; font-size: 23px; letter-spacing: -0.5px; color: ${PURPLE}; display: flex; align-items: center; gap: 8px; }
.logo .mark { width: 26px; height: 26px; border-radius: 50%; background: ${PURPLE}; display: grid; place-items: center; color: #fff; font-size: 15px; }
.app-nav { display: flex; gap: 22px; color: #4b4558; font-weight: 700; }
.app-nav .on { color: ${PURPLE}; }
.app-right { margin-left: auto; display: flex; align-items: center; gap: 14px; }
.btn { display: inline-flex; align-items: center; justify-content: center; gap: 8px; height: 38px; padding: 0 18px; border-radius: 19px; font-weight: 700; font-size: 14px; border: 0; font-family: inherit; }
.btn-primary { background: ${PURPLE}; color: #fff; }
.btn-ghost { background: #efeaff; color: ${PURPLE}; }
.avatar { width: 38px; height: 38px; border-radius: 50%; background: #efeaff; color: ${PURPLE}; display: grid; place-items: center; }
.avatar.open { box-shadow: 0 0 0 2px ${PURPLE}; }
.app-body { padding: 28px 40px; display: grid; grid-template-columns: 1fr 300px; gap: 24px; }
.card { background: #fff; border: 1px solid #e6e3ee; border-radius: 14px; padding: 22px; }
.muted { color: #6f687e; }
.balance { font-size: 34px; font-weight: 700; margin: 6px 0 18px; }
.spark { height: 150px; border-radius: 10px; background: linear-gradient(180deg, #f1ebff 0%, #fff 100%); position: relative; overflow: hidden; }
.spark svg { position: absolute; inset: 0; }
.rows .row { display: flex; justify-content: space-between; padding: 12px 0; border-top: 1px solid #efedf4; }
.menu { position: absolute; top: 62px; right: 22px; width: 280px; background: #fff; border: 1px solid #e2deeb; border-radius: 14px; box-shadow: 0 12px 32px rgba(27, 21, 36, .16); padding: 8px; z-index: 5; }
.menu .who { padding: 10px 12px 12px; border-bottom: 1px solid #efedf4; margin-bottom: 6px; }
.menu .who b { display: block; font-size: 15px; }
.menu .switch .item { margin: 10px 0; }
.menu .item { display: flex; align-items: center; gap: 10px; padding: 10px 12px; border-radius: 8px; }
.menu .item.hover { background: #f3efff; }
.menu .sep { border-top: 1px solid #efedf4; margin: 6px 0; }
.menu .section { padding: 8px 12px 4px; font-size: 12px; font-weight: 700; color: #6f687e; text-transform: uppercase; letter-spacing: .6px; }
.prod { width: 30px; height: 30px; border-radius: 8px; display: grid; place-items: center; color: #fff; font-weight: 700; font-size: 12px; flex: none; }
.menu .item small { display: block; color: #6f687e; font-size: 12px; margin-top: 2px; }
.settings { padding: 28px 40px; display: grid; grid-template-columns: 210px 1fr; gap: 28px; }
.side a { display: block; padding: 10px 14px; border-radius: 8px; color: #4b4558; font-weight: 700; }
.side a.on { background: #efeaff; color: ${PURPLE}; }
.prompt { text-align: center; padding: 40px 40px 44px; }
.prompt .big { width: 64px; height: 64px; border-radius: 18px; background: ${PURPLE}; color: #fff; font-weight: 700; font-size: 20px; display: grid; place-items: center; margin: 0 auto 18px; }
.prompt h2 { margin: 0 0 22px; font-size: 22px; }
.prompt p { margin: 0 auto 22px; max-width: 430px; line-height: 1.5; color: #4b4558; }
`;

function appTop({ avatarOpen = false } = {}) {
  return `<div class="app-top">
    <div class="logo"><span class="mark">k</span>kraken</div>
    <div class="app-nav"><span class="on">Home</span><span>Explore</span><span>Earn</span><span>Transfer</span></div>
    <div class="app-right">
      <span class="btn btn-primary">Buy crypto</span>
      <span class="avatar${avatarOpen ? ' open' : ''}">${ICON.user}</span>
    </div>
  </div>`;
}

/**
 * Kraken app home with the profile menu open on its product switcher.
 * `highlight`: 'both' (overview), 'pro' or 'classic'.
 */
export function krakenSwitchMenu(highlight) {
  const pro = highlight === 'pro' || highlight === 'both';
  const classic = highlight === 'classic' || highlight === 'both';
  const body = `<div class="app">
    ${appTop({ avatarOpen: true })}
    <div class="app-body">
      <div class="card"><div class="muted">Total balance</div><div class="balance">$0.00</div>
        <div class="spark"><svg viewBox="0 0 600 150" preserveAspectRatio="none"><path d="M0 120 C80 110 120 70 200 85 S330 40 400 60 520 30 600 35" fill="none" stroke="${PURPLE}" stroke-width="3"/></svg></div>
      </div>
      <div class="card rows"><b>Prices</b>
        <div class="row"><span>Bitcoin</span><span class="muted">BTC</span></div>
        <div class="row"><span>Ethereum</span><span class="muted">ETH</span></div>
        <div class="row"><span>Solana</span><span class="muted">SOL</span></div>
        <div class="row"><span>USD Coin</span><span class="muted">USDC</span></div>
      </div>
    </div>
    <div class="menu">
      <div class="who"><b>Account</b></div>
      <div class="item">Settings</div>
      <div class="item">Help center</div>
      <div class="sep"></div>
      <div class="section">Switch to</div>
      <div class="switch"><div class="item${pro ? ' hover' : ''}"${hl(pro ? 1 : 0)}><span class="prod" style="background:#1b1524">pro</span><div><b>Kraken Pro</b><small>pro.kraken.com</small></div></div>
      <div class="item${classic && !pro ? ' hover' : ''}"${hl(classic ? (pro ? 2 : 1) : 0)}><span class="prod" style="background:#5741d9">kc</span><div><b>Kraken Classic</b><small>www.kraken.com</small></div></div></div>
      <div class="sep"></div>
      <div class="item">Sign out</div>
    </div>
  </div>`;
  return browserWindow({
    url: 'www.kraken.com/c',
    tabTitle: 'Kraken',
    css: APP_CSS,
    body,
    height: 560,
  });
}

/** Kraken app: Settings > API only points to Kraken Pro. */
export function krakenApiPrompt() {
  const body = `<div class="app">
    ${appTop()}
    <div class="settings">
      <div class="side"><a>Profile</a><a>Security</a><a>Notifications</a><a>Documents</a><a class="on">API</a></div>
      <div class="card prompt">
        <div class="big">pro</div>
        <h2>API keys are managed in Kraken Pro</h2>
        <span class="btn btn-primary"${hl(1)}>Go to Kraken Pro</span>
      </div>
    </div>
  </div>`;
  return browserWindow({
    url: 'www.kraken.com/c/settings/api',
    tabTitle: 'Settings | Kraken',
    css: APP_CSS,
    body,
    height: 520,
  });
}

/* ---------- Kraken Pro (pro.kraken.com), dark ---------- */

const PRO_CSS = `
.pro { background: #120f19; color: #ecebf2; height: 100%; font-size: 14px; display: flex; flex-direction: column; }
.pro-top { height: 54px; flex: none; background: #17131f; border-bottom: 1px solid #2a2535; display: flex; align-items: center; padding: 0 20px; gap: 26px; }
.pro-logo { display: flex; align-items: center; gap: 8px; font-weight: 700; font-size: 21px; letter-spacing: -0.5px; }
.pro-logo .mark { width: 24px; height: 24px; border-radius: 50%; background: ${PURPLE}; display: grid; place-items: center; font-size: 14px; }
.pro-logo .tag { font-size: 11px; font-weight: 700; letter-spacing: .8px; background: #2c2440; color: #b9a3ff; padding: 3px 6px; border-radius: 5px; }
.pro-nav { display: flex; gap: 20px; color: #a39eb3; font-weight: 700; }
.pro-right { margin-left: auto; display: flex; align-items: center; gap: 14px; color: #a39eb3; }
.pbtn { display: inline-flex; align-items: center; justify-content: center; gap: 8px; height: 36px; padding: 0 16px; border-radius: 10px; font-weight: 700; font-size: 14px; }
.pbtn-primary { background: ${PURPLE}; color: #fff; }
.pbtn-dark { background: #262033; color: #ecebf2; }
.pro-avatar { width: 34px; height: 34px; border-radius: 50%; background: #2c2440; color: #c9b8ff; display: grid; place-items: center; }
.pro-main { flex: 1; display: grid; grid-template-columns: 200px 1fr; min-height: 0; }
.pro-side { border-right: 1px solid #2a2535; padding: 20px 12px; background: #15121d; }
.pro-side h3 { font-size: 13px; text-transform: uppercase; letter-spacing: .8px; color: #8c879c; margin: 4px 12px 12px; }
.pro-side a { display: block; padding: 9px 12px; border-radius: 8px; color: #c8c4d4; font-weight: 700; margin-bottom: 2px; }
.pro-side a.on { background: #2a2140; color: #fff; box-shadow: inset 3px 0 0 ${PURPLE}; }
.scroll { overflow: hidden; padding: 26px 34px 40px; }
.crumb { display: flex; align-items: center; gap: 6px; color: #a39eb3; font-weight: 700; margin-bottom: 10px; }
.pro h1 { font-size: 24px; margin: 0 0 6px; }
.sub { color: #a39eb3; margin: 0 0 20px; line-height: 1.45; }
.ptabs { display: flex; gap: 22px; border-bottom: 1px solid #2a2535; margin-bottom: 22px; }
.ptabs span { padding: 0 0 10px; font-weight: 700; color: #8c879c; }
.ptabs span.on { color: #fff; box-shadow: inset 0 -2px 0 ${PURPLE}; }
.panel { background: #1a1623; border: 1px solid #2a2535; border-radius: 12px; padding: 20px; }
.empty { text-align: center; padding: 36px 20px; color: #a39eb3; }
.empty b { display: block; color: #ecebf2; font-size: 16px; margin-bottom: 6px; }
.head-row { display: flex; align-items: center; justify-content: space-between; margin-bottom: 16px; }
.head-row h2 { margin: 0; font-size: 18px; }
.label { display: block; font-weight: 700; margin-bottom: 10px; }
.input { height: 42px; border: 1px solid #3a3447; border-radius: 10px; background: #120f19; display: flex; align-items: center; padding: 0 14px; color: #ecebf2; font-size: 14px; }
.input.ph { color: #77718a; }
.input.focus { border-color: ${PURPLE}; box-shadow: 0 0 0 3px rgba(113, 50, 245, .3); }
.field { margin-bottom: 22px; max-width: 440px; }
.hint { color: #8c879c; font-size: 12.5px; margin-top: 6px; }
.perm-grid { display: grid; grid-template-columns: 1fr 1.25fr 1fr; gap: 22px; }
.perm-grid h4 { margin: 0 0 12px; font-size: 14px; color: #ecebf2; }
.cb { display: flex; align-items: center; gap: 10px; padding: 6px 0; color: #d6d2e0; }
.box { width: 18px; height: 18px; border-radius: 5px; border: 1.5px solid #5b546b; display: grid; place-items: center; flex: none; background: #120f19; }
.box.on { background: ${PURPLE}; border-color: ${PURPLE}; }
.section-title { font-size: 16px; font-weight: 700; margin: 0 0 14px; }
.opt { border-top: 1px solid #2a2535; padding: 14px 0; }
.opt-row { display: flex; align-items: center; gap: 12px; }
.opt-row .t b { display: block; }
.opt-row .t span { color: #8c879c; font-size: 12.5px; }
.tog { width: 38px; height: 22px; border-radius: 11px; background: #3a3447; position: relative; flex: none; }
.tog::after { content: ''; position: absolute; top: 3px; left: 3px; width: 16px; height: 16px; border-radius: 50%; background: #c8c4d4; }
.tog.on { background: ${PURPLE}; }
.tog.on::after { left: 19px; background: #fff; }
.opt .more { margin: 12px 0 0 50px; max-width: 520px; }
.textarea { min-height: 64px; border: 1px solid #3a3447; border-radius: 10px; background: #120f19; padding: 11px 14px; line-height: 1.45; font-size: 14px; }
.textarea.ph { color: #77718a; }
.gen { margin-top: 20px; display: flex; gap: 12px; }
.gen .pbtn { height: 42px; padding: 0 26px; }
.kv { margin-bottom: 18px; max-width: 560px; }
.kv .label { display: flex; justify-content: space-between; }
.secret { display: flex; align-items: center; gap: 10px; border: 1px solid #3a3447; border-radius: 10px; background: #120f19; padding: 10px 12px; font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 13px; word-break: break-all; line-height: 1.4; }
.secret span { flex: 1; }
.secret i { color: #b9a3ff; flex: none; display: flex; align-items: center; gap: 4px; font-style: normal; font-family: 'Liberation Sans', sans-serif; font-weight: 700; font-size: 13px; }
.alert { display: flex; gap: 10px; align-items: flex-start; background: #2b2313; border: 1px solid #5c4516; color: #f3dca8; border-radius: 10px; padding: 12px 14px; margin-bottom: 20px; line-height: 1.45; }
.table { width: 100%; border-collapse: collapse; }
.table th { text-align: left; color: #8c879c; font-size: 12.5px; font-weight: 700; padding: 8px 10px; border-bottom: 1px solid #2a2535; }
.table td { padding: 12px 10px; border-bottom: 1px solid #2a2535; color: #d6d2e0; }
`;

function proTop() {
  return `<div class="pro-top">
    <div class="pro-logo"><span class="mark">k</span>kraken<span class="tag">PRO</span></div>
    <div class="pro-nav"><span>Trade</span><span>Markets</span><span>Portfolio</span><span>Earn</span></div>
    <div class="pro-right"><span class="pbtn pbtn-primary">Deposit</span><span class="pbtn pbtn-dark">Withdraw</span>${ICON.bell}<span class="pro-avatar">${ICON.user}</span></div>
  </div>`;
}

function proSide(apiMark = 0) {
  const items = [
    'Account',
    'Security',
    'Notifications',
    'Preferences',
    'Fee tier',
    'API',
    'Documents',
  ];
  return `<div class="pro-side"><h3>Settings</h3>${items
    .map((i) => `<a${i === 'API' ? ` class="on"${hl(apiMark)}` : ''}>${i}</a>`)
    .join('')}</div>`;
}

function proPage({ path, title, inner, height = 640 }) {
  const body = `<div class="pro">${proTop()}<div class="pro-main">${proSide(inner.apiMark)}<div class="scroll">${inner.html}</div></div></div>`;
  return browserWindow({
    url: `pro.kraken.com/app/${path}`,
    tabTitle: title,
    css: PRO_CSS,
    body,
    height,
  });
}

/** Settings > API with the "Create API key" button. */
export function proApiList() {
  return proPage({
    path: 'settings/api',
    title: 'API | Kraken Pro',
    height: 560,
    inner: {
      apiMark: 1,
      html: `<h1>API</h1>
      <div class="ptabs"><span class="on">Spot</span><span>Futures</span></div>
      <div class="panel">
        <div class="head-row"><h2>API keys</h2><span class="pbtn pbtn-primary"${hl(2)}>Create API key</span></div>
        <table class="table"><tr><th>Name</th><th>API key</th><th>Permissions</th><th>Created</th></tr></table>
        <div class="empty"><b>No API keys yet</b></div>
      </div>`,
    },
  });
}

const PRO_PERMS = [
  [
    'Funds permissions',
    [
      ['Query', true],
      ['Deposit', false],
      ['Withdraw', false],
      ['Earn', false],
      // Newer than the rest (GetApiKeyInfo lists them); their place on the form is a guess.
      ['Add withdrawal addresses', false],
      ['Update withdrawal addresses', false],
    ],
  ],
  [
    'Orders and trades',
    [
      ['Query open orders & trades', true],
      ['Query closed orders & trades', true],
      ['Create & modify orders', true],
      ['Cancel & close orders', true],
    ],
  ],
  [
    'Data',
    [
      ['Query ledger entries', true],
      ['Export data', false],
    ],
  ],
];

/**
 * The "Create API key" form. `state` says how far the user got:
 * 0 empty, 1 named, 2 permissions + WebSocket set, 3 IP restriction on
 * (empty), 4 range pasted, 5 nonce window set. `marks` maps parts
 * (name, perms, ws, ip, ipField, nonce, nonceField, generate, others) to a
 * badge number or [number, callout]; `focus` names the part scrolled into view.
 */
export function proCreateForm({ state, marks = {}, focus }) {
  const m = (part) => {
    const v = marks[part];
    return Array.isArray(v) ? hl(v[0], v[1], v[2]) : hl(v);
  };
  const f = (part, offset = 80) => (focus === part ? ` data-focus="${offset}"` : '');
  const box = (on) => `<span class="box${on ? ' on' : ''}">${on ? ICON.check : ''}</span>`;
  const perms = PRO_PERMS.map(
    ([group, items]) =>
      `<div><h4>${esc(group)}</h4>${items
        .map(([label, wanted]) => `<div class="cb">${box(state >= 2 && wanted)}${esc(label)}</div>`)
        .join('')}</div>`,
  ).join('');
  const toggle = (on, attrs = '') => `<span class="tog${on ? ' on' : ''}"${attrs}></span>`;
  const ipOn = state >= 3;
  const ipText =
    state >= 4
      ? IP_RANGE.join(', ')
      : 'Comma delimited list of IPv4 or IPv6 IP addresses or blocks';
  const html = `<div class="crumb">${ICON.back}API</div>
    <h1>Create API key</h1>
    <div class="field"${f('name')}><span class="label">Key name</span>
      <div class="input${state >= 1 ? '' : ' ph focus'}"${m('name')}>${state >= 1 ? esc(KEY_NAME) : 'e.g. Trading bot'}</div></div>
    <div class="section-title"${f('perms', 20)}>Permissions</div>
    <div class="perm-grid"${m('perms')}>${perms}</div>
    <div style="height:18px"></div>
    <div class="opt"${f('ws')}><div class="opt-row"${m('ws')}>${toggle(state >= 2)}<div class="t"><b>WebSocket interface</b></div></div></div>
    <div class="opt"${f('ip')}><div class="opt-row">${toggle(ipOn, m('ip'))}<div class="t"><b>IP address restriction</b></div></div>
      ${ipOn ? `<div class="more"><div class="textarea${state >= 4 ? '' : ' ph'}"${m('ipField')}>${esc(ipText)}</div></div>` : ''}</div>
    <div class="opt"${m('others')}>
      <div class="opt-row" style="margin-bottom:14px">${toggle(false)}<div class="t"><b>Key expiration</b></div></div>
      <div class="opt-row" style="margin-bottom:14px">${toggle(false)}<div class="t"><b>Query start date</b></div></div>
      <div class="opt-row">${toggle(false)}<div class="t"><b>Query end date</b></div></div>
    </div>
    <div class="opt"${f('nonce')}><div class="opt-row">${toggle(state >= 5, m('nonce'))}<div class="t"><b>Custom nonce window</b></div></div>
      ${state >= 5 ? `<div class="more" style="max-width:260px"><div class="input"${m('nonceField')}>${NONCE_WINDOW}</div></div>` : ''}</div>
    <div class="gen"${f('generate', 330)}><span class="pbtn pbtn-primary"${m('generate')}>Generate key</span><span class="pbtn pbtn-dark">Cancel</span></div>`;
  return proPage({
    path: 'settings/api/create',
    title: 'Create API key | Kraken Pro',
    inner: { html },
  });
}

/** The page after "Generate key": API key and Private key, shown once. */
export function proKeyCreated() {
  const html = `<div class="crumb">${ICON.back}API</div>
    <h1>API key created</h1>
    <p class="sub">Key name: <b style="color:#ecebf2">${esc(KEY_NAME)}</b></p>
    <div class="alert">${ICON.warn}<div>Copy your private key now and store it safely. For your security it will not be shown again.</div></div>
    <div class="kv"><span class="label">API key</span><div class="secret"${hl(1, 'paste into “API key”')}><span>${PRO_KEYS.apiKey}</span><i>${ICON.copy}Copy</i></div></div>
    <div class="kv"><span class="label">Private key</span><div class="secret"${hl(2, 'paste into “API Secret”')}><span>${PRO_KEYS.privateKey}</span><i>${ICON.copy}Copy</i></div></div>
    <div class="gen" style="margin-top:24px"><span class="pbtn pbtn-primary">Done</span></div>`;
  return proPage({ path: 'settings/api', title: 'API | Kraken Pro', height: 560, inner: { html } });
}
