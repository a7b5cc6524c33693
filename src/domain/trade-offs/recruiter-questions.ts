import { completeDocument } from '../document/defaults';
import { meanCompensation } from '../scoring/scoring';
import type { Compensation, Equity, Offer, Settings, TradeoffDocument } from '../document/schema';
import { NO_TAX_RULES, type TaxRules } from '../tax/rules';

/*
 * What to ask the recruiter next, per offer (scoring.md §13): built from
 * what the offer leaves missing or uncertain, each with why it matters and
 * how far the answer can move this comparison, worked out by the model.
 */

export type QuestionTopic =
  | 'fullyDilutedShares'
  | 'prices'
  | 'preference'
  | 'exerciseWindow'
  | 'earlyExercise'
  | 'doubleTrigger'
  | 'optionType'
  | 'refreshers'
  | 'bonusHistory'
  | 'clawback'
  | 'remote';

export interface RecruiterQuestion {
  topic: QuestionTopic;
  question: string;
  why: string;
  /**
   * How far the answer can move the offer's yearly pay `M` (display
   * currency, as the ranking compares it); null where the model cannot say
   * or does not count it.
   */
  move: number | null;
  /** What `move` measures, in words that follow "by up to $X". */
  moveMeaning: string | null;
}

export interface OfferQuestions {
  offerId: string;
  company: string;
  questions: RecruiterQuestion[];
}

type EquityChange = Partial<Omit<Equity, 'private'>> & { private?: Partial<Equity['private']> };

const changed = (
  offer: Offer,
  pay: Partial<Omit<Compensation, 'equity'>>,
  equity: EquityChange = {},
) => ({
  ...offer,
  compensation: {
    ...offer.compensation,
    ...pay,
    equity: {
      ...offer.compensation.equity,
      ...equity,
      private: { ...offer.compensation.equity.private, ...equity.private },
    },
  },
});

/** |M(a) − M(b)|, or null when either cannot be worked out (a missing exchange rate, tax rules). */
const gap = (a: Offer, b: Offer, settings: Settings, rules: TaxRules): number | null => {
  const ma = meanCompensation(a, settings, rules);
  const mb = meanCompensation(b, settings, rules);
  return ma === null || mb === null ? null : Math.abs(ma - mb);
};

/** The spread of yearly pay across the exit scenarios (and no exit): what the private figures weigh. */
const scenarioSpread = (offer: Offer, settings: Settings, rules: TaxRules): number | null => {
  const exits = offer.compensation.equity.private.exits;
  if (exits.length === 0) return null;
  const means = [
    ...exits.map((e) =>
      meanCompensation(
        changed(offer, {}, { private: { exits: [{ ...e, pct: 100 }] } }),
        settings,
        rules,
      ),
    ),
    meanCompensation(changed(offer, {}, { private: { exits: [] } }), settings, rules),
  ];
  if (means.some((m) => m === null)) return null;
  const values = means as number[];
  return Math.max(...values) - Math.min(...values);
};

const ask = (
  topic: QuestionTopic,
  question: string,
  why: string,
  move: number | null = null,
  moveMeaning: string | null = null,
): RecruiterQuestion => ({ topic, question, why, move, moveMeaning });

