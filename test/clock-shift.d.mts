import type { Page } from 'puppeteer-core';

/** Shifts the clock of every document `page` opens to MSP_TEST_NOW, when that is set. */
export function shiftClock(page: Page): Promise<void>;
