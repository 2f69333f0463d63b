// Drives the real MediaCreator server with the graphql-ws client: auth from connectionParams, a query, a mutation,
// and a project subscription that receives an event. Usage: node app-ws-client.mjs <ws-url> <jwt> <projectId>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { runChecks, assert } from './run-checks.mjs';

const [url, token, projectId] = process.argv.slice(2);
if (!url || !token || !projectId) {
  console.error('usage: node app-ws-client.mjs <ws-url> <jwt> <projectId>');
  process.exit(2);
}

const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, retryAttempts: 0 });

function once(payload) {
  return new Promise((resolve, reject) => {
    const results = [];
    client.subscribe(payload, { next: (v) => results.push(v), error: reject, complete: () => resolve(results) });
  });
}

const failed = await runChecks([
  ['query-as-owner', async () => {
    const [result] = await once({ query: 'query($id: ID!) { project(id: $id) { name } }', variables: { id: projectId } });
    assert(result.data?.project?.name === 'A live', `project over ws: ${JSON.stringify(result)}`);
  }],
  ['mutation', async () => {
    const [result] = await once({ query: 'mutation { createProject(input: { name: "from graphql-ws" }) { project { name } errors { __typename } } }' });
    assert(result.data?.createProject?.project?.name === 'from graphql-ws', `mutation over ws: ${JSON.stringify(result)}`);
  }],
  ['subscription-event', async () => {
    console.log(JSON.stringify({ kind: 'subscribing' }));
    for await (const result of client.iterate({
      query: 'subscription($p: ID!) { onProjectEvent(projectId: $p) { type ... on JobEvent { status job { taskName } } } }',
      variables: { p: projectId },
    })) {
      const event = result.data?.onProjectEvent;
      assert(event?.type === 'JOB_COMPLETED' && event.job?.taskName === 'core.echo', `event: ${JSON.stringify(result)}`);
      return event;
    }
    throw new Error('subscription ended without an event');
  }],
], 20000);

await client.dispose();
process.exit(failed > 0 ? 1 : 0);
