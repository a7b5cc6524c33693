/** "How scores work": scoring.md in plain words, one short paragraph per step. */
export function HowScoresBody() {
  return (
    <div className="how-scores-body">
      <h3>1. Pay, year by year</h3>
      <p>
        For each year of the horizon we add up base salary (growing by the annual raise), the bonus
        you expect (a percent of that year’s base or an amount growing with the raises, times the
        expected payout), one-time money (signing bonus and relocation in year 1, a second-year
        signing bonus in year 2), what the employer puts into retirement (the match on your
        contributions up to its limit, plus any contribution paid whatever you put in, capped when a
        cap is set), benefits, and equity. Your current job counts only what is still to come: no
        signing bonus again, and the equity left to vest. Declined offers are not ranked.
      </p>
      <h3>2. Equity, vesting and cliff</h3>
      <p>
        A grant vests by its yearly schedule, and its value grows with the expected stock growth.
        Options are worth the share price minus the strike price (never below 0). A cliff over 12
        months moves all of year 1’s vesting into year 2. Each annual refresher is a new grant at
        the end of a year, vesting on the same schedule without a cliff. The risk discount then
        takes its percent off all equity.
      </p>
      <h3>3. Cost of living and currency</h3>
      <p>
        Each year’s total is divided by the cost-of-living index over 100 (an index of 120 makes pay
        worth less, 80 worth more), then converted to the display currency with your exchange rates.
        An offer without a rate is not guessed at 1:1: it waits, unranked, until you enter one.
      </p>
      <h3>4. Every criterion on a 0–100 scale</h3>
      <p>
        Pay: the mean yearly amount over the horizon, as a share of the best offer’s (the best gets
        100). Ratings: 1 is 0 and 5 is 100. Hours: 35 a week or less is 100, 65 or more is 0. Time
        off: 35 days or more is 100. Commute: 10 hours a week or more is 0.
      </p>
      <h3>5. Factor scores and the total</h3>
      <p>
        A factor’s score is the weighted average of its criteria (Advanced weights). The total is
        the weighted average of the four factor scores with your weights, so only each weight’s
        share matters: 40/25/15/20 ranks exactly like 80/50/30/40.
      </p>
      <h3>6. Ties</h3>
      <p>
        Offers with the same total share a rank (1, 1, 3). Scores show one decimal, but the ranking
        uses the exact numbers.
      </p>
      <h3>7. After tax</h3>
      <p>
        With <strong>After tax</strong> on, pay is compared after income tax and social
        contributions, each year taxed before cost of living and currency. Built in (2026 rules,
        reused for later years until newer ones are added): US federal tax, Social Security and
        Medicare with the states that tax no wages (AK, FL, NV, NH, SD, TN, TX, WA, WY), and the UK
        (England, Wales, Northern Ireland; Scotland) with National Insurance. Elsewhere, enter your
        own effective rate. Salary, bonus, one-time payments and equity at vest are taxed as
        ordinary income (options as their spread, exercised and sold at vest); the employer’s
        retirement money and benefits are not taxed now; in the US your own 401(k) contributions up
        to the match lower income tax. Not modelled: incentive stock options and AMT, itemised
        deductions, credits, local taxes, state taxes of other states, tax paid per pay period.
        Every figure is an estimate, labelled with its place and year in Side by side.
      </p>
    </div>
  );
}
