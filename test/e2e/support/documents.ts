import {
  EXAMPLE_EXCHANGE_RATES,
  createDocument,
  createOffer,
  createSettings,
  documentSchema,
  exampleOffers,
} from '../../../src/domain';
import type { Offer, TradeoffDocument } from '../../../src/domain';

/** Where the app keeps its data (src/storage/keys.ts). */
export const STORAGE_KEYS = {
  document: 'tradeoff:document',
  backup: 'tradeoff:document-backup',
} as const;

const NOW = '2026-01-15T09:00:00.000Z';

type Rating = 1 | 2 | 3 | 4 | 5;
const rating = (seed: number): Rating => ((seed % 5) + 1) as Rating;

// The example offers again and again, each copy with its own name, pay and ratings, so that
// every offer scores differently and a weight change reorders many of them.
function variedOffer(template: Offer, index: number): Offer {
  const factor = 0.75 + ((index * 37) % 50) / 100;
  const { compensation, growth, culture, workLife } = template;
  return {
    ...template,
    id: `offer-${index + 1}`,
    // At most one offer is the current job: the first copy of the example that is.
    current: template.current === true && index < 4,
    company: `${template.company} ${index + 1}`,
    compensation: { ...compensation, baseSalary: Math.round(compensation.baseSalary * factor) },
    growth: {
      learning: rating(index),
      careerProgression: rating(index * 3 + 1),
      mentorship: growth.mentorship,
      companyOutlook: rating(index * 7 + 2),
    },
    culture: { ...culture, manager: rating(index * 2 + 3) },
    workLife: {
      ...workLife,
      hoursPerWeek: 35 + ((index * 11) % 20),
      flexibility: rating(index * 5 + 4),
    },
  };
}

/** A valid document with `count` offers built from the domain's example offers. */
export function documentWithOffers(count: number): TradeoffDocument {
  const templates = exampleOffers(NOW);
  const offers = Array.from({ length: count }, (_, index) =>
    variedOffer(templates[index % templates.length]!, index),
  );
  const document = createDocument({
    settings: createSettings({ exchangeRates: { ...EXAMPLE_EXCHANGE_RATES } }),
    offers,
  });
  // Fails here, not in the browser, if the domain's rules ever reject what is built above.
  return documentSchema().parse(document) as TradeoffDocument;
}

/** The first `count` example offers, as the app's "Load example offers" would add them. */
export function exampleDocument(count = 3): TradeoffDocument {
  return createDocument({
    settings: createSettings({ exchangeRates: { ...EXAMPLE_EXCHANGE_RATES } }),
    offers: exampleOffers(NOW).slice(0, count),
  });
}

/** A document with plain offers (default ratings) that differ only in name and base salary. */
export function salariesDocument(salaries: Record<string, number>): TradeoffDocument {
  return createDocument({
    offers: Object.entries(salaries).map(([company, baseSalary], index) => {
      const offer = createOffer({ id: `offer-${index + 1}`, company, now: NOW });
      return { ...offer, compensation: { ...offer.compensation, baseSalary } };
    }),
  });
}

/** The value the app stores under its document key (a versioned envelope). */
export function storedEnvelope(document: TradeoffDocument, revision = 1): string {
  return JSON.stringify({ revision, savedAt: NOW, document });
}

/** localStorage for `openApp({ localStorage })`: a returning visitor with this document. */
export function savedDocument(document: TradeoffDocument): Record<string, string> {
  return { [STORAGE_KEYS.document]: storedEnvelope(document) };
}
