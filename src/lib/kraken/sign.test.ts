import { describe, expect, it } from 'vitest';
import { encodeFormBody, signRequest } from './sign';

const VECTOR_B_KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(1)));

describe('signRequest', () => {
  it.each([
    // The example of Kraken's REST authentication guide (docs.kraken.com, "Authentication":
    // private key, nonce, AddOrder body and the API-Sign it documents), reproduced exactly.
    {
      name: 'vector A (docs.kraken.com)',
      privateKey:
        'kQH5HW/8p1uGOVjbgWA7FunAmGO8lsSUXNsu3eow76sz84Q18fWxnyRzBHCd3pd5nE9qa99HAZtuZuj6F1huXg==',
      nonce: '1616492376594',
      path: '/0/private/AddOrder',
      body: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25',
      expected:
        '4/dpxb3iT4tp/ZCVEwSnEsLxx0bqyhLpdfOpc6fn7OR8+UClSV5n9E6aSS8MPtnRfp32bAb0nmbRn6H8ndwLUQ==',
    },
    {
      name: "vector B (Kraken's Rust SDK)",
      privateKey: VECTOR_B_KEY,
      nonce: '1700000000000000000',
      path: '/0/private/Balance',
      body: 'nonce=1700000000000000000',
      expected:
        '6i7+cpXVLDDnDOekgsRcgFQhkYFyPDSSxhSVA8OrA6vjziXcy2K1DP3n7f9B/Kgni71WjBSQusZKxduRsdF20Q==',
    },
  ])('reproduces $name exactly', async ({ privateKey, nonce, path, body, expected }) => {
    await expect(signRequest({ privateKey, nonce, path, body })).resolves.toBe(expected);
  });

  it('changes the signature when one body byte changes', async () => {
    const base = { privateKey: VECTOR_B_KEY, nonce: '1', path: '/0/private/Balance' };
    const a = await signRequest({ ...base, body: 'nonce=1' });
    const b = await signRequest({ ...base, body: 'nonce=1&x=1' });
    expect(a).not.toBe(b);
  });
});

describe('encodeFormBody', () => {
  it.each([
    { nonce: '1', params: {}, expected: 'nonce=1' },
    {
      nonce: '1616492376594',
      params: { ordertype: 'limit', pair: 'XBTUSD', price: '37500', type: 'buy', volume: '1.25' },
      expected: 'nonce=1616492376594&ordertype=limit&pair=XBTUSD&price=37500&type=buy&volume=1.25',
    },
    { nonce: '2', params: { a: 'x y&z' }, expected: 'nonce=2&a=x+y%26z' },
  ])('encodes $expected', ({ nonce, params, expected }) => {
    expect(encodeFormBody(nonce, params)).toBe(expected);
  });
});
