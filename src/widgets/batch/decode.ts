/**
 * 文件编码: CSV from Chinese offices is UTF-8 (with or without a BOM) or GB18030/GBK, which Excel and WPS in Chinese
 * write, usually without a BOM; Papa Parse does not guess encodings. Strict UTF-8 first: GBK text of Chinese almost
 * never decodes as valid UTF-8, so a failure means GB18030 (a superset of GBK).
 */
export type TextEncodingName = 'utf-8' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  try {
    // the BOM, if any, is dropped by TextDecoder (ignoreBOM is false)
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
