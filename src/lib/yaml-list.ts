/**
 * The one reader of YAML list files (the glossary, for the build and the check; the terms file): the values
 * with the line of each entry and of each of its fields, so a problem points at the line to fix.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';

/** One entry of a YAML list, with its lines. */
export interface YamlEntry {
  value: unknown;
  line?: number;
  /** The line of a field of the entry (the entry's own line when the field is absent). */
  fieldLine(field: string): number | undefined;
}

/** A YAML list file as read: its syntax errors (with lines), whether it is a list, and its entries. */
export interface YamlList {
  errors: Array<{ line?: number; message: string }>;
  /** False when the file holds something other than a list. */
  isList: boolean;
  /** The line of the file's content, for a file that is not a list. */
  line?: number;
  entries: YamlEntry[];
}

/** Read a YAML file that should hold a list. */
export function readYamlList(path: string): YamlList {
  const lines = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lines, prettyErrors: false });
  const lineOf = (offset?: number) => (offset === undefined ? undefined : lines.linePos(offset).line);
  const errors = doc.errors.map((e) => ({ line: lineOf(e.pos[0]), message: e.message.split('\n')[0] }));
  const contents = doc.contents as YamlNode | null;
  if (errors.length || (contents && !isSeq(contents))) return { errors, isList: !contents || isSeq(contents), line: lineOf(contents?.range?.[0]), entries: [] };
  const items = (contents && isSeq(contents) ? contents.items : []) as YamlNode[];
  return {
    errors,
    isList: true,
    entries: items.map((item) => ({
      value: item?.toJSON?.() ?? item,
      line: lineOf(item?.range?.[0]),
      fieldLine(field: string) {
        const pair = isMap(item) ? item.items.find((p) => (p.key as { value?: unknown })?.value === field) : undefined;
        return lineOf(((pair?.value ?? pair?.key ?? item) as YamlNode | undefined)?.range?.[0]);
      },
    })),
  };
}
