// The CDN bundle a webmaster loads with one <script> tag: it defines every msp-kit element.
import '../site/msp-site.js';
import '../newsletter/msp-newsletter.js';
import '../hours/msp-opening-hours.js';
