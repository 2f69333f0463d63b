// Drives the server with the real graphql-ws client (graphql-transport-ws) over the `ws` WebSocket implementation.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { runChecks, assert, same } from './run-checks.mjs';

const url = process.argv[2];
if (!url) {
  console.error('usage: node ws-client.mjs <ws-url>');
  process.exit(2);
}

const client = createClient({
  url,
  webSocketImpl: WebSocket,
  connectionParams: { authorization: 'Bearer node-user' },
  retryAttempts: 0,
});

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
  ['query', async () => {
    const results = await collect({ query: '{ hello }' });
    same(results, [{ data: { hello: 'world' } }], 'query results');
  }],
  ['mutation', async () => {
    const results = await collect({ query: 'mutation { increment }' });
    assert(results.length === 1 && Number.isInteger(results[0].data.increment), `one mutation result, got ${JSON.stringify(results)}`);
    return results[0];
  }],
  ['subscription', async () => {
    const results = await collect({ query: 'subscription ($n: Int!) { countdown(from: $n) }', variables: { n: 3 } });
    same(results.map((r) => r.data.countdown), [3, 2, 1, 0], 'countdown events');
    return { events: results.length };
  }],
  ['iterate-and-stop', async () => {
    const seen = [];
    for await (const result of client.iterate({ query: 'subscription { ticks(intervalMs: 20) }' })) {
      seen.push(result.data.ticks);
      if (seen.length === 3) break;
    }
    same(seen, [0, 1, 2], 'first ticks');
  }],
  ['validation-error', async () => {
    try {
      await collect({ query: '{ nope }' });
    } catch (errors) {
      assert(Array.isArray(errors) && errors[0]?.extensions?.code === 'FIELDS_ON_CORRECT_TYPE', `error payload ${JSON.stringify(errors)}`);
      return { code: errors[0].extensions.code };
    }
    throw new Error('expected an error message');
  }],
  ['connection-params', async () => {
    const results = await collect({ query: '{ whoami owner transport }' });
    same(results[0].data, { whoami: 'node-user', owner: 'node-user', transport: 'WebSocket' }, 'principal from connectionParams');
  }],
]);

await client.dispose();
process.exit(failed > 0 ? 1 : 0);
