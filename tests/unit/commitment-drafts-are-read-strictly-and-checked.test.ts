import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDraft, sentences } from '../../src/client/tools/checks.ts';
import { draftFile, emptyDraft, LIMITS, readDraftFile, type StoredDraft } from '../../src/client/tools/draft.ts';
import { readinessGroups } from '../../src/lib/tools/readiness-items.ts';
import { ROOT } from '../support/build.ts';

const stored = (data = emptyDraft()): StoredDraft => ({ id: 'd1', name: 'Draf 1', updated: '2026-12-01T00:00:00.000Z', data });
const codes = (d: ReturnType<typeof emptyDraft>) => checkDraft(d).map((i) => `${i.check}:${i.code}:${i.field}`);

describe('a draft file', () => {
  it('reads back exactly what was exported', () => {
    const d = emptyDraft();
    d.title = 'Judul';
    d.values = ['transparency'];
    d.milestones[0] = { text: 'A', deliverable: 'B', start: '2027-01-01', end: '2027-02-01' };
    const text = draftFile(stored(d));
    expect(readDraftFile(text, text.length)).toEqual({ ok: true, name: 'Draf 1', data: d });
  });

  it('refuses what is not a draft, is malformed, too large or has a field of the wrong kind', () => {
    expect(readDraftFile('{', 1)).toEqual({ ok: false, problem: 'notJson' });
    expect(readDraftFile('{"a":1}', 7)).toEqual({ ok: false, problem: 'notDraft' });
    expect(readDraftFile('{}', LIMITS.fileBytes + 1)).toEqual({ ok: false, problem: 'tooLarge' });
    const file = (data: unknown) => JSON.stringify({ format: 'pedoman-ogp/commitment-draft', version: 1, name: 'x', data });
    expect(readDraftFile(file({ title: 5 }), 50)).toEqual({ ok: false, problem: 'badField', field: 'title' });
    expect(readDraftFile(file({ values: ['freedom'] }), 50)).toEqual({ ok: false, problem: 'badField', field: 'values' });
    expect(readDraftFile(file({ milestones: [{ end: 'tomorrow' }] }), 50)).toEqual({ ok: false, problem: 'badField', field: 'milestones' });
    expect(readDraftFile(file({ milestones: Array.from({ length: LIMITS.milestones + 1 }, () => ({})) }), 50)).toMatchObject({ ok: false, field: 'milestones' });
  });
});

describe('the checks', () => {
  it('flag a milestone with no end date or deliverable, and clear when both are there', () => {
    const d = emptyDraft();
    d.milestones[1].text = 'Laporan terbit';
    expect(codes(d)).toEqual(expect.arrayContaining(['verifiability:noDeliverable:m2-deliverable', 'verifiability:noEnd:m2-end']));
    d.milestones[1] = { text: 'Laporan terbit', deliverable: 'Tautan laporan', start: '2027-03-01', end: '2027-02-01' };
    expect(codes(d).filter((c) => c.startsWith('verifiability'))).toEqual(['verifiability:endBeforeStart:m2-end']);
    d.milestones[1].end = '2027-04-01';
    expect(codes(d).filter((c) => c.startsWith('verifiability'))).toEqual([]);
  });

  it('ask for a core value (an additional value alone is not enough) and a sentence on how', () => {
    const d = emptyDraft();
    d.values = ['technology'];
    expect(codes(d)).toEqual(expect.arrayContaining(['relevance:noCoreValue:f-values', 'relevance:noHow:f-relevance']));
    d.values = ['technology', 'participation'];
    d.relevance = 'Warga ikut menyusun standar.';
    expect(codes(d).filter((c) => c.startsWith('relevance'))).toEqual([]);
  });

  it('count words per sentence and flag those over 25', () => {
    expect(sentences('Satu dua. Tiga!\nEmpat')).toEqual(['Satu dua.', 'Tiga!', 'Empat']);
    const d = emptyDraft();
    d.problem = `${Array(26).fill('kata').join(' ')}. Pendek.`;
    expect(checkDraft(d).filter((i) => i.check === 'plain')).toEqual([{ check: 'plain', code: 'longSentence', field: 'f-problem', n: 26, excerpt: 'kata kata kata kata kata kata …' }]);
  });
});

describe('the readiness questions', () => {
  it('come from the chapter’s checklists, criteria marked, with the pages that help', () => {
    const body = readFileSync(join(ROOT, 'content/chapters/id/cek-kesiapan.mdx'), 'utf8');
    const groups = readinessGroups(body, 'cek-kesiapan.mdx');
    expect(groups.map((g) => g.anchor)).toEqual(['cek-komitmen', 'cek-mitra', 'cek-rekam-jejak', 'cek-sumber-daya', 'cek-partisipasi']);
    expect(groups[0].items[0]).toMatchObject({ id: 'periksa-komitmen-1', required: true, label: '(syarat)' });
    expect(groups[0].items[2].text).not.toMatch(/[<>*]/);
    expect(groups[2].help.map((h) => h.key)).toEqual(['lanskap', 'kanal-warga']);
  });

  it('fail with the file and what to write when a group has no row in the table of pages that help', () => {
    const body = '### Tim {#tim}\n\n<Checklist id="tim">\n\n- [ ] Ada staf.\n\n</Checklist>\n';
    expect(() => readinessGroups(body, 'x.mdx')).toThrow(/x\.mdx: .*no row for "Tim".*\| Tim \| \[page title\]\(page:key\) \|/);
    expect(() => readinessGroups('Tidak ada daftar.', 'x.mdx')).toThrow(/x\.mdx: .*found no <Checklist>/);
  });
});
