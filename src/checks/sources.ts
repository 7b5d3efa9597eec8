/**
 * Sources in the frontmatter: a source title written in the other language than the page's needs its
 * `lang`, so screen readers pronounce it right. (Missing titles and addresses are schema errors.)
 */
import { LANGUAGES, type Lang } from '../lib/languages.ts';
import { frontmatterLine, type ContentModel, type Problem } from './model.ts';

/**
 * Short words that only one of the two languages uses. A source title with some of one language's and
 * none of the other's is taken to be in that language; names and short titles are not guessed at.
 */
const FUNCTION_WORDS: Record<Lang, Set<string>> = {
  id: new Set('dan yang di ke dari untuk dengan dalam pada tentang atau ini itu sebagai oleh jadi tidak bagi secara para akan lewat sejak'.split(' ')),
  en: new Set('the of and for in to on with how what from an is are by at into about why who this that our your'.split(' ')),
};

/** The language a source title is written in, when its short words make that plain. */
export function titleLanguage(title: string): Lang | undefined {
  const words = title.toLowerCase().match(/[a-z']+/g) ?? [];
  const [id, en] = LANGUAGES.map((lang) => words.filter((w) => FUNCTION_WORDS[lang].has(w)).length);
  if (id && !en) return 'id';
  if (en && !id) return 'en';
  return undefined;
}

/** Every source title in another language than its page's must say so with `lang`. */
export function checkSourceLanguages(model: ContentModel, problems: Problem[]): void {
  for (const page of model.pages) {
    if (!page.data || !page.yaml) continue;
    const frontmatterLines = page.yaml.split('\n');
    for (const source of (page.data.sources ?? []) as Array<{ title: string; lang?: string }>) {
      const written = titleLanguage(source.title);
      if (source.lang || !written || written === page.lang) continue;
      const line = frontmatterLines.findIndex((l) => /^\s*-?\s*title:/.test(l) && l.includes(source.title));
      problems.push({
        file: page.file,
        line: line >= 0 ? line + 2 : frontmatterLine(page.source, 'sources'),
        severity: 'error',
        message: `the source title "${source.title}" looks ${written === 'en' ? 'English' : 'Indonesian'}, but the page is in ${page.lang === 'en' ? 'English' : 'Indonesian'}. Add "lang: ${written}" under its title, so screen readers pronounce it right.`,
      });
    }
  }
}
