import { formatRate, parseRate } from './rate-input';

describe('parseRate', () => {
  it('accepts a plain decimal, a decimal comma and surrounding spaces', () => {
    expect(parseRate('1.08')).toEqual({ ok: true, value: 1.08 });
    expect(parseRate(' 0,92 ')).toEqual({ ok: true, value: 0.92 });
    expect(parseRate('.5')).toEqual({ ok: true, value: 0.5 });
    expect(parseRate('1,234.5')).toEqual({ ok: true, value: 1234.5 });
  });

  it('explains in words why a value cannot be used', () => {
    expect(parseRate('')).toEqual({ ok: false, message: 'Enter a rate, for example 1.08.' });
    expect(parseRate('abc')).toEqual({ ok: false, message: 'Enter a number, for example 1.08.' });
    expect(parseRate('-1')).toEqual({ ok: false, message: 'Enter a number, for example 1.08.' });
    expect(parseRate('0')).toEqual({ ok: false, message: 'The rate must be more than 0.' });
    expect(parseRate('1000000')).toEqual({
      ok: false,
      message: 'The rate must be less than 1,000,000.',
    });
  });
});

describe('formatRate', () => {
  it('shows a stored rate without float noise and a missing rate as empty', () => {
    expect(formatRate(1 / 1.08)).toBe('0.925926');
    expect(formatRate(1.08)).toBe('1.08');
    expect(formatRate(undefined)).toBe('');
  });
});
