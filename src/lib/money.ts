/** Amounts of money as the site's language writes them, through Intl in the amount's own currency. */
import type { Money } from '../schemas/grant.ts';
import { intl } from './intl.ts';

/** 1500000 EUR → "€1,500,000" (en) or "1.500.000 €" (de); cents only when the amount has them. */
export function formatMoney(money: Money, language: string): string {
  const cents = !Number.isInteger(money.value);
  return intl(Intl.NumberFormat, language, {
    style: 'currency',
    currency: money.currency,
    minimumFractionDigits: cents ? 2 : 0,
    maximumFractionDigits: cents ? 2 : 0,
  }).format(money.value);
}
