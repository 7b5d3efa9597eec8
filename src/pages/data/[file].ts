import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../data/handbook.ts';
import { registerDownloadPath } from '../../lib/routes.ts';
import { registerCsv, registerJson } from '../../lib/register-export.ts';

/** The register's open data, written at build time: /data/komitmen-ogp.csv and .json (see lib/register-export). */
export const getStaticPaths: GetStaticPaths = () =>
  (['csv', 'json'] as const).map((format) => ({ params: { file: registerDownloadPath(format).split('/').pop()! }, props: { format } }));

export const GET: APIRoute = async ({ props }) => {
  const { register } = await loadHandbook();
  return props.format === 'csv'
    ? new Response(registerCsv(register), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
    : new Response(registerJson(register), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
