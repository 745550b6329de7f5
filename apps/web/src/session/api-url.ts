/**
 * The API the app talks to: the origin that served it (the API serves the built app on its own port),
 * or VITE_API_URL when the app is served from elsewhere.
 */
export function apiBaseUrl(): string {
  const configured = import.meta.env['VITE_API_URL'] as string | undefined;
  return configured !== undefined && configured !== '' ? configured : window.location.origin;
}
