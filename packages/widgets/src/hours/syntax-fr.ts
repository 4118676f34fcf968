/**
 * The parser's messages in French, in the order of syntax.ts's English ones. The engine's entry
 * (`@msp-kit/widgets/hours`) imports this module, so its errors and warnings carry them in
 * `messageFr`; `<msp-opening-hours>` shows words of its own and does not carry them.
 */
import { french } from './syntax.js';

french.messages = [
  'Fin inattendue',
  'Commentaire non fermé',
  'Inattendu',
  'Mot inconnu',
  'Non pris en charge',
  'Heure de fin manquante après',
  'Valeur invalide',
  'Plage inversée',
  'Point-virgule final ignoré',
  ' : écrire',
  '« ',
  ' »',
];
