/** The address to print for a server listening on `host`: one listening everywhere is shown as localhost. */
export function localUrl(host: string, port: number): string {
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${port}`;
}
