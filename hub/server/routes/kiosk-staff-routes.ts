/** Admins manage the staff who sign in at the agency's kiosks, and read the kiosks' audit trails. */
import { z } from 'zod';
import {
  changeKioskStaff,
  createKioskStaff,
  KioskStaffChange,
  KioskStaffMember,
  listKioskStaff,
  NewKioskStaff,
} from '../../staff/kiosk-staff.ts';
import { KioskAuditEntry, KioskAuditQuery, listKioskAudit } from '../../staff/kiosk-audit.ts';
import { StaffNumber } from '../../../sync/staff-roster.ts';
import type { Store } from '../../store/store.ts';
import { actorOf } from '../session-door.ts';
import type { HubApp } from '../types.ts';

const admin = { roles: ['admin'] as const };

export function kioskStaffRoutes(app: HubApp, store: Store): void {
  app.get(
    '/api/v1/kiosk-staff',
    { schema: { response: { 200: z.object({ staff: z.array(KioskStaffMember) }) } }, config: admin },
    async () => ({ staff: await listKioskStaff(store) }),
  );

  app.post(
    '/api/v1/kiosk-staff',
    { schema: { body: NewKioskStaff, response: { 201: KioskStaffMember } }, config: admin },
    async (request, reply) =>
      reply.code(201).send(await store.transaction((tx) => createKioskStaff(tx, actorOf(request), request.body))),
  );

  app.patch(
    '/api/v1/kiosk-staff/:staffNumber',
    {
      schema: {
        params: z.object({ staffNumber: StaffNumber }),
        body: KioskStaffChange,
        response: { 200: KioskStaffMember },
      },
      config: admin,
    },
    async (request) =>
      store.transaction((tx) => changeKioskStaff(tx, actorOf(request), request.params.staffNumber, request.body)),
  );

  app.get(
    '/api/v1/kiosk-audit',
    {
      schema: {
        querystring: KioskAuditQuery,
        response: { 200: z.object({ entries: z.array(KioskAuditEntry), next: z.string().nullable() }) },
      },
      config: admin,
    },
    async (request) => listKioskAudit(store, request.query),
  );
}
