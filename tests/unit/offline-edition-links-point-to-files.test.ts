import { describe, expect, it } from 'vitest';
import { classifyUrl, fileForPath, offlineHref, pathForFile, relativeHref, rootPrefix } from '../../src/lib/offline/paths.ts';
import { refreshTarget, rewriteCssUrls, rewriteSrcset, startTags, transformHtml } from '../../src/lib/offline/html.ts';
import {
  addCspHashes,
  allowInlineByHash,
  classicInlineScript,
  crawl,
  cspHash,
  hasDynamicImport,
  insertBanner,
  offlineBanner,
  redirectTargetOf,
  rewritePage,
  rewriteStylesheet,
  swapDynamicImports,
} from '../../src/lib/offline/edition.ts';

const root = { siteUrl: 'https://pedoman.example.go.id', basePath: '/' };
const sub = { siteUrl: 'https://example.github.io', basePath: '/pedoman-ogp/' };

describe('URLs of the site become paths inside it', () => {
  it('reads root-absolute, relative and full URLs against the page', () => {
    expect(classifyUrl('/bab/forum/#aturan', 'bab/komitmen/', root)).toEqual({ kind: 'site', path: 'bab/forum/', query: '', hash: '#aturan' });
    expect(classifyUrl('../forum/', 'bab/komitmen/', root)).toEqual({ kind: 'site', path: 'bab/forum/', query: '', hash: '' });
    expect(classifyUrl('/cari/?q=forum', '', root)).toEqual({ kind: 'site', path: 'cari/', query: '?q=forum', hash: '' });
    expect(classifyUrl('/', 'bab/forum/', root)).toEqual({ kind: 'site', path: '', query: '', hash: '' });
  });

  it('keeps anchors, other sites and special schemes as written', () => {
    for (const url of ['#isi', '', 'https://www.opengovpartnership.org/', '//cdn.example.org/x.js', 'mailto:a@b.id', 'tel:+62', 'data:image/png;base64,AA', 'javascript:void 0']) {
      expect(classifyUrl(url, 'bab/forum/', root)).toEqual({ kind: 'keep' });
    }
  });

  it('honours a base path: inside it is the handbook, outside it is another site on the same host', () => {
    expect(classifyUrl('/pedoman-ogp/en/chapters/forum/', '', sub)).toEqual({ kind: 'site', path: 'en/chapters/forum/', query: '', hash: '' });
    expect(classifyUrl('/pedoman-ogp', 'bab/x/', sub)).toEqual({ kind: 'site', path: '', query: '', hash: '' });
    expect(classifyUrl('/other-project/', '', sub)).toEqual({ kind: 'online', url: 'https://example.github.io/other-project/' });
  });

  it('treats full links to the handbook as internal only when asked (links yes, canonical tags no)', () => {
    const full = 'https://example.github.io/pedoman-ogp/bab/forum/#a';
    expect(classifyUrl(full, '', sub)).toEqual({ kind: 'keep' });
    expect(classifyUrl(full, '', sub, true)).toEqual({ kind: 'site', path: 'bab/forum/', query: '', hash: '#a' });
  });
});

