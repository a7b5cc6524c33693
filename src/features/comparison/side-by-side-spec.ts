import { formatMoney, formatMoneyCompact } from '../../lib/format';
import {
  OFFER_FIELDS,
  SECTION_TITLES,
  choiceLabel,
  fieldApplies,
  fieldValue,
  type FieldKind,
  type FieldSection,
  type OfferField,
} from '../../domain/fields/offer-fields';
import {
  type ExitScenario,
  type Series,
  type Offer,
  type Settings,
} from '../../domain/document/schema';
import type { NetYear, TaxSettings } from '../../domain/tax/net';
import { netCompensationWith, type NetCompensation } from '../../domain/tax/net-compensation';
import type { TaxRules } from '../../domain/tax/rules';
import { taxPlaceLabel } from '../../domain/tax/places';
import { averageWords, basisWords } from '../../domain/scoring/basis';

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

/** "Fails: $0 in year 3 (50 %); Big: $2B in year 5 (10 %)"; null for none. */
const exitsText = (exits: readonly ExitScenario[], currency: string): string | null => {
  return (
    exits
      .map(
        (e, i) =>
          `${e.label || `Exit ${i + 1}`}: ${e.kind === 'ipo' ? 'IPO at ' : ''}${formatMoneyCompact(e.value, currency)} in year ${e.year} (${e.pct} %)`,
      )
      .join('; ') || null
  );
};

/** "A: $5M at $1.00, 1×; B: $20M at $5.00, 1×, participating to 2×"; null for none. */
const seriesText = (series: readonly Series[], currency: string): string | null => {
  const joins = { none: '', full: ', participating', capped: ', participating to ' } as const;
  return (
    series
      .map((s, i) => {
        const bought =
          s.shares === null
            ? `at ${formatMoney(s.price, currency, undefined, 'cents')}`
            : `for ${s.shares} shares`;
        const cap = s.participation === 'capped' ? `${s.capMultiple}×` : '';
        return `${s.name || `Series ${i + 1}`}: ${formatMoneyCompact(s.invested, currency)} ${bought}, ${s.multiple}×${joins[s.participation]}${cap}`;
      })
      .join('; ') || null
  );
};

const ROW_KIND: Record<FieldKind, RowKind> = {
  series: 'text',
  text: 'text',
  longText: 'text',
  choice: 'text',
  currency: 'text',
  date: 'text',
  schedule: 'text',
  exits: 'text',
  money: 'money',
  count: 'number',
  percent: 'percent',
  number: 'number',
  months: 'number',
  rating: 'rating',
  flag: 'text',
};

/** What an input's cell shows: words for choices and dates, "—" where it does not apply. */
const readField =
  (field: OfferField): RowSpec['read'] =>
  (offer) => {
    if (!fieldApplies(field, offer)) return null;
    const value = fieldValue(offer, field);
    switch (field.kind) {
      case 'choice':
        if (value === undefined || value === null || value === '')
          return field.optional?.none ?? null;
        return field.path === 'tax.place'
          ? taxPlaceLabel(String(value))
          : choiceLabel(field.path, String(value));
      case 'date':
        return formatDeadline(value as string | null);
      case 'schedule':
        return (value as number[]).join(' / ');
      case 'exits':
        return exitsText(value as ExitScenario[], offer.currency);
      case 'series':
        return seriesText(value as Series[], offer.currency);
      case 'flag':
        return value === true ? 'Yes' : null;
      case 'text':
      case 'longText':
        return (value as string) || null;
      case 'money':
        return value === null ? (field.optional?.none ?? null) : (value as number);
      default:
        return (value ?? null) as number | string | null;
    }
  };

const fieldRow = (field: OfferField): RowSpec => ({
  key: field.path,
  label: field.label,
  kind: ROW_KIND[field.kind],
  ...(field.better ? { better: field.better } : {}),
  ...(field.cents ? { price: true } : {}),
  read: readField(field),
});

const score = (key: string, label: string, read: RowSpec['read']): RowSpec => ({
  key,
  label,
  kind: 'score',
  better: 'higher',
  read,
});

/** The company heads each column, so it has no row of its own. */
const IN_TABLE = OFFER_FIELDS.filter((field) => field.path !== 'company');

/** The key of the mean pay row (its label is given per settings by `payPerYearLabel`). */
export const MEAN_PAY = 'mean-pay';

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
        key: MEAN_PAY,
        label: 'Pay per year (mean, cost-of-living adjusted)',
        kind: 'money',
        display: true,
        better: 'higher',
        read: (_, s) => s?.meanCompensation ?? null,
      },
    ],
  },
  ...(Object.keys(SECTION_TITLES) as FieldSection[]).map((section) => ({
    name: SECTION_TITLES[section],
    rows: IN_TABLE.filter((field) => field.section === section).map(fieldRow),
  })),
];

