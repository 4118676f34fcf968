// Leaflet 1.9 publishes its ES module build without pointing to it from package.json: import it by
// path (bundlers and the test server then load real ES modules), typed by @types/leaflet.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