/** The questions for one offer, most telling first. */
export const offerQuestions = (
  offer: Offer,
  settings: Settings,
  rules: TaxRules = NO_TAX_RULES,
): RecruiterQuestion[] => {
  const c = offer.compensation;
  const { equity } = c;
  const questions: RecruiterQuestion[] = [];
  const isPrivate = equity.kind !== 'none' && equity.market === 'private';
  if (isPrivate) {
    const p = equity.private;
    const spread = scenarioSpread(offer, settings, rules);
    const acrossScenarios = 'between your best and worst exit scenario';
    if (p.fullyDilutedShares === 0)
      questions.push(
        ask(
          'fullyDilutedShares',
          'How many fully diluted shares are there?',
          'Your share of the company is your grant divided by it; without it the equity counts as nothing here.',
        ),
      );
    if (p.preferredPrice === 0 || p.commonPrice === 0)
      questions.push(
        ask(
          'prices',
          'What was the preferred price of the last round, and what is the latest 409A price?',
          'Investors paid the preferred price; the 409A price is what exercising is taxed against.',
          equity.kind === 'rsu' ? spread : null,
          equity.kind === 'rsu' ? acrossScenarios : null,
        ),
      );
    if (p.series.length === 0)
      questions.push(
        ask(
          'preference',
          'What is the preference stack, series by series: money in, price per share, multiple, participating or not?',
          'Investors take their preference back before common shares get anything, and a participating or 2× series takes more, so a modest exit can leave you little.',
          p.preference > 0
            ? gap(offer, changed(offer, {}, { private: { preference: 0 } }), settings, rules)
            : spread,
          p.preference > 0 ? 'against no preference at all' : acrossScenarios,
        ),
      );
  }
  if (isPrivate && equity.kind === 'rsu' && equity.private.rsuKeptAfterLeaving === null)
    questions.push(
      ask(
        'doubleTrigger',
        'My RSUs settle only at an exit: if I leave before it, do I keep the vested ones, and for how long?',
        'Leaving early counts vested RSUs as kept until the exit; under a plan where they lapse, leaving before an exit keeps nothing.',
      ),
    );
  if (equity.kind === 'options') {
    questions.push(
      ask(
        'exerciseWindow',
        'How long after leaving can I exercise vested options?',
        `Vested options not bought within it are lost; you entered ${equity.exerciseWindowDays} days, and some companies give years.`,
      ),
    );
    if (isPrivate && equity.private.optionType === null && offer.tax?.place?.startsWith('US-'))
      questions.push(
        ask(
          'optionType',
          'Are my options non-qualified (NSO) or incentive stock options (ISO)?',
          'Buying non-qualified options after leaving taxes what they are worth over their price as pay; Leave early counts them that way until you say they are ISOs.',
        ),
      );
    if (isPrivate)
      questions.push(
        ask(
          'earlyExercise',
          'Can I exercise early and file an 83(b) election?',
          'It costs cash now but can make later gains long-term; tax is not counted here.',
        ),
      );
  }
  if (equity.kind !== 'none' && equity.annualRefresher === 0)
    questions.push(
      ask(
        'refreshers',
        'Are there yearly refresher grants, and how large are they usually?',
        'Later grants often decide pay in years 2 to 4; none are counted here.',
      ),
    );
  const hasBonus = c.bonusAs === 'amount' ? c.bonusAmount > 0 : c.bonusTargetPct > 0;
  // With a payout range (version 7), its low end is how far the answer can move the pay.
  const lowPayout = c.bonusPayoutLowPct;
  const range =
    lowPayout !== null || c.bonusPayoutHighPct !== null
      ? `, between ${lowPayout ?? c.bonusPayoutPct} % and ${c.bonusPayoutHighPct ?? c.bonusPayoutPct} %`
      : '';
  if (hasBonus)
    questions.push(
      ask(
        'bonusHistory',
        'What share of the target bonus has actually been paid in recent years?',
        `Targets are not promises; you expect ${c.bonusPayoutPct} % of it${range}.`,
        gap(
          offer,
          changed(offer, { bonusPayoutPct: lowPayout ?? c.bonusPayoutPct / 2 }),
          settings,
          rules,
        ),
        lowPayout !== null
          ? `if it paid the low end of your range, ${lowPayout} %`
          : 'if it paid half of what you expect',
      ),
    );
  // Only the payments whose clawback months are not given: terms entered are not asked again.
  const unknownTerms = [
    c.signingBonus > 0 && c.signingBonusClawbackMonths === 0 ? 'signing bonus' : null,
    c.signingBonusYear2 > 0 && c.signingBonusYear2ClawbackMonths === 0
      ? 'second-year signing bonus'
      : null,
    c.relocation > 0 && c.relocationClawbackMonths === 0 ? 'relocation' : null,
  ].filter((name) => name !== null);
  if (unknownTerms.length > 0 && !offer.current)
    questions.push(
      ask(
        'clawback',
        `Must the ${unknownTerms.join(', ').replace(/, (?=[^,]*$)/, ' or ')} be paid back if I leave, and within how long?`,
        'Most are repaid in full on leaving within a year or two.',
      ),
    );
  if (offer.workLife.officeDaysPerWeek < 5)
    questions.push(
      ask(
        'remote',
        'Can the remote days be put in writing?',
        `You count ${offer.workLife.officeDaysPerWeek} office days a week; a spoken promise can change with a new manager.`,
      ),
    );
  return questions;
};

/**
 * The questions for every offer that is not declined, in document order;
 * offers with none left out. Amounts after tax with the places in `rules`
 * when the settings compare after tax.
 */
export const recruiterQuestions = (
  input: TradeoffDocument,
  rules: TaxRules = NO_TAX_RULES,
): OfferQuestions[] => {
  const document = completeDocument(input);
  return document.offers
    .filter((offer) => offer.status !== 'declined' && !offer.current)
    .map((offer) => ({
      offerId: offer.id,
      company: offer.company,
      questions: offerQuestions(offer, document.settings, rules),
    }))
    .filter((entry) => entry.questions.length > 0);
};
