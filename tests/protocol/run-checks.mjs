// Tiny check runner shared by the client scripts: one JSON line per check, a summary line, exit 1 on any failure.
export async function runChecks(checks, timeoutMs = 10000) {
  let failed = 0;
  for (const [name, fn] of checks) {
    let timer;
    try {
      const detail = await Promise.race([
        fn(),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs); }),
      ]);
      console.log(JSON.stringify({ kind: 'check', name, ok: true, detail: detail ?? null }));
    } catch (err) {
      failed++;
      console.log(JSON.stringify({ kind: 'check', name, ok: false, error: String(err?.stack ?? JSON.stringify(err)) }));
    } finally {
      clearTimeout(timer);
    }
  }
  console.log(JSON.stringify({ kind: 'summary', total: checks.length, passed: checks.length - failed, failed }));
  return failed;
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export function same(actual, expected, what) {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${what}: expected ${e}, got ${a}`);
}
