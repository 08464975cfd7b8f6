import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { Language } from '../../preload/contract';
import { LOCALES } from '../i18n/messages';
import { speakableIn } from './speakable';
import { voiceFor } from './voices';

/** What the read-aloud button shows: listen, stop, listen again, or that there is no voice. */
export type SpeechStatus = 'ready' | 'speaking' | 'done' | 'noVoice';

type ReadAloudApi = {
  status: SpeechStatus;
  /** The citizen asked to listen: read this screen now, and every screen after it. */
  start(): void;
  /** The citizen asked for silence: stop now, and read no more screens. */
  stop(): void;
  /** Something new appeared (a dialog): read it if the citizen is listening. */
  announce(): void;
};

const ReadAloudContext = createContext<ReadAloudApi>({
  status: 'ready',
  start: () => undefined,
  stop: () => undefined,
  announce: () => undefined,
});

export const useReadAloud = () => useContext(ReadAloudContext);

/** Errors that mean this voice cannot speak here, as opposed to speech being interrupted. */
const VOICE_FAILURES = new Set(['network', 'synthesis-unavailable', 'language-unavailable', 'voice-unavailable']);
/** Slightly slower than the default: many listeners are elderly or read with difficulty. */
const RATE = 0.9;

/** Chromium fills its voice list after page load; wait a moment for it rather than report none. */
function voicesOf(synth: SpeechSynthesis, waitMs = 1000): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, waitMs);
    synth.addEventListener('voiceschanged', done);
  });
}

const synthesis = (): SpeechSynthesis | null =>
  'speechSynthesis' in window && typeof SpeechSynthesisUtterance === 'function' ? window.speechSynthesis : null;

type Props = {
  root: RefObject<HTMLElement | null>;
  language: Language;
  /** Read-aloud mode, kept in the session so it ends with it. */
  on: boolean;
  onModeChange: (on: boolean) => void;
  /** Changes whenever the citizen sees a different screen (or the same one in another language). */
  screenKey: string;
  children: ReactNode;
};

/** Reads the marked text of the current screen with the Web Speech API. */
export function ReadAloudProvider({ root, language, on, onModeChange, screenKey, children }: Props) {
  const [status, setStatus] = useState<SpeechStatus>('ready');
  // Each reading has a number; events from a reading that was cancelled are ignored.
  const reading = useRef(0);
  // Whether this session has spoken at all: cancelling costs a trip to the browser process,
  // which every screen change would otherwise pay.
  const spoke = useRef(false);
  const latest = useRef({ on, language, onModeChange });
  useLayoutEffect(() => {
    latest.current = { on, language, onModeChange };
  });

  const silence = useCallback(() => {
    reading.current += 1;
    if (spoke.current) synthesis()?.cancel();
  }, []);

  const readNow = useCallback(async () => {
    const synth = synthesis();
    const mine = ++reading.current;
    synth?.cancel();
    const voices = synth ? await voicesOf(synth) : [];
    const element = root.current;
    if (mine !== reading.current || !element) return;
    const { language } = latest.current;
    if (!synth || !voiceFor(voices, LOCALES[language])) {
      setStatus('noVoice');
      latest.current.onModeChange(false);
      return;
    }
    const parts = speakableIn(element, language).flatMap((part) => {
      const voice = voiceFor(voices, LOCALES[part.language] ?? part.language);
      return voice ? [{ ...part, voice }] : [];
    });
    parts.forEach((part, i) => {
      const utterance = new SpeechSynthesisUtterance(part.text);
      utterance.lang = part.voice.lang;
      utterance.voice = part.voice;
      utterance.rate = RATE;
      if (i === parts.length - 1) utterance.onend = () => mine === reading.current && setStatus('done');
      utterance.onerror = (event) => {
        if (mine !== reading.current || event.error === 'interrupted' || event.error === 'canceled') return;
        reading.current += 1;
        synth.cancel();
        setStatus(VOICE_FAILURES.has(event.error) ? 'noVoice' : 'done');
      };
      synth.speak(utterance);
      spoke.current = true;
    });
    setStatus(parts.length > 0 ? 'speaking' : 'done');
  }, [root]);

  // A new screen, or the same one in another language: stop what was being read, and read
  // the new one if the citizen is listening.
  useEffect(() => {
    if (latest.current.on) void readNow();
    else {
      silence();
      setStatus('ready');
    }
  }, [screenKey, language, readNow, silence]);

  useEffect(() => silence, [silence]);

  // The same object until the status changes, so the toolbar does not redraw with every screen.
  const api = useMemo<ReadAloudApi>(
    () => ({
      status,
      start: () => {
        latest.current.onModeChange(true);
        void readNow();
      },
      stop: () => {
        silence();
        latest.current.onModeChange(false);
        setStatus('done');
      },
      announce: () => {
        if (latest.current.on) void readNow();
      },
    }),
    [status, readNow, silence],
  );
  return <ReadAloudContext.Provider value={api}>{children}</ReadAloudContext.Provider>;
}
