// An out-of-process plugin written in JavaScript: registers its module, gets a module-scoped key, and works its
// job through the GraphQL API (claim → progress → complete). Usage: node plugin-worker.mjs <graphql-url> <full-api-key> <projectId>
import { runChecks, assert } from './run-checks.mjs';

const [url, ownerKey, projectId] = process.argv.slice(2);
if (!url || !ownerKey || !projectId) {
  console.error('usage: node plugin-worker.mjs <graphql-url> <full-api-key> <projectId>');
  process.exit(2);
}

async function gql(key, query, variables) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

let pluginKey, jobId;
const failed = await runChecks([
  ['register-module', async () => {
    const r = await gql(ownerKey, `mutation { registerModule(input: { name: "upper-plugin", category: OTHER, version: "1.0.0",
      capabilities: [{ key: "upper.text", taskName: "upper.text", inputSchema: { type: "object", required: ["text"], properties: { text: { type: "string" } } } }],
      providers: [{ key: "node", capabilities: ["upper.text"], costProfile: { currency: "USD", unit: PER_JOB, unitCost: 0.01 } }] }) {
      module { name } errors { __typename } } }`);
    assert(r.data?.registerModule?.module?.name === 'upper-plugin', JSON.stringify(r));
  }],
  ['plugin-key', async () => {
    const r = await gql(ownerKey, `mutation { createApiKey(input: { name: "upper worker", scopes: ["plugin"], moduleName: "upper-plugin" }) { secret errors { __typename } } }`);
    pluginKey = r.data?.createApiKey?.secret;
    assert(pluginKey?.startsWith('mc_'), JSON.stringify(r));
  }],
  ['create-job', async () => {
    const r = await gql(ownerKey, `mutation($p: ID!) { createJob(input: { projectId: $p, spec: { generic: { moduleName: "upper-plugin", taskName: "upper.text", payload: { text: "hello plugin" } } } }) { job { id status } errors { __typename } } }`, { p: projectId });
    jobId = r.data?.createJob?.job?.id;
    assert(r.data?.createJob?.job?.status === 'QUEUED', JSON.stringify(r));
  }],
  ['plugin-key-cannot-do-more', async () => {
    const r = await gql(pluginKey, `mutation { createProject(input: { name: "nope" }) { project { id } } }`);
    assert(r.errors?.[0]?.extensions?.code === 'AUTH_NOT_AUTHORIZED', JSON.stringify(r));
  }],
  ['claim-progress-complete', async () => {
    const claim = await gql(pluginKey, `mutation { claimJob(input: { moduleName: "upper-plugin" }) { job { id status inputPayload attempt } } }`);
    const job = claim.data?.claimJob?.job;
    assert(job?.id === jobId && job.status === 'RUNNING', JSON.stringify(claim));
    for (const progress of [0.25, 0.75]) {
      const p = await gql(pluginKey, `mutation($id: ID!, $p: Float!) { reportJobProgress(input: { jobId: $id, progress: $p, message: "working" }) { job { progress } errors { __typename } } }`, { id: jobId, p: progress });
      assert(p.data?.reportJobProgress?.job?.progress === progress, JSON.stringify(p));
    }
    const done = await gql(pluginKey, `mutation($id: ID!, $o: JSON) { completeJob(input: { jobId: $id, output: $o }) { job { status outputPayload } errors { __typename } } }`,
      { id: jobId, o: { upper: job.inputPayload.text.toUpperCase() } });
    assert(done.data?.completeJob?.job?.status === 'COMPLETED', JSON.stringify(done));
    const none = await gql(pluginKey, `mutation { claimJob(input: { moduleName: "upper-plugin" }) { job { id } } }`);
    assert(none.data?.claimJob?.job === null, JSON.stringify(none));
    return { jobId };
  }],
]);
process.exit(failed > 0 ? 1 : 0);
