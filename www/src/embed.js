// Share links, the embed dialog and the chrome-less embed view. The view's state lives in the
// URL hash (#chart=…&dims=…&doc=…&scale=full), so a link restores it; ?embed=<chart> shows one chart alone,
// ?lang= in a language and ?theme= in a colour scheme.
export function readView() {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    chart: params.get('chart'),
    dims: params.get('dims')?.split(',').filter(Boolean) ?? null,
    doc: params.get('doc'),
    fullScale: params.get('scale') === 'full',
  };
}

function viewHash({ chart, dims, doc, fullScale }) {
  const params = new URLSearchParams();
  if (chart) params.set('chart', chart);
  if (dims) params.set('dims', dims.join(','));
  if (doc) params.set('doc', doc);
  if (fullScale) params.set('scale', 'full');
  return params.toString();
}

export function writeView(view) {
  history.replaceState(null, '', `#${viewHash(view)}`);
}

export const embeddedChart = () => new URLSearchParams(location.search).get('embed');

/** The page's address without query or hash: where embeds point. */
const pageAddress = () => new URL(location.pathname, location.origin).href;

/** The page showing `view` in `language`: what Copy link gives and an embed links back to. */
export function pageLink(view, language) {
  const url = new URL(pageAddress());
  url.searchParams.set('lang', language);
  url.hash = viewHash(view);
  return url.href;
}

const THEMES = ['light', 'dark', 'auto'];

/**
 * An embed's colours: ?theme=light, dark, or auto (the reader's system setting). Light unless
 * asked: most blogs are light whatever the reader's system says, and an embed that followed the
 * system showed as a dark slab on them; a blog with a dark mode asks for auto, a dark blog for
 * dark.
 */
export function embedTheme() {
  const theme = new URLSearchParams(location.search).get('theme');
  return THEMES.includes(theme) ? theme : 'light';
}

/**
 * Holds the page to light or dark colours whatever the system says, by turning its
 * `prefers-color-scheme: dark` rules on or off (so the colours stay written once, in style.css).
 */
export function holdTheme(theme) {
  if (theme === 'auto') return;
  document.documentElement.style.colorScheme = theme;
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (rule instanceof CSSMediaRule && /prefers-color-scheme:\s*dark/.test(rule.media.mediaText)) rule.media.mediaText = theme === 'dark' ? 'all' : 'not all';
    }
  }
}

// Chart names and dimension ids come from dimension files a reader loads: in the snippet they are
// attribute values, never markup.
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * `view`: the plotted dimensions, the scale, the language, the theme and the frame's title. `height`: the
 * chart's height on this page, a fair first height for the iframe.
 */
export function embedSnippets(chart, view, height) {
  const url = new URL(pageAddress());
  url.searchParams.set('embed', chart);
  if (view.lang) url.searchParams.set('lang', view.lang);
  if (view.theme) url.searchParams.set('theme', view.theme);
  const params = new URLSearchParams();
  if (view.dims) params.set('dims', view.dims.join(','));
  if (view.fullScale) params.set('scale', 'full');
  url.hash = params.toString();
  const script = new URL('dist/stance-chart.js', pageAddress()).href;
  const attributes = [
    ['chart', chart],
    ['dims', view.dims?.join(',')],
    ['scale', view.fullScale ? 'full' : null],
    ['lang', view.lang],
    ['theme', view.theme],
    ['frame-title', view.title],
  ].filter(([, value]) => value).map(([name, value]) => ` ${name}="${attribute(value)}"`).join('');
  return {
    iframe: `<iframe src="${url.href}"${view.title ? ` title="${attribute(view.title)}"` : ''} style="width:100%;height:${Math.ceil(height)}px;border:0${frameColorScheme(view.theme)}" loading="lazy"></iframe>`,
    element: `<script src="${script}" defer></script>\n<stance-chart${attributes}></stance-chart>`,
  };
}

/**
 * Browsers paint an opaque backdrop behind a frame whose colour scheme differs from its iframe
 * element's. A dark chart is asked for on dark pages, which rarely declare a colour scheme: the
 * iframe declares dark for them, so the page's own background shows through.
 */
const frameColorScheme = (theme) => (theme === 'dark' ? ';color-scheme:dark' : '');

/** In an embed, tells the parent page how tall the content is, so <stance-chart> can fit it. */
export function reportHeight() {
  if (window.parent === window) return;
  const send = () => window.parent.postMessage({ stance: 'height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  new ResizeObserver(send).observe(document.body);
  send();
}

/** An embed's small link to the page with its chart, opened beside the page that embeds it. */
export function madeWithLink(view, language, text) {
  const link = document.createElement('a');
  link.className = 'made-with';
  link.href = pageLink(view, language);
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = text;
  return link;
}
