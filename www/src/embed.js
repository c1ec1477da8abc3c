// Share links, the embed dialog and the chrome-less embed view. The view's state lives in the
// URL hash (#chart=…&dims=…&doc=…), so a link restores it; ?embed=<chart> shows one chart alone.
export function readView() {
  const params = new URLSearchParams(location.hash.slice(1));
  return {
    chart: params.get('chart'),
    dims: params.get('dims')?.split(',').filter(Boolean) ?? null,
    doc: params.get('doc'),
  };
}

export function writeView({ chart, dims, doc }) {
  const params = new URLSearchParams();
  if (chart) params.set('chart', chart);
  if (dims) params.set('dims', dims.join(','));
  if (doc) params.set('doc', doc);
  history.replaceState(null, '', `#${params}`);
}

export const embeddedChart = () => new URLSearchParams(location.search).get('embed');

/** The page's address without query or hash: where embeds point. */
const pageAddress = () => new URL(location.pathname, location.origin).href;

// Chart names and dimension ids come from dimension files a reader loads: in the snippet they are
// attribute values, never markup.
const attribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `height`: the chart's height on this page, a fair first height for the iframe. */
export function embedSnippets(chart, view, height) {
  const url = new URL(pageAddress());
  url.searchParams.set('embed', chart);
  const params = new URLSearchParams();
  if (view.dims) params.set('dims', view.dims.join(','));
  url.hash = params.toString();
  const script = new URL('dist/stance-chart.js', pageAddress()).href;
  return {
    iframe: `<iframe src="${url.href}" title="Stance" style="width:100%;height:${Math.ceil(height)}px;border:0" loading="lazy"></iframe>`,
    element: `<script src="${script}" defer></script>\n<stance-chart chart="${attribute(chart)}"${view.dims ? ` dims="${attribute(view.dims.join(','))}"` : ''}></stance-chart>`,
  };
}

/** In an embed, tells the parent page how tall the content is, so <stance-chart> can fit it. */
export function reportHeight() {
  if (window.parent === window) return;
  const send = () => window.parent.postMessage({ stance: 'height', height: Math.ceil(document.body.getBoundingClientRect().height) }, '*');
  new ResizeObserver(send).observe(document.body);
  send();
}
