/**
 * The directory's map: Leaflet, loaded with this module only when `<msp-directory map>` is used,
 * never in the directory's own bundle. Markers are numbered like the list, reachable with the
 * keyboard (Tab, then Enter goes to the result), and the map never holds the focus: Tab moves on.
 */
import type { LatLngTuple } from 'leaflet';
import { defineMessages, type Lang } from '../shared/i18n.js';
import type { Entry } from './filters.js';
import { safeUrl } from '../shared/url.js';
import leafletStyles from './map.styles.js';

// The map's words live here, downloaded with it, rather than in the directory's messages.
const mapMessages = defineMessages(
  {
    label: 'Carte des structures affichées',
    help: 'Carte\u00a0: flèches du clavier ou boutons fléchés pour la déplacer, + et − pour zoomer. Les repères sont numérotés comme la liste\u00a0; activez-en un (Entrée) pour aller à sa fiche.',
    zoomIn: 'Zoom avant',
    zoomOut: 'Zoom arrière',
    pan: { n: 'Déplacer la carte vers le nord', w: 'Déplacer la carte vers l’ouest', e: 'Déplacer la carte vers l’est', s: 'Déplacer la carte vers le sud' },
  },
  {
    label: 'Map of the health centres shown',
    help: 'Map: arrow keys or arrow buttons to move it, + and − to zoom. Markers are numbered like the list; activate one (Enter) to go to its entry.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    pan: { n: 'Move the map north', w: 'Move the map west', e: 'Move the map east', s: 'Move the map south' },
  },
);

const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';

/** What the map needs from `<msp-directory>` (its attributes). */
export interface MapOptions {
  /** Tiles URL template with `{z}`, `{x}` and `{y}` (default OpenStreetMap's). */
  tileUrl: string;
  /** Attribution of the tiles, as text (default "© OpenStreetMap", linked to its copyright page). */
  tileAttribution: string;
  tileAttributionUrl: string;
  locale: Lang;
}

export interface DirectoryMap {
  /**
   * Shows the results listed, numbered like the list, and fits the view to them, unless they are
   * the ones already shown.
   */
  show(listed: readonly Entry[]): void;
  remove(): void;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Creates the map in `container`, with its instructions after it, and adds Leaflet's stylesheet to
 * the container's shadow root. `onSelect` is called with the index of the result whose marker
 * was activated (click, Enter).
 */
export async function createMap(container: HTMLElement, o: MapOptions, onSelect: (index: number) => void): Promise<DirectoryMap> {
  const L = await import('leaflet/dist/leaflet-src.esm.js');
  const t = mapMessages[o.locale];
  const root = container.getRootNode();
  if (root instanceof ShadowRoot && leafletStyles.styleSheet && !root.adoptedStyleSheets.includes(leafletStyles.styleSheet)) {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, leafletStyles.styleSheet];
  }
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(container, {
    zoomControl: false,
    attributionControl: false,
    // The page scrolls under the wheel, and one finger scrolls it on a phone: no scroll trap.
    scrollWheelZoom: false,
    dragging: !L.Browser.mobile,
    // No zoom animation: calmer, and nothing left running when the directory leaves the page.
    zoomAnimation: false,
    fadeAnimation: !still,
  });
  L.control.zoom({ zoomInTitle: t.zoomIn, zoomOutTitle: t.zoomOut }).addTo(map);
  // Buttons that move the map by a third of its size: dragging is not for every hand (WCAG 2.5.7),
  // and it is off on touch screens, where one finger scrolls the page.
  const Pan = L.Control.extend({
    onAdd() {
      const bar = L.DomUtil.create('div', 'msp-pan');
      for (const [way, x, y, arrow] of [['n', 0, -1, '↑'], ['w', -1, 0, '←'], ['e', 1, 0, '→'], ['s', 0, 1, '↓']] as const) {
        const button = L.DomUtil.create('button', `msp-pan-${way}`, bar);
        button.type = 'button';
        button.textContent = arrow;
        button.title = t.pan[way];
        button.setAttribute('aria-label', t.pan[way]);
        button.addEventListener('click', () => {
          const size = map.getSize();
          map.panBy([(x * size.x) / 3, (y * size.y) / 3], { animate: !still });
        });
      }
      // Clicks and double clicks stay on the buttons (a double click would zoom the map).
      L.DomEvent.disableClickPropagation(bar);
      return bar;
    },
  });
  new Pan({ position: 'topright' }).addTo(map);
  // Leaflet writes attributions as HTML: ours is built from escaped text.
  const base = document.baseURI;
  const text = escape(o.tileAttribution || '© OpenStreetMap');
  const link = safeUrl(o.tileAttributionUrl || (o.tileAttribution ? '' : 'https://www.openstreetmap.org/copyright'), base);
  L.control
    .attribution({ prefix: '<a href="https://leafletjs.com">Leaflet</a>' })
    .addAttribution(link ? `<a href="${escape(link)}">${text}</a>` : text)
    .addTo(map);
  // safeUrl encodes the braces of the template: give them back to Leaflet.
  L.tileLayer(safeUrl(o.tileUrl, base)?.replace(/%7B/g, '{').replace(/%7D/g, '}') ?? OSM_TILES, { maxZoom: 19 }).addTo(map);
  const help = document.createElement('p');
  help.id = 'map-help';
  help.className = 'help';
  help.textContent = t.help;
  container.after(help);
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', t.label);
  container.setAttribute('aria-describedby', help.id);

  const markers = L.layerGroup().addTo(map);
  let shown: string | undefined;
  let viewed = false;
  return {
    show(listed) {
      const items = listed.flatMap(({ structure: { id, name, geo } }, i) => (geo ? [{ id, name, i, n: i + 1, ...geo }] : []));
      const key = items.map((item) => `${item.id}@${item.n}`).join('|');
      if (key === shown) return;
      shown = key;
      markers.clearLayers();
      for (const item of items) {
        const number = document.createElement('span');
        number.textContent = String(item.n);
        const marker = L.marker([item.lat, item.lon], {
          // No size for Leaflet (it would write one in px, and centre by it): sized and centred in
          // CSS, in em, so that the number stays inside when text is enlarged.
          icon: L.divIcon({ html: number, className: 'msp-marker', iconSize: undefined }),
          keyboard: true,
          title: item.name,
          riseOnHover: true,
        });
        marker.on('click', () => onSelect(item.i));
        // Named like the result it stands for, and a real button: Enter and Space activate it.
        // (The icon only exists once the marker is on a map with a view.)
        marker.on('add', () => {
          const icon = marker.getElement();
          icon?.setAttribute('aria-label', `${item.n}. ${item.name}`);
          icon?.addEventListener('keydown', (event) => {
            if (event.key !== 'Enter' && event.key !== ' ') return;
            event.preventDefault();
            onSelect(item.i);
          });
        });
        marker.addTo(markers);
      }
      const points = items.map((item): LatLngTuple => [item.lat, item.lon]);
      if (points.length) map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 14 });
      // Nothing to show (a search that finds nothing): the view stays where it was, not on
      // mainland France, which would be far from an overseas directory; that view is only the
      // first one of a map with no point at all.
      else if (!viewed) map.setView([46.6, 2.4], 5);
      viewed = true;
    },
    remove() {
      map.remove();
      help.remove();
    },
  };
}
