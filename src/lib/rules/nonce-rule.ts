import type { GuideForm } from '../guide/links';
import type { OfflineFinding } from '../messages/types';
import { NONCE_WINDOW } from '../profile/kraken';
import { clip } from '../util/text';
import type { CheckModule } from './module';

export { NONCE_WINDOW } from '../profile/kraken';

export type NonceProblem =
  'empty' | 'ambiguous' | 'not-a-number' | 'negative' | 'fraction' | 'too-large';
export type NonceParse = { ok: true; value: number } | { ok: false; problem: NonceProblem };

/** Longer input is not a nonce window anyone typed; it is rejected before any parsing. */
const MAX_TYPED_LENGTH = 64;

/**
 * The words that scale a number, as people type them. A Map, not an object: a typed word such
 * as "constructor" must not find Object's own.
 */
export const MULTIPLIERS: ReadonlyMap<string, bigint> = new Map([
  ['k', 1_000n],
  ['thousand', 1_000n],
  ['m', 1_000_000n],
  ['mn', 1_000_000n],
  ['mio', 1_000_000n],
  ['million', 1_000_000n],
  ['millions', 1_000_000n],
  // How Indonesian traders write it: "2 juta", "2jt", "2000 rb".
  ['ribu', 1_000n],
  ['rb', 1_000n],
  ['juta', 1_000_000n],
  ['jt', 1_000_000n],
]);

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
 * "2,000,000", "2.000.000", "2M", "2.5m", "2 million", "2000k", "2e6", and in Indonesian
 * "2 juta", "2jt", "2000 rb".
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
    const found = MULTIPLIERS.get(suffix[2] ?? '');
    if (found === undefined) return { ok: false, problem: 'not-a-number' };
    multiplier = found;
    text = suffix[1] ?? '';
  }
  const mantissa = parseMantissa(text, suffix !== null);
  if (typeof mantissa === 'string') return { ok: false, problem: mantissa };
  if (negative && BigInt(mantissa.digits) !== 0n) return { ok: false, problem: 'negative' };
  return fromDecimal(mantissa, multiplier);
}

/** `nonce-window`: 2,000,000 passes, less fails, more warns. `undefined` (not given) skips. */
export function assessNonceWindow(
  input: string | number | undefined,
  form: GuideForm,
): OfflineFinding {
  const base = { id: 'nonce-window', stepKey: 'nonce' as const };
  if (input === undefined) return { ...base, status: 'skip', code: 'nonce.skip', values: { form } };
  const parsed = parseNonceWindow(input);
  if (!parsed.ok) {
    if (parsed.problem === 'empty') {
      return {
        ...base,
        status: 'fail',
        code: 'nonce.empty',
        values: { form },
        trouble: 'invalid-nonce',
      };
    }
    const typed = clip(String(input));
    return {
      ...base,
      status: 'fail',
      code: 'nonce.invalid',
      values: { form, problem: parsed.problem, typed },
    };
  }
  const { value } = parsed;
  const readFrom = typeof input === 'string' && /\p{L}/u.test(input) ? clip(input.trim()) : null;
  if (value === NONCE_WINDOW) {
    return { ...base, status: 'pass', code: 'nonce.pass', values: { value, readFrom } };
  }
  if (value < NONCE_WINDOW) {
    return {
      ...base,
      status: 'fail',
      code: 'nonce.low',
      values: { form, value, readFrom },
      trouble: 'invalid-nonce',
    };
  }
  return { ...base, status: 'warn', code: 'nonce.high', values: { form, value, readFrom } };
}

export const nonceModule: CheckModule = {
  section: 'nonce',
  ids: ['nonce-window'],
  fields: ['nonceWindow'],
  step: 'nonce',
  trouble: ['invalid-nonce'],
  run: (values, { form }) => [assessNonceWindow(values.nonceWindow, form)],
};
