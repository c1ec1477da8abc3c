// Rounds of timed work, shared by the Node bench scripts and the Chromium engine worker (served at
// /__bench/rounds.mjs), so that both sides take turns the same way.

/**
 * Megabytes per second of each of `works` in each of `rounds` runs, after one warm-up run each
 * unless `warmUp` is false (a caller timing one round at a time warms up once, in its first call).
 * The works take turns round by round, so that a machine slowed for a while slows them alike and
 * their ratio holds; `afterEachRound` takes its turn too (a peer that times itself).
 */
export function roundRates(rounds, bytes, works, { afterEachRound = () => {}, warmUp = true } = {}) {
  if (warmUp) works.forEach((work) => work());
  const rates = works.map(() => []);
  for (let round = 0; round < rounds; round++) {
    works.forEach((work, index) => {
      const start = performance.now();
      work();
      rates[index].push(bytes / 1e6 / ((performance.now() - start) / 1e3));
    });
    afterEachRound();
  }
  return rates;
}
