import { makeStartupOffer } from '../../testing/domain-factories';
import { fieldWarning } from './pay-readings';

const FULLY_DILUTED = 'compensation.equity.private.fullyDilutedShares';

describe('the "Is that right?" under fully diluted shares', () => {
  it('says nothing for a grant and a stack that fit in the company', () => {
    expect(fieldWarning(FULLY_DILUTED, makeStartupOffer(), 'en-US')).toBeNull();
  });

  it('asks when the series hold more preferred shares than the whole company', () => {
    // $60M at $12 is 5,000,000 shares, and 3,000,000 more are given as a count.
    const offer = makeStartupOffer({
      fullyDilutedShares: 4_000_000,
      series: [
        {
          name: 'A',
          invested: 60_000_000,
          price: 12,
          shares: null,
          multiple: 1,
          participation: 'none',
          capMultiple: 3,
        },
        {
          name: 'B',
          invested: 1,
          price: 1,
          shares: 3_000_000,
          multiple: 1,
          participation: 'none',
          capMultiple: 3,
        },
      ],
    });
    expect(fieldWarning(FULLY_DILUTED, offer, 'en-US')).toBe(
      'Is that right? The series hold 8,000,000 preferred shares, more than the 4,000,000 fully diluted shares, which count every share and option there is.',
    );
  });

  it('asks about the grant first when it alone is larger than the company', () => {
    const offer = makeStartupOffer({ fullyDilutedShares: 10_000 });
    expect(fieldWarning(FULLY_DILUTED, offer, 'en-US')).toMatch(
      /^Is that right\? Your 50,000 options are more than the 10,000 fully diluted shares/,
    );
  });
});
