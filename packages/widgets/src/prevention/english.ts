/**
 * What English pages load on demand, in one request: the campaigns' English texts and the
 * banner's English messages. French pages never download them.
 */
export { CAMPAIGNS_EN } from './campaigns-en.js';
export { preventionMessagesEn } from './messages-en.js';
