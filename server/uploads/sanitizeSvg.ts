import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element, type Node } from '@xmldom/xmldom';

/**
 * Allow-list SVG sanitiser for uploaded booth logos.
 *
 * The input is parsed strictly (any parser warning or error fails) and a NEW document is built that contains only the
 * allowed SVG elements and attributes; nothing is copied by default. Comments, processing instructions, CDATA markers,
 * the doctype and unknown namespaces never reach the output.
 */

export const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Deeper nesting than this is refused (it also keeps the recursive rebuild and serialiser off the stack limit). */
const MAX_DEPTH = 128;

const ALLOWED_ELEMENTS: ReadonlySet<string> = new Set([
  'svg',
  'g',
  'defs',
  'title',
  'desc',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'mask',
  'pattern',
  'symbol',
  'use',
]);

/** Elements whose character data is kept; everywhere else text is only insignificant whitespace. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['text', 'tspan', 'title', 'desc']);

/** Attributes in no namespace that are copied (after the value checks below). */
const ALLOWED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'id',
  'class',
  'viewBox',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'd',
  'points',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-opacity',
  'stroke-dasharray',
  'opacity',
  'transform',
  'offset',
  'stop-color',
  'stop-opacity',
  'gradientUnits',
  'gradientTransform',
  'patternUnits',
  'clip-path',
  'clip-rule',
  'mask',
  'font-family',
  'font-size',
  'font-weight',
  'text-anchor',
  'dominant-baseline',
  'preserveAspectRatio',
  'version',
  'href',
]);

const LOCAL_FRAGMENT = /^#[A-Za-z_][\w.:-]*$/;
const LOCAL_URL_REFERENCE = /^url\(#[A-Za-z_][\w.:-]*\)$/;

/** True when the text has a DOCTYPE that declares entities (the "billion laughs" family, external entities). */
export function declaresEntities(text: string): boolean {
  const doctype = text.search(/<!DOCTYPE/i);
  return doctype !== -1 && /<!ENTITY/i.test(text.slice(doctype));
}

/**
 * Parses `text` strictly as XML and returns the document when its root element is `<svg>` in the SVG namespace.
 * Throws an `Error` saying what is wrong otherwise.
 */
export function parseSvgDocument(text: string): Document {
  // A BOM and leading whitespace are tolerated even before an XML declaration (strict XML only allows the BOM there);
  // the output is rebuilt from scratch, so nothing of them survives.
  const source = (text.startsWith('\uFEFF') ? text.slice(1) : text).trimStart();
  if (declaresEntities(source)) {
    throw new Error('SVG must not declare entities (<!ENTITY> in a DOCTYPE); export it again without a DOCTYPE');
  }
  // Every report, warnings included, stops parsing: a logo has no reason to be sloppy XML.
  let problem: string | undefined;
  const parser = new DOMParser({
    locator: false,
    onError: (_level, message) => {
      problem ??= message;
      throw new Error(message);
    },
  });
  let doc: Document;
  try {
    doc = parser.parseFromString(source, 'application/xml');
  } catch (error) {
    const reason = problem ?? (error instanceof Error ? error.message : String(error));
    throw new Error(`SVG is not well-formed XML: ${reason}`, { cause: error });
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
    throw new Error(`SVG root element must be <svg xmlns="${SVG_NS}">`);
  }
  return doc;
}

function safeAttributeValue(value: string): string | null {
  const trimmed = value.trim();
  if (/url\(/i.test(trimmed)) return LOCAL_URL_REFERENCE.test(trimmed) ? trimmed : null;
  // CSS escapes could spell url( or other functions in a way the check above misses.
  if (trimmed.includes('\\')) return null;
  return value;
}

function copyAttributes(source: Element, target: Element): boolean {
  let usesXlink = false;
  for (let i = 0; i < source.attributes.length; i++) {
    const attr = source.attributes.item(i);
    if (!attr) continue;
    const name = attr.localName ?? attr.name;
    if (attr.namespaceURI === XLINK_NS && name === 'href') {
      const href = attr.value.trim();
      if (LOCAL_FRAGMENT.test(href)) {
        target.setAttributeNS(XLINK_NS, 'xlink:href', href);
        usesXlink = true;
      }
      continue;
    }
    // Namespace declarations (xmlns, xmlns:xlink) are written afresh for the new document, not copied.
    if (attr.namespaceURI !== null || !ALLOWED_ATTRIBUTES.has(name)) continue;
    if (name === 'href') {
      const href = attr.value.trim();
      if (LOCAL_FRAGMENT.test(href)) target.setAttribute('href', href);
      continue;
    }
    const value = safeAttributeValue(attr.value);
    if (value !== null) target.setAttribute(name, value);
  }
  return usesXlink;
}

/** Rebuilds the SVG in `doc` from allowed elements and attributes only and returns it serialised. */
export function rebuildSafeSvg(doc: Document): string {
  const sourceRoot = doc.documentElement;
  if (!sourceRoot || sourceRoot.localName !== 'svg' || sourceRoot.namespaceURI !== SVG_NS) {
    throw new Error(`SVG root element must be <svg xmlns="${SVG_NS}">`);
  }
  const out = new DOMImplementation().createDocument(SVG_NS, 'svg', null);
  const outRoot = out.documentElement;
  if (!outRoot) throw new Error('could not create the SVG document');
  let usesXlink = false;

  const copyChildren = (source: Element, target: Element, depth: number): void => {
    if (depth > MAX_DEPTH) throw new Error(`SVG nests elements more than ${MAX_DEPTH} levels deep`);
    const keepText = TEXT_ELEMENTS.has(source.localName ?? '');
    for (let child: Node | null = source.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
        if (keepText && child.nodeValue) target.appendChild(out.createTextNode(child.nodeValue));
        continue;
      }
      // Comments, processing instructions and anything else that is not an element are dropped.
      if (child.nodeType !== child.ELEMENT_NODE) continue;
      const element = child as Element;
      const name = element.localName ?? '';
      // Not on the allow-list (script, style, image, foreignObject, animate, other namespaces…): dropped with content.
      if (element.namespaceURI !== SVG_NS || !ALLOWED_ELEMENTS.has(name)) continue;
      const copy = out.createElementNS(SVG_NS, name);
      if (copyAttributes(element, copy)) usesXlink = true;
      target.appendChild(copy);
      copyChildren(element, copy, depth + 1);
    }
  };

  if (copyAttributes(sourceRoot, outRoot)) usesXlink = true;
  copyChildren(sourceRoot, outRoot, 1);
  if (usesXlink) outRoot.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  return new XMLSerializer().serializeToString(outRoot, { requireWellFormed: true });
}

/**
 * Returns a safe copy of the SVG document in `text`: allowed elements and attributes only, local references only.
 * Throws an `Error` with a clear message when `text` is not a well-formed SVG document.
 */
export function sanitizeSvg(text: string): string {
  return rebuildSafeSvg(parseSvgDocument(text));
}
