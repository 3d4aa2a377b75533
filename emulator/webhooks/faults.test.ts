import { describe, expect, it } from 'vitest';
import { noFaults, parseFaults } from './faults';

describe('parseFaults', () => {
  it('parses every fault of a full spec', () => {
    expect(parseFaults('duplicate:0.2,reorder:0.2,drop:0.1')).toEqual({ duplicate: 0.2, reorder: 0.2, drop: 0.1 });
  });

  it('turns off the faults a spec leaves out', () => {
    expect(parseFaults('drop:1')).toEqual({ duplicate: 0, reorder: 0, drop: 1 });
  });

  it('tolerates spaces around names, values and commas', () => {
    expect(parseFaults(' duplicate : 0.5 , reorder:0 ')).toEqual({ duplicate: 0.5, reorder: 0, drop: 0 });
  });

  it('means no faults when the spec is empty or missing', () => {
    expect(parseFaults(undefined)).toEqual(noFaults);
    expect(parseFaults('')).toEqual(noFaults);
    expect(parseFaults('   ')).toEqual(noFaults);
  });

  it('rejects an unknown fault by name', () => {
    expect(() => parseFaults('duplicate:0.1,explode:0.5')).toThrow(/unknown fault "explode"/);
    expect(() => parseFaults('toString:0.5')).toThrow(/unknown fault "toString"/);
  });

  it('rejects a probability outside 0..1', () => {
    expect(() => parseFaults('drop:1.5')).toThrow(/drop must be between 0 and 1/);
    expect(() => parseFaults('drop:-0.1')).toThrow(/drop must be between 0 and 1/);
  });

  it('rejects a probability that is not a number', () => {
    expect(() => parseFaults('reorder:often')).toThrow(/reorder must be a number between 0 and 1/);
  });

  it('rejects an entry that is not name:probability', () => {
    expect(() => parseFaults('duplicate')).toThrow(/"duplicate" is not name:probability/);
    expect(() => parseFaults('duplicate:0.1,,drop:0.1')).toThrow(/is not name:probability/);
  });

  it('rejects a fault given twice', () => {
    expect(() => parseFaults('drop:0.1,drop:0.2')).toThrow(/"drop" is given twice/);
  });

  it('returns a fresh object that callers may change without touching noFaults', () => {
    const faults = parseFaults('');
    faults.drop = 1;
    expect(noFaults.drop).toBe(0);
  });
});
