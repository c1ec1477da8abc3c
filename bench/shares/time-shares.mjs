// Shared by bench/shares/run.mjs in Node and its page in Chromium (served at
// /__shares/time-shares.mjs), so that both sides time the analysis the same way, and the way the
// page's engine client runs it once shares.patch is applied (www/src/engine-client.js).

/**
 * Milliseconds for the first `count` workers to analyse `bytes`: with one, the whole text by the
 * first worker; with more, a share each at once, then the report from their tallies by the first.
 * From handing each worker its copy of the text to the report. `ask(worker, message, transfer)`
 * resolves with a worker's reply.
 */
export async function timeShares(ask, bytes, count) {
  const start = performance.now();
  if (count === 1) {
    const copy = bytes.slice(0);
    await ask(0, { analyse: copy.buffer }, [copy.buffer]);
  } else {
    const tallies = await Promise.all(
      Array.from({ length: count }, (_, index) => {
        const copy = bytes.slice(0);
        return ask(index, { tally: copy.buffer, index, count }, [copy.buffer]);
      }),
    );
    await ask(0, { report: tallies.map(({ tally }) => tally) });
  }
  return performance.now() - start;
}
