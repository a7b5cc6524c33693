import { screen, within } from '@testing-library/react';
import { makeDocument } from '../../testing/domain-factories';
import { field, formReady, offerDialog, renderOffersPage } from '../../testing/offers-page';

const openNewOffer = async () => {
  const page = renderOffersPage(makeDocument());
  await page.user.click(screen.getByRole('button', { name: 'Add offer' }));
  await formReady();
  return page;
};

const fold = (name: string) =>
  within(offerDialog())
    .getByText(name, { selector: '.form-fold-title' })
    .closest('details') as HTMLDetailsElement;

describe('the offer form, essentials first', () => {
  it('shows who, where, base, bonus, tax place and equity, with the rest folded', async () => {
    await openNewOffer();
    for (const label of ['Company', 'Role', 'Location', 'Base salary', 'Equity type'])
      expect(field(label)).toBeVisible();
    expect(field('Signing bonus')).not.toBeVisible();
    expect(field('Relocation')).not.toBeVisible();
    expect(field('Hours per week')).not.toBeVisible();
    expect(fold('More pay details')).toHaveTextContent(/Raises, signing bonus/);
    expect(fold('Work and culture')).not.toHaveAttribute('open');
  });

  it('opens a fold on request', async () => {
    const { user } = await openNewOffer();
    await user.click(within(offerDialog()).getByText('More pay details'));
    expect(field('Signing bonus')).toBeVisible();
    await user.click(within(offerDialog()).getByText('Work and culture'));
    expect(field('Hours per week')).toBeVisible();
  });

  it('opens the fold that holds an error on Save and puts focus on the field to fix', async () => {
    const { user } = await openNewOffer();
    await user.click(field('Company'));
    await user.paste('Globex');
    await user.click(field('Base salary'));
    await user.paste('150000');
    await user.click(within(offerDialog()).getByText('More pay details'));
    await user.click(field('Signing bonus'));
    await user.paste('lots');
    // Folded again: the mistake is out of sight when the person presses Save.
    await user.click(within(offerDialog()).getByText('More pay details'));
    expect(field('Signing bonus')).not.toBeVisible();

    await user.click(within(offerDialog()).getByRole('button', { name: 'Save offer' }));
    expect(await within(offerDialog()).findByText('1 field needs a fix:')).toBeVisible();
    expect(fold('More pay details')).toHaveAttribute('open');
    expect(field('Signing bonus')).toBeVisible();
    expect(field('Signing bonus')).toHaveFocus();
    expect(fold('Work and culture')).not.toHaveAttribute('open');
  });
});
