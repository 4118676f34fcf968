/**
 * The "visitor time zone" toolbar. A page cannot change its browser's time zone, so this changes
 * what a script can see of it: `Intl.DateTimeFormat` without a `timeZone` option, and `Date`'s
 * local-time methods (getters, `getTimezoneOffset`, `toString`, `toLocale*String`), now answer in the
 * chosen zone. The widgets compute in the MSP's zone, so nothing they show may move when it changes;
 * web-test-runner also runs them in Chromium under real New York and Auckland zones
 * (test/browser/visitor-zone). Left out: local-time setters and `new Date(y, m, d)`, which msp-kit
 * never uses.
 */
const NativeDateTimeFormat = Intl.DateTimeFormat;
let visitorZone: string | undefined;

function withZone(options?: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions | undefined {
  return visitorZone && !options?.timeZone ? { ...options, timeZone: visitorZone } : options;
}

const ZonedDateTimeFormat = function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
  return new NativeDateTimeFormat(locales, withZone(options));
} as unknown as typeof Intl.DateTimeFormat;
Object.defineProperties(ZonedDateTimeFormat, {
  prototype: { value: NativeDateTimeFormat.prototype },
  supportedLocalesOf: { value: NativeDateTimeFormat.supportedLocalesOf.bind(NativeDateTimeFormat) },
});
Intl.DateTimeFormat = ZonedDateTimeFormat;

// Wall-clock fields of an instant in the visitor's zone.
const fieldsFormat = new Map<string, Intl.DateTimeFormat>();
function wallClock(date: Date, zone: string) {
  let format = fieldsFormat.get(zone);
  if (!format) {
    format = new NativeDateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fieldsFormat.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((type) => Number(parts[type]));
  return {
    year: year!,
    month: month! - 1,
    day: day!,
    weekday: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
    hour: hour!,
    minute: minute!,
    second: second!,
    // Minutes to add to local time to get UTC, as getTimezoneOffset() counts them.
    offset: Math.round((date.getTime() - date.getUTCMilliseconds() - Date.UTC(year!, month! - 1, day, hour, minute, second)) / 60_000),
  };
}

// The browser's own methods, read from their descriptors (they are called with a Date as `this`).
type DateMethod = (this: Date, ...args: unknown[]) => unknown;
const native = (name: keyof Date) => Object.getOwnPropertyDescriptor(Date.prototype, name)!.value as DateMethod;
const field = (name: keyof Date, read: (clock: ReturnType<typeof wallClock>) => number) => {
  const own = native(name);
  return function (this: Date) {
    return visitorZone && !Number.isNaN(this.getTime()) ? read(wallClock(this, visitorZone)) : own.call(this);
  };
};
const localised = (name: keyof Date) => {
  const own = native(name);
  return function (this: Date, locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return own.call(this, locales, withZone(options));
  };
};
const nativeToString = native('toString');
Object.assign(Date.prototype, {
  getFullYear: field('getFullYear', (c) => c.year),
  getMonth: field('getMonth', (c) => c.month),
  getDate: field('getDate', (c) => c.day),
  getDay: field('getDay', (c) => c.weekday),
  getHours: field('getHours', (c) => c.hour),
  getMinutes: field('getMinutes', (c) => c.minute),
  getSeconds: field('getSeconds', (c) => c.second),
  getTimezoneOffset: field('getTimezoneOffset', (c) => c.offset),
  toString(this: Date) {
    if (!visitorZone || Number.isNaN(this.getTime())) return nativeToString.call(this);
    return `${new NativeDateTimeFormat('en-US', { timeZone: visitorZone, dateStyle: 'full', timeStyle: 'long' }).format(this)} (${visitorZone})`;
  },
  toLocaleString: localised('toLocaleString'),
  toLocaleDateString: localised('toLocaleDateString'),
  toLocaleTimeString: localised('toLocaleTimeString'),
});

/** Makes `zone` (an IANA name) the page's time zone for scripts; undefined gives the browser's back. */
export function setVisitorZone(zone: string | undefined): void {
  visitorZone = zone;
}

/**
 * The zones of the toolbar: the browser's own, then places an MSP site gets visitors from. Values
 * are short names, as Storybook's URLs (`&globals=visitorZone:new-york`) accept no slash.
 */
export const visitorZones: { value: string; title: string; zone?: string }[] = [
  { value: 'browser', title: 'Celui du navigateur' },
  { value: 'paris', title: 'Paris (métropole)', zone: 'Europe/Paris' },
  { value: 'martinique', title: 'Martinique, Guadeloupe', zone: 'America/Martinique' },
  { value: 'reunion', title: 'La Réunion', zone: 'Indian/Reunion' },
  { value: 'new-york', title: 'New York', zone: 'America/New_York' },
  { value: 'auckland', title: 'Auckland', zone: 'Pacific/Auckland' },
];
