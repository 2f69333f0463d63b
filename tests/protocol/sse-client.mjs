// Drives the server with the real graphql-sse client in "distinct connections" mode.
import { createClient } from 'graphql-sse';
import { runChecks, assert, same } from './run-checks.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node sse-client.mjs <http-url>');
  process.exit(2);
}

const client = createClient({ url, singleConnection: false, retryAttempts: 0 });

function collect(payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, {
      next: (value) => results.push(value),
      error: (err) => reject(err),
      complete: () => resolve(results),
    });
  });
}

const failed = await runChecks([
  ['subscription', async () => {
    const results = await collect({ query: 'subscription { countdown(from: 3) }' });
    same(results.map((r) => r.data.countdown), [3, 2, 1, 0], 'countdown events');
  }],
  ['query', async () => {
    const results = await collect({ query: '{ hello transport }' });
    same(results, [{ data: { hello: 'world', transport: 'Sse' } }], 'query over SSE');
  }],
  ['validation-error-as-next', async () => {
    const results = await collect({ query: 'subscription { nope }' });
    assert(results.length === 1 && results[0].errors?.[0]?.extensions?.code === 'FIELDS_ON_CORRECT_TYPE', `got ${JSON.stringify(results)}`);
  }],
  ['iterate-and-stop', async () => {
    const seen = [];
    for await (const result of client.iterate({ query: 'subscription { ticks(intervalMs: 20) }' })) {
      seen.push(result.data.ticks);
      if (seen.length === 3) break;
    }
    same(seen, [0, 1, 2], 'first ticks');
  }],
]);

client.dispose();
process.exit(failed > 0 ? 1 : 0);
