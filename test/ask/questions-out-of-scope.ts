/**
 * Questions the docs do not answer, asked the way people ask them: fees, deposits and
 * withdrawals, logging in and 2FA, other exchanges, tax, the market. Several share words
 * with the guides (withdrawal addresses, verification levels, Kraken Pro, Futures) on
 * purpose: a word in common is not an answer. Every one must be declined, with the closest
 * pages. Written before any ranking change, never tuned on.
 */
export interface OutOfScope {
  ask: string;
  goal?: string;
}

export const OUT_OF_SCOPE: OutOfScope[] = [
  { ask: "what are kraken's trading fees" },
  { ask: 'what is the maker fee on kraken pro' },
  { ask: 'How do I deposit euros to Kraken?' },
  { ask: "what's the minimum deposit" },
  { ask: 'how to withdraw btc from kraken to my wallet' },
  { ask: 'how long does a kraken withdrawal take' },
  { ask: 'how do I add a new withdrawal address to my kraken account' },
  { ask: 'How do I set up 2FA for login on Kraken?' },
  { ask: 'i lost my authenticator app, how do i log in' },
  { ask: 'how do I change my kraken password' },
  { ask: 'How do I create an API key on Binance?' },
  { ask: 'does this work with coinbase' },
  { ask: 'Do I have to pay tax on crypto profits?' },
  { ask: 'how do I report my kraken trades on my tax return', goal: 'file taxes' },
  { ask: 'what is the price of bitcoin today' },
  { ask: 'is ETH going up this week?' },
  { ask: 'which trading strategy should my bot use' },
  { ask: 'What documents do I need for Intermediate verification?' },
  { ask: 'can the bot trade on margin' },
  { ask: 'what is the kraken futures fee schedule' },
];
