import type { Article } from '../../src/model.js';

const COUNTRIES = [
  'Kenya',
  'Uganda',
  'Brazil',
  'Argentina',
  'France',
  'Germany',
  'Japan',
  'South Korea',
  'India',
  'Pakistan',
];
const CITIES = ['Nairobi', 'Kampala', 'Paris', 'Berlin', 'Tokyo', 'Seoul', 'New Delhi'];

/**
 * `n` distinct short news articles between varying pairs of countries, each with a meeting and a
 * criticism dated by its own weekday, published on varying days of 2025: input for queue and scale tests.
 */
export function syntheticArticles(n: number): Article[] {
  return Array.from({ length: n }, (_, i) => {
    const a = COUNTRIES[i % COUNTRIES.length]!;
    const b = COUNTRIES[(i * 3 + 1) % COUNTRIES.length]!;
    const c = COUNTRIES[(i * 7 + 2) % COUNTRIES.length]!;
    const city = CITIES[i % CITIES.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    return {
      id: `synthetic-${i}`,
      published: `2025-${month}-${day}`,
      text:
        `${a} and ${b === a ? c : b} held talks in ${city} on Tuesday, officials said in report number ${i}. ` +
        `${c === a ? b : c} criticized ${a} on Monday over trade.`,
    };
  });
}
