import { describe, it, expect } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { checkUpload, detectContentType, UPLOAD_LIMITS, type CheckedUpload } from '../../server/uploads/fileKinds.ts';
import { sanitizeSvg } from '../../server/uploads/sanitizeSvg.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);
const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const u32be = (n: number): number[] => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const u32le = (n: number): number[] => u32be(n).reverse();

function crc32(bytes: readonly number[]): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: number[]): number[] {
  const body = [...ascii(type), ...data];
  return [...u32be(data.length), ...body, ...u32be(crc32(body))];
}

/** A 1×1 PNG: signature, IHDR (8-bit RGBA) and IEND; the IDAT is not needed to recognise the type. */
const PNG_BYTES = new Uint8Array([
  0x89,
  0x50,
  0x4e,
  0x47,
  0x0d,
  0x0a,
  0x1a,
  0x0a,
  ...pngChunk('IHDR', [...u32be(1), ...u32be(1), 8, 6, 0, 0, 0]),
  ...pngChunk('IEND', []),
]);

/** SOI, a JFIF APP0 segment, EOI. */
const JPEG_BYTES = new Uint8Array([
  0xff,
  0xd8,
  0xff,
  0xe0,
  0x00,
  0x10,
  ...ascii('JFIF\0'),
  0x01,
  0x01,
  0x00,
  0x00,
  0x01,
  0x00,
  0x01,
  0x00,
  0x00,
  0xff,
  0xd9,
]);

/** RIFF container holding a lossless VP8L chunk (1×1). */
const WEBP_BYTES = (() => {
  const vp8l = [0x2f, 0x00, 0x00, 0x00, 0x00];
  const chunk = [...ascii('VP8L'), ...u32le(vp8l.length), ...vp8l, 0x00];
  const body = [...ascii('WEBP'), ...chunk];
  return new Uint8Array([...ascii('RIFF'), ...u32le(body.length), ...body]);
})();

const PDF_TEXT = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');
const PDF_BYTES = encode(PDF_TEXT);

const MINIMAL_SVG = `<svg xmlns="${SVG_NS}" viewBox="0 0 10 10"><rect width="10" height="10" fill="#0a0"/></svg>`;

const HTML_PAGE = '<!DOCTYPE html>\n<html><head><title>x</title></head><body><svg></svg></body></html>';

function failure(result: CheckedUpload): { status: number; message: string } {
  if (result.ok) throw new Error(`expected a refusal, got ${result.contentType}`);
  return { status: result.status, message: result.message };
}

function success(result: CheckedUpload): { contentType: string; bytes: Uint8Array } {
  if (!result.ok) throw new Error(`expected success, got ${result.status} ${result.message}`);
  return { contentType: result.contentType, bytes: result.bytes };
}

/** Parses sanitiser output again, strictly, and returns its root element. */
function reparse(svg: string) {
  const doc = new DOMParser({
    onError: (_level, message) => {
      throw new Error(message);
    },
  }).parseFromString(svg, 'application/xml');
  const root = doc.documentElement;
  if (!root) throw new Error('no root element');
  return root;
}

describe('UPLOAD_LIMITS', () => {
  it('allows 1 MiB images for logos and 10 MiB PDFs for brochures', () => {
    expect(UPLOAD_LIMITS.logo).toEqual({
      maxBytes: 1048576,
      types: ['image/png', 'image/jpeg', 'image/webp', 'image/svg+xml'],
    });
    expect(UPLOAD_LIMITS.brochure).toEqual({ maxBytes: 10485760, types: ['application/pdf'] });
  });
});

