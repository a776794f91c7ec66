import { describe, expect, it } from 'vitest';
import { connectionState, type DocumentSync } from './connectionState';

const upToDate: DocumentSync = { authenticated: true, synced: true, unsyncedChanges: false };
const sending: DocumentSync = { ...upToDate, unsyncedChanges: true };
const notYetIn: DocumentSync = { authenticated: false, synced: false, unsyncedChanges: false };
const firstSyncDue: DocumentSync = { ...upToDate, synced: false };

describe('the sync status of a shared model covers both its documents', () => {
  it('is connected only when the model and its comments are both up to date', () => {
    expect(connectionState({ socket: 'connected', restarting: false, documents: [upToDate, upToDate], shown: 'syncing' })).toBe('connected');
    expect(connectionState({ socket: 'connected', restarting: false, documents: [upToDate], shown: null })).toBe('connected');
  });

  it('is syncing while a comment is on its way, or the comments are not yet in or not yet synced', () => {
    for (const comments of [sending, notYetIn, firstSyncDue]) {
      expect(connectionState({ socket: 'connected', restarting: false, documents: [upToDate, comments], shown: 'connected' })).toBe('syncing');
    }
    expect(connectionState({ socket: 'connected', restarting: false, documents: [sending, upToDate], shown: 'connected' })).toBe('syncing');
  });

  it('says restarting, then offline, when the socket is down', () => {
    expect(connectionState({ socket: 'disconnected', restarting: true, documents: [upToDate, upToDate], shown: 'connected' })).toBe('restarting');
    expect(connectionState({ socket: 'disconnected', restarting: false, documents: [upToDate, upToDate], shown: 'connected' })).toBe('offline');
    expect(connectionState({ socket: 'connecting', restarting: false, documents: [notYetIn, notYetIn], shown: 'offline' })).toBe('offline');
    expect(connectionState({ socket: 'connecting', restarting: false, documents: [notYetIn, notYetIn], shown: null })).toBe('syncing');
  });
});
