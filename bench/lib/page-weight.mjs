// What a page costs before any interaction: every response it loads until the network is
// idle, by kind, with JS and CSS measured as gzip bytes (the server may not compress, so the
// figures do not depend on it) and images as sent. Inline scripts count as JS.
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

export async function pageWeight(page, url) {
  const responses = [];
  const onResponse = (res) => responses.push(res);
  page.on('response', onResponse);
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  page.off('response', onResponse);

  const totals = {
    js: 0,
    css: 0,
    img: 0,
    html: 0,
    other: 0,
    requests: 0,
    reactBytes: 0,
    imageTypes: new Set(),
  };
  for (const res of responses) {
    totals.requests += 1;
    let body;
    try {
      body = await res.body();
    } catch {
      continue;
    }
    const type = res.request().resourceType();
    const ctype = res.headers()['content-type'] ?? '';
    if (type === 'script') {
      totals.js += gz(body);
      if (/react\.transitional\.element|Minified React error/.test(body.toString('utf8')))
        totals.reactBytes += gz(body);
    } else if (type === 'stylesheet') totals.css += gz(body);
    else if (type === 'image') {
      totals.img += body.length;
      totals.imageTypes.add(ctype.split(';')[0]);
    } else if (type === 'document') totals.html += gz(body);
    else totals.other += body.length;
  }
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !s.type || s.type === 'module' || s.type === 'text/javascript')
      .map((s) => s.textContent ?? ''),
  );
  for (const code of inline) totals.js += gz(Buffer.from(code));
  return { ...totals, imageTypes: [...totals.imageTypes].sort() };
}
