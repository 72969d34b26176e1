import { describe, expect, it } from 'vitest';
import { checkNonceWindow, parseNonceWindow } from './nonce';

describe('parseNonceWindow', () => {
  it.each([
    ['2000000', 2_000_000],
    ['2 000 000', 2_000_000],
    ['2\u00a0000\u00a0000', 2_000_000],
    ['2\u202f000\u202f000', 2_000_000],
    ['2,000,000', 2_000_000],
    ['2.000.000', 2_000_000],
    ["2'000'000", 2_000_000],
    ['2_000_000', 2_000_000],
    ['2M', 2_000_000],
    ['2m', 2_000_000],
    ['2 M', 2_000_000],
    ['2 million', 2_000_000],
    ['2 Million', 2_000_000],
    ['2mio', 2_000_000],
    ['2000k', 2_000_000],
    ['2000 K', 2_000_000],
    ['2 000 thousand', 2_000_000],
    ['2.5M', 2_500_000],
    ['2,5M', 2_500_000],
    ['1.25 million', 1_250_000],
    // In Indonesian: juta (million), ribu (thousand), and their chat abbreviations.
    ['2 juta', 2_000_000],
    ['2jt', 2_000_000],
    ['2 JT', 2_000_000],
    ['2,5 juta', 2_500_000],
    ['2000 ribu', 2_000_000],
    ['2000rb', 2_000_000],
    ['2e6', 2_000_000],
    ['2E6', 2_000_000],
    ['2.5e6', 2_500_000],
    ['  2000000\n', 2_000_000],
    ['+2000000', 2_000_000],
    ['02000000', 2_000_000],
    ['2,000,000.00', 2_000_000],
    ['2.000.000,00', 2_000_000],
    ['2000000.0', 2_000_000],
    ['２００００００', 2_000_000],
    ['0', 0],
    ['-0', 0],
    ['15', 15],
    ['10 000', 10_000],
    ['3,000,000', 3_000_000],
    [2_000_000, 2_000_000],
    [0, 0],
  ])('reads %j as %d', (input, value) => {
    expect(parseNonceWindow(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   \n', 'empty'],
    ['1,5', 'ambiguous'],
    ['2,000', 'ambiguous'],
    ['2.000', 'ambiguous'],
    ['2.000M', 'ambiguous'],
    ['2,000k', 'ambiguous'],
    ['2.5', 'fraction'],
    ['2.0000005M', 'fraction'],
    ['1.5k', 'ok'],
    ['2.5e-1', 'not-a-number'],
    ['-2000000', 'negative'],
    ['−2000000', 'negative'],
    ['two million', 'not-a-number'],
    ['2 billion', 'not-a-number'],
    ['dua juta', 'not-a-number'],
    ['2 miliar', 'not-a-number'],
    ['2MM', 'not-a-number'],
    ['abc', 'not-a-number'],
    // A word every object has is no multiplier (the fuzz found it throwing).
    ['2 constructor', 'not-a-number'],
    ['0.100.100.100\nconstructor', 'not-a-number'],
    ['2,00,000', 'not-a-number'],
    ['2 000 00', 'not-a-number'],
    ['2,000.000,0', 'not-a-number'],
    ['2..000', 'not-a-number'],
    ['0x1E8480', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['9'.repeat(30), 'too-large'],
    ['9'.repeat(100), 'too-large'],
    ['x'.repeat(100), 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [-1, 'negative'],
    [2.5, 'fraction'],
    [2 ** 60, 'too-large'],
  ])('refuses %j as %s', (input, problem) => {
    const result = parseNonceWindow(input);
    if (problem === 'ok') expect(result).toEqual({ ok: true, value: 1500 });
    else expect(result).toEqual({ ok: false, problem });
  });
});

const statusOf = (input: string | number | undefined) => checkNonceWindow(input, 'pro').status;

describe('checkNonceWindow', () => {
  it.each([
    ['2000000', 'pass'],
    ['2 million', 'pass'],
    [2_000_000, 'pass'],
    ['1999999', 'fail'],
    ['0', 'fail'],
    ['', 'fail'],
    ['2,000', 'fail'],
    ['banana', 'fail'],
    ['2000001', 'warn'],
    ['5M', 'warn'],
    [undefined, 'skip'],
  ] as const)('gives %j the status %s', (input, status) => {
    expect(statusOf(input)).toBe(status);
  });

  it('passes the guide’s value and links the nonce step of each form', () => {
    expect(checkNonceWindow('2 000 000', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "nonce.pass",
        "detail": "The nonce window is 2,000,000, as the guide asks.",
        "fix": null,
        "id": "nonce-window",
        "status": "pass",
        "stepKey": "nonce",
        "title": "Nonce window",
      }
    `);
    expect(checkNonceWindow(2_000_000, 'classic').stepKey).toBe('nonce');
  });

  it('explains why a smaller window fails', () => {
    expect(checkNonceWindow('1M', 'classic')).toMatchInlineSnapshot(`
      {
        "code": "nonce.low",
        "detail": "The nonce window is 1,000,000 (read from “1M”), below the 2,000,000 the guide asks for. The service sends requests concurrently; with a smaller window some arrive out of order and Kraken rejects them with EAPI:Invalid nonce.",
        "fix": "Set “Nonce Window” on the key to 2000000 (2 million).",
        "id": "nonce-window",
        "status": "fail",
        "stepKey": "nonce",
        "title": "Nonce window",
        "trouble": "invalid-nonce",
      }
    `);
  });

  it('calls 0 Kraken’s default', () => {
    expect(checkNonceWindow(0, 'pro').detail).toMatchInlineSnapshot(
      `"The nonce window is 0, Kraken’s default, below the 2,000,000 the guide asks for. The service sends requests concurrently; with a smaller window some arrive out of order and Kraken rejects them with EAPI:Invalid nonce."`,
    );
  });

  it('fails an empty field, naming Kraken’s default', () => {
    expect(checkNonceWindow('', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "nonce.empty",
        "detail": "No nonce window entered. Kraken’s default is 0, which makes the service’s concurrent requests fail with EAPI:Invalid nonce.",
        "fix": "Enable “Custom nonce window” on the key and enter 2000000.",
        "id": "nonce-window",
        "status": "fail",
        "stepKey": "nonce",
        "title": "Nonce window",
        "trouble": "invalid-nonce",
      }
    `);
  });

  it('warns about a larger window', () => {
    expect(checkNonceWindow('10,000,000', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "nonce.high",
        "detail": "The nonce window is 10,000,000, more than the guide’s 2,000,000. It works, but Kraken then accepts nonces further below the highest it has seen, which weakens its protection against replayed requests.",
        "fix": "Set “Custom nonce window” on the key to 2000000 (2 million) unless the service asked for more.",
        "id": "nonce-window",
        "status": "warn",
        "stepKey": "nonce",
        "title": "Nonce window",
      }
    `);
  });

  it('names what was typed when it is not a number', () => {
    expect(checkNonceWindow('two million', 'pro')).toMatchInlineSnapshot(`
      {
        "code": "nonce.invalid",
        "detail": "“two million” is not a number.",
        "fix": "Type the value of “Custom nonce window” with digits only; the guide asks for 2000000.",
        "id": "nonce-window",
        "status": "fail",
        "stepKey": "nonce",
        "title": "Nonce window",
      }
    `);
  });

  it('explains each kind of unreadable value', () => {
    expect(
      ['1,5', '-5', '2.5', '9'.repeat(80), 'a\u0000b'].map(
        (v) => checkNonceWindow(v, 'pro').detail,
      ),
    ).toMatchInlineSnapshot(`
      [
        "“1,5” is ambiguous: its “,” or “.” could separate thousands or decimals.",
        "“-5” is negative; a nonce window is 0 or more.",
        "“2.5” is not a whole number.",
        "“9999999999999999999999999999999999999999…” is far too large for a nonce window.",
        "“a\\u{0}b” is not a number.",
      ]
    `);
  });

  it('cuts a huge value short in its message', () => {
    const detail = checkNonceWindow('x'.repeat(100_000), 'pro').detail;
    expect(detail.length).toBeLessThan(120);
    expect(detail).toMatchInlineSnapshot(
      `"“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…” is not a number."`,
    );
  });

  it('says what to enter when nothing was given', () => {
    expect(checkNonceWindow(undefined, 'classic')).toMatchInlineSnapshot(`
      {
        "code": "nonce.skip",
        "detail": "Not checked: no nonce window was given.",
        "fix": "Enter the value of “Nonce Window” on the key; the guide asks for 2000000.",
        "id": "nonce-window",
        "status": "skip",
        "stepKey": "nonce",
        "title": "Nonce window",
      }
    `);
  });
});
