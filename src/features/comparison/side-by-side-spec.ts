import type { Offer } from '../../domain';

/*
 * What the side-by-side table shows, row by row. Each row reads one value
 * from an offer; `better` says which way is best, and is left out where
 * "best" means nothing (text, or numbers that differ in kind between
 * companies, like a share count).
 */

export type RowKind = 'text' | 'money' | 'number' | 'percent' | 'rating' | 'score';
export type Better = 'higher' | 'lower';

export interface ScoreView {
  total: number;
  meanCompensation: number;
  factors: { compensation: number; growth: number; culture: number; workLife: number };
}

export interface RowSpec {
  key: string;
  label: string;
  kind: RowKind;
  better?: Better;
  /** Money already in the display currency (no conversion needed). */
  display?: boolean;
  /** A share price: shown with cents, unlike salaries. */
  price?: boolean;
  /** The value; null when it does not apply to this offer (shown as "—"). */
  read: (offer: Offer, score: ScoreView | undefined) => number | string | null;
}

export interface GroupSpec {
  name: string;
  rows: RowSpec[];
}

const STATUS: Record<Offer['status'], string> = {
  considering: 'Considering',
  accepted: 'Accepted',
  declined: 'Declined',
};
const EQUITY: Record<Offer['compensation']['equity']['kind'], string> = {
  none: 'None',
  rsu: 'RSU',
  options: 'Stock options',
};