describe('detectContentType', () => {
  it('recognises each accepted type from its bytes', () => {
    expect(detectContentType(PNG_BYTES)).toBe('image/png');
    expect(detectContentType(JPEG_BYTES)).toBe('image/jpeg');
    expect(detectContentType(WEBP_BYTES)).toBe('image/webp');
    expect(detectContentType(PDF_BYTES)).toBe('application/pdf');
    expect(detectContentType(encode(MINIMAL_SVG))).toBe('image/svg+xml');
  });

  it('recognises an SVG behind a BOM, whitespace, XML declaration, comment and doctype', () => {
    const svg =
      '\uFEFF \n<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      MINIMAL_SVG;
    expect(detectContentType(encode(svg))).toBe('image/svg+xml');
  });

  it('does not take near misses for the real thing', () => {
    expect(detectContentType(PNG_BYTES.slice(0, 7))).toBeNull();
    expect(detectContentType(new Uint8Array([0xff, 0xd8]))).toBeNull();
    expect(detectContentType(encode('RIFF\0\0\0\0WAVEfmt '))).toBeNull();
    expect(detectContentType(encode('%PD'))).toBeNull();
    expect(detectContentType(new Uint8Array(0))).toBeNull();
  });

  it('refuses text that is not an SVG document', () => {
    expect(detectContentType(encode(HTML_PAGE))).toBeNull();
    expect(detectContentType(encode('just some plain text\n'))).toBeNull();
    // An <svg> root without the SVG namespace is plain XML, not SVG.
    expect(detectContentType(encode('<svg viewBox="0 0 1 1"><rect/></svg>'))).toBeNull();
    // Not well-formed.
    expect(detectContentType(encode(`<svg xmlns="${SVG_NS}"><rect></svg>`))).toBeNull();
    // Not UTF-8 (a Latin-1 é).
    expect(
      detectContentType(
        new Uint8Array([...encode(`<svg xmlns="${SVG_NS}"><title>`), 0xe9, ...encode('</title></svg>')]),
      ),
    ).toBeNull();
  });
});

describe('checkUpload', () => {
  it('accepts each logo type and returns raster bytes unchanged', () => {
    for (const [bytes, type] of [
      [PNG_BYTES, 'image/png'],
      [JPEG_BYTES, 'image/jpeg'],
      [WEBP_BYTES, 'image/webp'],
    ] as const) {
      const result = success(checkUpload('logo', bytes));
      expect(result.contentType).toBe(type);
      expect(result.bytes).toBe(bytes);
    }
  });

  it('accepts a complete PDF brochure unchanged', () => {
    const result = success(checkUpload('brochure', PDF_BYTES));
    expect(result.contentType).toBe('application/pdf');
    expect(result.bytes).toBe(PDF_BYTES);
  });

  it('refuses a PNG offered as a brochure, whatever it claims to be', () => {
    expect(failure(checkUpload('brochure', PNG_BYTES))).toEqual({
      status: 415,
      message: 'a brochure must be a PDF document',
    });
  });

  it('refuses a PDF offered as a logo', () => {
    expect(failure(checkUpload('logo', PDF_BYTES))).toEqual({
      status: 415,
      message: 'a logo must be a PNG, JPEG, WebP or SVG image',
    });
  });

  it('refuses an HTML page or plain text as a logo', () => {
    const expected = { status: 415, message: 'a logo must be a PNG, JPEG, WebP or SVG image' };
    expect(failure(checkUpload('logo', encode(HTML_PAGE)))).toEqual(expected);
    expect(failure(checkUpload('logo', encode('hello, this is a logo')))).toEqual(expected);
  });

  it('refuses empty files', () => {
    expect(failure(checkUpload('logo', new Uint8Array(0)))).toEqual({ status: 400, message: 'the logo file is empty' });
    expect(failure(checkUpload('brochure', new Uint8Array(0))).status).toBe(400);
  });

  it('refuses files over the limit, naming the limit in MB, and accepts one exactly at it', () => {
    const atLimit = new Uint8Array(UPLOAD_LIMITS.logo.maxBytes);
    atLimit.set(PNG_BYTES);
    expect(success(checkUpload('logo', atLimit)).contentType).toBe('image/png');

    const overLogo = new Uint8Array(UPLOAD_LIMITS.logo.maxBytes + 1);
    overLogo.set(PNG_BYTES);
    const logo = failure(checkUpload('logo', overLogo));
    expect(logo.status).toBe(413);
    expect(logo.message).toMatch(/^a logo must be at most 1 MB\b/);

    const overBrochure = new Uint8Array(UPLOAD_LIMITS.brochure.maxBytes + 1);
    overBrochure.set(PDF_BYTES);
    const brochure = failure(checkUpload('brochure', overBrochure));
    expect(brochure.status).toBe(413);
    expect(brochure.message).toMatch(/^a brochure must be at most 10 MB\b/);
  });

  it('refuses a truncated PDF', () => {
    const truncated = PDF_BYTES.slice(0, PDF_TEXT.indexOf('trailer'));
    expect(detectContentType(truncated)).toBe('application/pdf');
    const result = failure(checkUpload('brochure', truncated));
    expect(result.status).toBe(400);
    expect(result.message).toMatch(/truncated/);
  });

  it('refuses a PDF whose only %%EOF is far from the end', () => {
    const padded = new Uint8Array(PDF_BYTES.length + 4096);
    padded.set(PDF_BYTES);
    padded.fill(0x20, PDF_BYTES.length);
    expect(failure(checkUpload('brochure', padded)).status).toBe(400);
  });

  it('returns a sanitised SVG logo', () => {
    const input = `<svg xmlns="${SVG_NS}" viewBox="0 0 4 4" onload="alert(1)"><script>alert(2)</script><circle r="2"/></svg>`;
    const result = success(checkUpload('logo', encode(input)));
    expect(result.contentType).toBe('image/svg+xml');
    expect(decode(result.bytes)).toBe(`<svg viewBox="0 0 4 4" xmlns="${SVG_NS}"><circle r="2"/></svg>`);
  });

  it('refuses an SVG that declares entities with 400', () => {
    const svg = `<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="${SVG_NS}"><text>&a;</text></svg>`;
    const result = failure(checkUpload('logo', encode(svg)));
    expect(result.status).toBe(400);
    expect(result.message).toMatch(/entities/);
  });
});

