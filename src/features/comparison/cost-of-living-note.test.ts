import { makeOffer } from '../../testing/domain-factories';
import { costOfLivingNote } from './cost-of-living-note';

describe('the ranking’s note on cost of living', () => {
  const suggested = makeOffer({
    company: 'Lumen',
    compensation: {
      costOfLivingIndex: 85,
      costOfLivingFrom: { place: 'US-M-austin', reference: 'US-M-seattle', measure: 'all' },
    },
  });
  const typed = makeOffer({ company: 'Kontor', compensation: { costOfLivingIndex: 90 } });
  const none = makeOffer({ company: 'Fieldnote' });

  it('says which offers use a suggested index, a typed one, or none', () => {
    expect(costOfLivingNote([suggested, typed, none], 'US-M-seattle')).toBe(
      'Cost of living index: suggested from built-in prices for Lumen; typed for Kontor; none for Fieldnote.',
    );
  });

  it('says when a suggestion was worked out against another reference place than today’s', () => {
    expect(costOfLivingNote([suggested, none], 'US-M-austin')).toBe(
      'Cost of living index: suggested against another reference place for Lumen; none for Fieldnote.',
    );
  });

  it('says nothing when no offer is adjusted', () => {
    expect(costOfLivingNote([none], null)).toBeNull();
  });
});
