import { US_HEALTH_DEDUCTIBLE, US_HEALTH_PREMIUMS } from './health-costs';

describe('US health costs', () => {
  it('gives the KFF 2025 worker premium contributions and single deductible, with a source', () => {
    // KFF EHBS 2025 as reported: $1,440 single, $6,850 family; deductible $1,886 single.
    expect(US_HEALTH_PREMIUMS).toMatchObject({ single: 1440, family: 6850, year: 2025 });
    expect(US_HEALTH_DEDUCTIBLE).toMatchObject({ single: 1886, year: 2025 });
    expect(US_HEALTH_PREMIUMS.family).toBeGreaterThan(US_HEALTH_PREMIUMS.single);
    expect(US_HEALTH_PREMIUMS.source.url).toMatch(/^https:\/\//);
    expect(US_HEALTH_PREMIUMS.source.read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
