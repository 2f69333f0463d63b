// Starts s3rver on a free loopback port with one bucket, prints {"port":N} and runs until stdin closes.
// Usage: node s3rver.mjs <data-directory> <bucket>
import S3rver from 's3rver';

const [directory, bucket] = process.argv.slice(2);
const server = new S3rver({
  address: '127.0.0.1',
  port: 0,
  silent: true,
  directory,
  configureBuckets: [{ name: bucket }],
});
const { port } = await server.run();
console.log(JSON.stringify({ port }));
process.stdin.resume();
process.stdin.on('end', async () => {
  await server.close();
  process.exit(0);
});
