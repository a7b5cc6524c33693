import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import {
  field,
  formReady,
  offerDialog,
  renderOffersPage,
  saveOffer,
} from '../../testing/offers-page';
import { suggestTaxPlace } from './tax-place-suggestion';

type User = ReturnType<typeof renderOffersPage>['user'];

const startNewOffer = async (user: User, location: string) => {
  await user.click(screen.getByRole('button', { name: 'Add offer' }));
  await formReady();
  await user.click(field('Company'));
  await user.paste('Globex');
  await user.click(field('Location'));
  await user.paste(location);
  await user.click(field('Base salary'));
  await user.paste('185000');
};

const save = saveOffer;

describe('the tax place of an offer', () => {
  it('suggests the place a location names, and sets it only when the person says so', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user, 'Seattle, WA');
    expect(field('Tax place')).toHaveValue('');
    const use = within(offerDialog()).getByRole('button', { name: 'Use US-WA' });
    expect(within(offerDialog()).getByText(/looks like US · Washington/)).toBeVisible();

    await user.click(use);
    expect(field('Tax place')).toHaveValue('US-WA');
    // A place makes an own rate meaningless: its field goes away.
    expect(within(offerDialog()).queryByLabelText('Effective tax rate (%)')).toBeNull();
    await save(user);

    expect(store.get().offers[0]?.tax).toEqual({ place: 'US-WA', effectiveRatePct: null });
  });

  it('saves no tax when the suggestion is left alone, and an own rate when one is typed', async () => {
    const { user, store } = renderOffersPage(makeDocument());
    await startNewOffer(user, 'Seattle, WA');
    await save(user);
    expect(store.get().offers[0]?.tax).toBeNull();

    await startNewOffer(user, 'Lisbon');
    expect(within(offerDialog()).queryByRole('button', { name: /^Use / })).toBeNull();
    await user.type(field('Effective tax rate (%)'), '28');
    await save(user);
    expect(store.get().offers[1]?.tax).toEqual({ place: null, effectiveRatePct: 28 });
  });

  it('shows a place it has no rules for as it is, never as an empty choice', async () => {
    const { user } = renderOffersPage(
      makeDocument({
        offers: [
          makeOffer({
            id: 'x',
            company: 'Elsewhere',
            tax: { place: 'XX-YY', effectiveRatePct: null },
          }),
        ],
      }),
    );
    await user.click(screen.getByRole('button', { name: 'Edit Elsewhere' }));
    await formReady();
    const select = field('Tax place') as HTMLSelectElement;
    expect(select.value).toBe('XX-YY');
    expect(select.selectedOptions[0]).toHaveTextContent(
      'XX-YY (no built-in rules: choose a place)',
    );
  });

  it('reads Swiss places (Zurich, Zug, the country as Zurich), Singapore, Australia and Japan', () => {
    expect(suggestTaxPlace('Zürich')?.value).toBe('CH-ZH');
    expect(suggestTaxPlace('Zurich, Switzerland')?.value).toBe('CH-ZH');
    expect(suggestTaxPlace('Zug, Switzerland')?.value).toBe('CH-ZG');
    expect(suggestTaxPlace('Remote (Schweiz)')?.value).toBe('CH-ZH');
    expect(suggestTaxPlace('Singapore')?.value).toBe('SG');
    expect(suggestTaxPlace('Sydney, NSW')?.value).toBe('AU');
    expect(suggestTaxPlace('Tokyo, Japan')?.value).toBe('JP');
  });

  it('reads places from common ways of writing a location', () => {
    expect(suggestTaxPlace('Austin, TX')?.value).toBe('US-TX');
    expect(suggestTaxPlace('London')?.value).toBe('GB-ENG');
    expect(suggestTaxPlace('Edinburgh')?.value).toBe('GB-SCT');
    expect(suggestTaxPlace('Manchester, NH')?.value).toBe('US-NH');
    expect(suggestTaxPlace('Washington, DC')?.value).toBe('US-DC');
    expect(suggestTaxPlace('San Francisco, CA')?.value).toBe('US-CA');
    expect(suggestTaxPlace('Berlin')?.value).toBe('DE');
    expect(suggestTaxPlace('New York, NY')?.value).toBe('US-NY-NYC');
    expect(suggestTaxPlace('Brooklyn')?.value).toBe('US-NY-NYC');
    expect(suggestTaxPlace('Buffalo, NY')?.value).toBe('US-NY');
    expect(suggestTaxPlace('Boston, MA')?.value).toBe('US-MA');
    expect(suggestTaxPlace('Raleigh')?.value).toBe('US-NC');
    expect(suggestTaxPlace('Philadelphia, PA')?.value).toBe('US-PA');
    expect(suggestTaxPlace('Toronto, Canada')?.value).toBe('CA-ON');
    expect(suggestTaxPlace('Vancouver, BC')?.value).toBe('CA-BC');
    expect(suggestTaxPlace('Bengaluru, IN')?.value).toBe('IN');
    expect(suggestTaxPlace('Amsterdam, Netherlands')?.value).toBe('NL');
    expect(suggestTaxPlace('Den Haag')?.value).toBe('NL');
    expect(suggestTaxPlace('Dublin, Ireland')?.value).toBe('IE');
    expect(suggestTaxPlace('Paris, France')?.value).toBe('FR');
    expect(suggestTaxPlace('Lyon')?.value).toBe('FR');
    expect(suggestTaxPlace('Madrid, Spain')?.value).toBe('ES-MD');
    expect(suggestTaxPlace('Barcelona')?.value).toBe('ES-CT');
    expect(suggestTaxPlace('Belfast, Northern Ireland')?.value).toBe('GB-ENG');
    expect(suggestTaxPlace('Gurgaon, Haryana')?.value).toBe('IN');
    expect(suggestTaxPlace('New Delhi')?.value).toBe('IN');
    expect(suggestTaxPlace('Mumbai, India')?.value).toBe('IN');
    expect(suggestTaxPlace('Chicago, IL')?.value).toBe('US-IL');
    expect(suggestTaxPlace('Phoenix')?.value).toBe('US-AZ');
    expect(suggestTaxPlace('Indianapolis, IN')?.value).toBe('US-IN');
    expect(suggestTaxPlace('Louisville, KY')?.value).toBe('US-KY');
    expect(suggestTaxPlace('Richmond, VA')?.value).toBe('US-VA');
    expect(suggestTaxPlace('St. Paul')?.value).toBe('US-MN');
    expect(suggestTaxPlace('Jersey City')?.value).toBe('US-NJ');
    expect(suggestTaxPlace('Princeton, NJ')?.value).toBe('US-NJ');
    expect(suggestTaxPlace('Charleston, West Virginia')?.value).toBe('US-WV');
    expect(suggestTaxPlace('Denver, CO')?.value).toBe('US-CO');
    expect(suggestTaxPlace('Atlanta')?.value).toBe('US-GA');
    expect(suggestTaxPlace('Bethesda, MD')?.value).toBe('US-MD-MC');
    expect(suggestTaxPlace('Baltimore, MD')?.value).toBe('US-MD');
    expect(suggestTaxPlace('Columbus, OH')?.value).toBe('US-OH');
    expect(suggestTaxPlace('Salt Lake City')?.value).toBe('US-UT');
    expect(suggestTaxPlace('Birmingham, AL')?.value).toBe('US-AL');
    expect(suggestTaxPlace('Kansas City, MO')).toBeNull();
    expect(suggestTaxPlace('Portland, OR')?.value).toBe('US-OR');
    expect(suggestTaxPlace('Portland, Maine')).toBeNull();
  });
});
