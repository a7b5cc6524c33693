import { activePreset, sameShares, WEIGHT_PRESETS } from './presets';

const weights = (compensation: number, growth: number, culture: number, workLife: number) => ({
  compensation,
  growth,
  culture,
  workLife,
});

describe('weight presets', () => {
  it('recognises each preset from its own weights', () => {
    for (const preset of WEIGHT_PRESETS) expect(activePreset(preset.weights)).toBe(preset.name);
  });

  it('treats proportional weights as the same preset, because they rank identically', () => {
    expect(activePreset(weights(10, 10, 10, 10))).toBe('Balanced');
    expect(activePreset(weights(120 / 2, 15, 10, 15))).toBe('Money first');
  });

  it('finds no preset for the default weights or when every weight is 0', () => {
    expect(activePreset(weights(40, 25, 15, 20))).toBeNull();
    expect(activePreset(weights(0, 0, 0, 0))).toBeNull();
  });

  it('says all-zero weights only match all-zero weights', () => {
    expect(sameShares(weights(0, 0, 0, 0), weights(0, 0, 0, 0))).toBe(true);
    expect(sameShares(weights(0, 0, 0, 0), weights(25, 25, 25, 25))).toBe(false);
  });
});
