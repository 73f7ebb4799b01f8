import { describe, expect, it } from 'vitest';
import { abilitiesOf } from './use-session-user';

// The API's rules (api/test/access-matrix.test.ts), as the interface offers them.
describe('what each role is offered', () => {
  it('partners may do everything', () => {
    expect(Object.values(abilitiesOf('partner')).slice(1).every(Boolean)).toBe(true);
  });

  it('staff log notes and record consent, but never see CVs, subscribers, processors or the audit log', () => {
    expect(abilitiesOf('staff')).toMatchObject({ manage: false, readCvDocuments: false, readShares: false, logCallNotes: true, recordConsent: true, readNoteBodies: true, readSubscribers: false, readProcessors: false, readAuditLog: false });
  });

  it('auditors read registers and the log, never note text or CVs, and change nothing', () => {
    expect(abilitiesOf('auditor')).toMatchObject({ manage: false, readCvDocuments: false, readShares: true, logCallNotes: false, recordConsent: false, readNoteBodies: false, readSubscribers: true, readProcessors: true, readAuditLog: true });
  });

  it('nobody signed in may do nothing', () => {
    expect(Object.values(abilitiesOf(null)).slice(1).some(Boolean)).toBe(false);
  });
});
