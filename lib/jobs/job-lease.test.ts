import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobLease, releaseJobLease } from '@/lib/jobs/job-lease';
import { databaseTargets, type TestDatabase } from '@/tests/support/databases';

// A periodic job's lease: one holder at a time, across shop processes sharing the database.

const at = (seconds: number) => new Date(seconds * 1000);

for (const target of databaseTargets) {
  describe.skipIf(target.skip)(`a job's lease, on ${target.name}`, () => {
    let database: TestDatabase;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    it('lets only one of two processes claiming at the same moment run the job', async () => {
      const other = database.openAnother();
      const results = await Promise.all([
        claimJobLease(database.db, 'race', 'process-a', 60, at(1000)),
        claimJobLease(other.db, 'race', 'process-b', 60, at(1000)),
      ]);
      expect(results.toSorted()).toEqual([false, true]);
    });

    it('keeps the lease for its holder, who renews it, and refuses others until it runs out', async () => {
      expect(await claimJobLease(database.db, 'renew', 'process-a', 60, at(1000))).toBe(true);
      expect(await claimJobLease(database.db, 'renew', 'process-b', 60, at(1030))).toBe(false);
      expect(await claimJobLease(database.db, 'renew', 'process-a', 60, at(1050))).toBe(true);
      expect(await claimJobLease(database.db, 'renew', 'process-b', 60, at(1100))).toBe(false);
    });

    it('gives a lease whose holder stopped renewing it to another process once it expires', async () => {
      expect(await claimJobLease(database.db, 'expire', 'process-a', 60, at(1000))).toBe(true);
      expect(await claimJobLease(database.db, 'expire', 'process-b', 60, at(1060))).toBe(true);
      expect(await claimJobLease(database.db, 'expire', 'process-a', 60, at(1061))).toBe(false);
    });

    it('frees a released lease for another process at once', async () => {
      expect(await claimJobLease(database.db, 'release', 'process-a', 3600, at(1000))).toBe(true);
      await releaseJobLease(database.db, 'release', 'process-a');
      expect(await claimJobLease(database.db, 'release', 'process-b', 3600, at(1001))).toBe(true);
    });
  });
}
