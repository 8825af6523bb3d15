// Turns a file's bytes into text: UTF-8, UTF-16 with a byte-order mark, or Windows-1256 (the older
// Arabic code page), and refuses binary data and broken UTF-8 with an Error whose `code` says which.
// Pure, so that Node tests can call it too.

const SNIFF_BYTES = 8192;

function failure(code, message) {
  return Object.assign(new Error(message), { code });
}

/** NUL bytes, or many control characters, do not occur in text files. */
function looksBinary(bytes) {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1b) controls += 1;
  }
  return controls > sample.length / 20;
}

/**
 * Counts well-formed UTF-8 multi-byte sequences against stray high bytes. Damaged UTF-8 still has far more
 * of the former; Windows-1256 Arabic hardly ever forms one, since its letters are not continuation bytes.
 */
function utf8Evidence(bytes) {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; i += 1) {
    const byte = bytes[i];
    if (byte < 0x80) continue;
    const length = byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid += 1;
      i += length - 1;
    } else {
      invalid += 1;
    }
  }
  return { valid, invalid };
}

const ARABIC_LETTER = /[\u0621-\u064a\u0660-\u0669\u067e\u0686\u0698\u06a9\u06af]/gu;
const ANY_LETTER = /\p{L}/gu;

/** Decodes `bytes` (Uint8Array or ArrayBuffer); throws E_BINARY or E_ENCODING. */
export function decodeText(input) {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const decode = (label) => new TextDecoder(label, { fatal: true }).decode(bytes);
  const [b0, b1, b2] = bytes;
  try {
    if (b0 === 0xff && b1 === 0xfe) return decode('utf-16le');
    if (b0 === 0xfe && b1 === 0xff) return decode('utf-16be');
    if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode('utf-8');
  } catch {
    throw failure('E_ENCODING', 'the text does not match its byte-order mark');
  }
  if (looksBinary(bytes)) throw failure('E_BINARY', 'binary data, not text');
  try {
    return decode('utf-8');
  } catch {
    const { valid, invalid } = utf8Evidence(bytes);
    if (valid >= invalid) throw failure('E_ENCODING', `invalid UTF-8 (${invalid} malformed bytes)`);
  }
  const text = new TextDecoder('windows-1256').decode(bytes);
  const letters = text.match(ANY_LETTER)?.length ?? 0;
  const arabic = text.match(ARABIC_LETTER)?.length ?? 0;
  if (letters > 0 && arabic / letters >= 0.5) return text;
  throw failure('E_ENCODING', 'neither UTF-8 nor Arabic Windows-1256 text');
}
