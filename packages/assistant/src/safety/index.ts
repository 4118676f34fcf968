/** The safety gate: emergencies and medical-advice requests, before retrieval and before any model. */
export { checkSafety, speaksOfHealth, type SafetyVerdict } from './gate.js';
export { emergencyMessage, medicalMessage, type Locale } from './messages.js';
export { safetyWords } from './normalize.js';
export { stripInjection } from './injection.js';
