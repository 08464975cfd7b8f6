import { createContext, useContext } from 'react';
import type { SessionEvent } from '../flow/session';

/** What the toolbar on every screen needs from the session, without each screen passing it down. */
export type SessionControls = {
  largeText: boolean;
  highContrast: boolean;
  send: (event: SessionEvent) => void;
};

const SessionControlsContext = createContext<SessionControls | null>(null);

export const SessionControlsProvider = SessionControlsContext.Provider;

export function useSessionControls(): SessionControls {
  const controls = useContext(SessionControlsContext);
  if (!controls) throw new Error('the toolbar is rendered outside a session');
  return controls;
}
