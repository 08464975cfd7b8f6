/**
 * The codes of a complaint's stages, types and identities, without their validators: the
 * kiosk's page shows them, and must not carry zod to do so (see complaint-stages.ts for the
 * schemas and the rules between stages).
 */

/** SP4N-LAPOR!'s stages, in the order a complaint passes them. */
export const COMPLAINT_STAGES = ['received', 'verified', 'forwarded', 'answered', 'closed'] as const;

/** The three kinds of report LAPOR! takes. */
export const COMPLAINT_TYPES = ['complaint', 'aspiration', 'information'] as const;

/**
 * Who the agency knows the citizen to be: named (NIK and a contact), confidential (the name
 * is known to the agency but hidden from the officials complained about), or anonymous (no
 * personal data at all, so nobody can answer them but through the tracking code).
 */
export const IDENTITIES = ['named', 'confidential', 'anonymous'] as const;

/**
 * The service code complaint rows carry on the kiosk, and that surveys about a complaint
 * name: complaints are their own path, never a service of the catalog.
 */
export const COMPLAINT_SERVICE = 'lapor';
