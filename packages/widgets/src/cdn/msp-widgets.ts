// The CDN bundle a webmaster loads with one <script> tag: it defines every msp-kit element.
import '../site/msp-site.js';
import '../newsletter/msp-newsletter.js';
import '../hours/msp-opening-hours.js';
import '../directory/msp-directory.js';
import '../directory/msp-team.js';
import '../prevention/msp-prevention-banner.js';
import '../../../assistant/src/client/msp-assistant.js';