describe('paths become files', () => {
  const files = new Set(['index.html', 'bab/forum/index.html', 'files/templat rencana.docx', 'favicon.svg']);
  const exists = (f: string) => files.has(f);

  it('finds the file a static host would serve', () => {
    expect(fileForPath('', exists)).toBe('index.html');
    expect(fileForPath('bab/forum/', exists)).toBe('bab/forum/index.html');
    expect(fileForPath('bab/forum', exists)).toBe('bab/forum/index.html');
    expect(fileForPath('files/templat%20rencana.docx', exists)).toBe('files/templat rencana.docx');
    expect(fileForPath('bab/missing/', exists)).toBeUndefined();
    expect(fileForPath('../etc/passwd', exists)).toBeUndefined();
  });

  it('links file to file relatively, always naming the .html file', () => {
    expect(relativeHref('bab/forum/index.html', 'bab/komitmen/index.html')).toBe('../komitmen/index.html');
    expect(relativeHref('index.html', 'bab/forum/index.html')).toBe('bab/forum/index.html');
    expect(relativeHref('en/chapters/forum/index.html', 'index.html')).toBe('../../../index.html');
    expect(relativeHref('bab/forum/index.html', 'bab/forum/index.html')).toBe('index.html');
    expect(relativeHref('bab/forum/index.html', 'files/templat rencana.docx')).toBe('../../files/templat%20rencana.docx');
  });

  it('knows the way back to the root and the online address of a file', () => {
    expect(rootPrefix('index.html')).toBe('./');
    expect(rootPrefix('en/chapters/forum/index.html')).toBe('../../../');
    expect(pathForFile('index.html')).toBe('');
    expect(pathForFile('bab/forum/index.html')).toBe('bab/forum/');
    expect(pathForFile('404.html')).toBe('404.html');
  });

  it('turns a search result URL into a link from the current page', () => {
    expect(offlineHref('/bab/forum/#aturan', '../../')).toBe('../../bab/forum/index.html#aturan');
    expect(offlineHref('/', './')).toBe('./index.html');
    expect(offlineHref('/en/chapters/forum/?x=1#a', '../')).toBe('../en/chapters/forum/index.html?x=1#a');
  });
});

describe('the HTML rewriter', () => {
  it('changes only what it is asked to and keeps everything else byte for byte', () => {
    const html = '<!doctype html><!-- <a href="/x/"> --><p class=a>Text with href="/x/" &amp; more</p><a  href="/x/"  data-k>x</a><br/>';
    expect(transformHtml(html, {})).toBe(html);
    const out = transformHtml(html, { tag: (t) => t.name === 'a' && t.set('href', 'x/index.html') });
    expect(out).toBe('<!doctype html><!-- <a href="/x/"> --><p class=a>Text with href="/x/" &amp; more</p><a href="x/index.html" data-k>x</a><br/>');
  });

  it('decodes and escapes attribute values', () => {
    const [tag] = startTags('<a href="/cari/?q=a&amp;b=&quot;c&quot;">');
    expect(tag.get('href')).toBe('/cari/?q=a&b="c"');
    tag.set('href', 'x.html?a=1&b="2"');
    expect(tag.toString()).toBe('<a href="x.html?a=1&amp;b=&quot;2&quot;">');
  });

  it('reads character references and comments as a browser does, keeping the source as written', () => {
    const html = '<!--><a title="Caf&eacute; &hellip;" href="/cari/?q=a&copy=1&amp;b=2">x</a><!-- <a href="/y/"> -->';
    const tags = startTags(html);
    expect(tags.map((t) => t.name)).toEqual(['a']);
    expect(tags[0].get('title')).toBe('Café …');
    expect(tags[0].get('href')).toBe('/cari/?q=a&copy=1&b=2'); // "&copy" before "=" is not a reference in an attribute
    expect(transformHtml(html, { tag: (t) => t.get('title') })).toBe(html);
  });

  it('does not read tags inside scripts and styles, but hands their text over', () => {
    const html = '<script>if (a<b) x = "<a href=\'/y/\'>";</script><style>a{background:url(/i.png)}</style><a href="/z/">';
    const seen: string[] = [];
    const out = transformHtml(html, { tag: (t) => void seen.push(t.name), rawText: (t, text) => (t.name === 'style' ? text.replace('/i.png', 'i.png') : text) });
    expect(seen).toEqual(['script', 'style', 'a']);
    expect(out).toContain('url(i.png)');
    expect(out).toContain('"<a href=\'/y/\'>"');
  });

  it('rewrites srcset candidates, CSS url() and @import, and meta refresh targets', () => {
    expect(rewriteSrcset('/a.png 1x, /b.png 2x', (u) => `.${u}`)).toBe('./a.png 1x, ./b.png 2x');
    expect(rewriteCssUrls('@import "/x.css"; b{background:url( "/i.png" )} c{mask:url(data:,x)}', (u) => `R${u}`)).toBe('@import "R/x.css"; b{background:url("R/i.png")} c{mask:url(Rdata:,x)}');
    const [meta] = startTags('<meta http-equiv="refresh" content="0; url=/bab/baru/">');
    expect(refreshTarget(meta)).toBe('/bab/baru/');
  });
});

