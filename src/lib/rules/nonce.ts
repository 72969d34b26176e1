import type { GuideForm } from '../guide/links';
import { formatInteger, quote } from '../util/text';
import { EDITIONS, NONCE_WINDOW } from '../profile/kraken';
import type { Finding } from './finding';
import type { CheckModule } from './module';

export { NONCE_WINDOW } from '../profile/kraken';

export type NonceProblem =
  'empty' | 'ambiguous' | 'not-a-number' | 'negative' | 'fraction' | 'too-large';
export type NonceParse = { ok: true; value: number } | { ok: false; problem: NonceProblem };

/** Longer input is not a nonce window anyone typed; it is rejected before any parsing. */
const MAX_TYPED_LENGTH = 64;

const MULTIPLIERS: Record<string, bigint> = {
  k: 1_000n,
  thousand: 1_000n,
  m: 1_000_000n,
  mn: 1_000_000n,
  mio: 1_000_000n,
  million: 1_000_000n,
  millions: 1_000_000n,
};

/** A decimal written as digits plus a power of ten: "2.5" → { digits: "25", scale: 1 }. */
interface Decimal {
  digits: string;
  scale: number;
}
type Mantissa = Decimal | 'ambiguous' | 'not-a-number';

const GROUPING = new Set([' ', "'", '’', '_', ',', '.']);
const DECIMAL_MARKS = new Set(['.', ',']);

