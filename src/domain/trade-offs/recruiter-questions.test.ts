import { makeDocument, makeOffer, makeStartupOffer } from '../../testing/domain-factories';
import { recruiterQuestions } from './recruiter-questions';

const lumen = (preference: number) =>
  makeStartupOffer(
    {
      commonPrice: 0,
      preference,
      exits: [{ label: 'big', value: 200_000_000, year: 1, pct: 50, kind: 'acquisition' }],
    },
    { workLife: { officeDaysPerWeek: 5 } },
  );

const topics = (document = makeDocument({ offers: [lumen(60_000_000)] })) =>
  recruiterQuestions(document)[0]?.questions ?? [];

describe('what to ask the recruiter', () => {
  it('asks a startup offer for its prices, preference, exercise window, early exercise and refreshers', () => {
    expect(topics().map((q) => q.topic)).toEqual([
      'prices',
      'preference',
      'exerciseWindow',
      'earlyExercise',
      'refreshers',
    ]);
  });

  it('says how far the preference moves yearly pay: against none, by the model', () => {
    const preference = topics().find((q) => q.topic === 'preference')!;
    // With $60M ahead: ($200M − $60M) × 0.5 % − $100,000 = $600,000; with none, $900,000.
    // Half likely, over a 4-year horizon: (900,000 − 600,000) × 50 % / 4 = $37,500 a year.
    expect(preference.move).toBeCloseTo(37_500, 6);
    expect(preference.moveMeaning).toBe('against no preference at all');
  });

  it('asks for the fully diluted share count when it is missing', () => {
    const offer = lumen(60_000_000);
    offer.compensation.equity.private.fullyDilutedShares = 0;
    expect(topics(makeDocument({ offers: [offer] }))[0]?.topic).toBe('fullyDilutedShares');
  });

  it('asks how often a bonus paid out, and what half of it would take away', () => {
    const offer = makeOffer({
      company: 'Amazon',
      compensation: { baseSalary: 200_000, annualRaisePct: 0, bonusTargetPct: 10 },
      workLife: { officeDaysPerWeek: 5 },
    });
    const [bonus] = topics(makeDocument({ offers: [offer] }));
    // A $20,000 target paid in full; half of it is $10,000 a year less.
    expect(bonus).toMatchObject({ topic: 'bonusHistory', move: 10_000 });
  });

  it('measures the bonus question by the low end of the payout range, when one is given', () => {
    const offer = makeOffer({
      company: 'Amazon',
      compensation: {
        baseSalary: 200_000,
        annualRaisePct: 0,
        bonusTargetPct: 10,
        bonusPayoutLowPct: 20,
        bonusPayoutHighPct: 120,
      },
      workLife: { officeDaysPerWeek: 5 },
    });
    const [bonus] = topics(makeDocument({ offers: [offer] }));
    // A $20,000 target at 20 % instead of 100 %: $16,000 a year less.
    expect(bonus).toMatchObject({ topic: 'bonusHistory', move: 16_000 });
    expect(JSON.stringify(bonus)).toContain('between 20 % and 120 %');
  });

  it('asks for remote days in writing, and nothing of an offer with nothing uncertain', () => {
    const hybrid = makeOffer({ company: 'Kontor', workLife: { officeDaysPerWeek: 2 } });
    const office = makeOffer({ company: 'Plain', workLife: { officeDaysPerWeek: 5 } });
    const entries = recruiterQuestions(makeDocument({ offers: [hybrid, office] }));
    expect(entries.map((e) => [e.company, e.questions.map((q) => q.topic)])).toEqual([
      ['Kontor', ['remote']],
    ]);
  });

  it('asks a private company’s RSUs whether vested ones outlive leaving, until it is answered', () => {
    const rsu = lumen(60_000_000);
    rsu.compensation.equity.kind = 'rsu';
    rsu.compensation.equity.grantValue = 300_000;
    expect(topics(makeDocument({ offers: [rsu] })).map((q) => q.topic)).toContain('doubleTrigger');
    rsu.compensation.equity.private.rsuKeptAfterLeaving = 'no';
    expect(topics(makeDocument({ offers: [rsu] })).map((q) => q.topic)).not.toContain(
      'doubleTrigger',
    );
  });

  it('asks for clawback terms only of the payments whose terms are not entered', () => {
    const withTerms = (clawback: {
      signingBonusClawbackMonths?: number;
      relocationClawbackMonths?: number;
    }) =>
      topics(
        makeDocument({
          offers: [
            makeOffer({
              company: 'Amazon',
              compensation: { signingBonus: 20_000, relocation: 10_000, ...clawback },
              workLife: { officeDaysPerWeek: 5 },
            }),
          ],
        }),
      ).find((q) => q.topic === 'clawback')?.question;
    expect(withTerms({})).toBe(
      'Must the signing bonus or relocation be paid back if I leave, and within how long?',
    );
    expect(withTerms({ signingBonusClawbackMonths: 12 })).toBe(
      'Must the relocation be paid back if I leave, and within how long?',
    );
    expect(
      withTerms({ signingBonusClawbackMonths: 12, relocationClawbackMonths: 24 }),
    ).toBeUndefined();
  });
});
