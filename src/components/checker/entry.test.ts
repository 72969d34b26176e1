/** Each island entry speaks its own language, and a page asking another gets told what to import. */
import { createElement } from 'react';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import IpCheck from './IpCheck';
import KeyChecker from './KeyChecker';
import KeysCheck from './KeysCheck';
import NonceCheck from './NonceCheck';
import PermissionsCheck from './PermissionsCheck';
import IdIpCheck from './id/IpCheck';
import IdKeyChecker from './id/KeyChecker';
import IdKeysCheck from './id/KeysCheck';
import IdNonceCheck from './id/NonceCheck';
import IdPermissionsCheck from './id/PermissionsCheck';

const service = { serviceName: 'Acme Bots', ipRange: '192.0.2.0/24' };
const render = (island: ComponentType<never>, props: Record<string, unknown>) =>
  renderToString(createElement(island as ComponentType<Record<string, unknown>>, props));

/** Each island in English and Indonesian, with a string only that language's rendering shows. */
const ISLANDS = [
  [
    'PermissionsCheck',
    PermissionsCheck,
    IdPermissionsCheck,
    'Check your key’s permissions',
    'Periksa izin (permission) pada key Anda',
  ],
  [
    'NonceCheck',
    NonceCheck,
    IdNonceCheck,
    'Nonce window on your key',
    'Nonce window pada key Anda',
  ],
  [
    'IpCheck',
    IpCheck,
    IdIpCheck,
    'Filled in with Acme Bots’s range',
    'Sudah diisi dengan rentang IP Acme Bots',
  ],
  [
    'KeysCheck',
    KeysCheck,
    IdKeysCheck,
    'Check your key’s API keys',
    'Periksa API key pada key Anda',
  ],
  ['KeyChecker', KeyChecker, IdKeyChecker, 'Nothing checked yet', 'Belum ada yang diperiksa'],
] as const;

describe('island entries and their language', () => {
  it.each(ISLANDS)(
    '%s renders English by default and Indonesian from id/',
    (_name, en, id, enText, idText) => {
      const props = { form: 'pro', ...service };
      const english = render(en as ComponentType<never>, props);
      const englishAsked = render(en as ComponentType<never>, { ...props, lang: 'en' });
      const indonesian = render(id as ComponentType<never>, { ...props, lang: 'id' });
      expect(english).toContain(enText);
      expect(englishAsked).toBe(english);
      expect(english).not.toContain(idText);
      expect(indonesian).toContain(idText);
      expect(indonesian).not.toContain(enText);
    },
  );

  it.each(ISLANDS)(
    '%s refuses a language it does not carry, naming the import to use',
    (name, en, id) => {
      const props = { form: 'classic', ...service };
      expect(() => render(en as ComponentType<never>, { ...props, lang: 'id' })).toThrow(
        `import it from components/checker/id/${name}`,
      );
      expect(() => render(id as ComponentType<never>, { ...props, lang: 'en' })).toThrow(
        `import it from components/checker/${name}`,
      );
    },
  );

  it('posts the Indonesian checker form to the Indonesian result page', () => {
    const english = render(KeyChecker as ComponentType<never>, { form: 'pro', ...service });
    const indonesian = render(IdKeyChecker as ComponentType<never>, { form: 'pro', ...service });
    expect(english).toContain('action="/exchange/kraken/key-checker/result/"');
    expect(indonesian).toContain('action="/id/exchange/kraken/key-checker/result/"');
    expect(indonesian).toContain('aria-label="Pemeriksa kunci"');
  });
});
