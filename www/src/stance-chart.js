// <stance-chart chart="map" dims="a,b" scale="full" lang="zh" theme="light|dark|auto" frame-title="…">: a Stance
// chart for pages that allow scripts. It wraps the chrome-less embed view in an iframe (so the
// page's styles and scripts stay apart) and sizes the iframe to the chart's height, which the
// embed reports with postMessage. lang and theme pass to the embed (embed.js says what theme
// defaults to, and why). A classic script (not a module), so that other sites can load it without
// CORS headers.
const page = new URL('../index.html', document.currentScript.src);
class StanceChart extends HTMLElement {
  onMessage = ({ source, data }) => {
    if (source === this.frame?.contentWindow && data?.stance === 'height' && Number.isFinite(data.height)) {
      this.frame.style.height = `${data.height}px`;
    }
  };

  connectedCallback() {
    window.addEventListener('message', this.onMessage);
    if (this.frame) return;
    const url = new URL(page);
    url.searchParams.set('embed', this.getAttribute('chart') ?? 'map');
    for (const name of ['lang', 'theme']) if (this.hasAttribute(name)) url.searchParams.set(name, this.getAttribute(name));
    const view = new URLSearchParams();
    for (const name of ['dims', 'scale']) if (this.hasAttribute(name)) view.set(name, this.getAttribute(name));
    url.hash = view.toString();
    this.frame = document.createElement('iframe');
    this.frame.src = url.href;
    // Not `title`, which would also put a tooltip over the whole chart on the blog's page.
    this.frame.title = this.getAttribute('frame-title') ?? 'Stance chart';
    this.frame.loading = 'lazy';
    this.frame.style.cssText = 'display:block;width:100%;height:420px;border:0';
    // Browsers paint an opaque backdrop behind a frame whose colour scheme differs from its iframe
    // element's; a dark chart is asked for on dark pages, whose background should show through.
    if (this.getAttribute('theme') === 'dark') this.frame.style.colorScheme = 'dark';
    this.append(this.frame);
  }

  disconnectedCallback() {
    window.removeEventListener('message', this.onMessage);
  }
}

if (!customElements.get('stance-chart')) customElements.define('stance-chart', StanceChart);
