import { randomUUID } from 'node:crypto';
import type { Presence } from '@colyseus/core';
import type { z } from 'zod';
import { publish, unsubscribe } from './publish.ts';

/** How long an asker waits for the process it asked, as Colyseus waits for a remote room. */
const ANSWER_MS = 5000;

/** The process asked did not answer in time; it may still do what it was asked. */
export class NoAnswer extends Error {}

/**
 * A question that only one named process can answer, because the answer lives in its memory
 * (the rooms it hosts), asked over the presence bus the way @colyseus/core's IPC reaches a remote
 * room: each process listens on `topic:<its process id>`, and the asker listens on a channel of
 * its own for the one answer. Questions and answers travel as JSON and are checked on arrival.
 */
export class BusRequests<Q, A> {
  private processId: string | undefined;

  constructor(
    private readonly bus: Presence,
    private readonly topic: string,
    private readonly questionSchema: z.ZodType<Q>,
    private readonly answerSchema: z.ZodType<A>,
    private readonly answer: (question: Q) => Promise<A>,
  ) {}

  /** Starts answering the questions put to `processId` (Colyseus's, known once the server listens). */
  async listen(processId: string): Promise<void> {
    this.processId = processId;
    await this.bus.subscribe(this.channel(processId), this.hear);
  }

  /** Puts `question` to the process `processId`; rejects when it does not answer in time. */
  async ask(processId: string, question: Q, waitMs = ANSWER_MS): Promise<A> {
    const replyTo = `${this.topic}:answer:${randomUUID()}`;
    let settle: (message: unknown) => void = () => undefined;
    const heard = (message: unknown) => settle(message);
    let timer: NodeJS.Timeout | undefined;
    try {
      await this.bus.subscribe(replyTo, heard);
      const answered = new Promise<A>((resolve, reject) => {
        settle = (message) => {
          const parsed = this.answerSchema.safeParse(message);
          if (parsed.success) resolve(parsed.data);
          else reject(new Error(`a malformed answer on ${this.topic}`));
        };
        timer = setTimeout(() => reject(new NoAnswer(`process ${processId} did not answer on ${this.topic}`)), waitMs);
      });
      publish(this.bus, this.channel(processId), { replyTo, question });
      return await answered;
    } finally {
      clearTimeout(timer);
      unsubscribe(this.bus, replyTo, heard);
    }
  }

  close(): void {
    if (this.processId) unsubscribe(this.bus, this.channel(this.processId), this.hear);
  }

  private channel(processId: string): string {
    return `${this.topic}:${processId}`;
  }

  private readonly hear = (message: unknown): void => {
    const { replyTo, question } = (message ?? {}) as { replyTo?: unknown; question?: unknown };
    const parsed = this.questionSchema.safeParse(question);
    if (typeof replyTo !== 'string' || !replyTo.startsWith(`${this.topic}:answer:`) || !parsed.success) {
      process.emitWarning(`a malformed question on ${this.topic} was ignored`);
      return;
    }
    this.answer(parsed.data).then(
      (answer) => publish(this.bus, replyTo, answer),
      (err: unknown) => process.emitWarning(`could not answer on ${this.topic}: ${String(err)}`),
    );
  };
}
