/** src/lib/intl.ts: Intl formatters made once and reused. */
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/lib/dates.ts';
import { intl } from '../../src/lib/intl.ts';
import { localeFor } from '../../src/i18n/index.ts';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same kind, language and options, and another for any difference', () => {
    const month = intl(Intl.DateTimeFormat, 'de', { month: 'short', year: 'numeric', timeZone: 'UTC' });
    expect(intl(Intl.DateTimeFormat, 'de', { month: 'short', year: 'numeric', timeZone: 'UTC' })).toBe(month);
    expect(intl(Intl.DateTimeFormat, 'en', { month: 'short', year: 'numeric', timeZone: 'UTC' })).not.toBe(month);
    expect(intl(Intl.DateTimeFormat, 'de', { month: 'long', year: 'numeric', timeZone: 'UTC' })).not.toBe(month);
    expect(intl(Intl.NumberFormat, 'de', {})).not.toBe(intl(Intl.PluralRules, 'de', {}));
  });

  it('formats as a formatter made for the call does', () => {
    expect(intl(Intl.NumberFormat, 'de', {}).format(1234567.5)).toBe('1.234.567,5');
    expect(intl(Intl.PluralRules, 'ar', {}).select(3)).toBe('few');
    expect(formatIsoDate('2022-10-21', 'de')).toBe('21. Okt. 2022');
    expect(formatIsoDate('2022-10-21', 'en-GB')).toBe('21 Oct 2022');
    expect(formatIsoDate('2020-08', 'en-GB')).toBe('Aug 2020');
  });

  it('makes each language’s locale once', () => {
    expect(localeFor('de-AT')).toBe(localeFor('de-AT'));
    expect(localeFor('de').count(1234, { one: '# Artikel', other: '# Artikel' })).toBe('1.234 Artikel');
    expect(localeFor('en').list(['A', 'B', 'C'])).toBe('A, B, and C');
  });
});
