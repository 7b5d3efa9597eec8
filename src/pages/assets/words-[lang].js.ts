import type { APIRoute, GetStaticPaths } from 'astro';
import { LANGUAGES, type Lang } from '../../lib/languages.ts';
import { searchVocabulary } from '../../lib/search-vocabulary.ts';

/** `assets/words-<lang>.js`: the language's vocabulary, loaded by the search box when a word is not on any page. */
export const getStaticPaths: GetStaticPaths = () => LANGUAGES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) =>
  new Response(`export default ${JSON.stringify(searchVocabulary(params.lang as Lang))};\n`, { headers: { 'content-type': 'text/javascript' } });
