/**
 * The open comments as an appendix of the board report and the text versions (PRODUCT.md §13), off
 * unless asked for. Pure: what each open thread is on, in words, and its comments oldest first.
 * Image exports never carry comments.
 */
import { attachmentOf, listThreads, type Thread } from '../domain/comments';
import { ukLongDate } from '../domain/isoDate';
import type { ModelContent } from '../domain/model';

export interface AppendixComment {
  readonly by: string;
  /** e.g. "30 November 2026". */
  readonly date: string;
  readonly text: string;
}

export interface AppendixThread {
  /** e.g. "On box ‘Joint training’ (Activities)", "On a deleted box ‘Pooled budget’". */
  readonly on: string;
  readonly comments: readonly AppendixComment[];
}

/** The open threads, newest news first, as the appendix lists them. */
export function openCommentsAppendix(model: ModelContent, threads: readonly Thread[], labels: ReadonlyMap<string, string> = new Map()): AppendixThread[] {
  return listThreads(threads, 'open').map((thread) => ({
    on: attachmentOf(thread, model, labels.get(thread.id)).words,
    comments: thread.comments.map((comment) => ({ by: comment.by || 'Someone', date: ukLongDate(comment.at.slice(0, 10)), text: comment.text })),
  }));
}

export const COMMENTS_APPENDIX_TITLE = 'Open comments';
export const COMMENTS_APPENDIX_INTRO = 'Questions and remarks on the model that are still open, each with what it is on and its replies, oldest first.';
