import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { withExampleOffers } from '../../domain';
import { makeDocument } from '../../testing/domain-factories';
import { offerDialog, renderOffersPage, formReady } from '../../testing/offers-page';

/** Axe's violations, apart from colour contrast, which jsdom cannot compute. */
const violations = async (element: Element) => {
  const result = await axe.run(element, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
};

describe('accessibility of the offers feature', () => {
  it('has no axe violations in the list of example offers', async () => {
    const { container } = renderOffersPage(
      withExampleOffers(makeDocument(), '2026-11-20T00:00:00Z'),
    );
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations in the welcome panel', async () => {
    const { container } = renderOffersPage();
    expect(await violations(container)).toEqual([]);
  });

  it('has no axe violations in the offer form showing errors', async () => {
    const { user } = renderOffersPage();
    await user.click(screen.getByRole('button', { name: 'Add offer' }));
    await formReady();
    await user.click(screen.getByRole('button', { name: 'Save offer' }));
    expect(await violations(offerDialog())).toEqual([]);
  });
});
