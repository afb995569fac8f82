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
interface EncoderInternals {
  root: { filteredChanges: { next?: ChangeNode; tail?: ChangeNode } };
  encodeView: (view: StateView, sharedOffset: number, it: unknown, bytes?: Buffer) => Buffer;
}

/**
 * Makes a room encode each client's part of a patch from the changed structures that client can
 * see (`visibleTo`), instead of every changed structure of the room checked against its view.
 * Schema 3.0.76 does the latter, so a patch costs clients × movers view lookups: at 500 people
 * that is much of a tick; this way it costs clients × the few each one sees. The bytes are the
 * same (the encoder skips structures a view does not hold either way), only the order of the
 * structures within a client's part may differ, which the decoder does not mind. `visibleTo` must
 * return every filtered structure the view holds (here: the players in it). Call it after the
 * room's state is set: setting the state makes a new serializer.
 */
export function encodeViewsNarrowly(room: Room, visibleTo: (view: StateView) => Iterable<Schema> | undefined): void {
  const serializer = (room as unknown as { _serializer: unknown })._serializer;
  if (!(serializer instanceof SchemaSerializer)) throw new Error('the room has no schema serializer yet');
  const encoder = (serializer as unknown as { encoder: EncoderInternals }).encoder;
  const encodeView = encoder.encodeView.bind(encoder);
  encoder.encodeView = (view, sharedOffset, it, bytes) => {
    const visible = visibleTo(view);
    if (!visible) return encodeView(view, sharedOffset, it, bytes);
    const everything = encoder.root.filteredChanges;
    const narrowed: { next?: ChangeNode; tail?: ChangeNode } = {};
    for (const ref of visible) {
      const changeTree = (ref as unknown as Record<symbol, ChangeTreeLike>)[$changes];
      if (!changeTree?.filteredChanges?.operations.length) continue;
      const node: ChangeNode = { changeTree };
      if (narrowed.tail) narrowed.tail.next = node;
      else narrowed.next = node;
      narrowed.tail = node;
    }
    encoder.root.filteredChanges = narrowed;
    try {
      return encodeView(view, sharedOffset, it, bytes);
    } finally {
      encoder.root.filteredChanges = everything;
    }
  };
}
