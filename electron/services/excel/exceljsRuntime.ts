import { createRequire } from 'node:module';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/**
 * exceljs for the excel services, with one fix to its streaming reader.
 *
 * Why: exceljs 4.4.0's lib/utils/parse-sax.js turns each zip chunk into text with one shared, non-streaming
 * TextDecoder (`textDecoder.decode(chunk)`). When a chunk boundary falls inside a multi-byte UTF-8 character —
 * routine for Chinese text, three bytes a character, in a sheet or sharedStrings part of any size — both
 * halves decode as U+FFFD and a name like 杭州湾 comes back as 杭�湾. The fix is the same generator with a
 * StringDecoder per stream, which carries an incomplete character over to the next chunk.
 *
 * How: parse-sax.js is required (and bound) by workbook-reader, worksheet-reader, hyperlink-reader and
 * base-xform at their own load. We put the fixed module into Node's require cache under parse-sax's path and
 * load the stream reader graph afresh; if exceljs was already loaded elsewhere in the process (the audit
 * and checklist exports), those modules are put back afterwards so their identity does not change, and the
 * fixed reader graph lives on only through the reader returned here. Depends on the exact file layout of
 * exceljs 4.4.0 (checked below); tests/unit/excel/garbling.test.ts reads 20 000 rows of Chinese to prove it.
 */
const EXPECTED_EXCELJS = '4.4.0';

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };
interface SaxesParserLike {
  on(event: string, handler: (value: never) => void): void;
  write(text: string): void;
  close(): void;
}

function streamingParseSax(SaxesParser: new () => SaxesParserLike) {
  return async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
    const parser = new SaxesParser();
    const decoder = new StringDecoder('utf8');
    let error: Error | undefined;
    let events: SaxEvent[] = [];
    parser.on('error', (err: Error) => {
      error = err;
    });
    parser.on('opentag', (value: unknown) => events.push({ eventType: 'opentag', value }));
    parser.on('text', (value: unknown) => events.push({ eventType: 'text', value }));
    parser.on('closetag', (value: unknown) => events.push({ eventType: 'closetag', value }));
    for await (const chunk of iterable) {
      parser.write(typeof chunk === 'string' ? chunk : decoder.write(chunk));
      if (error) throw error;
      yield events;
      events = [];
    }
    const rest = decoder.end();
    if (rest) parser.write(rest);
    if (error) throw error;
    if (events.length) yield events;
  };
}

type WorkbookReaderClass = typeof ExcelJS.stream.xlsx.WorkbookReader;
let patchedReader: WorkbookReaderClass | undefined;

export function exceljsVersion(): string {
  const require = createRequire(__filename);
  return (require('exceljs/package.json') as { version: string }).version;
}

/** exceljs's streaming WorkbookReader, decoding UTF-8 across chunk boundaries. */
export function patchedWorkbookReader(): WorkbookReaderClass {
  if (patchedReader) return patchedReader;
  const require = createRequire(__filename);
  if (exceljsVersion() !== EXPECTED_EXCELJS) throw new Error(`exceljsRuntime patches exceljs ${EXPECTED_EXCELJS}; found ${exceljsVersion()} — recheck lib/utils/parse-sax.js`);
  const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
  const libDir = path.dirname(path.dirname(parseSaxPath)) + path.sep;
  const readerPath = path.join(libDir, 'stream', 'xlsx', 'workbook-reader.js');
  const exceljsRequire = createRequire(parseSaxPath);
  const { SaxesParser } = exceljsRequire('saxes') as { SaxesParser: new () => SaxesParserLike };
  const Module = require('node:module') as { new (id: string): NodeJS.Module & { loaded: boolean; filename: string } };

  const loadedBefore = Object.keys(require.cache).filter((key) => key.startsWith(libDir)).map((key) => [key, require.cache[key]!] as const);
  for (const [key] of loadedBefore) delete require.cache[key];
  const fixed = new Module(parseSaxPath);
  fixed.filename = parseSaxPath;
  fixed.exports = streamingParseSax(SaxesParser);
  fixed.loaded = true;
  require.cache[parseSaxPath] = fixed;
  patchedReader = require(readerPath) as WorkbookReaderClass;
  // Whoever loaded exceljs before keeps the very modules it has; nothing loaded yet keeps the fixed graph.
  for (const [key, module] of loadedBefore) require.cache[key] = module;
  return patchedReader;
}

export { ExcelJS };
