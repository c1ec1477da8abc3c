// Shared by bench/shares/run.mjs in Node and its page in Chromium (served at
// /__shares/time-shares.mjs), so that both sides time the shares the same way.

/**
 * Milliseconds for the first `shares` workers to analyse one share each of the text they hold, at
 * once: from handing the work out to the last reply. `ask(worker, message)` resolves with a
 * worker's reply.
 */
export async function timeShares(ask, shares) {
  const start = performance.now();
  await Promise.all(Array.from({ length: shares }, (_, share) => ask(share, { share, shares })));
  return performance.now() - start;
}
