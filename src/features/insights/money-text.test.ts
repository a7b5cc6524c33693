import { moneyEquivalents } from '../../domain/trade-offs/money-equivalents';
import { makeDocument, makeOffer, type OfferOverrides } from '../../testing/domain-factories';
import { aboutAmount, moneyText } from './money-text';

const paid = (company: string, baseSalary: number, overrides: OfferOverrides = {}) =>
  makeOffer({ ...overrides, company, compensation: { baseSalary, annualRaisePct: 0 } });

describe('moneyText', () => {
  it('says what one step of each rating, a day off, an office day and an hour are worth', () => {
    // Weights 40/25/15/20; a dollar a year counts 40 % × 100 / 100,000 = 0.0004 points.
    const text = moneyText(
      moneyEquivalents(
        makeDocument({
          offers: [
            paid('Northwind', 100_000, { workLife: { ptoDays: 40 } }),
            paid('Fieldnote', 80_000, { workLife: { ptoDays: 20, commuteMinutes: 60 } }),
          ],
        }),
      ),
    )!;
    expect(text.lines).toEqual([
      // 25 % × 1/4 × 25 = 1.5625 points → 3,906.25
      'Under your weights, one step up in Learning, Career progression, Mentorship or Company outlook rating is worth about $3,900 a year to you.',
      // 15 % × 1/3 × 25 = 1.25 points → 3,125
      'Under your weights, one step up in Manager, Team or Values rating is worth about $3,100 a year to you.',
      'Under your weights, one step up in Flexibility rating is worth about $3,100 a year to you.',
      // 20 % × 1/4 × 100/35 points → 357; Northwind already has 40 days.
      'One more day of paid time off is worth about $360 a year. It adds nothing at \u2068Northwind\u2069, already at the score’s limit there.',
      // 30 and 60 minutes each way: 1 and 2 hours of commuting a week less → 1,250 and 2,500.
      'One fewer office day a week is worth from about $1,300 a year (\u2068Northwind\u2069) to about $2,500 (\u2068Fieldnote\u2069).',
      // 20 % × 1/4 × 100/30 points → 417
      'One hour less a week is worth about $420 a year.',
    ]);
    expect(text.how).toContain('your lowest-paid, \u2068Fieldnote\u2069');
  });

  it('says money does not count when the compensation weight is 0', () => {
    const text = moneyText(
      moneyEquivalents(
        makeDocument({
          offers: [paid('A', 100_000), paid('B', 80_000)],
          settings: { weights: { compensation: 0 } },
        }),
      ),
    );
    expect(text?.lines).toEqual([
      'Under your weights money does not count (the compensation weight is 0), so nothing can be put in money.',
    ]);
  });

  it('rounds "about" amounts to two significant digits', () => {
    expect(aboutAmount(8_163)).toBe(8_200);
    expect(aboutAmount(357.1)).toBe(360);
    expect(aboutAmount(7)).toBe(7);
    expect(aboutAmount(6_249.999_999_9)).toBe(6_300);
  });
});
