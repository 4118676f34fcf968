// A widget given nothing to show (a misspelt attribute, a script that never sets its data) says
// which attribute is missing in the console, once, a few seconds after it starts: not at once,
// since a page's script may give it the data a moment later.
import { expect, fixture, html } from '@open-wc/testing';
import '../../packages/widgets/src/directory/msp-directory.js';
import '../../packages/widgets/src/directory/msp-team.js';
import '../../packages/widgets/src/hours/msp-opening-hours.js';
import type { MspDirectory } from '../../packages/widgets/src/directory/msp-directory.js';
import type { MspTeam } from '../../packages/widgets/src/directory/msp-team.js';
import { installClock, type FakeClock } from './fixtures/fake-clock.js';
import { captureWarnings } from './fixtures/probe-widget.js';
import { directory, loaded, parts, structure } from './fixtures/directory-data.js';

const DIRECTORY_MISSING = '[msp-directory] src: missing (nor the data property, nor a <script type="application/json"> child)';
const TEAM_MISSING = '[msp-team] src: missing (nor the data property, nor a <script type="application/json"> child)';
const HOURS_MISSING = '[msp-opening-hours] value: missing (or <msp-hours-service> children)';

describe('a widget with nothing to show', () => {
  let clock: FakeClock | undefined;
  beforeEach(() => {
    clock = installClock(new Date('2026-06-10T10:00:00+02:00'));
  });
  afterEach(() => {
    clock?.uninstall();
    clock = undefined;
  });

  it('says which attribute is missing, once, five seconds after it starts, not before', async () => {
    let early: string[] = [];
    const warnings = await captureWarnings(async () => {
      // `scr` for `src`, `valeur` for `value`: what a hurried copy may do.
      await fixture(html`<div>
        <msp-directory scr="/annuaire.json"></msp-directory>
        <msp-team scr="/annuaire.json" structure-id="msp-des-dunes"></msp-team>
        <msp-opening-hours valeur="Mo-Fr 08:00-19:00"></msp-opening-hours>
      </div>`);
      early = await captureWarnings(() => clock!.tick(4_900));
      await clock!.tick(100);
      await clock!.tick(60_000);
    });
    expect(early).to.deep.equal([]);
    expect(warnings).to.deep.equal([DIRECTORY_MISSING, TEAM_MISSING, HOURS_MISSING]);
  });

  it('says nothing when a script gives the data within those seconds', async () => {
    const warnings = await captureWarnings(async () => {
      const wrapper = await fixture(html`<div>
        <msp-directory></msp-directory>
        <msp-team structure-id="s1"></msp-team>
        <msp-opening-hours></msp-opening-hours>
      </div>`);
      await clock!.tick(2_000);
      const data = directory([structure(1)]);
      const [list, team, hours] = [...wrapper.children] as [MspDirectory, MspTeam, HTMLElement & { value: string }];
      list.data = data;
      team.data = data;
      hours.value = 'Mo-Fr 08:00-19:00';
      await loaded(list);
      await clock!.tick(10_000);
      expect(parts(list).names).to.deep.equal(['Maison de santé 001']);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('starts no timer when its data is there', async () => {
    await fixture(html`<div>
      <msp-directory .data=${directory([structure(1)])}></msp-directory>
      <msp-opening-hours value="Mo-Fr 08:00-19:00"></msp-opening-hours>
    </div>`);
    // The hours' own wake-up (an hour later) only.
    expect(clock!.pending().map((due) => due - Date.now())).to.deep.equal([3_600_000]);
  });

  it('says nothing of a widget taken off the page', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture(html`<msp-directory></msp-directory>`);
      el.remove();
      await clock!.tick(10_000);
    });
    expect(warnings).to.deep.equal([]);
  });
});
