import { describe, expect, it } from 'vitest';
import { voiceFor, type VoiceLike } from '../../../../renderer/speech/voices.ts';

const voice = (lang: string, localService = true, name = lang): VoiceLike & { name: string } => ({
  lang,
  localService,
  name,
});

describe('choosing a voice', () => {
  it('finds no voice where the platform has none for the language', () => {
    expect(voiceFor([], 'id-ID')).toBeUndefined();
    expect(voiceFor([voice('en-GB'), voice('ms-MY')], 'id-ID')).toBeUndefined();
  });

  it('prefers the exact locale, then another region of the same language', () => {
    expect(voiceFor([voice('en-US'), voice('en-GB')], 'en-GB')?.lang).toBe('en-GB');
    expect(voiceFor([voice('en-US'), voice('fr-FR')], 'en-GB')?.lang).toBe('en-US');
  });

  it('knows the spellings Indonesian voices come with', () => {
    expect(voiceFor([voice('in-ID')], 'id-ID')?.lang).toBe('in-ID');
    expect(voiceFor([voice('id_ID')], 'id-ID')?.lang).toBe('id_ID');
  });

  it('prefers a voice on the kiosk to a network voice, which fails offline', () => {
    const picked = voiceFor([voice('id-ID', false, 'online'), voice('id-ID', true, 'local')], 'id-ID');
    expect(picked?.name).toBe('local');
    expect(voiceFor([voice('id-ID', false, 'online')], 'id-ID')?.name).toBe('online');
  });
});
