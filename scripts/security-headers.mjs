// Security headers sent with every response of the Node server. The Content-Security-Policy
// of each page (with the hashes of its inline scripts and styles) comes from Astro's CSP
// support; these are the headers that hold for everything.
export function securityHeaders() {
  return [
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Frame-Options', 'DENY'],
    [
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    ],
    ['Cross-Origin-Opener-Policy', 'same-origin'],
    // For everything that is not a page (assets, JSON, Markdown twins). Pages replace it with
    // their own policy, which carries the hashes of their scripts (see astro.config.mjs).
    ['Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"],
  ];
}