type NetPart = 'incomeTax' | 'social' | 'pensionSaved' | 'net';
type SocialPart = keyof NetYear['socialSplit'];

/** The rows splitting social contributions by what they buy (scoring.md §11). */
const SOCIAL_ROWS: readonly [SocialPart, string][] = [
  ['pension', 'Contributions for a pension'],
  ['health', 'Contributions for health insurance'],
  ['unemployment', 'Contributions for unemployment insurance'],
  ['other', 'Other contributions'],
];

/**
 * Pay before and after tax (scoring.md §11): means a year over the horizon,
 * in the offer's currency, before cost of living; "—" for an offer with no
 * tax place or own rate, or whose rules have not loaded yet. Social
 * contributions are split by what they buy, and the pension counted as
 * savings is shown when the person counts any.
 */
export const taxGroup = (settings: TaxSettings, rules: TaxRules): GroupSpec => {
  const cache = new WeakMap<Offer, NetCompensation | null>();
  const net = (offer: Offer) => {
    if (!cache.has(offer)) cache.set(offer, netCompensationWith(rules, offer, settings));
    return cache.get(offer) ?? null;
  };
  const mean = (offer: Offer, read: (y: NetYear) => number) => {
    const years = net(offer)?.years;
    if (!years) return null;
    return years.reduce((sum: number, y: NetYear) => sum + read(y), 0) / years.length;
  };
  // Tax and contributions follow pay: less of them is no better for the person, so no best is marked.
  const money = (key: NetPart, label: string, better?: Better): RowSpec => ({
    key: `tax-${key}`,
    label,
    kind: 'money',
    ...(better ? { better } : {}),
    read: (offer) => mean(offer, (y) => y[key]),
  });
  const social = ([part, label]: readonly [SocialPart, string]): RowSpec => ({
    key: `tax-social-${part}`,
    label,
    kind: 'money',
    read: (offer) => mean(offer, (y) => y.socialSplit[part]),
  });
  const saved = settings.pensionAsSavingsPct;
  return {
    name: 'Before and after tax (a year, mean)',
    rows: [
      { key: 'tax-label', label: 'Tax estimate', kind: 'text', read: (o) => net(o)?.label ?? null },
      {
        key: 'tax-gross',
        label: 'Gross pay',
        kind: 'money',
        better: 'higher',
        read: (offer) => mean(offer, (y) => y.gross - y.health),
      },
      {
        key: 'tax-health',
        label: 'Your health costs',
        kind: 'money',
        read: (offer) => mean(offer, (y) => -y.health),
      },
      money('incomeTax', 'Income tax'),
      money('social', 'Social contributions'),
      ...SOCIAL_ROWS.map(social),
      ...(saved > 0
        ? [money('pensionSaved', `Pension counted as savings (${saved} %)`, 'higher')]
        : []),
      money('net', 'Net pay', 'higher'),
      {
        key: 'tax-rate',
        label: 'Effective tax rate (% of gross)',
        kind: 'percent',
        read: (offer) => {
          const gross = mean(offer, (y) => y.gross - y.health);
          if (gross === null || gross === 0) return null;
          return (
            (100 * ((mean(offer, (y) => y.incomeTax) ?? 0) + (mean(offer, (y) => y.social) ?? 0))) /
            gross
          );
        },
      },
    ],
  };
};

/** The mean pay row's label, naming its basis and span: "Pay per year, after tax (4-year average, …)". */
export const payPerYearLabel = (settings: Pick<Settings, 'compareOn' | 'horizonYears'>): string =>
  `Pay per year, ${basisWords(settings.compareOn)} (${averageWords(settings.horizonYears)}, cost-of-living adjusted)`;

/** The scores group with its pay row labelled for `settings`. */
const scoresGroup = (settings: Settings): GroupSpec => {
  const group = SIDE_BY_SIDE_GROUPS[0] as GroupSpec;
  const label = payPerYearLabel(settings);
  return {
    ...group,
    rows: group.rows.map((row) => (row.key === MEAN_PAY ? { ...row, label } : row)),
  };
};

/** Every group of the table: the scores, pay before and after tax, then each section's inputs. */
export const sideBySideGroups = (
  settings: Settings,
  rules: TaxRules,
  tax: GroupSpec = taxGroup(settings, rules),
): GroupSpec[] => [scoresGroup(settings), tax, ...SIDE_BY_SIDE_GROUPS.slice(1)];
