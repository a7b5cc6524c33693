import { formatRate, parseRate } from './rate-input';

describe('parseRate', () => {
  it('accepts a plain decimal, a decimal comma and surrounding spaces', () => {
    expect(parseRate('1.08', 'en-US')).toEqual({ ok: true, value: 1.08 });
    expect(parseRate(' 0,92 ', 'en-US')).toEqual({ ok: true, value: 0.92 });
    expect(parseRate('.5', 'en-US')).toEqual({ ok: true, value: 0.5 });
    expect(parseRate('1,234.5', 'en-US')).toEqual({ ok: true, value: 1234.5 });
  });

  it('reads the marks of the person’s locale', () => {
    expect(parseRate('1,080', 'en-US')).toEqual({ ok: true, value: 1080 });
    expect(parseRate('1,080', 'de-DE')).toEqual({ ok: true, value: 1.08 });
    expect(parseRate('1.234,5', 'en-US')).toEqual({ ok: true, value: 1234.5 });
  });

  it('explains in words why a value cannot be used', () => {
    expect(parseRate('', 'en-US')).toEqual({
      ok: false,
      message: 'Enter a rate, for example 1.08.',
    });
    expect(parseRate('abc', 'en-US')).toEqual({
      ok: false,
      message: 'Enter a number, for example 1.08.',
    });
    expect(parseRate('abc', 'de-DE')).toEqual({
      ok: false,
      message: 'Enter a number, for example 1,08.',
    });
    expect(parseRate('-1', 'en-US')).toEqual({
      ok: false,
      message: 'The rate must be ≥ 0.000001.',
    });
    expect(parseRate('0', 'en-US')).toEqual({
      ok: false,
      message: 'The rate must be ≥ 0.000001.',
    });
    expect(parseRate('1000000', 'en-US')).toEqual({
      ok: false,
      message: 'The rate must be less than 1,000,000.',
    });
    expect(parseRate('1e-5', 'en-US')).toEqual({
      ok: false,
      message: 'Write “1e-5” without an exponent, as 0.00001.',
    });
    expect(parseRate('1.080', 'fr-FR')).toEqual({
      ok: false,
      message: 'Is “1.080” 1080 or 1,08? Type the one you mean.',
    });
  });
});

describe('formatRate', () => {
  it('shows a stored rate without float noise and a missing rate as empty', () => {
    expect(formatRate(1 / 1.08, 'en-US')).toBe('0.925926');
    expect(formatRate(1.08, 'en-US')).toBe('1.08');
    expect(formatRate(1.08, 'de-DE')).toBe('1,08');
    expect(formatRate(undefined)).toBe('');
  });
});
