// Runs the graphql-http server audit (GraphQL over HTTP spec) against a server URL.
// Prints one JSON line per audit and a summary line; exits 1 if any MUST audit fails.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <graphql-url>');
  process.exit(2);
}

const results = await auditServer({ url });
const counts = { ok: 0, notice: 0, warn: 0, error: 0 };
for (const r of results) {
  counts[r.status] = (counts[r.status] ?? 0) + 1;
  console.log(JSON.stringify({ kind: 'audit', status: r.status, id: r.id, name: r.name, reason: r.reason ?? null }));
}
console.log(JSON.stringify({ kind: 'summary', total: results.length, ...counts }));
process.exit(counts.error > 0 ? 1 : 0);
