import { bench, describe } from 'vitest';
import {
  EXAMPLE_EXCHANGE_RATES,
  analyzeDecision,
  createDocument,
  createSettings,
  exampleOffers,
  type Offer,
} from '../src/domain';

const NOW = '2026-12-01T00:00:00.000Z';

/** The four example offers plus two variants of them: six distinct offers, one in EUR. */
const sixOffers = (): Offer[] => {
  const examples = exampleOffers(NOW);
  const variant = (offer: Offer, id: string, pay: number, learning: 1 | 2 | 3 | 4 | 5): Offer => ({
    ...offer,
    id,
    company: `${offer.company} (counter-offer)`,
    compensation: { ...offer.compensation, baseSalary: offer.compensation.baseSalary * pay },
    growth: { ...offer.growth, learning },
  });
  return [
    ...examples,
    variant(examples[0]!, 'variant-northwind', 0.95, 5),
    variant(examples[2]!, 'variant-fieldnote', 1.1, 4),
  ];
};

const document = createDocument({
  settings: createSettings({ exchangeRates: { ...EXAMPLE_EXCHANGE_RATES } }),
  offers: sixOffers(),
});

describe('analyzeDecision', () => {
  // Budget: a median under 50 ms for six offers (the target).
  bench('six offers: margin, flips, break-even raises and 2,000 weight draws', () => {
    analyzeDecision(document);
  });
});
