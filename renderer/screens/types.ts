import type { SnapshotFrom } from 'xstate';
import type { SessionEvent, SessionMachine } from '../flow/session';

export type SessionSnapshot = SnapshotFrom<SessionMachine>;
export type ScreenProps = { snapshot: SessionSnapshot; send: (event: SessionEvent) => void };
