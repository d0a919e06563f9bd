// Where scripts/serve.ts listens: http://127.0.0.1:4321/ unless HOST or PORT say otherwise.
export function serveAddress() {
  const port = Number(process.env.PORT ?? 4321);
  const host = process.env.HOST ?? '127.0.0.1';
  return { host, port, origin: `http://${host}:${port}` };
}
