import { createContext, useContext } from 'react';
import type { ActorRefFrom } from 'xstate';
import type { SessionMachine } from '../flow/session';

/** What parts of every screen need from the session without each screen passing it down. */
export type SessionControls = {
  largeText: boolean;
  highContrast: boolean;
  /** For the toolbar's events, and for the few parts that follow a state screens are not redrawn for. */
  actor: ActorRefFrom<SessionMachine>;
};

const SessionControlsContext = createContext<SessionControls | null>(null);

export const SessionControlsProvider = SessionControlsContext.Provider;

export function useSessionControls(): SessionControls {
  const controls = useContext(SessionControlsContext);
  if (!controls) throw new Error('rendered outside a session');
  return controls;
}