/** "2 000 000", "2,000,000.00", "2.000.000,5", "2.5", "1,5"… */
function parseMantissa(text: string, hasSuffix: boolean): Mantissa {
  const sci = /^(\d+)(?:\.(\d+))?e\+?(\d{1,2})$/.exec(text);
  if (sci && !hasSuffix) {
    const [, whole = '', fraction = '', exponent = '0'] = sci;
    return { digits: whole + fraction, scale: fraction.length - Number(exponent) };
  }
  if (!/^\d+(?:[ '’_,.]\d+)*$/.test(text)) return 'not-a-number';
  const runs = text.split(/[ '’_,.]/);
  const seps = [...text.replace(/\d/g, '')];
  if (seps.length === 0) return { digits: text, scale: 0 };

  const last = seps.at(-1) ?? '';
  const lastRun = runs.at(-1) ?? '';
  const kinds = new Set(seps);
  const grouped = (parts: readonly string[]): boolean =>
    (parts[0]?.length ?? 0) <= 3 && parts.slice(1).every((part) => part.length === 3);

  if (kinds.size > 2) return 'not-a-number';
  if (kinds.size === 2) {
    // One grouping mark, then a different decimal mark once at the end: "2,000,000.00".
    const groupMarks = seps.slice(0, -1);
    if (!DECIMAL_MARKS.has(last) || groupMarks.includes(last)) return 'not-a-number';
    if (!grouped(runs.slice(0, -1))) return 'not-a-number';
    return { digits: runs.join(''), scale: lastRun.length };
  }
  if (seps.length > 1 || !DECIMAL_MARKS.has(last)) {
    return GROUPING.has(last) && grouped(runs)
      ? { digits: runs.join(''), scale: 0 }
      : 'not-a-number';
  }
  // A single "." or ",": three digits after it could be thousands or decimals.
  if (lastRun.length === 3) return 'ambiguous';
  if (last === ',' && !hasSuffix) return 'ambiguous';
  return { digits: runs.join(''), scale: lastRun.length };
}

function fromDecimal({ digits, scale }: Decimal, multiplier: bigint): NonceParse {
  let numerator = BigInt(digits) * multiplier;
  let denominator = 1n;
  if (scale > 0) denominator = 10n ** BigInt(scale);
  else numerator *= 10n ** BigInt(-scale);
  if (numerator % denominator !== 0n) return { ok: false, problem: 'fraction' };
  const value = numerator / denominator;
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, problem: 'too-large' };
  return { ok: true, value: Number(value) };
}

function parseNumber(value: number): NonceParse {
  if (!Number.isFinite(value)) return { ok: false, problem: 'not-a-number' };
  if (value < 0) return { ok: false, problem: 'negative' };
  if (!Number.isInteger(value)) return { ok: false, problem: 'fraction' };
  if (value > Number.MAX_SAFE_INTEGER) return { ok: false, problem: 'too-large' };
  return { ok: true, value };
}

/**
 * Reads a nonce window the way people type it: "2000000", "2 000 000",
 * "2,000,000", "2.000.000", "2M", "2.5m", "2 million", "2000k", "2e6".
 * Where the marks could mean thousands or decimals ("2,000", "1,5") it
 * answers `ambiguous` rather than guess.
 */
export function parseNonceWindow(input: string | number): NonceParse {
  if (typeof input === 'number') return parseNumber(input);
  const trimmed = input.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.length > MAX_TYPED_LENGTH) {
    return { ok: false, problem: /^\d+$/.test(trimmed) ? 'too-large' : 'not-a-number' };
  }
  let text = trimmed.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');
  let negative = false;
  if (/^[-−+]/.test(text)) {
    negative = text[0] !== '+';
    text = text.slice(1).trim();
  }
  const suffix = /^(.*?) ?([a-z]+)$/.exec(text);
  let multiplier = 1n;
  if (suffix) {
    const found = MULTIPLIERS[suffix[2] ?? ''];
    if (found === undefined) return { ok: false, problem: 'not-a-number' };
    multiplier = found;
    text = suffix[1] ?? '';
  }
  const mantissa = parseMantissa(text, suffix !== null);
  if (typeof mantissa === 'string') return { ok: false, problem: mantissa };
  if (negative && BigInt(mantissa.digits) !== 0n) return { ok: false, problem: 'negative' };
  return fromDecimal(mantissa, multiplier);
}

const FIELD: Record<GuideForm, string> = {
  pro: EDITIONS.pro.nonceField,
  classic: EDITIONS.classic.nonceField,
};

const PROBLEM_DETAIL: Record<Exclude<NonceProblem, 'empty'>, (typed: string) => string> = {
  ambiguous: (typed) =>
    `${typed} is ambiguous: its “,” or “.” could separate thousands or decimals.`,
  'not-a-number': (typed) => `${typed} is not a number.`,
  negative: (typed) => `${typed} is negative; a nonce window is 0 or more.`,
  fraction: (typed) => `${typed} is not a whole number.`,
  'too-large': (typed) => `${typed} is far too large for a nonce window.`,
};

const TITLE = 'Nonce window';

/** `nonce-window`: 2,000,000 passes, less fails, more warns. `undefined` (not given) skips. */
export function checkNonceWindow(input: string | number | undefined, form: GuideForm): Finding {
  const base = { id: 'nonce-window', title: TITLE, stepKey: 'nonce' as const };
  const setIt = `Set ${FIELD[form]} on the key to 2000000 (2 million).`;
  if (input === undefined) {
    return {
      ...base,
      status: 'skip',
      detail: 'Not checked: no nonce window was given.',
      fix: `Enter the value of ${FIELD[form]} on the key; the guide asks for 2000000.`,
    };
  }
  const parsed = parseNonceWindow(input);
  if (!parsed.ok) {
    if (parsed.problem === 'empty') {
      return {
        ...base,
        status: 'fail',
        detail:
          'No nonce window entered. Kraken’s default is 0, which makes the service’s concurrent requests fail with EAPI:Invalid nonce.',
        fix: `Enable ${FIELD[form]} on the key and enter 2000000.`,
        trouble: 'invalid-nonce',
      };
    }
    return {
      ...base,
      status: 'fail',
      detail: PROBLEM_DETAIL[parsed.problem](quote(String(input))),
      fix: `Type the value of ${FIELD[form]} with digits only; the guide asks for 2000000.`,
    };
  }
  const shown = formatInteger(parsed.value);
  const readAs =
    typeof input === 'string' && /\p{L}/u.test(input) ? ` (read from ${quote(input.trim())})` : '';
  if (parsed.value === NONCE_WINDOW) {
    return {
      ...base,
      status: 'pass',
      detail: `The nonce window is ${shown}${readAs}, as the guide asks.`,
      fix: null,
    };
  }
  if (parsed.value < NONCE_WINDOW) {
    const zero = parsed.value === 0 ? ', Kraken’s default' : '';
    return {
      ...base,
      status: 'fail',
      detail: `The nonce window is ${shown}${readAs}${zero}, below the 2,000,000 the guide asks for. The service sends requests concurrently; with a smaller window some arrive out of order and Kraken rejects them with EAPI:Invalid nonce.`,
      fix: setIt,
      trouble: 'invalid-nonce',
    };
  }
  return {
    ...base,
    status: 'warn',
    detail: `The nonce window is ${shown}${readAs}, more than the guide’s 2,000,000. It works, but Kraken then accepts nonces further below the highest it has seen, which weakens its protection against replayed requests.`,
    fix: `${setIt.slice(0, -1)} unless the service asked for more.`,
  };
}

export const nonceModule: CheckModule = {
  section: 'nonce',
  title: 'Nonce window',
  ids: ['nonce-window'],
  fields: ['nonceWindow'],
  step: 'nonce',
  trouble: ['invalid-nonce'],
  run: (values, { form }) => [checkNonceWindow(values.nonceWindow, form)],
};
