import type { Random } from './prng';

/**
 * When inquiries arrive: for each day and hour, that hour's count (a fractional rate rounds up or
 * down at random, so 2.5 per hour is 2.5 on average), at random moments within the hour. Seconds
 * from the start of the first day, ascending.
 */
export function arrivalTimes(perHour: readonly number[], days: number, random: Random): Float64Array {
  let most = 0;
  for (const rate of perHour) most += Math.ceil(rate);
  const times = new Float64Array(most * days);
  let n = 0;
  for (let day = 0; day < days; day++) {
    for (let hour = 0; hour < 24; hour++) {
      const rate = perHour[hour] ?? 0;
      const whole = Math.floor(rate);
      const count = whole + (random() < rate - whole ? 1 : 0);
      const start = (day * 24 + hour) * 3600;
      for (let i = 0; i < count; i++) times[n + i] = start + random() * 3600;
      times.subarray(n, n + count).sort();
      n += count;
    }
  }
  return times.subarray(0, n);
}
