// Inlined by esbuild, so the packaged app reports the version it was built as.
import packageJson from '../../package.json' with { type: 'json' };

/** The kiosk software's version, as the hub's fleet table shows it. */
export const APP_VERSION: string = packageJson.version;
