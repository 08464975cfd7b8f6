/** The parts of a SpeechSynthesisVoice the choice depends on. */
export type VoiceLike = Pick<SpeechSynthesisVoice, 'lang' | 'localService'>;

/** "id-ID", "id_ID" and Android's old "in-ID" all name Indonesian. */
function normalise(tag: string): { language: string; tag: string } {
  const parts = tag.replace(/_/g, '-').toLowerCase().split('-');
  const language = parts[0] === 'in' ? 'id' : (parts[0] ?? '');
  return { language, tag: [language, ...parts.slice(1)].join('-') };
}

/**
 * The best installed voice for a locale: the exact locale before another region of the
 * same language, and a voice on the kiosk before a network voice, which fails offline.
 */
export function voiceFor<V extends VoiceLike>(voices: readonly V[], locale: string): V | undefined {
  const wanted = normalise(locale);
  const score = (voice: V) => {
    const have = normalise(voice.lang);
    if (have.language !== wanted.language) return 0;
    return 1 + (have.tag === wanted.tag ? 2 : 0) + (voice.localService ? 4 : 0);
  };
  let best: V | undefined;
  for (const voice of voices) if (score(voice) > (best ? score(best) : 0)) best = voice;
  return best;
}
