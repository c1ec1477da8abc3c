// Serves www/ on localhost for `npm start`. PORT overrides the port.
import { createServer } from 'node:http';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 8080);
const serve = sirv(new URL('../www', import.meta.url).pathname, { dev: true, etag: true });
createServer(serve).listen(port, '127.0.0.1', () => {
  console.log(`Stance is served on http://localhost:${port}/  (Ctrl+C stops it)`);
});
