/** Working-day deadlines live in sync/ so that kiosks count a complaint's LAPOR! deadlines as the hub does. */
export * from '../../sync/working-days.ts';
