import { render, screen } from '@testing-library/react';
import {
  everythingComesNear,
  observersWatching,
  standInIntersectionObserver,
} from '../testing/stand-in-observer';
import { WhenNear } from './when-near';

/*
 * A panel below the first screen is drawn once its place comes near the screen. Until then the
 * place holds the panel's heading, marked busy, so the page's outline is whole.
 */
const panel = (
  <WhenNear title="Side by side">
    <section aria-label="The table">
      <h2>Side by side</h2>
      <table aria-label="Side by side" />
    </section>
  </WhenNear>
);

describe('a panel drawn when near', () => {
  describe('in a browser that tells what is near the screen', () => {
    beforeEach(standInIntersectionObserver);
    afterEach(() => vi.unstubAllGlobals());

    it('holds its place with its heading, busy, until the place comes near', () => {
      render(panel);

      expect(screen.getByRole('heading', { name: 'Side by side' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Side by side' })).toHaveAttribute(
        'aria-busy',
        'true',
      );
      expect(screen.queryByRole('table')).toBeNull();

      everythingComesNear();

      expect(screen.getByRole('table', { name: 'Side by side' })).toBeInTheDocument();
      expect(screen.getAllByRole('heading', { name: 'Side by side' })).toHaveLength(1);
    });

    it('is not drawn while its place is still far away', () => {
      render(panel);

      everythingComesNear(false);

      expect(screen.queryByRole('table')).toBeNull();
    });

    it('stays drawn once drawn, wherever the page is scrolled', () => {
      render(panel);
      everythingComesNear();

      expect(observersWatching()).toBe(0);
      expect(screen.getByRole('table', { name: 'Side by side' })).toBeInTheDocument();
    });
  });

  it('is drawn at once where the browser cannot tell what is near (no IntersectionObserver)', () => {
    render(panel);

    expect(screen.getByRole('table', { name: 'Side by side' })).toBeInTheDocument();
  });
});
