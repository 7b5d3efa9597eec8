import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { load } from 'cheerio';
import { useSite } from '../support/site.ts';
import { buildFixture, readPage, ROOT } from '../support/build.ts';

const site = useSite();

describe('"Laporkan masalah" without an account anywhere', () => {
  it('opens an e-mail to the configured address with the page title and address filled in', async () => {
    for (const [path, label, subject] of [
      ['bab/forum-multipihak/', 'Laporkan masalah di halaman ini', 'Masalah di Pedoman OGP: Membentuk forum multipihak'],
      ['en/case-studies/bojonegoro/', 'Report a problem with this page', 'Problem in the OGP Handbook: '],
    ]) {
      const page = await site.browser.newPage();
      await page.goto(site.url + path);
      const link = page.getByRole('link', { name: label });
      expect(await link.isVisible()).toBe(true);
      const mail = new URL((await link.getAttribute('href'))!);
      expect(mail.protocol).toBe('mailto:');
      expect(mail.pathname).toBe('pedoman-ogp@example.org');
      expect(mail.searchParams.get('subject')).toContain(subject);
      expect(mail.searchParams.get('subject')).toContain(await page.locator('h1').textContent());
      expect(mail.searchParams.get('body')).toContain(`/${path}`);
      // The address is shown too, for readers whose phone has no mail app set up.
      expect(await page.getByText('pedoman-ogp@example.org').isVisible()).toBe(true);
      await page.close();
    }
  });

  it('uses an issue form instead when REPORT_PROBLEM_URL is set', () => {
    const build = buildFixture(join(ROOT, 'tests/fixtures/basic'), { REPORT_PROBLEM_URL: 'https://tracker.example.org/new?t={title}&u={url}', OG_IMAGES: 'off', OFFLINE_EDITION: 'off', PRINT_EDITIONS: 'off' });
    expect(build.status, build.output).toBe(0);
    const $ = load(readPage(build.outDir, '/bab/tim/'));
    const href = $('.page-meta a').attr('href')!;
    expect(href).toMatch(/^https:\/\/tracker\.example\.org\/new\?t=.+&u=http.+%2Fbab%2Ftim%2F$/);
    expect(build.output).not.toContain('REPORT_PROBLEM_EMAIL is not set');
  });
});
