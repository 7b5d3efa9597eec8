import { describe, expect, it } from 'vitest';
import { AUTHOR_COMPONENTS } from '../../src/mdx/index.ts';
import { PRINT_FORMS, assertPrintForms, missingPrintForms } from '../../src/publications/print-forms.ts';

describe('print forms of the author components', () => {
  it('has a Typst and a Word form for every component authors may use', () => {
    expect(Object.keys(PRINT_FORMS).sort()).toEqual([...AUTHOR_COMPONENTS].sort());
    expect(missingPrintForms()).toEqual([]);
    expect(() => assertPrintForms()).not.toThrow();
  });

  it('stops the build, naming the component, when a new one has no print form', () => {
    const list = [...AUTHOR_COMPONENTS, 'Timeline'];
    expect(missingPrintForms(list)).toEqual([expect.stringContaining('<Timeline> has no print form')]);
    expect(() => assertPrintForms(list)).toThrow(/<Timeline> has no print form.*src\/mdx\//);
  });

  it('counts a form with only one of its two outputs as missing', () => {
    expect(missingPrintForms(['Callout'], { Callout: { typst: () => '', word: () => [] } })).toHaveLength(1);
  });
});
