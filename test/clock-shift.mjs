// MSP_TEST_NOW=2026-12-25T10:00:00Z: the pages of the tests start at that instant (their clock
// then runs), to check that no test depends on the day it runs. Tests with a fake clock keep theirs.
const target = process.env.MSP_TEST_NOW;
if (target && Number.isNaN(Date.parse(target))) throw new Error(`MSP_TEST_NOW: not a date: ${target}`);

/** Shifts the clock of every document `page` opens, when MSP_TEST_NOW is set. */
export async function shiftClock(page) {
  if (!target) return;
  await page.evaluateOnNewDocument((instant) => {
    const Real = Date;
    const offset = Real.parse(instant) - Real.now();
    const now = () => Real.now() + offset;
    // A proxy rather than a subclass: `Date()` called without `new` keeps working.
    globalThis.Date = new Proxy(Real, {
      construct: (_, args, newTarget) => Reflect.construct(Real, args.length ? args : [now()], newTarget === globalThis.Date ? Real : newTarget),
      apply: () => new Real(now()).toString(),
      get: (_, key) => (key === 'now' ? now : Reflect.get(Real, key)),
    });
  }, target);
}
