import { beforeAll, describe, expect, it } from 'vitest';
import { rankingConfig } from './config';
import { fixtureIndexes } from './fixture-id';
import { analyse } from './query';
import type { AskIndex } from './search-index';

/** The fixture's Indonesian index, built once for every test that reads it. */
let indexId: AskIndex;
beforeAll(async () => {
  indexId = (await fixtureIndexes()).id;
});

describe('analyse (Indonesian): how it is asked weighs like a verb', () => {
  it.each([
    // Asked for a difference, what is compared is the question.
    ['apa bedanya api key dan private key', 'beda'],
    ['perbedaan kraken pro dan classic', 'beda'],
    // When it is asked, as "after" is in English.
    ['setelah masuk menu api dimana', 'sete'],
    // Giving a key a date is setting it: the date is the question.
    ['apakah api key sebaiknya diberi tanggal kedaluwarsa', 'beri'],
    ['dikasih nama apa', 'kasih'],
  ])('%j: %s weighs like a verb', (question, token) => {
    const config = rankingConfig();
    const c = analyse(indexId, question, config).concepts.find(
      (x) => x.names[0]![0]!.token === token,
    );
    expect(c).toMatchObject({ weight: config.actionWeight, generic: true });
  });
});

describe('analyse (Indonesian): informal words in their written form', () => {
  it.each([
    // Jakarta's "-in" is the written "-kan", where the docs write the word so.
    ['ip nya dipisahin pake koma?', 'ip nya dipisahkan pakai koma?'],
    ['tambahin withdraw?', 'tambahkan withdraw?'],
    // A word the docs do not write with "-kan" stays as typed.
    ['ngecekin key', 'ngecekin key'],
    // Chat abbreviations.
    ['blm bisa', 'belum bisa'],
    ['bisa diliat lg gak', 'bisa diliat lagi tidak'],
    ['4 ip dr layanan', '4 ip dari layanan'],
    // With a particle written onto it.
    ['gmn benerinnya', 'bagaimana perbaikinya'],
    ['udahlah', 'sudahlah'],
    // A particle onto a word that is not informal: as typed.
    ['kuncinya', 'kuncinya'],
    // Jakarta's nasal and ke- forms; JavaScript off as the docs say it; "habis" as "after".
    ['pemeriksa ngirim apa', 'pemeriksa mengirim apa'],
    ['jangan2 ketuker', 'jangan2 tertukar'],
    ['kalo js mati', 'kalau tanpa JavaScript'],
    ['habis login menu api', 'setelah masuk menu api'],
  ])('%j reads as %j', (question, text) => {
    expect(analyse(indexId, question, rankingConfig()).text).toBe(text);
  });
  it.each([
    ['EAPI:Invalid nonce terus, gmn benerinnya', true],
    ['bagaimana cara mengaktifkan izin', true],
    ['gimana mengatasi error ini', true],
    ['bagaimana hasilnya', false],
  ])('%j asks how: %s', (question, how) => {
    expect(analyse(indexId, question, rankingConfig()).how).toBe(how);
  });
  it.each([
    ['cara masukin banyak ip range di kraken pro', 'format'],
    ['rentang ip ditempel satu2 atau sekaligus?', 'format'],
    ['berapa nonce window', 'number'],
  ])('%j asks for a value: %s', (question, wants) => {
    expect(analyse(indexId, question, rankingConfig()).wants).toBe(wants);
  });
  it.each([
    // The words that frame a question ("dalam hal", "di mana letak").
    ['di mana letak izin dalam hal withdraw', ['letak', 'dalam', 'hal']],
    // Chat words that join or time a question ("tp", "tadi", "cuma").
    ['saldo kebaca tp tadi cuma riwayat', ['tapi', 'tadi', 'cuma']],
    // A question asked half in English ("do I need …") keeps only its topic.
    ['do I need websocket interface juga? bingung', ['do', 'need', 'bingung']],
    // An assistant's "user saya" and "bebas?" are no topic either.
    ['user saya tanya key name bebas?', ['user', 'bebas']],
  ] as const)('%j: %j are no concept', (question, absent) => {
    const tokens = analyse(indexId, question, rankingConfig()).concepts.flatMap((c) =>
      c.names.flat().map((t) => t.token),
    );
    for (const word of absent) expect(tokens).not.toContain(word);
  });
});
