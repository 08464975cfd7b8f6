import { useCallback, useMemo, useRef } from 'react';
import { screenName, stateName, writesEveryLanguage } from '../flow/session';
import { IdleGuard } from '../idle/IdleGuard';
import { idleLimitFor } from '../idle/idle-times';
import { kioskIdleTimes } from '../idle/kiosk-idle-times';
import { currentService } from '../flow/session';
import { ExampleCitizens } from '../training/ExampleCitizens';
import type { ActorRefFrom } from 'xstate';
import type { SessionMachine } from '../flow/session';
import { CurrentScreen } from '../screens/CurrentScreen';
import type { SessionSnapshot } from '../screens/types';
import { ReadAloudProvider } from '../speech/ReadAloud';
import { ToolBar } from '../ui/ToolBar';
import { HelpNotice } from './HelpNotice';
import { ScannedRequest } from './ScannedRequest';
import type { KioskApi } from '../../preload/contract';
import { SessionControlsProvider } from './SessionControls';

/**
 * One citizen's visit. The app mounts a new Session for every visit, so no component
 * state, scroll position or half-typed value can outlive the citizen who made it.
 */
export function Session({
  kiosk,
  actor,
  snapshot,
}: {
  kiosk: KioskApi;
  actor: ActorRefFrom<SessionMachine>;
  snapshot: SessionSnapshot;
}) {
  const { context } = snapshot;
  const send = actor.send;
  const root = useRef<HTMLDivElement>(null);
  const screen = screenName(snapshot);
  // What a passer-by can leave on the attract screen: display and speech choices, a staff notice.
  const leftBehind = context.largeText || context.highContrast || context.readAloud || context.help !== null;
  const { limit, warning } = idleLimitFor(stateName(snapshot), leftBehind, kioskIdleTimes(context.info));
  // Training mode: an example citizen's answers on any question of a service.
  const service = context.info?.training && stateName(snapshot) === 'question' ? currentService(context) : undefined;
  const expire = useCallback(() => send({ type: 'RESET' }), [send]);
  const setReadAloud = useCallback((on: boolean) => send({ type: 'READ_ALOUD', on }), [send]);
  const closeHelp = useCallback(() => send({ type: 'HELP_SEEN' }), [send]);
  const { largeText, highContrast } = context;
  const controls = useMemo(() => ({ largeText, highContrast, actor }), [largeText, highContrast, actor]);

  return (
    <SessionControlsProvider value={controls}>
      <ReadAloudProvider
        root={root}
        language={context.language}
        on={context.readAloud}
        onModeChange={setReadAloud}
        // A refused answer is news too: its message is read with the question.
        screenKey={`${screen}:${context.problem?.code ?? ''}`}
      >
        <div className="session" ref={root}>
          <CurrentScreen snapshot={snapshot} send={send} />
          {/* Drawn once for the visit, under whichever screen is shown: a tap that changes the
              screen does not build the toolbar again. */}
          <ToolBar everyLanguage={writesEveryLanguage(snapshot)} />
          {/* Scans are listened for on the start screen only: on a form, a keyboard-wedge
              scanner is just a fast keyboard typing into the field, Enter and all. */}
          {stateName(snapshot) === 'attract' && <ScannedRequest kiosk={kiosk} snapshot={snapshot} />}
          {context.help && <HelpNotice key={context.help} state={context.help} onClose={closeHelp} />}
          {service && <ExampleCitizens service={service} send={send} />}
          <IdleGuard limit={limit} warning={warning} screenKey={screen} onExpire={expire} />
        </div>
      </ReadAloudProvider>
    </SessionControlsProvider>
  );
}