describe('a page of the offline edition', () => {
  const files = new Set(['index.html', 'bab/forum/index.html', 'en/index.html', '_astro/site.css', 'favicon.svg', 'img/peta.png', 'files/templat.docx']);
  const locate = (path: string) => fileForPath(path, (f) => files.has(f));
  const page = `<!DOCTYPE html><html lang="id" data-base="/pedoman-ogp/"><head>
<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-old'">
<link rel="canonical" href="https://example.github.io/pedoman-ogp/bab/forum/">
<link rel="stylesheet" href="/pedoman-ogp/_astro/site.css"><link rel="icon" href="/pedoman-ogp/favicon.svg">
<link rel="modulepreload" href="/pedoman-ogp/_astro/x.js">
<script>const L=n=>import(b+"assets/"+n+".js");</script></head>
<body><a class="skip-link" href="#isi">Langsung ke isi</a><main id="isi">
<a href="/pedoman-ogp/">Beranda</a> <a href="/pedoman-ogp/en/" hreflang="en">English</a>
<a href="/pedoman-ogp/bab/forum/#aturan">Aturan</a> <a href="#aturan">di sini</a>
<a href="https://example.github.io/pedoman-ogp/bab/forum/">penuh</a> <a href="/pedoman-ogp/bab/hilang/">hilang</a>
<a href="/pedoman-ogp/pedoman-ogp-offline.zip" download>ZIP</a> <a href="https://www.opengovpartnership.org/">OGP</a>
<img src="/pedoman-ogp/img/peta.png" srcset="/pedoman-ogp/img/peta.png 2x" alt="Peta"> <a href="/pedoman-ogp/files/templat.docx">Templat</a>
<div style="background:url(/pedoman-ogp/img/peta.png)"></div>
<div data-online-only>Simpan</div><p data-offline-only hidden>Edisi offline</p>
</main></body></html>`;
  const { html, references } = rewritePage(page, {
    file: 'bab/forum/index.html',
    site: sub,
    locate,
    banner: offlineBanner('Ini salinan offline, versi 1 Januari 2026.', 'Buka di internet', 'https://example.github.io/pedoman-ogp/bab/forum/'),
    head: '<style>.offline-banner{}</style>',
  });

  it('links every internal page, file and anchor relatively, ending in .html', () => {
    expect(html).toContain('data-base="../../"');
    expect(html).toContain('href="../../_astro/site.css"');
    expect(html).toContain('href="../../favicon.svg"');
    expect(html).toContain('<a href="../../index.html">Beranda</a>');
    expect(html).toContain('<a href="../../en/index.html" hreflang="en">');
    expect(html).toContain('<a href="index.html#aturan">Aturan</a>');
    expect(html).toContain('<a href="#aturan">di sini</a>');
    expect(html).toContain('<a href="index.html">penuh</a>');
    expect(html).toContain('src="../../img/peta.png" srcset="../../img/peta.png 2x"');
    expect(html).toContain('href="../../files/templat.docx"');
    expect(html).toContain('style="background:url(../../img/peta.png)"');
  });

  it('sends links to what the edition lacks (the zip itself, a missing page) online, and leaves other sites alone', () => {
    expect(html).toContain('href="https://example.github.io/pedoman-ogp/pedoman-ogp-offline.zip" download');
    expect(html).toContain('href="https://example.github.io/pedoman-ogp/bab/hilang/"');
    expect(html).toContain('href="https://www.opengovpartnership.org/"');
    expect(html).toContain('<link rel="canonical" href="https://example.github.io/pedoman-ogp/bab/forum/">');
    expect(references.filter((r) => !r.file).map((r) => r.path)).toEqual(['bab/hilang/', 'pedoman-ogp-offline.zip']);
    expect(references.filter((r) => r.file && !r.navigation).map((r) => r.file)).toEqual(expect.arrayContaining(['_astro/site.css', 'favicon.svg', 'img/peta.png']));
  });

  it('loads scripts as classic scripts, drops module preloads, and keeps the CSP true to the inline scripts', () => {
    expect(html).not.toContain('modulepreload');
    expect(hasDynamicImport(html)).toBe(false);
    expect(html).toContain('__pedomanImport(b+"assets/"+n+".js")');
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const csp = /content-security-policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain(cspHash(script));
    expect(csp).toContain("'sha256-old'");
    expect(csp).toContain(`style-src 'self' ${cspHash(style)}`);
  });

  it('says it is an offline copy right after the skip link, and shows or hides the parts marked for one edition', () => {
    expect(html).toContain('Langsung ke isi</a><div class="offline-banner" role="note"><p>Ini salinan offline, versi 1 Januari 2026. <a href="https://example.github.io/pedoman-ogp/bab/forum/">Buka di internet</a>');
    expect(html).toContain('<div data-online-only hidden>Simpan</div>');
    expect(html).toContain('<p data-offline-only>Edisi offline</p>');
  });
});