describe('sanitizeSvg', () => {
  const HOSTILE = `<?xml version="1.0" encoding="UTF-8"?>
<!-- comment that must go -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="${SVG_NS}" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 100" width="100" height="100" onload="alert('load')" style="background:url(http://evil.example/bg.png)">
  <?xml-stylesheet href="http://evil.example/s.css"?>
  <script>alert('script')</script>
  <style>rect { fill: url(http://evil.example/style.png) }</style>
  <defs>
    <linearGradient id="grad" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#ff0000"/>
      <stop offset="1" stop-color="#0000ff" stop-opacity="0.5"/>
    </linearGradient>
  </defs>
  <g id="shapes" transform="translate(1 1)" onclick="steal()">
    <rect id="box" x="0" y="0" width="50" height="50" fill="url(#grad)" stroke="url(http://evil.example/paint.svg#p)" style="fill:red"/>
    <path d="M0 0L10 10Z" fill="none" stroke="#000" stroke-width="2"/>
  </g>
  <use xlink:href="#box" x="50"/>
  <use href="http://evil.example/sprite.svg#icon"/>
  <use xlink:href="javascript:alert('href')"/>
  <foreignObject width="10" height="10"><div xmlns="http://www.w3.org/1999/xhtml">foreign</div></foreignObject>
  <image href="http://evil.example/tracker.png" width="1" height="1"/>
  <iframe src="http://evil.example/"/>
  <animate attributeName="href" to="javascript:alert('animate')"/>
  <set attributeName="onload" to="alert('set')"/>
  <text x="5" y="90" font-family="Noto Sans">Expo &amp; Co</text>
</svg>`;

  const EXPECTED =
    `<svg viewBox="0 0 100 100" width="100" height="100" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns="${SVG_NS}">` +
    '<defs><linearGradient id="grad" x1="0" y1="0" x2="1" y2="1">' +
    '<stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#0000ff" stop-opacity="0.5"/>' +
    '</linearGradient></defs>' +
    '<g id="shapes" transform="translate(1 1)">' +
    '<rect id="box" x="0" y="0" width="50" height="50" fill="url(#grad)"/>' +
    '<path d="M0 0L10 10Z" fill="none" stroke="#000" stroke-width="2"/>' +
    '</g>' +
    '<use xlink:href="#box" x="50"/><use/><use/>' +
    '<text x="5" y="90" font-family="Noto Sans">Expo &amp; Co</text>' +
    '</svg>';

  it('keeps shapes, gradients and local references and drops everything else', () => {
    expect(sanitizeSvg(HOSTILE)).toBe(EXPECTED);
  });

  it('removes each dangerous construct', () => {
    const out = sanitizeSvg(HOSTILE);
    for (const banned of [
      '<script',
      'onload',
      'onclick',
      'javascript:',
      'http://evil.example',
      'foreignObject',
      '<image',
      '<iframe',
      '<style',
      'style=',
      '<animate',
      '<set',
      '<!--',
      '<?',
      'DOCTYPE',
    ]) {
      expect(out).not.toContain(banned);
    }
    expect(out).toContain('fill="url(#grad)"');
    expect(out).toContain('<linearGradient id="grad"');
    expect(out).toContain('xlink:href="#box"');
  });

  it('produces output that parses again as SVG and is stable', () => {
    const out = sanitizeSvg(HOSTILE);
    const root = reparse(out);
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(SVG_NS);
    expect(detectContentType(encode(out))).toBe('image/svg+xml');
    expect(sanitizeSvg(out)).toBe(out);
  });

  it('keeps only href values that are local fragments', () => {
    const out = sanitizeSvg(
      `<svg xmlns="${SVG_NS}"><use href="#a"/><use href=" #b "/><use href="data:image/svg+xml,x"/><use href="other.svg#a"/></svg>`,
    );
    expect(out).toBe(`<svg xmlns="${SVG_NS}"><use href="#a"/><use href="#b"/><use/><use/></svg>`);
  });

  it('keeps url() values only when they are exactly url(#id)', () => {
    const out = sanitizeSvg(
      `<svg xmlns="${SVG_NS}">` +
        '<rect fill="url(#ok)" stroke="URL(http://x/y)" mask="url(#m) " clip-path="url(#c) url(http://x)"/>' +
        '<rect fill="u\\72l(http://x/y)" stroke="url(\'http://x\')"/>' +
        '</svg>',
    );
    expect(out).toBe(`<svg xmlns="${SVG_NS}"><rect fill="url(#ok)" mask="url(#m)"/><rect/></svg>`);
  });

  it('drops elements from other namespaces and unknown attributes, and keeps prefixed SVG elements', () => {
    const out = sanitizeSvg(
      `<svg xmlns="${SVG_NS}" xmlns:s="${SVG_NS}" xmlns:ink="http://www.inkscape.org/namespaces/inkscape">` +
        '<ink:layer><rect/></ink:layer><s:circle r="1" ink:label="c" data-x="1" filter="url(#f)"/></svg>',
    );
    expect(out).toBe(`<svg xmlns="${SVG_NS}"><circle r="1"/></svg>`);
  });

  it('drops comments, processing instructions and CDATA markers', () => {
    const out = sanitizeSvg(`<svg xmlns="${SVG_NS}"><!-- hi --><?pi data?><text><![CDATA[a < b]]></text></svg>`);
    expect(out).toBe(`<svg xmlns="${SVG_NS}"><text>a &lt; b</text></svg>`);
  });

  it('refuses a doctype that declares entities (billion laughs)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE svg [' +
      '<!ENTITY lol "lol">' +
      '<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
      '<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">' +
      `]><svg xmlns="${SVG_NS}"><text>&lol2;</text></svg>`;
    expect(() => sanitizeSvg(laughs)).toThrow(/must not declare entities/);
    expect(() =>
      sanitizeSvg(`<!doctype svg [<!entity x SYSTEM "file:///etc/passwd">]><svg xmlns="${SVG_NS}"/>`),
    ).toThrow(/must not declare entities/);
  });

  it('throws a clear error for input that is not a well-formed SVG', () => {
    expect(() => sanitizeSvg(`<svg xmlns="${SVG_NS}"><rect></svg>`)).toThrow(/not well-formed/);
    expect(() => sanitizeSvg('plain text')).toThrow(/not well-formed/);
    expect(() => sanitizeSvg('<svg><rect/></svg>')).toThrow(/root element must be <svg xmlns=/);
    expect(() => sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"/>')).toThrow(/root element/);
  });

  it('refuses absurdly deep nesting instead of overflowing the stack', () => {
    const deep = `<svg xmlns="${SVG_NS}">${'<g>'.repeat(5000)}${'</g>'.repeat(5000)}</svg>`;
    expect(() => sanitizeSvg(deep)).toThrow(/levels deep/);
  });
});
