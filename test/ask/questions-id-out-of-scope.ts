/**
 * Questions the Indonesian pages do not answer, asked the way Indonesian traders ask them:
 * fees, deposits and withdrawals in rupiah, login and 2FA, other exchanges (Indodax,
 * Binance), tax, the market. Several share words with the guides (penarikan, verifikasi,
 * Kraken Pro) on purpose. Every one must be declined. Written before any Indonesian tuning.
 */
import type { OutOfScope } from './questions-out-of-scope';

export const OUT_OF_SCOPE_ID: OutOfScope[] = [
  { ask: 'biaya trading di kraken berapa' },
  { ask: 'fee maker taker kraken pro brp persen' },
  { ask: 'cara deposit rupiah ke kraken' },
  { ask: 'minimal deposit kraken berapa' },
  { ask: 'cara withdraw btc dari kraken ke wallet' },
  { ask: 'penarikan ke rekening bank lama ga' },
  { ask: 'cara pasang 2FA buat login kraken' },
  { ask: 'lupa password kraken gimana' },
  { ask: 'cara bikin api key di indodax' },
  { ask: 'bisa pakai binance juga?' },
  { ask: 'pajak crypto di indonesia berapa' },
  { ask: 'harga bitcoin hari ini berapa' },
  { ask: 'eth bakal naik minggu ini?' },
  { ask: 'strategi trading apa yang bagus buat bot' },
  { ask: 'dokumen apa aja buat verifikasi intermediate' },
  { ask: 'bot bisa trading margin ga' },
];
