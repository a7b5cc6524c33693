import { READ_DEC_2 } from './federal';
import { flat, table, type StateRules } from './state';

/**
 * Illinois: 4.95 % after an exemption per person. The Department of
 * Revenue's latest published amount is 2025's ($2,850), so the label says
 * so. Not modelled: the exemption's loss over AGI of $250,000 ($500,000
 * joint), so the estimate is up to $141 ($282) too low there.
 */
const ILLINOIS: StateRules = {
  ...flat('IL', 4.95, { single: 2_850, joint: 5_700 }, [
    {
      what: 'IDOR exemption, 2025',
      url: 'https://tax.illinois.gov/questionsandanswers/851.html',
      read: READ_DEC_2,
    },
    {
      what: 'IL 4.95 %, 2026',
      url: 'https://pixelation.org/illinois-state-income-tax-what-most-people-get-wrong-xup',
      read: READ_DEC_2,
    },
  ]),
  name: 'IL (2025 exemption)',
};

/** Indiana: 2.95 % in 2026 after $1,000 a person; county taxes are not modelled. */
const INDIANA = flat('IN', 2.95, { single: 1_000, joint: 2_000 }, [
  {
    what: 'IC 6-3-2-1: 2.95 %, 2026',
    url: 'https://www.lawserver.com/law/state/indiana/in-code/indiana_code_6-3-2-1_v2',
    read: READ_DEC_2,
  },
  {
    what: 'IN $1,000 exemption',
    url: 'https://support.taxslayer.com/hc/en-us/articles/360028143192',
    read: READ_DEC_2,
  },
]);

/**
 * Minnesota, 2026: 5.35 %, 6.8 %, 7.85 %, 9.85 % after the standard
 * deduction (15,300 single, 30,600 joint). Not modelled: the deduction's
 * phase-out at high incomes.
 */
const MN_RATES = [5.35, 6.8, 7.85, 9.85];
const MINNESOTA: StateRules = {
  code: 'MN',
  name: 'MN',
  sources: [
    {
      what: 'MN DOR: 2026 brackets',
      url: 'https://politicalemails.org/messages/2061563/html_body',
      read: READ_DEC_2,
    },
    {
      what: 'MN DOR: 2026 standard deduction (WJON)',
      url: 'https://wjon.com/minnesota-tax-standard-deductions/',
      read: READ_DEC_2,
    },
  ],
  deduction: { single: 15_300, joint: 30_600 },
  brackets: {
    single: table([0, 33_310, 109_430, 203_150].map((f, i) => [f, MN_RATES[i] as number])),
    joint: table([0, 48_700, 193_480, 337_930].map((f, i) => [f, MN_RATES[i] as number])),
  },
};

/** The states of the Midwest with rules here. */
export const MIDWEST: readonly StateRules[] = [ILLINOIS, INDIANA, MINNESOTA];