const formatDeadline = (iso: string | null) => {
  if (!iso) return null;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString(undefined, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
};

const eq = (o: Offer) => o.compensation.equity;
const isRsu = (o: Offer) => eq(o).kind === 'rsu';
const isOptions = (o: Offer) => eq(o).kind === 'options';
/** Vesting details matter for a grant or for refreshers. */
const vests = (o: Offer) => eq(o).kind !== 'none' || eq(o).annualRefresher > 0;

type Read = RowSpec['read'];
type OfferRead = (offer: Offer) => number | string | null;

const row =
  (kind: RowKind, defaultBetter?: Better) =>
  (
    key: string,
    label: string,
    read: OfferRead,
    better: Better | null = defaultBetter ?? null,
  ): RowSpec => ({
    key,
    label,
    kind,
    ...(better ? { better } : {}),
    read: (offer) => read(offer),
  });

const text = row('text');
const money = row('money', 'higher');
const percent = row('percent', 'higher');
const number = row('number');
const rating = row('rating', 'higher');
const price = (key: string, label: string, read: OfferRead): RowSpec => ({
  ...money(key, label, read, null),
  price: true,
});
const score = (key: string, label: string, read: Read): RowSpec => ({
  key,
  label,
  kind: 'score',
  better: 'higher',
  read,
});

export const SIDE_BY_SIDE_GROUPS: readonly GroupSpec[] = [
  {
    name: 'Scores',
    rows: [
      score('total', 'Total score', (_, s) => s?.total ?? null),
      score('score-compensation', 'Compensation score', (_, s) => s?.factors.compensation ?? null),
      score('score-growth', 'Growth score', (_, s) => s?.factors.growth ?? null),
      score('score-culture', 'Culture score', (_, s) => s?.factors.culture ?? null),
      score('score-workLife', 'Work-life balance score', (_, s) => s?.factors.workLife ?? null),
      {
        key: 'mean-pay',
        label: 'Pay per year (mean, cost-of-living adjusted)',
        kind: 'money',
        display: true,
        better: 'higher',
        read: (_, s) => s?.meanCompensation ?? null,
      },
    ],
  },
  {
    name: 'Basics',
    rows: [
      text('role', 'Role', (o) => o.role || null),
      text('location', 'Location', (o) => o.location || null),
      text('currency', 'Currency', (o) => o.currency),
      text('status', 'Status', (o) => STATUS[o.status]),
      text('deadline', 'Decision deadline', (o) => formatDeadline(o.deadline)),
      text('notes', 'Notes', (o) => o.notes || null),
    ],
  },
  {
    name: 'Compensation',
    rows: [
      money('base', 'Base salary', (o) => o.compensation.baseSalary),
      percent('raise', 'Annual raise (%)', (o) => o.compensation.annualRaisePct),
      percent('bonus', 'Bonus target (%)', (o) => o.compensation.bonusTargetPct),
      money('signing', 'Signing bonus', (o) => o.compensation.signingBonus),
      number(
        'clawback',
        'Signing bonus clawback (months)',
        (o) => (o.compensation.signingBonus > 0 ? o.compensation.signingBonusClawbackMonths : null),
        'lower',
      ),
      money('relocation', 'Relocation', (o) => o.compensation.relocation),
      percent('match', 'Retirement match (%)', (o) => o.compensation.retirementMatchPct),
      // A cap only means something next to the match percent, so it is not ranked on its own.
      money(
        'match-cap',
        'Retirement match cap',
        (o) =>
          o.compensation.retirementMatchPct > 0
            ? (o.compensation.retirementMatchCap ?? 'No cap')
            : null,
        null,
      ),
      money('benefits', 'Benefits value (per year)', (o) => o.compensation.benefitsValue),
      number('col', 'Cost of living index', (o) => o.compensation.costOfLivingIndex, 'lower'),
    ],
  },
  {
    name: 'Equity',
    rows: [
      text('equity-kind', 'Equity type', (o) => EQUITY[eq(o).kind]),
      money('grant', 'Grant value', (o) => (isRsu(o) ? eq(o).grantValue : null)),
      // Share counts and prices differ in kind between companies: shown, never ranked.
      number('shares', 'Number of options', (o) => (isOptions(o) ? eq(o).shares : null)),
      price('strike', 'Strike price', (o) => (isOptions(o) ? eq(o).strikePrice : null)),
      price('share-price', 'Share price', (o) => (isOptions(o) ? eq(o).sharePrice : null)),
      text('vesting', 'Vesting schedule (%)', (o) =>
        vests(o) ? eq(o).vestingSchedule.join(' / ') : null,
      ),
      number(
        'cliff',
        'Cliff (months)',
        (o) => (eq(o).kind !== 'none' ? eq(o).cliffMonths : null),
        'lower',
      ),
      money('refresher', 'Annual refresher', (o) => eq(o).annualRefresher),
      percent('stock-growth', 'Expected stock growth (%)', (o) =>
        vests(o) ? eq(o).expectedGrowthPct : null,
      ),
      percent(
        'risk',
        'Equity risk discount (%)',
        (o) => (vests(o) ? eq(o).riskDiscountPct : null),
        'lower',
      ),
    ],
  },
  {
    name: 'Growth',
    rows: [
      rating('learning', 'Learning', (o) => o.growth.learning),
      rating('career', 'Career progression', (o) => o.growth.careerProgression),
      rating('mentorship', 'Mentorship', (o) => o.growth.mentorship),
      rating('outlook', 'Company outlook', (o) => o.growth.companyOutlook),
    ],
  },
  {
    name: 'Culture',
    rows: [
      rating('manager', 'Manager', (o) => o.culture.manager),
      rating('team', 'Team', (o) => o.culture.team),
      rating('values', 'Values', (o) => o.culture.values),
    ],
  },
  {
    name: 'Work-life balance',
    rows: [
      number('hours', 'Hours per week', (o) => o.workLife.hoursPerWeek, 'lower'),
      number('pto', 'Paid time off (days)', (o) => o.workLife.ptoDays, 'higher'),
      number('office', 'Office days per week', (o) => o.workLife.officeDaysPerWeek, 'lower'),
      number('commute', 'Commute (minutes, one way)', (o) => o.workLife.commuteMinutes, 'lower'),
      rating('flexibility', 'Flexibility', (o) => o.workLife.flexibility),
    ],
  },
];
