// Turns dropped or chosen files into text.

const TEXT_EXTENSIONS = /\.(txt|text|md)$/i;

/** Plain-text files by type or, when the browser gives no type, by name. */
export function isTextFile(file) {
  return file.type.startsWith('text/') || (file.type === '' && (TEXT_EXTENSIONS.test(file.name) || !file.name.includes('.')));
}

/** Decodes a file as UTF-8 or, when that fails, as Windows-1256, the other common encoding of Arabic text. */
export async function readText(file) {
  const bytes = await file.arrayBuffer();
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}