describe('helpers of the edition', () => {
  it('swaps import() for the classic loader, and only real calls', () => {
    expect(swapDynamicImports('a=import("x");b=await import (y);c.import(z);d=myimport(w)')).toBe('a=__pedomanImport("x");b=await __pedomanImport (y);c.import(z);d=myimport(w)');
    expect(classicInlineScript('console.log(1)')).toBe('console.log(1)');
    expect(classicInlineScript('import("x")').startsWith('(function(){var M=self.__pedomanModules')).toBe(true);
  });

  it('adds hashes to CSP directives without breaking unsafe-inline or missing directives', () => {
    expect(addCspHashes("default-src 'self'", { 'script-src': ["'sha256-a'"] })).toBe("default-src 'self'; script-src 'self' 'sha256-a'");
    expect(addCspHashes("style-src 'self' 'unsafe-inline'", { 'style-src': ["'sha256-a'"] })).toBe("style-src 'self' 'unsafe-inline'");
    expect(addCspHashes("img-src 'self'", { 'script-src': ["'sha256-a'"] })).toBe("img-src 'self'");
    expect(allowInlineByHash('<p>no policy</p><script>x</script>')).toBe('<p>no policy</p><script>x</script>');
  });

  it('puts the banner at the top of <body> when a page has no skip link', () => {
    expect(insertBanner('<html><body class="x"><p>a</p></body></html>', '<div>B</div>')).toBe('<html><body class="x"><div>B</div><p>a</p></body></html>');
  });

  it('finds redirect pages by their meta refresh', () => {
    expect(redirectTargetOf('<html><head><meta http-equiv="refresh" content="0; url=/bab/baru/"></head><body></body></html>')).toBe('/bab/baru/');
    expect(redirectTargetOf('<html><head><title>x</title></head><body><meta http-equiv="refresh" content="0; url=/no/"></body></html>')).toBeUndefined();
  });

  it('makes stylesheet URLs relative to the stylesheet', () => {
    const { css, references } = rewriteStylesheet('@font-face{src:url(/pedoman-ogp/fonts/a.woff2)} b{background:url(data:image/png;base64,AA)}', {
      file: '_astro/site.css',
      site: sub,
      locate: (p) => (p === 'fonts/a.woff2' ? p : undefined),
    });
    expect(css).toBe('@font-face{src:url(../fonts/a.woff2)} b{background:url(data:image/png;base64,AA)}');
    expect(references).toEqual([{ file: 'fonts/a.woff2', path: 'fonts/a.woff2', navigation: false }]);
  });

  it('visits every reachable file once, breadth first', async () => {
    const links: Record<string, string[]> = { a: ['b', 'c'], b: ['a', 'd'], c: ['d'], d: [], e: ['a'] };
    expect(await crawl(['a'], (f) => links[f])).toEqual(['a', 'b', 'c', 'd']);
  });
});
