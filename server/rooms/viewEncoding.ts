import { SchemaSerializer, type Room } from '@colyseus/core';
import { $changes, type Schema, type StateView } from '@colyseus/schema';

/** The slice of schema 3.0.76's encoder internals this file leans on: the queue of changed filtered structures. */
interface ChangeTreeLike {
  filteredChanges?: { operations: number[] };
}
interface ChangeNode {
  changeTree: ChangeTreeLike;
  next?: ChangeNode;
}
interface ChangeList {
  next?: ChangeNode;
  tail?: ChangeNode;
}
interface Iterator {
  offset: number;
}
interface EncoderInternals {
  root: { filteredChanges: ChangeList };
  sharedBuffer: Buffer;
  encode: (
    it: Iterator,
    view: StateView,
    bytes: Buffer,
    changeSet: 'filteredChanges',
    all: false,
    start: number,
  ) => Buffer;
  encodeView: (view: StateView, sharedOffset: number, it: Iterator, bytes?: Buffer) => Buffer;
}
const NOTHING_FILTERED: ChangeList = {};

/**
 * Makes a room encode each client's part of a patch from the changed structures that client can
 * see (`visibleTo`), instead of every changed structure of the room checked against its view, and
 * encodes each changed structure once per patch for all the views that hold it. Schema 3.0.76
 * does the former per view, so a patch costs clients × movers view lookups plus clients × visible
 * movers encodes: at 500 people that was most of a tick. Here a client's part is its own adds and
 * removes (encoded by the library as before) followed by copies of the bytes of the changed
 * structures it sees. The bytes are the same; only the order of the structures within a client's
 * part may differ, which the decoder does not mind (tests/unit/viewEncoding.test.ts
 * decodes both and compares).
 *
 * Sharing a structure's bytes between views is exact only because every filtered field here
 * carries the default view tag (`view: true`) and is a primitive: whether such a field is sent
 * depends only on whether the view holds its structure, and its bytes on nothing else. A custom
 * tag or a filtered child structure would break that. `visibleTo` must return every filtered
 * structure the view holds (here: the players in it), and nothing the view does not hold: a
 * structure encoded once for one view is copied to the others without asking each view again
 * (two lookups per person in view per client per patch, a tenth of a crowd's tick). Call this after the room's state is set:
 * setting the state makes a new serializer.
 */
export function encodeViewsNarrowly(room: Room, visibleTo: (view: StateView) => Iterable<Schema> | undefined): void {
  const serializer = (room as unknown as { _serializer: unknown })._serializer;
  if (!(serializer instanceof SchemaSerializer)) throw new Error('the room has no schema serializer yet');
  const encoder = (serializer as unknown as { encoder: EncoderInternals }).encoder;
  const encodeView = encoder.encodeView.bind(encoder);
  /**
   * Where in the shared buffer each changed structure's bytes lie, in the patch being encoded:
   * the serializer encodes all the views of one patch with one iterator, `patch`.
   */
  const encoded = new Map<ChangeTreeLike, { start: number; end: number }>();
  let patch: Iterator | undefined;
  /** Byte ranges of the shared buffer that make up the current client's part; reused between clients. */
  const parts: number[] = [];

  encoder.encodeView = (view, sharedOffset, it, bytes = encoder.sharedBuffer) => {
    const visible = visibleTo(view);
    if (!visible) return encodeView(view, sharedOffset, it, bytes);
    const everything = encoder.root.filteredChanges;
    if (it !== patch) {
      patch = it;
      encoded.clear();
    }
    parts.length = 0;
    parts.push(0, sharedOffset);
    if (view.changes.size > 0) {
      // The view's own adds and removes, by the library, with no filtered changes to walk.
      const start = it.offset;
      encoder.root.filteredChanges = NOTHING_FILTERED;
      try {
        encodeView(view, sharedOffset, it, bytes);
      } finally {
        encoder.root.filteredChanges = everything;
      }
      parts.push(start, it.offset);
    }
    for (const ref of visible) {
      const changeTree = (ref as unknown as Record<symbol, ChangeTreeLike>)[$changes];
      if (!changeTree?.filteredChanges?.operations.length) continue;
      let range = encoded.get(changeTree);
      if (!range) {
        const start = it.offset;
        encoder.root.filteredChanges = { next: { changeTree } };
        try {
          encoder.encode(it, view, bytes, 'filteredChanges', false, start);
        } finally {
          encoder.root.filteredChanges = everything;
        }
        range = { start, end: it.offset };
        // A structure the view does not hold encodes to nothing and is not shared.
        if (range.end > range.start) encoded.set(changeTree, range);
      }
      parts.push(range.start, range.end);
    }
    let length = 0;
    for (let i = 0; i < parts.length; i += 2) length += parts[i + 1]! - parts[i]!;
    // A copy: the socket may still hold it when the next patch reuses the shared buffer.
    const out = Buffer.allocUnsafe(length);
    let at = 0;
    for (let i = 0; i < parts.length; i += 2) at += bytes.copy(out, at, parts[i], parts[i + 1]);
    return out;
  };
}

/**
 * The memory the room's serializer encodes every patch into (and overwrites at the next), for a
 * caller that holds on to what a patch sent; undefined before the room has its state.
 */
export function sharedPatchMemory(room: Room): ArrayBufferLike | undefined {
  const serializer = (room as unknown as { _serializer: unknown })._serializer;
  if (!(serializer instanceof SchemaSerializer)) return undefined;
  return (serializer as unknown as { encoder: EncoderInternals }).encoder.sharedBuffer.buffer;
}
