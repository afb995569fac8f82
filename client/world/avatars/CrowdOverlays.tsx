import { useFrame } from '@react-three/fiber';
import { Suspense, useRef, useState, type ReactNode } from 'react';
import type { Group } from 'three';
import { quality } from '../../state/quality.ts';
import { useReactions } from '../../state/reactions.ts';
import { useVoice } from '../../state/voice.ts';
import { useWorld } from '../../state/world.ts';
import { AvatarLabel } from './AvatarLabel.tsx';
import { crowd } from './crowd.ts';
import { ReactionBubble } from './ReactionBubble.tsx';
import { SpeakingIndicator } from './SpeakingIndicator.tsx';

/** How often the labelled people are chosen again: often enough to follow a walk, rarely enough to cost nothing. */
const RELABEL_SECONDS = 0.25;

/** The nearest people within the label distance, at most the preset's number of them. */
function nearestLabelled(): string[] {
  const { labelDistance, maxLabels } = quality();
  return crowd.members
    .filter((m) => m.distance < labelDistance)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, maxLabels)
    .map((m) => m.id)
    .sort();
}

/** Keeps its children above one person of the crowd, hidden while that person is not drawn. */
function Follow({ id, children }: { id: string; children: ReactNode }) {
  const group = useRef<Group>(null);
  useFrame(() => {
    const g = group.current;
    if (!g) return;
    const member = crowd.byId.get(id);
    g.visible = member !== undefined;
    if (member) g.position.set(member.x, 0, member.z);
  });
  return <group ref={group}>{children}</group>;
}

/**
 * What is drawn per person rather than per crowd, for the few who need it: names and flags of the
 * nearest few, the bars of those speaking and the reactions just sent. None of it grows with the crowd.
 */
export function CrowdOverlays() {
  const roster = useWorld((s) => s.roster);
  const speaking = useVoice((s) => s.speaking);
  const reacting = useReactions((s) => s.shown);
  const [labelled, setLabelled] = useState<string[]>([]);
  const sinceRelabel = useRef(RELABEL_SECONDS);

  useFrame((_, delta) => {
    sinceRelabel.current += delta;
    if (sinceRelabel.current < RELABEL_SECONDS) return;
    sinceRelabel.current = 0;
    const next = nearestLabelled();
    setLabelled((current) => (current.join() === next.join() ? current : next));
  });

  const speakingIds = new Set(speaking);
  const shown = new Set([
    ...labelled,
    ...Object.keys(roster).filter((id) => speakingIds.has(roster[id]!.id)),
    ...Object.keys(reacting).filter((id) => roster[id]),
  ]);
  return (
    <>
      {[...shown].map((id) => {
        const entry = roster[id];
        if (!entry) return null;
        return (
          <Follow key={id} id={id}>
            {speakingIds.has(entry.id) && <SpeakingIndicator userId={entry.id} />}
            {labelled.includes(id) && (
              // Its own boundary: a flag still loading must not blank the whole scene.
              <Suspense fallback={null}>
                <AvatarLabel name={entry.name} country={entry.country} away={entry.away} />
              </Suspense>
            )}
            {reacting[id] && <ReactionBubble who={id} />}
          </Follow>
        );
      })}
    </>
  );
}
