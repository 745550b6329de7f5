/**
 * Design tokens. Each `--ens-*` reads an optional public `--ensemble-*` property first, so a host page
 * can theme embedded widgets (custom properties inherit into shadow roots). Colour pairs were chosen
 * for ≥ 4.5:1 text contrast (fg, muted, accent, positive, negative on surface and on their tinted
 * backgrounds; accent-fg on accent) in both schemes.
 */
const LIGHT = {
  bg: '#f5f6f8',
  surface: '#ffffff',
  fg: '#1b2130',
  muted: '#4e5767',
  border: '#d3d8df',
  accent: '#3451c9',
  'accent-fg': '#ffffff',
  focus: '#1f6feb',
  positive: '#1d7a43',
  negative: '#b3261e',
  'positive-bg': '#e3f4ea',
  'negative-bg': '#fbe6e4',
  'node-stroke': '#1b2130',
  halo: '#f5f6f8',
};
const DARK: typeof LIGHT = {
  bg: '#0e131b',
  surface: '#161d28',
  fg: '#e8ecf3',
  muted: '#a9b2c1',
  border: '#2e3a4b',
  accent: '#93a9ff',
  'accent-fg': '#0e131b',
  focus: '#79b8ff',
  positive: '#74d69e',
  negative: '#ff9b92',
  'positive-bg': '#143523',
  'negative-bg': '#3d1a18',
  'node-stroke': '#e8ecf3',
  halo: '#0e131b',
};

function declarations(scheme: typeof LIGHT): string {
  return Object.entries(scheme)
    .map(([name, value]) => `--ens-${name}: var(--ensemble-${name}, ${value});`)
    .join(' ');
}

// `:host([theme]) .ens-widget` as well as `:host(...)`: the widget root declares the tokens again, so the
// host's choice must reach it with a selector that outranks `.ens-widget`.
const LIGHT_SCOPE =
  ':host([theme="light"]), :host([theme="light"]) .ens-widget, [data-theme="light"] .ens-widget, .ens-widget[data-theme="light"]';
const DARK_SCOPE =
  ':host([theme="dark"]), :host([theme="dark"]) .ens-widget, [data-theme="dark"] .ens-widget, .ens-widget[data-theme="dark"]';

/**
 * Light by default, dark when the system prefers it; a `theme` attribute on a custom element, or
 * `data-theme` on a widget or any ancestor, forces one (later rules and higher specificity win).
 */
export const tokensCss = `
:host, .ens-widget {
  --ens-font: var(--ensemble-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --ens-radius: var(--ensemble-radius, 10px);
  ${declarations(LIGHT)} color-scheme: light;
}
@media (prefers-color-scheme: dark) { :host, .ens-widget { ${declarations(DARK)} color-scheme: dark; } }
${LIGHT_SCOPE} { ${declarations(LIGHT)} color-scheme: light; }
${DARK_SCOPE} { ${declarations(DARK)} color-scheme: dark; }
`;
