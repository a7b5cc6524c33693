import type { OfferField } from './offer-fields';

/*
 * The hints under the offer form's inputs, by registry path: only the form
 * shows them, so they load with it and not before the first render. A test
 * keeps every path here in the registry.
 */

const ALREADY_RECEIVED =
  'Already received? It is not counted as pay ahead; with a clawback, leaving repays it.';

export interface FieldHelp {
  /** Shown under the input. */
  help?: string;
  /** Shown instead when the offer is the person's current job. */
  current?: string;
}

export const OFFER_FIELD_HELP: Readonly<Record<string, FieldHelp>> = {
  location: { help: 'City, or Remote' },
  current: {
    help: 'Compare your offers with staying. Its pay and equity are what is still to come.',
  },
  notes: { help: 'Anything worth remembering: perks, people, doubts' },
  'compensation.baseSalary': { help: 'Before tax' },
  'compensation.annualRaisePct': { help: 'Expected raise each year' },
  'compensation.bonusTargetPct': { help: 'Of base salary' },
  'compensation.bonusAmount': { help: 'Target for year 1; grows with your raises' },
  'compensation.bonusPayoutPct': {
    help: 'Of the target in a typical year; 100 if it pays in full',
  },
  'compensation.bonusPayoutLowPct': {
    help: 'In a bad year, e.g. the lowest of the last few; empty if you are sure',
  },
  'compensation.bonusPayoutHighPct': {
    help: 'In a good year, e.g. the highest of the last few; empty if you are sure',
  },
  'compensation.signingBonus': { help: 'Paid once, in year 1', current: ALREADY_RECEIVED },
  'compensation.signingBonusClawbackMonths': {
    help: 'Repay it if you leave sooner; 0 for none',
    current: 'Months from today inside which leaving repays it; 0 for none',
  },
  'compensation.signingBonusYear2': {
    help: 'Paid at your first anniversary; 0 for none',
    current: ALREADY_RECEIVED,
  },
  'compensation.signingBonusYear2ClawbackMonths': {
    help: 'Repay it if you leave before this many months from your start; 0 for none',
    current: 'Months from today inside which leaving repays it; 0 for none',
  },
  'compensation.relocation': { help: 'Paid once, in year 1', current: ALREADY_RECEIVED },
  'compensation.relocationClawbackMonths': {
    help: 'Repay it if you leave sooner; 0 for none',
    current: 'Months from today inside which leaving repays it; 0 for none',
  },
  'compensation.employerMatchPct': { help: 'For "50 % match up to 6 %", enter 50' },
  'compensation.matchUpToPctOfSalary': {
    help: 'For "50 % match up to 6 %", enter 6. Counted as if you put in at least this much',
  },
  'compensation.employerBaseContributionPct': { help: 'Paid whatever you put in; 0 for none' },
  'compensation.retirementMatchCap': { help: 'Most the employer puts in a year; empty for no cap' },
  'compensation.benefitsValue': { help: 'Health, meals, stipends, …' },
  'compensation.healthCostsPerYear': {
    help: 'Premiums you pay and what you expect to pay out of pocket; 0 where contributions already pay',
  },
  'compensation.costOfLivingIndex': {
    help: '100 = your reference city; 120 = 20 % pricier, so pay counts for less',
  },
  'tax.place': { help: 'Where this pay would be taxed, to compare it after tax (an estimate)' },
  'tax.effectiveRatePct': {
    help: 'For a place not listed: the share of pay that goes to tax; empty for none',
  },
  'compensation.equity.grantValue': {
    help: "The whole grant at today's price",
    current: "What is still to vest from today, at today's price",
  },
  'compensation.equity.shares': { current: 'Options still to vest from today' },
  'compensation.equity.strikePrice': { help: 'What you pay per share' },
  'compensation.equity.sharePrice': { help: 'What a share is worth today' },
  'compensation.equity.sharePriceLow': {
    help: 'The lowest price you think likely while it vests; empty if you are sure',
  },
  'compensation.equity.sharePriceHigh': {
    help: 'The highest price you think likely while it vests; empty if you are sure',
  },
  'compensation.equity.vestingSchedule': {
    current: 'How what is left vests, year by year from today',
  },
  'compensation.equity.cliffMonths': {
    help: 'Nothing vests before it; 0 for none',
    current: 'Usually 0 for a job you have: the cliff is behind you',
  },
  'compensation.equity.market': {
    help: 'Listed on a stock exchange, or private: a private company pays only at an exit (a sale or a listing)',
  },
  'compensation.equity.exerciseWindowDays': {
    help: 'Days after leaving to buy your vested options before you lose them; often 90',
  },
  'compensation.equity.private.fullyDilutedShares': {
    help: 'All shares, options and warrants that exist: ask the recruiter',
  },
  'compensation.equity.private.preferredPrice': {
    help: 'What investors paid per share in the last round',
  },
  'compensation.equity.private.commonPrice': {
    help: 'The 409A valuation of a common share, usually well below the preferred price',
  },
  'compensation.equity.private.preference': {
    help: 'What investors get back before common shares see anything; 1× means what they put in',
  },
  'compensation.equity.private.series': {
    help: 'Each round as the recruiter or the cap table gives it: money in, price per share (or the shares), 1× to 3×, participation. Leave empty to use the one preference above',
  },
  'compensation.equity.private.roundPriceGrowthPct': {
    help: 'Later rounds buy in at the preferred price, raised by this much a year; each adds its own 1× preference',
  },
  'compensation.equity.private.onAcquisition': {
    help: 'What the equity plan says happens to shares not yet vested when the company is bought',
  },
  'compensation.equity.private.accelerationPct': {
    help: '100 for full acceleration; the rest keeps vesting',
  },
  'compensation.equity.private.optionType': {
    help: 'In the US, buying non-qualified options taxes what they are worth over their price as pay; incentive stock options owe no regular tax then. Leave early counts it',
  },
  'compensation.equity.private.rsuKeptAfterLeaving': {
    help: 'A private company’s RSUs settle only at an exit; if you leave before it, the plan says whether vested ones are kept',
  },
  'compensation.equity.private.rsuKeptYears': {
    help: 'How long vested RSUs survive after you leave; an exit later than that pays you nothing',
  },
  'compensation.equity.private.dilutionPct': {
    help: 'How much each year of new funding shrinks your share; 10–20 is common',
  },
  'compensation.equity.private.exits': {
    help: 'Up to three ways the company could end. Chances add up to at most 100 %; the rest means no exit in time',
  },
  'compensation.equity.annualRefresher': { help: 'Value of the new grant each year' },
  'compensation.equity.expectedGrowthPct': { help: 'Per year; may be negative' },
  'compensation.equity.riskDiscountPct': {
    help: 'How much to knock off for risk; 0 takes it at face value. A private grant’s exit chances already carry its risk, so there it applies to refreshers only',
  },
  'workLife.hoursPerWeek': { help: '35 or fewer scores best, 65 or more scores 0' },
  'workLife.ptoDays': { help: 'Per year; 35 or more scores best' },
  'workLife.officeDaysPerWeek': { help: '0 if remote' },
  'workLife.commuteMinutes': { help: 'Counted on office days' },
};

/** The hint under `field`'s input; the current job's own where it has one. */
export const fieldHelp = (
  field: Pick<OfferField, 'path'>,
  current: boolean,
): string | undefined => {
  const help = OFFER_FIELD_HELP[field.path];
  return (current ? help?.current : undefined) ?? help?.help;
};
