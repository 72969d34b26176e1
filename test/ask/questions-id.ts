/**
 * The Indonesian question set: written from the Indonesian pages (src/content/docs/id/), the
 * way Indonesian traders ask — terse, informal, Indonesian mixed with English crypto terms,
 * misspelt, "perlu nggak…", "harus centang apa", pasted error strings — before any ranking or
 * vocabulary was tuned for Indonesian. Asked of the Indonesian index; held to the English
 * development set's rates. Same shape as the English sets: `expect` lists the sections that
 * answer (the Indonesian pages' own anchors), `value` what the answer must hold (a pattern
 * where it must open with a verdict).
 */
import { stepUrl, troubleUrl, type GuideForm, type StepKey } from '../../src/lib/guide/links';
import type { Question } from './questions';

const step = (form: GuideForm, key: StepKey) => stepUrl(form, key, 'id');
const both = (key: StepKey) => [step('pro', key), step('classic', key)];
const trouble = (key: Parameters<typeof troubleUrl>[0]) => troubleUrl(key, 'id');
const checker = (anchor: string) => `/id/exchange/kraken/key-checker/#${anchor}`;
const overview = (anchor: string) => `/id/exchange/kraken/#${anchor}`;
const INVALID_ARGUMENTS = '/id/exchange/kraken/troubleshooting/#egeneralinvalid-arguments';
const NEEDS = '/id/#yang-dibutuhkan-kunci';
const TIDAK = /^Tidak\b/;
const YA = /^Ya\b/;

export const QUESTIONS_ID: Question[] = [
  // Panduan Kraken Pro
  { ask: 'nonce window kraken pro isi berapa', expect: [step('pro', 'nonce')], value: '2000000' },
  { ask: 'nonce window brp?', expect: [...both('nonce'), NEEDS], value: '2000000' },
  {
    ask: 'bikin api key di kraken pro dimana',
    expect: [step('pro', 'open-api-page'), overview('kraken-pro')],
    value: 'Settings',
  },
  { ask: 'perlu nggak aktifin earn?', expect: [step('pro', 'permissions')], value: TIDAK },
  { ask: 'harus centang deposit ga', expect: both('permissions'), value: TIDAK },
  { ask: 'withdraw perlu diaktifkan gak buat bot', expect: both('permissions'), value: TIDAK },
  {
    ask: 'apakah perlu query ledger entries?',
    expect: [...both('permissions'), NEEDS],
    value: YA,
  },
  {
    ask: 'websocket interface wajib dicentang?',
    expect: [...both('permissions'), NEEDS],
    value: YA,
  },
  {
    ask: 'add withdrawal addresses perlu dicentang ngga',
    expect: [step('pro', 'permissions')],
    value: TIDAK,
  },
  { ask: 'export data boleh aktif?', expect: both('permissions'), value: TIDAK },
  {
    ask: 'harus centang apa aja di permissions',
    expect: [...both('permissions'), NEEDS, trouble('not-enough-permissions')],
    value: 'Query',
  },
  { ask: 'izin apa saja yg dibutuhkan', expect: [...both('permissions'), NEEDS], value: 'Query' },
  { ask: 'arti /24 di ip range apa', expect: both('ip'), value: '256' },
  {
    ask: 'cara masukin banyak ip range di kraken pro',
    expect: [step('pro', 'ip')],
    value: 'koma',
  },
  {
    ask: 'ip whitelist kraken classic gimana caranya',
    expect: [step('classic', 'ip')],
    value: 'Add an IP address or range',
  },
  {
    ask: 'key expiration perlu diisi?',
    expect: both('generate'),
    value: 'Key expiration',
  },
  {
    ask: 'query start date diisi gak',
    expect: [...both('generate'), INVALID_ARGUMENTS],
    value: 'Invalid arguments',
  },
  {
    ask: 'private key itu sama dengan api secret?',
    expect: both('connect'),
    value: 'API Secret',
  },
  { ask: 'api secret diisi pakai apa', expect: both('connect'), value: 'Private key' },
  {
    ask: 'nama kunci harus apa',
    expect: both('name-key'),
  },
  // Kraken Classic
  {
    ask: 'kraken classic nonce window default nya brp',
    expect: [step('classic', 'nonce')],
    value: '0',
  },
  {
    ask: 'halaman api di kraken classic dmn',
    expect: [step('classic', 'open-api-page'), overview('kraken-classic')],
    value: 'API',
  },
  { ask: 'nonce window 2000000 udah bener?', expect: both('nonce'), value: YA },
  { ask: 'nonce window 0 boleh ga', expect: both('nonce'), value: TIDAK },
  // Pemecahan masalah: error yang ditempel
  {
    ask: 'Not enough permission for API keys',
    expect: [trouble('not-enough-permissions')],
    value: 'Query Funds',
  },
  {
    ask: 'muncul not enough permissions for api keys, solusinya?',
    expect: [trouble('not-enough-permissions')],
  },
  { ask: 'EAPI:Invalid key', expect: [trouble('invalid-key')], value: 'API key' },
  {
    ask: 'kenapa error EAPI:Invalid signature',
    expect: [trouble('invalid-signature')],
    value: 'Private key',
  },
  {
    ask: 'EAPI:Invalid nonce terus, gmn benerinnya',
    expect: [trouble('invalid-nonce')],
    value: '2000000',
  },
  { ask: 'EGeneral:Permission denied artinya apa', expect: [trouble('permission-denied')] },
  {
    ask: 'kena EGeneral:Temporary lockout harus nunggu berapa lama',
    expect: [trouble('temporary-lockout')],
    value: '15 menit',
  },
  {
    ask: 'rate limit exceeded kenapa',
    expect: [trouble('rate-limits')],
  },
  {
    ask: 'EGeneral:Invalid arguments pas query order history',
    expect: [INVALID_ARGUMENTS, ...both('generate')],
    value: 'query start date',
  },
  { ask: 'EService:Unavailable', expect: [trouble('kraken-unavailable')] },
  {
    ask: 'semua call ditolak padahal izin udah bener',
    expect: [trouble('ip-restriction'), trouble('permission-denied')],
  },
  {
    ask: 'satu api key dipake 2 bot boleh?',
    expect: [trouble('invalid-nonce'), trouble('rate-limits')],
  },
  {
    ask: 'private key panjangnya berapa karakter',
    expect: [trouble('invalid-signature')],
    value: '88',
  },
  // Pemeriksa kunci
  {
    ask: 'private key saya dikirim ke server ga?',
    expect: [checker('apa-yang-tetap-di-halaman-ini')],
  },
  {
    ask: 'pemeriksa kunci ngecek apa aja',
    expect: [checker('apa-yang-diperiksa')],
  },
  {
    ask: 'cek kunci langsung ke kraken gimana',
    expect: [checker('periksa-kunci-di-kraken'), ...both('connect')],
  },
  // Ikhtisar
  {
    ask: 'bedanya kraken pro sama kraken classic apa',
    expect: [
      overview('kraken-pro'),
      overview('kraken-classic'),
      overview('sebelum-kita-mulai-dengan-api-key'),
    ],
  },
];
