/**
 * The parser's messages in French, by the codes of syntax.ts. The engine's entry
 * (`@msp-kit/widgets/hours`) imports this module, so its errors and warnings carry them in
 * `messageFr`; `<msp-opening-hours>` shows words of its own and does not carry them.
 */
import { french, SPELLING } from './syntax.js';

const MESSAGES = [
  'Fin inattendue',
  'Commentaire non fermé',
  'Inattendu',
  'Mot inconnu',
  'Non pris en charge',
  'Heure de fin manquante après',
  'Valeur invalide',
  'Plage inversée',
  'Point-virgule final ignoré',
];

french.say = (code, text, good) =>
  code === SPELLING ? `« ${text} » : écrire « ${good} »` : text === undefined ? (MESSAGES[code] as string) : `${MESSAGES[code]} « ${text} »`;
