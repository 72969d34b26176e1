/**
 * The desktop browser window every scene is drawn in, and the highlight
 * layer. A scene marks what the step talks about with
 * `data-hl="<n>"` (or `data-hl="<n>|<callout text>"`, `data-hl-side="left"`
 * etc.) and the element to scroll into view with `data-focus`; the inline
 * script below draws the rings once layout is final.
 */

export const HIGHLIGHT = '#ff4f0f';

/** Escapes text for HTML. */
export function esc(text) {
  return String(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/** `data-hl` attributes for a highlighted element, or '' when n is falsy. */
export function hl(n, callout, side) {
  if (!n) return '';
  const value = callout ? `${n}|${callout}` : String(n);
  return ` data-hl="${esc(value)}"${side ? ` data-hl-side="${side}"` : ''}`;
}

const FRAME_CSS = `
@font-face { font-family: 'UI'; src: local('Liberation Sans'); font-weight: 400; }
@font-face { font-family: 'UI'; src: local('Liberation Sans Bold'); font-weight: 700; }
*, *::before, *::after { box-sizing: border-box; animation: none !important; transition: none !important; caret-color: transparent !important; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; -webkit-font-smoothing: antialiased; }
.window { position: relative; overflow: hidden; border: 1px solid #b9bcc2; background: #fff; }
.chrome { background: #dee1e6; font-size: 12px; color: #3c4043; }
.tabs { height: 34px; display: flex; align-items: flex-end; padding: 0 8px; gap: 6px; }
.dots { display: flex; gap: 7px; align-self: center; margin-right: 10px; }
.dots i { width: 12px; height: 12px; border-radius: 50%; background: #c4c7cc; display: block; }
.tab { height: 28px; width: 230px; background: #fff; border-radius: 8px 8px 0 0; display: flex; align-items: center; gap: 8px; padding: 0 12px; white-space: nowrap; overflow: hidden; }
.tab .fav { width: 16px; height: 16px; border-radius: 4px; flex: none; display: grid; place-items: center; font-size: 10px; font-weight: 700; color: #fff; }
.tab .x { margin-left: auto; color: #5f6368; }
.tab-new { align-self: center; font-size: 18px; color: #5f6368; padding-bottom: 2px; }
.bar { height: 40px; background: #fff; display: flex; align-items: center; gap: 14px; padding: 0 12px; border-bottom: 1px solid #dadce0; }
.bar svg { width: 16px; height: 16px; flex: none; }
.url { flex: 1; height: 30px; border-radius: 15px; background: #f1f3f4; display: flex; align-items: center; gap: 8px; padding: 0 14px; font-size: 14px; color: #202124; }
.url .host { color: #202124; }
.url .path { color: #5f6368; }
.page { position: relative; overflow: hidden; }
.hl-layer { position: absolute; inset: 0; pointer-events: none; z-index: 1000; }
.hl-ring { position: absolute; border: 3px solid ${HIGHLIGHT}; border-radius: 9px; box-shadow: 0 0 0 3px rgba(255, 79, 15, 0.22); }
.hl-badge { position: absolute; width: 26px; height: 26px; border-radius: 50%; background: ${HIGHLIGHT}; color: #fff; border: 2px solid #fff; font: 700 14px/22px 'Liberation Sans', sans-serif; text-align: center; box-shadow: 0 1px 3px rgba(0,0,0,.35); }
.hl-callout { position: absolute; background: ${HIGHLIGHT}; color: #fff; font: 700 13px/1.25 'Liberation Sans', sans-serif; padding: 6px 10px; border-radius: 6px; white-space: nowrap; box-shadow: 0 1px 3px rgba(0,0,0,.3); }
`;

const ICONS = {
  back: '<svg viewBox="0 0 16 16"><path d="M13 8H3M7 4 3 8l4 4" fill="none" stroke="#5f6368" stroke-width="1.6"/></svg>',
  fwd: '<svg viewBox="0 0 16 16"><path d="M3 8h10M9 4l4 4-4 4" fill="none" stroke="#b0b3b8" stroke-width="1.6"/></svg>',
  reload:
    '<svg viewBox="0 0 16 16"><path d="M13 8a5 5 0 1 1-1.5-3.6M13 2.5v3h-3" fill="none" stroke="#5f6368" stroke-width="1.6"/></svg>',
  lock: '<svg viewBox="0 0 16 16" style="width:13px;height:13px"><rect x="3" y="7" width="10" height="7" rx="1.5" fill="#5f6368"/><path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" fill="none" stroke="#5f6368" stroke-width="1.5"/></svg>',
  menu: '<svg viewBox="0 0 16 16"><circle cx="8" cy="3" r="1.4" fill="#5f6368"/><circle cx="8" cy="8" r="1.4" fill="#5f6368"/><circle cx="8" cy="13" r="1.4" fill="#5f6368"/></svg>',
};

/* Runs in the page: scrolls [data-focus] into view, then draws the rings. */
const LAYOUT_SCRIPT = `
window.__layout = function () {
  var win = document.querySelector('.window');
  var old = win.querySelector('.hl-layer');
  if (old) old.remove();
  var focus = document.querySelector('[data-focus]');
  if (focus) {
    var scroller = focus.closest('.scroll');
    var top = focus.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    scroller.scrollTop = Math.max(0, Math.round(top - Number(focus.getAttribute('data-focus') || 80)));
  }
  var layer = document.createElement('div');
  layer.className = 'hl-layer';
  win.appendChild(layer);
  var origin = win.getBoundingClientRect();
  var pad = 6;
  document.querySelectorAll('[data-hl]').forEach(function (el) {
    var parts = el.getAttribute('data-hl').split('|');
    var r = el.getBoundingClientRect();
    var x = Math.round(r.left - origin.left - pad), y = Math.round(r.top - origin.top - pad);
    var w = Math.round(r.width + pad * 2), h = Math.round(r.height + pad * 2);
    var ring = document.createElement('div');
    ring.className = 'hl-ring';
    ring.style.cssText = 'left:' + x + 'px;top:' + y + 'px;width:' + w + 'px;height:' + h + 'px';
    layer.appendChild(ring);
    var badge = document.createElement('div');
    badge.className = 'hl-badge';
    badge.textContent = parts[0];
    // Left of the ring, or right of it when the ring touches the window's left edge.
    var bx = x - 29 >= -4 ? Math.max(1, x - 29) : x + w + 3;
    badge.style.cssText = 'left:' + bx + 'px;top:' + Math.round(y + h / 2 - 13) + 'px';
    layer.appendChild(badge);
    if (parts[1]) {
      var c = document.createElement('div');
      c.className = 'hl-callout';
      c.textContent = parts[1];
      layer.appendChild(c);
      var side = el.getAttribute('data-hl-side') || 'right';
      var cw = c.offsetWidth, ch = c.offsetHeight;
      var pos = side === 'left' ? [x - cw - 10, y + (h - ch) / 2]
        : side === 'below' ? [x + w - cw, y + h + 8]
        : side === 'above' ? [x + w - cw, y - ch - 8]
        : [x + w + 10, y + (h - ch) / 2];
      c.style.left = Math.round(pos[0]) + 'px';
      c.style.top = Math.round(pos[1]) + 'px';
    }
  });
};
window.__layout();
`;

/**
 * A complete HTML document: a Chromium-like window of `width` x `height`
 * CSS pixels showing `body` (which must contain one `.scroll` element if
 * it uses data-focus) under the given URL.
 */
export function browserWindow({
  url,
  tabTitle,
  favicon = { bg: '#7132f5', text: 'k' },
  css = '',
  body,
  width = 1000,
  height = 640,
}) {
  const [host, ...rest] = url.split('/');
  const path = rest.length ? `/${rest.join('/')}` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(tabTitle)}</title>
<style>${FRAME_CSS}
.page { height: ${height - 75}px; }
${css}</style></head>
<body>
<div class="window" style="width:${width}px;height:${height}px">
  <div class="chrome">
    <div class="tabs">
      <div class="dots"><i></i><i></i><i></i></div>
      <div class="tab"><span class="fav" style="background:${favicon.bg}">${esc(favicon.text)}</span><span>${esc(tabTitle)}</span><span class="x">×</span></div>
      <span class="tab-new">+</span>
    </div>
    <div class="bar">${ICONS.back}${ICONS.fwd}${ICONS.reload}
      <div class="url">${ICONS.lock}<span><span class="host">${esc(host)}</span><span class="path">${esc(path)}</span></span></div>
      ${ICONS.menu}
    </div>
  </div>
  <div class="page">${body}</div>
</div>
<script>${LAYOUT_SCRIPT}</script>
</body></html>`;
}
